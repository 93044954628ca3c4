#pragma once
// Shared helpers of the benchmarks: a deterministic corpus generator, timing, percentiles and memory.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>

namespace GlossBench
{

/// Milliseconds since \a timer started, as a double.
inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The \a p-th percentile (0-100) of \a values (nearest rank).
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(p / 100.0 * double(values.size()) + 0.5) - 1, 0, values.size() - 1);
    return values.at(rank);
}

/// A value of /proc/self/status in MiB ("VmHWM" peak resident, "VmRSS" current resident).
inline double procStatusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// Prints one figure as "name: value unit (target ...)" so every benchmark's output reads alike.
inline void report(const char *name, double value, const char *unit, const char *target)
{
    std::printf("%-52s %10.1f %-4s  (target %s)\n", name, value, unit, target);
    std::fflush(stdout);
}

/// Deterministic news-like text: the same seed always gives the same articles.
class CorpusGenerator
{
public:
    explicit CorpusGenerator(unsigned seed = 20261123) : m_random(seed) { }

    /// A paragraph of roughly \a chars characters with quotes, attributions, figures and dates.
    QString paragraph(int chars)
    {
        static const QStringList words = {
            QStringLiteral("the"),
            QStringLiteral("council"),
            QStringLiteral("harbour"),
            QStringLiteral("officials"),
            QStringLiteral("river"),
            QStringLiteral("report"),
            QStringLiteral("ministry"),
            QStringLiteral("residents"),
            QStringLiteral("convoy"),
            QStringLiteral("bridge"),
            QStringLiteral("of"),
            QStringLiteral("and"),
            QStringLiteral("a"),
            QStringLiteral("in"),
            QStringLiteral("to"),
            QStringLiteral("inspectors"),
            QStringLiteral("shipment"),
            QStringLiteral("northern"),
            QStringLiteral("district"),
            QStringLiteral("emergency"),
            QStringLiteral("talks"),
            QStringLiteral("agreement"),
            QStringLiteral("pressure"),
            QStringLiteral("warehouse"),
            QStringLiteral("analysts"),
            QStringLiteral("was"),
            QStringLiteral("were"),
            QStringLiteral("after"),
            QStringLiteral("before"),
            QStringLiteral("with"),
        };
        static const QStringList extras = {
            QStringLiteral("said on Tuesday"),
            QStringLiteral("according to the agency"),
            QStringLiteral("about 4,500 tonnes"),
            QStringLiteral("$3.2 billion"),
            QStringLiteral("12 per cent"),
            QStringLiteral("on June 8, 2024"),
            QStringLiteral("“we will not comment,” a spokesperson said"),
            QStringLiteral("reportedly"),
            QStringLiteral("between 40 and 50 trucks"),
        };
        QString text;
        text.reserve(chars + 64);
        bool capital = true;
        while (text.size() < chars) {
            const unsigned pick = m_random() % 100;
            QString word = pick < 8 ? extras.at(m_random() % extras.size()) : words.at(m_random() % words.size());
            if (capital && !word.isEmpty())
                word[0] = word.at(0).toUpper();
            capital = false;
            text += word;
            if (m_random() % 14 == 0) {
                text += QStringLiteral(". ");
                capital = true;
            } else {
                text += QLatin1Char(' ');
            }
        }
        text.chop(1);
        text += QLatin1Char('.');
        return text;
    }

    /// A whole saved-article file: headline, date line, source line, byline, paragraphs; \a chars long about.
    QString articleFile(int index, int chars)
    {
        static const QStringList outlets = {QStringLiteral("Calder Wire"), QStringLiteral("The Morning Ledger"), QStringLiteral("Riverside Post"),
            QStringLiteral("Northern Broadcaster"), QStringLiteral("Harbour Bulletin")};
        QString text = QStringLiteral("Harbour inquiry update number %1\n\n").arg(index);
        text += QStringLiteral("June %1, 2024\n").arg(1 + index % 28);
        text += QStringLiteral("Source: %1\n").arg(outlets.at(index % outlets.size()));
        text += QStringLiteral("By Reporter %1\n\n").arg(index % 97);
        while (text.size() < chars)
            text += paragraph(300 + int(m_random() % 500)) + QStringLiteral("\n\n");
        return text;
    }

    /// Writes \a count article files of 3-8 KB (10,000 of them: about 55 MB) into \a dir; returns the total bytes written.
    qint64 writeCorpus(const QString &dir, int count)
    {
        QDir().mkpath(dir);
        qint64 total = 0;
        for (int i = 0; i < count; ++i) {
            const int chars = 3000 + int(m_random() % 5000); // 3-8 KB, about 5.5 KB on average
            QFile file(QDir(dir).filePath(QStringLiteral("article-%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly))
                return -1;
            const QByteArray bytes = articleFile(i, chars).toUtf8();
            file.write(bytes);
            total += bytes.size();
        }
        return total;
    }

private:
    std::mt19937 m_random;
};

} // namespace GlossBench
