#pragma once

#include <QWidget>

class QLabel;

namespace Gloss::Ui
{

/// The reader's place, for the status bar: "Article 3 of 8 · paragraphs 5–9 of 12" and the
/// number of articles in the project.
class ReadingStatus final : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingStatus(QWidget *parent = nullptr);

    /// \a total articles in the project, \a shown of them in the (filtered) list.
    void setArticleCount(int total, int shown);
    /// The article is number \a article (1-based; 0: not in the list) of \a shown in the list.
    void setArticle(int article, int shown);
    /// Paragraphs \a first to \a last of \a count are on screen.
    void setParagraphs(int first, int last, int count);
    void clearPosition();

    QString countText() const;
    QString positionText() const;

    /// The position line for the values given; exposed for tests.
    static QString formatPosition(int article, int shown, int first, int last, int count);

private:
    void updatePosition();

    QLabel *m_position = nullptr;
    QLabel *m_count = nullptr;
    int m_article = 0;
    int m_shown = 0;
    int m_first = 0;
    int m_last = 0;
    int m_paragraphs = 0;
};

} // namespace Gloss::Ui
