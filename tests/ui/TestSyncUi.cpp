// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// The desktop's sync from the user's side, against a real rapport-server: sign in through Settings →
// Server, the status bar following sync, and a conflict resolved in the review dialog reaching another
// laptop.
#include "Bootstrap.h"
#include "Formatting.h"
#include "MainWindow.h"
#include "ScreenTesting.h"
#include "ServerProcess.h"
#include "SessionVault.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SyncReviewDialog.h"
#include "storage/Tickets.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncService.h"
#include "widgets/ZoneBox.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace rapport;
using namespace rapport::test;

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    /// Runs rapport-cli on bob's laptop; returns its standard output.
    QString bob(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RAPPORT_PASSWORD"), Password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RAPPORT_BIN_DIR "/rapport-cli"),
                QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("bob.db"))} + args);
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            qWarning() << args << p.readAllStandardError();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    QStringList bobSync() const
    {
        return {QStringLiteral("sync"), QStringLiteral("--server"), m_server->url.toString(), QStringLiteral("--user"),
                QStringLiteral("bob")};
    }

    /// SQLite's own check of a database file: "ok" when sound.
    static QString integrityCheck(const QString& path)
    {
        auto db = Database::open(path, QStringLiteral("integrity-check"), Database::Access::ReadOnly);
        if (!db)
            return db.error().message;
        auto check = (*db)->statements().get(QStringLiteral("PRAGMA integrity_check"));
        return check->step() == SqlStatement::Step::Row ? check->text(0) : check->errorText();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

private Q_SLOTS:
    void signInSyncAndResolveAConflict()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")));
        QCOMPARE(m_server->admin({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("North")}), 0);
        for (const char* name : {"anna", "bob"})
            QCOMPARE(m_server->admin({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(name),
                                      QStringLiteral("--role"), QStringLiteral("rep"), QStringLiteral("--team"),
                                      QStringLiteral("North")}),
                     0);
        QVERIFY(m_server->start());

        auto desktop = bootstrap(m_dir.filePath(QStringLiteral("anna.db")));
        QVERIFY2(desktop, qPrintable(desktop.error().message));
        MainWindow window(*desktop->workspace, *desktop->settings);
        window.show();
        auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Offline (no server configured)"));

        // Settings → Quotes: where the company is, for the tax of its quotes (its phone region until chosen).
        {
            SettingsDialog quotes(*desktop->settings, desktop->workspace->path());
            auto* country = quotes.findChild<QComboBox*>(QStringLiteral("companyCountry"));
            QVERIFY(country);
            QCOMPARE(country->currentData().toString(), desktop->settings->quotes().companyCountry);
            country->setCurrentIndex(country->findData(QStringLiteral("AT")));
            quotes.accept();
            QCOMPARE(desktop->settings->quotes().companyCountry, QStringLiteral("AT"));
        }
        // Settings → times shown in a zone typed as a place; the first choice follows the computer again.
        {
            SettingsDialog zone(*desktop->settings, desktop->workspace->path());
            auto* box = zone.findChild<ZoneBox*>(QStringLiteral("displayZone"));
            QVERIFY(box);
            QCOMPARE(box->currentIndex(), 0);
            box->setEditText(QStringLiteral("tokyo"));
            zone.accept();
            QCOMPARE(desktop->settings->displayZone(), QStringLiteral("Asia/Tokyo"));
            QCOMPARE(Formatting::displayZone().id(), QByteArray("Asia/Tokyo"));
        }
        {
            SettingsDialog zone(*desktop->settings, desktop->workspace->path());
            auto* box = zone.findChild<ZoneBox*>(QStringLiteral("displayZone"));
            QCOMPARE(box->zoneId(), QStringLiteral("Asia/Tokyo"));
            box->setCurrentIndex(0);
            zone.accept();
            QVERIFY(desktop->settings->displayZone().isEmpty());
            QCOMPARE(Formatting::displayZone().id(), QTimeZone::systemTimeZoneId());
        }

        // Settings → Server: a wrong password says so; the right one signs in and syncs.
        SessionVault vault;
        SettingsDialog dialog(*desktop->settings, desktop->workspace->path());
        dialog.addServerSection(*window.syncService(), vault, false);
        QVERIFY2(laptopMisfit(dialog).isEmpty(), qPrintable(laptopMisfit(dialog)));
        dialog.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->setText(m_server->url.toString());
        dialog.findChild<QLineEdit*>(QStringLiteral("serverUser"))->setText(QStringLiteral("anna"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"));
        auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signIn"));
        auto* state = dialog.findChild<QLabel*>(QStringLiteral("serverState"));
        password->setText(QStringLiteral("wrong password"));
        signIn->click();
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("The user name or the password is wrong."), 10000);
        password->setText(Password);
        signIn->click();
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Signed in as anna."), 10000);
        QVERIFY(password->text().isEmpty()); // never kept
        QCOMPARE(signIn->text(), QStringLiteral("Sign out"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Synced just now")), 10000);
        QCOMPARE(desktop->settings->serverUser(), QStringLiteral("anna"));

        // Anna creates an account; it syncs by itself a few seconds after the edit.
        const qint64 before = window.syncService()->status().lastSyncAt;
        Record account(EntityType::Account);
        account.set(u"name", QStringLiteral("Nordlicht GmbH"))
            .set(u"website", QStringLiteral("https://nordlicht.example"))
            .set(u"vat_id", QStringLiteral("de 123 456 789"));
        auto id = desktop->workspace->store().create(account);
        QVERIFY(id);
        QTRY_VERIFY_WITH_TIMEOUT(window.syncService()->status().lastSyncAt > before
                                     && window.syncService()->status().pending == 0
                                     && window.syncService()->status().state == sync::SyncStatus::State::Idle,
                                 15000);
        bob(bobSync());
        const QString atBob = bob({QStringLiteral("--json"), QStringLiteral("get"), QStringLiteral("account"), *id});
        QVERIFY2(atBob.contains(QStringLiteral("Nordlicht GmbH")) && atBob.contains(QStringLiteral("DE123456789")),
                 qPrintable(atBob));

        // Both change the website; bob's reaches the server first, anna's loses and is kept as a conflict.
        bob({QStringLiteral("set"), QStringLiteral("account"), *id, QStringLiteral("website"),
             QStringLiteral("https://bob.example")});
        bob(bobSync());
        QVERIFY(desktop->workspace->store().update(
            Record(EntityType::Account, *id).set(u"website", QStringLiteral("https://anna.example"))));
        window.syncService()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Conflicts to review: 1")), 15000);

        // Anna keeps hers in the review dialog; bob's laptop gets it.
        SyncReviewDialog review(desktop->workspace->store());
        auto* table = review.findChild<QTableWidget*>(QStringLiteral("conflictsTable"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY2(test::laptopMisfit(review).isEmpty(), qPrintable(test::laptopMisfit(review)));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("https://anna.example"));
        QVERIFY(table->item(0, 3)->text().startsWith(QLatin1String("https://bob.example")));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("https://nordlicht.example"));
        connect(&review, &SyncReviewDialog::resolved, window.syncService(), &sync::SyncService::syncNow);
        review.findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
        QCOMPARE(table->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QLatin1String("Conflicts to review"))
                                     && status->text().startsWith(QLatin1String("Synced")),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.syncService()->status().pending == 0, 15000);
        bob(bobSync());
        QVERIFY(bob({QStringLiteral("get"), QStringLiteral("account"), *id}).contains(QStringLiteral("https://anna.example")));
        QCOMPARE(bob({QStringLiteral("--json"), QStringLiteral("conflicts")}), QStringLiteral("[]"));

        // Signing out stops sync and says so.
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Signed out")), 10000);
    }

    /// A ticket the server gave another number (its own was another ticket's) is shown as such, and its
    /// conflict can only be dismissed; an ordinary conflict beside it still offers both values.
    void renumberedTicketCanOnlyBeDismissed()
    {
        TempDatabase t;
        auto ticket = t.store->create(Record(EntityType::Ticket)
                                          .set(u"subject", QStringLiteral("Login fails"))
                                          .set(u"priority", QStringLiteral("normal"))
                                          .set(u"number", QStringLiteral("T-100002")));
        QVERIFY(ticket);
        auto account = t.store->create(Record(EntityType::Account).set(u"name", QStringLiteral("Nordlicht GmbH")));
        QVERIFY(account);
        auto addConflict = [&](const QString& id, const QString& entity, const QString& recordId, const QString& field,
                               const QString& kept, const QString& lost, const QString& reason, qint64 at) {
            sync::Conflict c;
            c.id = id;
            c.entity = entity;
            c.recordId = recordId;
            c.field = field;
            c.keptValue = kept;
            c.lostValue = lost;
            c.lostBy = t.store->currentUserId();
            c.reason = reason;
            c.detectedAt = at;
            auto st = t.db->statements().get(QStringLiteral(
                "INSERT INTO conflicts(id, entity, record_id, field, body, detected_at) VALUES(?, ?, ?, ?, ?, ?)"));
            st->bind(1, c.id);
            st->bind(2, c.entity);
            st->bind(3, c.recordId);
            st->bind(4, c.field);
            st->bind(5, QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
            st->bind(6, c.detectedAt);
            QVERIFY(st->exec());
        };
        addConflict(QStringLiteral("c-number"), QStringLiteral("ticket"), *ticket, QStringLiteral("number"),
                    QStringLiteral("T-100002"), QStringLiteral("T-100001"), QLatin1String(Tickets::NumberTakenReason),
                    2000);
        addConflict(QStringLiteral("c-website"), QStringLiteral("account"), *account, QStringLiteral("website"),
                    QStringLiteral("https://bob.example"), QStringLiteral("https://anna.example"),
                    QStringLiteral("concurrent_edit"), 1000);

        SyncReviewDialog review(*t.store);
        auto* table = review.findChild<QTableWidget*>(QStringLiteral("conflictsTable"));
        auto* keepMine = review.findChild<QPushButton*>(QStringLiteral("keepMine"));
        auto* keepTheirs = review.findChild<QPushButton*>(QStringLiteral("keepTheirs"));
        auto* dismiss = review.findChild<QPushButton*>(QStringLiteral("dismiss"));
        QCOMPARE(table->rowCount(), 2);
        int numberRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == QLatin1String("Number"))
                numberRow = row;
        QVERIFY(numberRow >= 0);
        QCOMPARE(table->item(numberRow, 0)->text(), QStringLiteral("Ticket · T-100002 · Login fails"));
        QCOMPARE(table->item(numberRow, 2)->text(), QStringLiteral("T-100001"));
        QCOMPARE(table->item(numberRow, 3)->text(), QStringLiteral("T-100002"));
        QCOMPARE(table->item(numberRow, 5)->text(), QStringLiteral("a new number"));
        QVERIFY(
            table->item(numberRow, 5)->toolTip().startsWith(QLatin1String("T-100001 was already another ticket's")));
        table->selectRow(numberRow);
        QVERIFY(!keepMine->isEnabled());
        QVERIFY(!keepTheirs->isEnabled());
        QVERIFY(dismiss->isEnabled());
        table->selectRow(1 - numberRow);
        QVERIFY(keepMine->isEnabled());
        QVERIFY(keepTheirs->isEnabled());
        table->selectRow(numberRow);
        dismiss->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Website"));
        QVERIFY(keepMine->isEnabled());
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT resolved FROM conflicts WHERE id = 'c-number'")).toInt(), 1);
    }

    /// The window closes at the moment the server answers: the closing call and the answer reach the
    /// sync thread together, inside the transport's wait. The answer must not be handled with a closed
    /// connection (it crashed before). A server in this test answers the handshake, and the service is
    /// closed right as the answer is written.
    void closingAsTheServerAnswers()
    {
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort()));
        const QString path = m_dir.filePath(QStringLiteral("answered.db"));
        for (int round = 0; round < 40; ++round) {
            auto service = std::make_unique<sync::SyncService>(path);
            bool answered = false;
            QObject::connect(&fake, &QTcpServer::newConnection, service.get(), [&] {
                QTcpSocket* socket = fake.nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                    socket->readAll();
                    const QByteArray body = QJsonDocument(QJsonObject{
                        {QStringLiteral("server_time"), QDateTime::currentMSecsSinceEpoch()},
                        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), QStringLiteral("fake-user")}}}})
                                                .toJson(QJsonDocument::Compact);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->flush();
                    service.reset(); // closes now, with the answer on its way
                    answered = true;
                });
            });
            service->configure(url, QStringLiteral("token"));
            QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
            fake.disconnect();
            while (QTcpSocket* left = fake.nextPendingConnection())
                delete left;
        }
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    }

    /// A window closed while its sync waits for the server: the sync thread's wait for an answer also
    /// delivers the closing call, which must not close the connection under the running sync. Closed at
    /// every moment of a first sync (before the handshake's answer, while pages are applied, after).
    void closingWhileASyncRuns()
    {
        QVERIFY(m_server); // started by the test above
        const QString path = m_dir.filePath(QStringLiteral("closing.db"));
        QString token;
        {
            sync::SyncService service(path);
            QSignalSpy signedIn(&service, &sync::SyncService::signInFinished);
            service.signIn(m_server->url, QStringLiteral("bob"), Password);
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
            token = signedIn.at(0).at(0).toString();
            QVERIFY(!token.isEmpty());
        }
        int finishedBeforeClosing = 0;
        for (int delayMs = 0; delayMs < 60; delayMs += 3) {
            sync::SyncService service(path);
            service.configure(m_server->url, token); // starts a sync
            QTest::qWait(delayMs);
            if (service.status().state != sync::SyncStatus::State::Syncing)
                ++finishedBeforeClosing;
        } // closed here, mid-sync for the short delays
        QVERIFY(finishedBeforeClosing < 20); // at least one closing came during a sync

        // Nothing was left half-done: the file is sound and the next sync completes.
        sync::SyncService service(path);
        service.configure(m_server->url, token);
        QTRY_VERIFY_WITH_TIMEOUT(service.status().state == sync::SyncStatus::State::Idle
                                     && service.status().lastSyncAt > 0,
                                 15000);
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestSyncUi)
#include "TestSyncUi.moc"
