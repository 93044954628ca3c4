#pragma once

#include "annotations/annotation.h"

#include <QComboBox>
#include <QPointer>
#include <QSet>

namespace Gloss
{
class Annotator;
}

namespace Gloss::Ui
{

/// The "speaker mention" choice of a claim: "None", then the person, organisation and group
/// annotations of the claim's article (any entity tag when the schema has none of those three), each
/// name once with its tag, by position. Of several mentions of one name the one chosen before is
/// listed, else the nearest one before the claim, else the first one after it.
class SpeakerMentionCombo final : public QComboBox
{
    Q_OBJECT
public:
    explicit SpeakerMentionCombo(QWidget *parent = nullptr);

    /// Lists the mentions for \a claim of \a annotator's project and selects \a claim's speaker
    /// mention (nullptr or an empty claim id: only "None").
    void setClaim(Annotator *annotator, const Annotation &claim);
    /// Re-reads the mentions of the claim's article; the list is only rebuilt when it changed.
    void refresh();
    /// True when annotations of the claim's article added or changed (\a upserted) or removed
    /// (\a removedIds) can change the list.
    bool isAffectedBy(const QList<Annotation> &upserted, const QStringList &removedIds) const;
    /// The ids listed, in order ("None" left out).
    QStringList mentionIds() const;
    /// The id of the mention chosen; empty for "None".
    QString currentMention() const { return currentData().toString(); }

Q_SIGNALS:
    /// The user chose mention \a annotationId (empty: "None").
    void mentionChosen(const QString &annotationId);

private:
    struct Mention {
        QString id;
        QString label;
        QString context;
        friend bool operator==(const Mention &, const Mention &) = default;
    };

    bool qualifies(const Annotation &annotation) const;
    QList<Mention> readMentions();
    void fill(const QList<Mention> &mentions);
    void select(const QString &annotationId);

    QPointer<Annotator> m_annotator;
    QString m_claimId;
    QString m_articleId;
    int m_claimStart = 0;
    QString m_selected; ///< the claim's stored speaker mention
    QList<Mention> m_mentions; ///< as listed
    QSet<QString> m_qualifying; ///< every mention that could be listed, duplicates of a name included
    bool m_filling = false;
};

} // namespace Gloss::Ui
