// The quick tag palette driven from the keyboard (offscreen): filtering and ranking as the user
// types, the matched letters, Up/Down and Enter choosing, Esc cancelling, a key alone not choosing.
#include "tags/tagfilter.h"
#include "tags/tagpalette.h"
#include "tags/tagpalettedelegate.h"
#include "tags/tagstore.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Gloss;
using namespace Gloss::Ui;

class TestTagPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyFilterListsEveryTag();
    void ranking_data();
    void ranking();
    void matchedLettersAreMarked();
    void downAndEnterChoose();
    void escCancels();
    void keyAloneDoesNotChoose();
    void enterWithNothingListed();
    void clickChooses();
    void followsTheSchema();
    void paints();

private:
    void typeFilter(const QString &text);

    TagSchema m_schema;
    std::unique_ptr<QWidget> m_window;
    TagPalette *m_palette = nullptr;
};

void TestTagPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const std::optional<QList<Tag>> tags = TagStore::readSchemaFile(QString::fromLatin1(TagStore::DefaultSchemaResource), &error);
    QVERIFY2(tags, qPrintable(error));
    m_schema = TagSchema(*tags);
}

void TestTagPalette::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(600, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_palette = new TagPalette(m_window.get());
    m_palette->setSchema(m_schema);
    m_palette->popup(m_window->mapToGlobal(QPoint(20, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(m_palette));
    QCOMPARE(m_palette->objectName(), QStringLiteral("tagPalette"));
    QVERIFY(m_palette->windowFlags().testFlag(Qt::Popup));
}

void TestTagPalette::cleanup()
{
    m_window.reset();
    m_palette = nullptr;
}

void TestTagPalette::typeFilter(const QString &text)
{
    QTest::keyClicks(m_palette->filterEdit(), text);
    QCOMPARE(m_palette->filterEdit()->text(), text);
}

void TestTagPalette::emptyFilterListsEveryTag()
{
    QStringList treeOrder;
    for (const Tag &tag : m_schema.treeOrder())
        treeOrder.append(tag.id);
    QCOMPARE(m_palette->shownTagIds(), treeOrder);
    QCOMPARE(m_palette->list()->currentRow(), 0);
    const QListWidgetItem *quantity = m_palette->list()->item(int(treeOrder.indexOf(QStringLiteral("claim-quantity"))));
    QCOMPARE(quantity->text(), QStringLiteral("Claim / Quantity claim"));
    QCOMPARE(quantity->data(TagPaletteDelegate::KeyRole).toString(), QStringLiteral("q"));
    QCOMPARE(quantity->data(TagPaletteDelegate::ColourRole).value<QColor>(), QColor(QStringLiteral("#d62728")));
}

void TestTagPalette::ranking_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second"); // empty: only one tag fits

    QTest::newRow("qua") << QStringLiteral("qua") << QStringLiteral("claim-quantity") << QStringLiteral("figure");
    QTest::newRow("capitals") << QStringLiteral("QUA") << QStringLiteral("claim-quantity") << QStringLiteral("figure");
    QTest::newRow("initials") << QStringLiteral("qc") << QStringLiteral("claim-quantity") << QString();
    QTest::newRow("word start") << QStringLiteral("time") << QStringLiteral("datetime") << QString();
    QTest::newRow("parent letters") << QStringLiteral("clo") << QStringLiteral("claim-opinion") << QStringLiteral("claim-prediction");
    QTest::newRow("key first") << QStringLiteral("p") << QStringLiteral("claim-prediction") << QStringLiteral("person");
    QTest::newRow("key only") << QStringLiteral("1") << QStringLiteral("person") << QString();
}

void TestTagPalette::ranking()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    QFETCH(QString, second);

    typeFilter(typed);
    const QStringList shown = m_palette->shownTagIds();
    QVERIFY2(!shown.isEmpty(), qPrintable(typed));
    QCOMPARE(shown.constFirst(), first);
    if (second.isEmpty())
        QCOMPARE(shown.size(), 1);
    else
        QCOMPARE(shown.at(1), second);
    QCOMPARE(m_palette->list()->currentRow(), 0);
    QCOMPARE(shown, [&] {
        QStringList ids;
        for (const TagMatch &match : TagFilter::rank(m_schema, typed))
            ids.append(match.id);
        return ids;
    }());
}

void TestTagPalette::matchedLettersAreMarked()
{
    typeFilter(QStringLiteral("qua"));
    const QListWidgetItem *top = m_palette->list()->item(0);
    // "Claim / Quantity claim": the letters of "Qua" in the name.
    QCOMPARE(top->data(TagPaletteDelegate::MatchedRole).value<QList<int>>(), (QList<int>{8, 9, 10}));
    const QListWidgetItem *figure = m_palette->list()->item(1);
    QCOMPARE(figure->text(), QStringLiteral("Figure or quantity"));
    QCOMPARE(figure->data(TagPaletteDelegate::MatchedRole).value<QList<int>>(), (QList<int>{10, 11, 12}));
}

void TestTagPalette::downAndEnterChoose()
{
    QSignalSpy chosen(m_palette, &TagPalette::tagChosen);
    QSignalSpy cancelled(m_palette, &TagPalette::cancelled);
    typeFilter(QStringLiteral("qua"));
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Down);
    QCOMPARE(m_palette->list()->currentRow(), 1);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Down); // past the end: stays on the last
    QCOMPARE(m_palette->list()->currentRow(), 1);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Up);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Down);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().constFirst().toString(), QStringLiteral("figure"));
    QVERIFY(!m_palette->isVisible());
    QCOMPARE(cancelled.size(), 0);

    // Shown again: the filter starts empty.
    m_palette->popup(QPoint(10, 10));
    QVERIFY(m_palette->filterEdit()->text().isEmpty());
    QCOMPARE(m_palette->list()->count(), m_schema.size());
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Enter);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).constFirst().toString(), QStringLiteral("person"));
}

void TestTagPalette::escCancels()
{
    QSignalSpy chosen(m_palette, &TagPalette::tagChosen);
    QSignalSpy cancelled(m_palette, &TagPalette::cancelled);
    typeFilter(QStringLiteral("pl"));
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(!m_palette->isVisible());
    // Hidden twice, cancelled once.
    m_palette->hide();
    QCOMPARE(cancelled.size(), 1);
    // Closed from outside (a click elsewhere closes a popup): cancelled as well.
    m_palette->popup(QPoint(10, 10));
    m_palette->close();
    QCOMPARE(cancelled.size(), 2);
}

void TestTagPalette::keyAloneDoesNotChoose()
{
    QSignalSpy chosen(m_palette, &TagPalette::tagChosen);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Q);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(m_palette->isVisible());
    QCOMPARE(m_palette->shownTagIds().constFirst(), QStringLiteral("claim-quantity"));
}

void TestTagPalette::enterWithNothingListed()
{
    QSignalSpy chosen(m_palette, &TagPalette::tagChosen);
    typeFilter(QStringLiteral("zzz"));
    QCOMPARE(m_palette->list()->count(), 0);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Return);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Down);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(m_palette->isVisible());
    // Back to something listed.
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Backspace);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Backspace);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Backspace);
    QCOMPARE(m_palette->list()->count(), m_schema.size());
}

void TestTagPalette::clickChooses()
{
    QSignalSpy chosen(m_palette, &TagPalette::tagChosen);
    typeFilter(QStringLiteral("ev"));
    QListWidget *list = m_palette->list();
    QVERIFY(list->count() >= 2);
    const QString second = list->item(1)->data(TagPaletteDelegate::TagIdRole).toString();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().constFirst().toString(), second);
}

void TestTagPalette::followsTheSchema()
{
    QList<Tag> tags = m_schema.treeOrder();
    Tag vessel;
    vessel.id = QStringLiteral("vessel");
    vessel.parentId = QStringLiteral("weapon");
    vessel.name = QStringLiteral("Vessel");
    vessel.colour = QColor(Qt::blue);
    tags.append(vessel);
    m_palette->setSchema(TagSchema(tags));
    typeFilter(QStringLiteral("vess"));
    QCOMPARE(m_palette->shownTagIds(), QStringList{QStringLiteral("vessel")});
    QCOMPARE(m_palette->list()->item(0)->text(), QStringLiteral("Weapon or equipment / Vessel"));
}

void TestTagPalette::paints()
{
    typeFilter(QStringLiteral("cl"));
    const QImage image = m_palette->grab().toImage();
    QVERIFY(!image.isNull());
    // The swatch of the first row is drawn in its tag's colour.
    const QListWidget *list = m_palette->list();
    const QColor colour = list->item(0)->data(TagPaletteDelegate::ColourRole).value<QColor>();
    const QRect row = list->visualItemRect(list->item(0));
    const QPoint inSwatch = list->viewport()->mapTo(m_palette, QPoint(row.left() + 6 + 6, row.center().y()));
    const QColor drawn = image.pixelColor(inSwatch * image.devicePixelRatio());
    QCOMPARE(drawn.name(), colour.name());
}

QTEST_MAIN(TestTagPalette)
#include "tst_tagpalette.moc"
