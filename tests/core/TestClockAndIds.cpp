// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "domain/HybridClock.h"
#include "domain/Ids.h"
#include "domain/Random.h"

#include <QSet>
#include <QTest>

using namespace rapport;

class TestClockAndIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hlc_textOrderEqualsClockOrder();
    void hlc_roundTripsThroughText();
    void hlc_rejectsMalformedText();
    void hlc_sameMillisecond_countsUp();
    void hlc_observeRemoteAhead_staysAhead();
    void hlc_counterExhausted_borrowsNextMillisecond();
    void uuid7_formatVersionAndTime();
    void uuid7_monotonicWithinMillisecond();
    void uuid7_seeded_isReproducible();
    void random_seeded_isReproducibleAndUniform();
};

void TestClockAndIds::hlc_textOrderEqualsClockOrder()
{
    Random rng(7);
    for (int i = 0; i < 2000; ++i) {
        HlcTimestamp a{rng.between(0, 1LL << 47), static_cast<std::uint16_t>(rng.below(65536)), rng.next()};
        HlcTimestamp b{rng.chance(0.5) ? a.millis : rng.between(0, 1LL << 47),
                       static_cast<std::uint16_t>(rng.chance(0.5) ? a.counter : rng.below(65536)), rng.next()};
        QCOMPARE(a < b, a.toString() < b.toString());
    }
}

void TestClockAndIds::hlc_roundTripsThroughText()
{
    const HlcTimestamp t{1764000000123, 42, 0x9f3e0123456789abULL};
    bool ok = false;
    QCOMPARE(HlcTimestamp::fromString(t.toString(), &ok), t);
    QVERIFY(ok);
    QCOMPARE(t.toString().size(), HlcTimestamp::StringLength);
}

void TestClockAndIds::hlc_rejectsMalformedText()
{
    bool ok = true;
    HlcTimestamp::fromString(u"0192a3b4c5d6-0001-XYZ", &ok);
    QVERIFY(!ok);
    HlcTimestamp::fromString(u"0192A3B4C5D6-0001-9f3e0123456789ab", &ok); // upper case is not canonical
    QVERIFY(!ok);
}

void TestClockAndIds::hlc_sameMillisecond_countsUp()
{
    HybridClock clock(1, [] { return qint64(1000); });
    const HlcTimestamp a = clock.now(), b = clock.now(), c = clock.now();
    QVERIFY(a < b && b < c);
    QCOMPARE(c.millis, 1000);
    QCOMPARE(c.counter, 2);
}

void TestClockAndIds::hlc_observeRemoteAhead_staysAhead()
{
    HybridClock clock(1, [] { return qint64(1000); });
    const HlcTimestamp remote{5000, 7, 2};
    clock.observe(remote);
    const HlcTimestamp next = clock.now();
    QVERIFY(remote < next);
    QCOMPARE(next.node, std::uint64_t(1));
}

void TestClockAndIds::hlc_counterExhausted_borrowsNextMillisecond()
{
    HybridClock clock(1, [] { return qint64(1000); });
    clock.restore(HlcTimestamp{1000, 0xffff, 1});
    const HlcTimestamp next = clock.now();
    QCOMPARE(next.millis, 1001);
    QCOMPARE(next.counter, 0);
}

void TestClockAndIds::uuid7_formatVersionAndTime()
{
    IdGenerator ids;
    const QString id = ids.next(1764000000123);
    QVERIFY(IdGenerator::isValid(id));
    QCOMPARE(id[14], QLatin1Char('7'));
    QVERIFY(QStringLiteral("89ab").contains(id[19]));
    QCOMPARE(IdGenerator::timestampOf(id), 1764000000123);
    QVERIFY(!IdGenerator::isValid(u"not-an-id"));
}

void TestClockAndIds::uuid7_monotonicWithinMillisecond()
{
    IdGenerator ids;
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i) {
        const QString id = ids.next(1764000000000 - (i % 3)); // even a clock stepping back
        QVERIFY(id > previous);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        previous = id;
    }
}

void TestClockAndIds::uuid7_seeded_isReproducible()
{
    IdGenerator a(42), b(42), c(43);
    for (int i = 0; i < 100; ++i) {
        const QString x = a.next(1000 + i);
        QCOMPARE(b.next(1000 + i), x);
        QVERIFY(c.next(1000 + i) != x);
    }
}

void TestClockAndIds::random_seeded_isReproducibleAndUniform()
{
    Random a(1), b(1);
    int buckets[10] = {};
    for (int i = 0; i < 100000; ++i) {
        const auto x = a.below(10);
        QCOMPARE(b.below(10), x);
        ++buckets[x];
    }
    for (int n : buckets)
        QVERIFY(n > 9000 && n < 11000);
}

QTEST_GUILESS_MAIN(TestClockAndIds)
#include "TestClockAndIds.moc"
