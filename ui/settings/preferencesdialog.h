#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLineEdit;

namespace Gloss
{
class Project;
}

namespace Gloss::Ui
{

/// Edit ▸ Preferences: the name recorded on new annotations, links and memos, and whether selections
/// snap to whole words before they are tagged. Both live in QSettings; accepting the dialog stores
/// them and gives the name to the open project's Annotator at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    /// The QSettings key of the author name (the one Annotator::defaultAuthor() reads).
    static constexpr auto AuthorKey = "author";
    /// The QSettings key of "snap selections to whole words" (default on).
    static constexpr auto SnapToWordsKey = "reader/snapToWords";

    /// \a project (may be nullptr) gets the new author name when the dialog is accepted.
    PreferencesDialog(Project *project, QWidget *parent = nullptr);

    /// Whether selections snap to whole words (QSettings, default true).
    static bool snapToWords();
    /// The author name: QSettings, else Annotator::defaultAuthor()'s fallbacks.
    static QString author();

    void accept() override;

private:
    QPointer<Project> m_project;
    QLineEdit *m_author = nullptr;
    QCheckBox *m_snapToWords = nullptr;
};

} // namespace Gloss::Ui
