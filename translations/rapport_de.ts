<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityEdits</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>ActivitySeries</name>
    <message>
        <source>The series no longer exists (it may have been deleted by sync).</source>
        <translation>Die Serie gibt es nicht mehr (vielleicht wurde sie durch die Synchronisierung gelöscht).</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A sign-in needs a user name and a password.</source>
        <translation>Zur Anmeldung sind ein Benutzername und ein Passwort nötig.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins; try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot sign you in right now; try again shortly.</source>
        <translation>Der Server kann Sie gerade nicht anmelden; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This user is disabled.</source>
        <translation>Dieser Benutzer ist deaktiviert.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Sign in again: the session is unknown, expired or revoked.</source>
        <translation>Bitte melden Sie sich erneut an: Die Sitzung ist unbekannt, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>This server speaks sync protocol %1; the client speaks %2. Update the older of the two.</source>
        <translation>Dieser Server spricht Sync-Protokoll %1, der Client %2. Aktualisieren Sie den älteren der beiden.</translation>
    </message>
    <message>
        <source>This server has data schema %1; the client has %2. Update the older of the two.</source>
        <translation>Dieser Server hat Datenschema %1, der Client %2. Aktualisieren Sie den älteren der beiden.</translation>
    </message>
    <message>
        <source>A push needs a list of mutations.</source>
        <translation>Ein Push braucht eine Liste von Änderungen.</translation>
    </message>
    <message>
        <source>A push may carry at most %1 mutations.</source>
        <translation>Ein Push darf höchstens %1 Änderungen enthalten.</translation>
    </message>
    <message>
        <source>Mutation %1: %2</source>
        <translation>Änderung %1: %2</translation>
    </message>
    <message>
        <source>A pull needs a cursor (a number, 0 at first).</source>
        <translation>Ein Pull braucht einen Cursor (eine Zahl, anfangs 0).</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Delete a repeating entry</source>
        <translation>Serientermin löschen</translation>
    </message>
    <message>
        <source>Change a repeating entry</source>
        <translation>Serientermin ändern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to delete?</source>
        <translation>„%1“ wiederholt sich. Welche Termine möchten Sie löschen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to change?</source>
        <translation>„%1“ wiederholt sich. Welche Termine möchten Sie ändern?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Nur diesen</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Diesen und alle folgenden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Call anyway?</source>
        <translation>Trotzdem anrufen?</translation>
    </message>
    <message>
        <source>Write anyway?</source>
        <translation>Trotzdem schreiben?</translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation>Trotzdem anrufen</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Trotzdem schreiben</translation>
    </message>
</context>
<context>
    <name>BusinessHours</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>„%1“ ist keine Zeitzone (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <source>Day %1: opening hours are two times of day, HH:MM, the first not after the second.</source>
        <translation>Tag %1: Öffnungszeiten sind zwei Uhrzeiten, HH:MM, die erste nicht nach der zweiten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>Der Kalender kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>It changes one occurrence of a repeating entry that is neither in the file nor in the calendar.</source>
        <translation>Es ändert einen Termin einer Serie, die weder in der Datei noch im Kalender steht.</translation>
    </message>
    <message>
        <source>Another entry of the file has the same UID (%1).</source>
        <translation>Ein anderer Eintrag der Datei hat dieselbe UID (%1).</translation>
    </message>
    <message>
        <source>The entry it updates no longer exists.</source>
        <translation>Der Eintrag, den es aktualisiert, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>CalendarReader</name>
    <message>
        <source>Line %1: BEGIN:%2 outside of a calendar (BEGIN:VCALENDAR).</source>
        <translation>Zeile %1: BEGIN:%2 außerhalb eines Kalenders (BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation>Zeile %1: END:%2 schließt nicht %3.</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>irgendetwas</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (there is no BEGIN:VCALENDAR).</source>
        <translation>Dies ist keine iCalendar-Datei (es gibt kein BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>BEGIN:%1 on line %2 is never ended: the file is cut off.</source>
        <translation>BEGIN:%1 in Zeile %2 wird nie beendet: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>(No subject)</source>
        <translation>(Kein Betreff)</translation>
    </message>
    <message>
        <source>The subject was shortened to 200 characters.</source>
        <translation>Der Betreff wurde auf 200 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>Es wurde abgesagt.</translation>
    </message>
    <message>
        <source>It has no start (DTSTART).</source>
        <translation>Es hat keinen Beginn (DTSTART).</translation>
    </message>
    <message>
        <source>The task has neither a start nor a due date.</source>
        <translation>Die Aufgabe hat weder Beginn noch Fälligkeit.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Es endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>Its repetition cannot be kept: %1</source>
        <translation>Seine Wiederholung kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>A reminder after the start or more than four weeks before it was left out.</source>
        <translation>Eine Erinnerung nach dem Beginn oder mehr als vier Wochen davor wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown; the time was read as %2 time.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt; die Zeit wurde als %2-Zeit gelesen.</translation>
    </message>
    <message>
        <source>The file cannot be read as iCalendar.</source>
        <translation>Die Datei kann nicht als iCalendar gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <source>The phone index could not be read: %1</source>
        <translation>Der Telefonnummern-Index konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>The campaign cannot be read: %1</source>
        <translation>Die Kampagne kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Es gibt keine Kampagne %1.</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per Telefon</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per Post</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>Nowhere to reach them %1</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>Never asked about marketing %1</source>
        <translation>Nie nach Werbung %1 gefragt</translation>
    </message>
    <message>
        <source>Declined marketing %1</source>
        <translation>Werbung %1 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent or address</source>
        <translation>
            <numerusform>%n ohne Einwilligung oder Adresse ausgelassen</numerusform>
            <numerusform>%n ohne Einwilligung oder Adresse ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s)</source>
        <translation>
            <numerusform>%n schon Mitglied</numerusform>
            <numerusform>%n schon Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has ended (%2): nobody can be added to it.</source>
        <translation>%1 ist beendet (%2): Niemand kann mehr hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 has ended: it cannot go out.</source>
        <translation>%1 ist beendet: Sie kann nicht mehr versendet werden.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>There is no campaign member %1.</source>
        <translation>Es gibt kein Kampagnenmitglied %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response: %2.</source>
        <translation>„%1“ ist keine Reaktion: %2.</translation>
    </message>
    <message>
        <source>The campaign has not reached this member: there is no response to record.</source>
        <translation>Die Kampagne hat dieses Mitglied nicht erreicht: Es gibt keine Reaktion zu erfassen.</translation>
    </message>
    <message>
        <source>Consent given since: add them again</source>
        <translation>Inzwischen eingewilligt: erneut hinzufügen</translation>
    </message>
    <message>
        <source>Converted to a contact: add the contact</source>
        <translation>In einen Kontakt konvertiert: den Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>There is no contact or lead %1.</source>
        <translation>Es gibt keinen Kontakt und keinen Lead %1.</translation>
    </message>
    <message>
        <source>Declined marketing by email as the contact %1</source>
        <translation>Hat als Kontakt %1 Werbung per E-Mail abgelehnt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;rapport-cli --help&quot; for the list of commands.</source>
        <translation>Eine Liste der Befehle erhalten Sie mit „rapport-cli --help“.</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--db PATH] [--json] COMMAND [ARGUMENTS]

Works on a Rapport database from the command line.

Options:
  --db PATH    the database file (default: the desktop&apos;s, %1)
  --json       machine-readable output
  --help       this text
  --version    the program&apos;s version

Commands:
</source>
        <translation>Aufruf: rapport-cli [--db PFAD] [--json] BEFEHL [ARGUMENTE]

Arbeitet über die Befehlszeile mit einer Rapport-Datenbank.

Optionen:
  --db PFAD    die Datenbankdatei (Standard: die der Desktop-Anwendung, %1)
  --json       maschinenlesbare Ausgabe
  --help       dieser Text
  --version    die Version des Programms

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 bad input or a failed operation, 2 wrong usage.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 ungültige Eingabe oder fehlgeschlagener Vorgang, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db erwartet einen Dateinamen.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2.</translation>
    </message>
    <message>
        <source>Number of contacts.</source>
        <translation>Anzahl der Kontakte.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Startwert für den Zufallsgenerator.</translation>
    </message>
    <message>
        <source>The day the data centres on.</source>
        <translation>Der Stichtag, um den herum die Daten erzeugt werden.</translation>
    </message>
    <message>
        <source>Do nothing if the database already holds data.</source>
        <translation>Nichts tun, wenn die Datenbank bereits Daten enthält.</translation>
    </message>
    <message>
        <source>demo needs --contacts N.</source>
        <translation>demo erfordert --contacts N.</translation>
    </message>
    <message>
        <source>--contacts needs a whole number.</source>
        <translation>--contacts erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today erwartet ein Datum im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The database already holds data; no demo data was added.</source>
        <translation>Die Datenbank enthält bereits Daten; es wurden keine Demodaten hinzugefügt.</translation>
    </message>
    <message>
        <source>Wrote %1 demo records in %2 s (%3 records/s). You are signed in as %4.</source>
        <translation>%1 Demodatensätze in %2 s geschrieben (%3 Datensätze/s). Sie sind als %4 angemeldet.</translation>
    </message>
    <message>
        <source>Counting %1 failed: %2</source>
        <translation>Zählen der Tabelle %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Maximum number of hits.</source>
        <translation>Maximale Anzahl an Treffern.</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>Der Suchbegriff.</translation>
    </message>
    <message>
        <source>search needs a text to search for.</source>
        <translation>search erwartet einen Suchtext.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000.</source>
        <translation>--limit erwartet eine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Create or upgrade the database and print its schema version.</source>
        <translation>Erstellt oder aktualisiert die Datenbank und gibt ihre Schemaversion aus.</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data scaled from N contacts.</source>
        <translation>Füllt eine leere Datenbank mit realistischen Demodaten, skaliert anhand von N Kontakten.</translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>Zählt die Datensätze jeder Art.</translation>
    </message>
    <message>
        <source>Search accounts, contacts, leads, opportunities, tickets and articles.</source>
        <translation>Durchsucht Firmen, Kontakte, Leads, Verkaufschancen, Tickets und Artikel.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Unbekannter Datensatztyp „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 braucht eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs true or false, not &quot;%2&quot;.</source>
        <translation>%1 braucht true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Serveradresse.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>sync needs --server URL and --user NAME.</source>
        <translation>sync braucht --server URL und --user NAME.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Synced: %1 pushed, %2 pulled, %3 conflicts, %4 rejected, %5 removed from this device (no longer yours to see).</source>
        <translation>Synchronisiert: %1 gesendet, %2 empfangen, %3 Konflikte, %4 abgelehnt, %5 von diesem Gerät entfernt (nicht mehr für Sie sichtbar).</translation>
    </message>
    <message>
        <source>outbox takes no arguments.</source>
        <translation>outbox nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be synced.</source>
        <translation>Nichts wartet auf die Synchronisation.</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>mine, theirs or dismiss.</source>
        <translation>mine, theirs oder dismiss.</translation>
    </message>
    <message>
        <source>Include resolved conflicts.</source>
        <translation>Auch gelöste Konflikte zeigen.</translation>
    </message>
    <message>
        <source>Use: conflicts resolve ID --keep mine|theirs|dismiss</source>
        <translation>Aufruf: conflicts resolve ID --keep mine|theirs|dismiss</translation>
    </message>
    <message>
        <source>--keep takes mine, theirs or dismiss.</source>
        <translation>--keep nimmt mine, theirs oder dismiss.</translation>
    </message>
    <message>
        <source>Conflict resolved; the choice syncs with the next sync.</source>
        <translation>Konflikt gelöst; die Wahl wird bei der nächsten Synchronisation übertragen.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>kept:   %1 (%2)</source>
        <translation>behalten: %1 (%2)</translation>
    </message>
    <message>
        <source>lost:   %1 (%2)</source>
        <translation>verloren: %1 (%2)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher:   %1</translation>
    </message>
    <message>
        <source>Use: get TYPE ID</source>
        <translation>Aufruf: get TYP ID</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Es gibt kein(e) %1 mit der ID %2.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be set.</source>
        <translation>%1 hat kein setzbares Feld „%2“.</translation>
    </message>
    <message>
        <source>Use: set TYPE ID FIELD VALUE</source>
        <translation>Aufruf: set TYP ID FELD WERT</translation>
    </message>
    <message>
        <source>Use: create TYPE FIELD=VALUE …</source>
        <translation>Aufruf: create TYP FELD=WERT …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>„%1“ hat nicht die Form FELD=WERT.</translation>
    </message>
    <message>
        <source>Use: delete TYPE ID</source>
        <translation>Aufruf: delete TYP ID</translation>
    </message>
    <message>
        <source>Push local changes to the server and pull the others (password from RAPPORT_PASSWORD or standard input).</source>
        <translation>Lokale Änderungen an den Server senden und die anderen holen (Passwort aus RAPPORT_PASSWORD oder der Standardeingabe).</translation>
    </message>
    <message>
        <source>List the changes not yet accepted by the server.</source>
        <translation>Die vom Server noch nicht angenommenen Änderungen auflisten.</translation>
    </message>
    <message>
        <source>List conflicting edits, or resolve one.</source>
        <translation>Widersprüchliche Änderungen auflisten oder eine lösen.</translation>
    </message>
    <message>
        <source>Print one record.</source>
        <translation>Einen Datensatz ausgeben.</translation>
    </message>
    <message>
        <source>Change one field of a record (an empty VALUE clears it).</source>
        <translation>Ein Feld eines Datensatzes ändern (ein leerer WERT leert es).</translation>
    </message>
    <message>
        <source>Create a record; prints its id.</source>
        <translation>Einen Datensatz anlegen; gibt seine ID aus.</translation>
    </message>
    <message>
        <source>Delete a record (a tombstone that syncs).</source>
        <translation>Einen Datensatz löschen (als Grabstein, der synchronisiert wird).</translation>
    </message>
    <message>
        <source>Country for numbers without a country code (ISO 3166, e.g. DE).</source>
        <translation>Land für Nummern ohne Ländervorwahl (ISO 3166, z. B. DE).</translation>
    </message>
    <message>
        <source>The phone number, in any spelling.</source>
        <translation>Die Telefonnummer, in beliebiger Schreibweise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>„%1“ ist keine Telefonnummer: nur Ziffern, Leerzeichen und + ( ) - / . verwenden.</translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as DE or US.</source>
        <translation>--region braucht einen zweibuchstabigen Ländercode wie DE oder US.</translation>
    </message>
    <message>
        <source>No contact, account or lead has the number %1.</source>
        <translation>Kein Kontakt, keine Firma und kein Lead hat die Nummer %1.</translation>
    </message>
    <message>
        <source>(same last digits)</source>
        <translation>(gleiche Endziffern)</translation>
    </message>
    <message>
        <source>Find whose phone number this is, in any spelling (exit code 1: nobody&apos;s).</source>
        <translation>Findet, wem eine Telefonnummer gehört, in beliebiger Schreibweise (Exit-Code 1: niemandem).</translation>
    </message>
    <message>
        <source>Maximum number of groups.</source>
        <translation>Höchstzahl der Gruppen.</translation>
    </message>
    <message>
        <source>duplicates takes no arguments.</source>
        <translation>duplicates nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 100000.</source>
        <translation>--limit braucht eine Zahl von 1 bis 100000.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Keine wahrscheinlichen Dubletten.</translation>
    </message>
    <message>
        <source>List groups of contacts that are probably the same person, with a score.</source>
        <translation>Listet Gruppen von Kontakten, die wahrscheinlich dieselbe Person sind, mit einer Bewertung.</translation>
    </message>
    <message>
        <source>Only these contacts (comma-separated ids).</source>
        <translation>Nur diese Kontakte (IDs durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>„%1“: Der Dateiname muss auf .csv oder .vcf enden.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 geschrieben.</numerusform>
            <numerusform>%n Kontakte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>privacy needs export ID FILE.json|FILE.vcf or erase ID.</source>
        <translation>privacy braucht export ID DATEI.json|DATEI.vcf oder erase ID.</translation>
    </message>
    <message>
        <source>%1 was erased; the erase reaches the server and every laptop with the next sync.</source>
        <translation>%1 wurde gelöscht; die Löschung erreicht den Server und jeden Laptop mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Only contacts are written as vCards; use a .json file.</source>
        <translation>Nur Kontakte werden als vCard geschrieben; verwenden Sie eine .json-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .json or .vcf.</source>
        <translation>„%1“: Der Dateiname muss auf .json oder .vcf enden.</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Alles über %1 Gespeicherte wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export everything held on a person, or erase them everywhere (both recorded in the audit log).</source>
        <translation>Exportiert alles über eine Person Gespeicherte oder löscht sie überall (beides im Änderungsprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>Check the file; write nothing.</source>
        <translation>Die Datei prüfen, nichts schreiben.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>merge needs the record to keep and one or two duplicates: merge SURVIVOR OTHER [OTHER]</source>
        <translation>merge braucht den Datensatz, der bleibt, und ein oder zwei Duplikate: merge SURVIVOR OTHER [OTHER]</translation>
    </message>
    <message>
        <source>No contact or account has the id %1.</source>
        <translation>Kein Kontakt und keine Firma hat die ID %1.</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3); %4 related records moved. rapport-cli unmerge ID undoes it.</source>
        <translation>%1 in %2 (%3) zusammengeführt; %4 zugehörige Datensätze verschoben. rapport-cli unmerge ID macht es rückgängig.</translation>
    </message>
    <message>
        <source>unmerge needs the id of a merged record: unmerge ID</source>
        <translation>unmerge braucht die ID eines zusammengeführten Datensatzes: unmerge ID</translation>
    </message>
    <message>
        <source>%1 (%2) is a record of its own again.</source>
        <translation>%1 (%2) ist wieder ein eigener Datensatz.</translation>
    </message>
    <message>
        <source>Merge duplicate contacts or accounts into the first; everything related moves to it.</source>
        <translation>Doppelte Kontakte oder Firmen im ersten zusammenführen; alles Zugehörige wandert dorthin.</translation>
    </message>
    <message>
        <source>Undo the merge of a contact or account that was merged into another.</source>
        <translation>Die Zusammenführung eines Kontakts oder einer Firma rückgängig machen.</translation>
    </message>
    <message>
        <source>Use: restore TYPE ID</source>
        <translation>Aufruf: restore TYP ID</translation>
    </message>
    <message>
        <source>Bring back a deleted record (the restore syncs and wins over the delete).</source>
        <translation>Einen gelöschten Datensatz zurückholen (die Wiederherstellung wird synchronisiert und gewinnt gegen das Löschen).</translation>
    </message>
    <message>
        <source>--mode is create, update or upsert.</source>
        <translation>--mode ist create, update oder upsert.</translation>
    </message>
    <message>
        <source>--match is email, phone or id.</source>
        <translation>--match ist email, phone oder id.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>Zeile %1: übersprungen: %2</translation>
    </message>
    <message>
        <source>line %1: note: %2</source>
        <translation>Zeile %1: Hinweis: %2</translation>
    </message>
    <message>
        <source>CSV: create new contacts, update existing ones, or upsert (both).</source>
        <translation>CSV: neue Kontakte anlegen, vorhandene aktualisieren oder upsert (beides).</translation>
    </message>
    <message>
        <source>CSV: how a row finds its contact.</source>
        <translation>CSV: woran eine Zeile ihren Kontakt erkennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: contacts are imported from CSV files (.csv) and vCard files (.vcf).</source>
        <translation>„%1“: Kontakte werden aus CSV-Dateien (.csv) und vCard-Dateien (.vcf) importiert.</translation>
    </message>
    <message>
        <source>Stopped at line %1: the rows before it are in the book; import the file again with --mode upsert to finish.</source>
        <translation>Abgebrochen bei Zeile %1: Die Zeilen davor sind übernommen; importieren Sie die Datei erneut mit --mode upsert, um den Rest zu übernehmen.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>wiederholt sich</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>Erster Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>Day after the last (default: a week on).</source>
        <translation>Tag nach dem letzten (Standard: eine Woche später).</translation>
    </message>
    <message>
        <source>Whose calendar (user name; repeatable).</source>
        <translation>Wessen Kalender (Benutzername; wiederholbar).</translation>
    </message>
    <message>
        <source>Time zone to show times in.</source>
        <translation>Zeitzone, in der Zeiten angezeigt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--to must be a date after --from.</source>
        <translation>--to muss ein Datum nach --from sein.</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Nichts geplant.</translation>
    </message>
    <message>
        <source>call, meeting, task, email or note (default: meeting).</source>
        <translation>call, meeting, task, email oder note (Standard: meeting).</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>Worum es geht.</translation>
    </message>
    <message>
        <source>When it starts.</source>
        <translation>Wann es beginnt.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation>Wann es endet.</translation>
    </message>
    <message>
        <source>How long it lasts (instead of --end).</source>
        <translation>Wie lange es dauert (statt --end).</translation>
    </message>
    <message>
        <source>When a task is due.</source>
        <translation>Wann eine Aufgabe fällig ist.</translation>
    </message>
    <message>
        <source>A whole day (or days): --start and --end are dates.</source>
        <translation>Ganztägig (ein oder mehrere Tage): --start und --end sind Daten.</translation>
    </message>
    <message>
        <source>The time zone the times are in (default: the system&apos;s).</source>
        <translation>Die Zeitzone der Zeiten (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>Wo.</translation>
    </message>
    <message>
        <source>More text.</source>
        <translation>Weiterer Text.</translation>
    </message>
    <message>
        <source>The contact it is with.</source>
        <translation>Der Kontakt, mit dem es ist.</translation>
    </message>
    <message>
        <source>The account it is for.</source>
        <translation>Die Firma, für die es ist.</translation>
    </message>
    <message>
        <source>The opportunity it belongs to.</source>
        <translation>Die Verkaufschance, zu der es gehört.</translation>
    </message>
    <message>
        <source>The ticket it belongs to.</source>
        <translation>Das Ticket, zu dem es gehört.</translation>
    </message>
    <message>
        <source>Repetition as an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Wiederholung als RFC-5545-Regel, z. B. FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>A user name or an email address (repeatable).</source>
        <translation>Ein Benutzername oder eine E-Mail-Adresse (wiederholbar).</translation>
    </message>
    <message>
        <source>Whose it is (user name; default: yours).</source>
        <translation>Wem es gehört (Benutzername; Standard: Ihnen).</translation>
    </message>
    <message>
        <source>activity needs add: activity add --subject TEXT --start DATETIME …</source>
        <translation>activity braucht add: activity add --subject TEXT --start DATUMZEIT …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>„%1“ ist keine Zeitzone (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
        <source>As if it were then (default: now).</source>
        <translation>Als wäre es dann (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Whose reminders (user name).</source>
        <translation>Wessen Erinnerungen (Benutzername).</translation>
    </message>
    <message>
        <source>snooze: for how long.</source>
        <translation>snooze: für wie lange.</translation>
    </message>
    <message>
        <source>reminders takes dismiss ID or snooze ID [--minutes N].</source>
        <translation>reminders nimmt dismiss ID oder snooze ID [--minutes N].</translation>
    </message>
    <message>
        <source>There is no activity %1.</source>
        <translation>Es gibt keine Aktivität %1.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Zurückgestellt bis %1.</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Keine Erinnerungen sind fällig.</translation>
    </message>
    <message>
        <source>Dry run: %1 entries would be created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>Probelauf: %1 Einträge würden angelegt, %2 aktualisiert, %3 unverändert, %4 ausgelassen.</translation>
    </message>
    <message>
        <source>%1 entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>%1 Einträge angelegt, %2 aktualisiert, %3 unverändert, %4 ausgelassen.</translation>
    </message>
    <message>
        <source>line %1%2: left out: %3</source>
        <translation>Zeile %1%2: ausgelassen: %3</translation>
    </message>
    <message>
        <source>line %1%2: note: %3</source>
        <translation>Zeile %1%2: Hinweis: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a calendar is written to an .ics file.</source>
        <translation>„%1“: Ein Kalender wird in eine .ics-Datei geschrieben.</translation>
    </message>
    <message>
        <source>--from and --to must be dates (YYYY-MM-DD), --to after --from.</source>
        <translation>--from und --to müssen Daten sein (JJJJ-MM-TT), --to nach --from.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n Kalendereintrag in %1 geschrieben.</numerusform>
            <numerusform>%n Kalendereinträge in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the calendar day by day, repeating entries expanded.</source>
        <translation>Den Kalender Tag für Tag zeigen, Serien aufgelöst.</translation>
    </message>
    <message>
        <source>Add a call, meeting, task, email or note.</source>
        <translation>Einen Anruf, ein Meeting, eine Aufgabe, E-Mail oder Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>List the reminders that are due, or dismiss or snooze one.</source>
        <translation>Fällige Erinnerungen auflisten oder eine verwerfen oder zurückstellen.</translation>
    </message>
    <message>
        <source>Calendar: from this day on.</source>
        <translation>Kalender: ab diesem Tag.</translation>
    </message>
    <message>
        <source>Calendar: up to this day.</source>
        <translation>Kalender: bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Calendar: whose (user name; repeatable).</source>
        <translation>Kalender: wessen (Benutzername; wiederholbar).</translation>
    </message>
    <message>
        <source>export needs what and where: export contacts FILE.csv|FILE.vcf or export calendar FILE.ics</source>
        <translation>export braucht was und wohin: export contacts DATEI.csv|DATEI.vcf oder export calendar DATEI.ics</translation>
    </message>
    <message>
        <source>import needs what and from where: import contacts FILE.csv|FILE.vcf or import calendar FILE.ics</source>
        <translation>import braucht was und woher: import contacts DATEI.csv|DATEI.vcf oder import calendar DATEI.ics</translation>
    </message>
    <message>
        <source>Write contacts to a CSV file (spreadsheets) or a vCard file (address books), by its extension, or a calendar to an iCalendar file.</source>
        <translation>Kontakte in eine CSV-Datei (Tabellen) oder vCard-Datei (Adressbücher) schreiben, je nach Endung, oder einen Kalender in eine iCalendar-Datei.</translation>
    </message>
    <message>
        <source>Read contacts from a CSV or vCard file, or a calendar from an iCalendar file; every row or entry left out is listed with its line and why.</source>
        <translation>Kontakte aus einer CSV- oder vCard-Datei oder einen Kalender aus einer iCalendar-Datei lesen; jede ausgelassene Zeile oder jeder ausgelassene Eintrag wird mit Zeile und Grund aufgeführt.</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;.</source>
        <translation>Es gibt kein Team namens „%1“.</translation>
    </message>
    <message>
        <source>Only this team&apos;s deals (team name).</source>
        <translation>Nur die Verkaufschancen dieses Teams (Teamname).</translation>
    </message>
    <message>
        <source>Only these people&apos;s deals (user name; repeatable).</source>
        <translation>Nur die Verkaufschancen dieser Personen (Benutzername; wiederholbar).</translation>
    </message>
    <message>
        <source>Reporting currency (default: EUR).</source>
        <translation>Berichtswährung (Standard: EUR).</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>In diese Datei statt auf den Bildschirm schreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example EUR).</source>
        <translation>„%1“ ist kein Währungscode (zum Beispiel EUR).</translation>
    </message>
    <message>
        <source>Not in the amounts (no exchange rate to %1): %2</source>
        <translation>Nicht in den Beträgen (kein Wechselkurs nach %1): %2</translation>
    </message>
    <message>
        <source>What the rate is in (default: EUR).</source>
        <translation>Worin der Kurs angegeben ist (Standard: EUR).</translation>
    </message>
    <message>
        <source>Valid from this day (default: today).</source>
        <translation>Gültig ab diesem Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>rates takes list, or set CUR RATE [--base CUR] [--from DATE].</source>
        <translation>rates nimmt list oder set WÄHRUNG KURS [--base WÄHRUNG] [--from DATUM].</translation>
    </message>
    <message>
        <source>A rate is between two different currency codes (for example USD in EUR).</source>
        <translation>Ein Kurs gilt zwischen zwei verschiedenen Währungscodes (zum Beispiel USD in EUR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive number such as 0.92).</source>
        <translation>„%1“ ist kein Kurs (eine positive Zahl wie 0.92).</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4.</source>
        <translation>1 %1 = %2 %3 ab %4.</translation>
    </message>
    <message>
        <source>The exchange rates reports convert with.</source>
        <translation>Die Wechselkurse, mit denen Berichte umrechnen.</translation>
    </message>
    <message>
        <source>Use this contact already in the book instead of a new one.</source>
        <translation>Diesen vorhandenen Kontakt statt eines neuen verwenden.</translation>
    </message>
    <message>
        <source>Make a new contact even though a likely duplicate exists.</source>
        <translation>Einen neuen Kontakt anlegen, obwohl ein wahrscheinliches Duplikat existiert.</translation>
    </message>
    <message>
        <source>Do not open an opportunity.</source>
        <translation>Keine Verkaufschance eröffnen.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s name.</source>
        <translation>Der Name der Verkaufschance.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s amount (e.g. 12500.00).</source>
        <translation>Der Betrag der Verkaufschance (z. B. 12500.00).</translation>
    </message>
    <message>
        <source>Its currency (default: EUR).</source>
        <translation>Ihre Währung (Standard: EUR).</translation>
    </message>
    <message>
        <source>Its expected close (YYYY-MM-DD).</source>
        <translation>Ihr erwarteter Abschluss (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Es gibt keinen Kontakt %1.</translation>
    </message>
    <message>
        <source>%1 is probably already in the book:</source>
        <translation>%1 ist wahrscheinlich schon im Bestand:</translation>
    </message>
    <message>
        <source>Nothing converted: say --contact ID to use one of them, or --new-contact.</source>
        <translation>Nichts umgewandelt: Geben Sie --contact ID an, um einen davon zu verwenden, oder --new-contact.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (for example 12500.00).</source>
        <translation>„%1“ ist kein Betrag (zum Beispiel 12500.00).</translation>
    </message>
    <message>
        <source>Converted: account %1 (%2), contact %3 (%4)%5</source>
        <translation>Umgewandelt: Firma %1 (%2), Kontakt %3 (%4)%5</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>, opportunity %1.</source>
        <translation>, Verkaufschance %1.</translation>
    </message>
    <message>
        <source>table, csv, json or xlsx (default: table).</source>
        <translation>table, csv, json oder xlsx (Standard: table).</translation>
    </message>
    <message>
        <source>--format is table, csv, json or xlsx.</source>
        <translation>--format ist table, csv, json oder xlsx.</translation>
    </message>
    <message>
        <source>An xlsx report needs --out FILE.xlsx.</source>
        <translation>Ein xlsx-Bericht braucht --out DATEI.xlsx.</translation>
    </message>
    <message>
        <source>The period from this day (pipeline: deals expected to close from it).</source>
        <translation>Der Zeitraum ab diesem Tag (Pipeline: Verkaufschancen mit erwartetem Abschluss ab diesem Tag).</translation>
    </message>
    <message>
        <source>The period up to this day.</source>
        <translation>Der Zeitraum bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>forecast: month or quarter (default); winloss: reason (default) or competitor.</source>
        <translation>forecast: month oder quarter (Standard); winloss: reason (Standard) oder competitor.</translation>
    </message>
    <message>
        <source>--by is month or quarter for the forecast, reason or competitor for win/loss.</source>
        <translation>--by ist month oder quarter für die Prognose, reason oder competitor für Gewinn/Verlust.</translation>
    </message>
    <message>
        <source>%1, %2 – %3, in %4</source>
        <translation>%1, %2 – %3, in %4</translation>
    </message>
    <message>
        <source>Write the quote as a PDF file.</source>
        <translation>Das Angebot als PDF-Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the quote as an HTML file.</source>
        <translation>Das Angebot als HTML-Datei schreiben.</translation>
    </message>
    <message>
        <source>A discount on the whole quote, in percent.</source>
        <translation>Ein Rabatt auf das ganze Angebot, in Prozent.</translation>
    </message>
    <message>
        <source>Days the quote is valid for.</source>
        <translation>Wie viele Tage das Angebot gilt.</translation>
    </message>
    <message>
        <source>A note printed above the terms.</source>
        <translation>Ein Hinweis, der über den Bedingungen gedruckt wird.</translation>
    </message>
    <message>
        <source>A quote template (Mustache HTML).</source>
        <translation>Eine Angebotsvorlage (Mustache-HTML).</translation>
    </message>
    <message>
        <source>Print this issued version again instead of issuing a new one.</source>
        <translation>Diese ausgestellte Version erneut drucken, statt eine neue auszustellen.</translation>
    </message>
    <message>
        <source>quote takes an opportunity id and --pdf FILE (or --html FILE).</source>
        <translation>quote braucht die ID einer Verkaufschance und --pdf DATEI (oder --html DATEI).</translation>
    </message>
    <message>
        <source>--tax and --discount are percentages from 0 to 100.</source>
        <translation>--tax und --discount sind Prozentsätze von 0 bis 100.</translation>
    </message>
    <message>
        <source>--valid-days is a number of days.</source>
        <translation>--valid-days ist eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>The opportunity has no quote version %1.</source>
        <translation>Die Verkaufschance hat keine Angebotsversion %1.</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>Das Logo %1 ist kein Bild, das Rapport lesen kann.</translation>
    </message>
    <message>
        <source>Issue the next version of a deal&apos;s quote from its line items and print it to PDF.</source>
        <translation>Die nächste Version des Angebots zu einer Verkaufschance aus ihren Positionen ausstellen und als PDF drucken.</translation>
    </message>
    <message>
        <source>lead score takes lead ids, or --all.</source>
        <translation>lead score braucht Lead-IDs oder --all.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>%1: %2 (fit %3, engagement %4) — %5</source>
        <translation>%1: %2 (Eignung %3, Engagement %4) – %5</translation>
    </message>
    <message>
        <source>%1 leads scored, %2 scores changed.</source>
        <translation>%1 Leads bewertet, %2 Bewertungen geändert.</translation>
    </message>
    <message>
        <source>score: every lead not yet converted.</source>
        <translation>score: jeder noch nicht umgewandelte Lead.</translation>
    </message>
    <message>
        <source>lead takes convert ID, or score ID… (or score --all).</source>
        <translation>lead braucht convert ID oder score ID … (oder score --all).</translation>
    </message>
    <message>
        <source>Turn a lead into an account, a contact and an opportunity, duplicates checked first; or score leads by fit and engagement.</source>
        <translation>Einen Lead in Firma, Kontakt und Verkaufschance umwandeln, zuerst auf Dubletten geprüft; oder Leads nach Eignung und Engagement bewerten.</translation>
    </message>
    <message>
        <source>stages set takes a stage (%1) and a percentage from 0 to 100.</source>
        <translation>stages set braucht eine Phase (%1) und einen Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>stages takes list, or set STAGE PERCENT.</source>
        <translation>stages braucht list oder set PHASE PROZENT.</translation>
    </message>
    <message>
        <source>What the company calls the stage (empty: its usual name).</source>
        <translation>Wie die Firma die Phase nennt (leer: ihr üblicher Name).</translation>
    </message>
    <message>
        <source>Each stage&apos;s name and default probability: the company&apos;s, or the usual ones.</source>
        <translation>Name und Standardwahrscheinlichkeit jeder Phase: die der Firma oder die üblichen.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Check as of this moment (YYYY-MM-DDTHH:MM, local time; default: now).</source>
        <translation>Zu diesem Zeitpunkt prüfen (JJJJ-MM-TTTHH:MM, Ortszeit; Standard: jetzt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <source>Nothing is breaching or about to.</source>
        <translation>Nichts verletzt die Servicezeiten oder steht kurz davor.</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>Erstantwort</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>Tickets breaching their service level or about to (working time on each policy&apos;s hours).</source>
        <translation>Tickets, die ihre Servicezeiten verletzen oder kurz davor stehen (Arbeitszeit nach den Geschäftszeiten jeder Richtlinie).</translation>
    </message>
    <message>
        <source>Give the manager of each breached ticket&apos;s team a task about it (once per ticket).</source>
        <translation>Der Leitung des Teams jedes verletzten Tickets eine Aufgabe dazu geben (einmal je Ticket).</translation>
    </message>
    <message>
        <source>sla takes check [--at DATETIME] [--escalate].</source>
        <translation>sla erwartet check [--at DATUMZEIT] [--escalate].</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) escalated to their team&apos;s manager.</source>
        <translation>
            <numerusform>%n Ticket an die Teamleitung eskaliert.</numerusform>
            <numerusform>%n Tickets an die Teamleitung eskaliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Es gibt kein Ticket %1.</translation>
    </message>
    <message>
        <source>Round robin and least busy choose within a team: give --team.</source>
        <translation>Reihum und „am wenigsten ausgelastet“ wählen innerhalb eines Teams: Geben Sie --team an.</translation>
    </message>
    <message>
        <source>Assign to this user (user name).</source>
        <translation>Diesem Benutzer zuweisen (Benutzername).</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent given a ticket longest ago.</source>
        <translation>Dem Agenten des Teams zuweisen, der am längsten kein Ticket bekommen hat.</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent with the fewest open tickets.</source>
        <translation>Dem Agenten des Teams mit den wenigsten offenen Tickets zuweisen.</translation>
    </message>
    <message>
        <source>The team (name).</source>
        <translation>Das Team (Name).</translation>
    </message>
    <message>
        <source>What the ticket is about (required).</source>
        <translation>Worum es im Ticket geht (Pflicht).</translation>
    </message>
    <message>
        <source>The customer&apos;s words.</source>
        <translation>Die Worte des Kunden.</translation>
    </message>
    <message>
        <source>The customer (contact id).</source>
        <translation>Der Kunde (Kontakt-ID).</translation>
    </message>
    <message>
        <source>The customer, found by phone number.</source>
        <translation>Der Kunde, gefunden über die Telefonnummer.</translation>
    </message>
    <message>
        <source>low, normal, high or urgent (default normal).</source>
        <translation>low, normal, high oder urgent (Standard normal).</translation>
    </message>
    <message>
        <source>phone, email, web or walk_in (default phone).</source>
        <translation>phone, email, web oder walk_in (Standard phone).</translation>
    </message>
    <message>
        <source>A category.</source>
        <translation>Eine Kategorie.</translation>
    </message>
    <message>
        <source>ticket add needs --subject.</source>
        <translation>ticket add braucht --subject.</translation>
    </message>
    <message>
        <source>No contact has the number %1.</source>
        <translation>Kein Kontakt hat die Nummer %1.</translation>
    </message>
    <message>
        <source>Ticket %1 created (%2, %3).</source>
        <translation>Ticket %1 angelegt (%2, %3).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Höchstens so viele (Standard 50).</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>The queue &quot;%1&quot; is empty.</source>
        <translation>Die Warteschlange „%1“ ist leer.</translation>
    </message>
    <message>
        <source>ticket show takes a ticket number or id.</source>
        <translation>ticket show erwartet eine Ticketnummer oder -ID.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Assign to yourself.</source>
        <translation>Sich selbst zuweisen.</translation>
    </message>
    <message>
        <source>The ticket&apos;s number or id.</source>
        <translation>Nummer oder ID des Tickets.</translation>
    </message>
    <message>
        <source>ticket assign takes a ticket and --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>ticket assign erwartet ein Ticket und --assign BENUTZER, --me, --round-robin oder --least-busy.</translation>
    </message>
    <message>
        <source>Say whom: --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>Sagen Sie, wem: --assign BENUTZER, --me, --round-robin oder --least-busy.</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to %3.</source>
        <translation>%1 (%2) ist %3 zugewiesen.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Wie es gelöst wurde.</translation>
    </message>
    <message>
        <source>The customer&apos;s rating, 1 to 5.</source>
        <translation>Die Bewertung des Kunden, 1 bis 5.</translation>
    </message>
    <message>
        <source>ticket status takes a ticket and a status (new, open, pending, resolved, closed).</source>
        <translation>ticket status erwartet ein Ticket und einen Status (new, open, pending, resolved, closed).</translation>
    </message>
    <message>
        <source>--satisfaction needs a number from 1 to 5.</source>
        <translation>--satisfaction braucht eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 ist jetzt %2 (%3).</translation>
    </message>
    <message>
        <source>An internal note, not sent to the customer.</source>
        <translation>Eine interne Notiz, die nicht an den Kunden geht.</translation>
    </message>
    <message>
        <source>Record a message from the customer.</source>
        <translation>Eine Nachricht des Kunden erfassen.</translation>
    </message>
    <message>
        <source>The ticket&apos;s status afterwards (e.g. pending).</source>
        <translation>Der Status des Tickets danach (z. B. pending).</translation>
    </message>
    <message>
        <source>What to write.</source>
        <translation>Was geschrieben werden soll.</translation>
    </message>
    <message>
        <source>ticket reply takes a ticket and the text.</source>
        <translation>ticket reply erwartet ein Ticket und den Text.</translation>
    </message>
    <message>
        <source>A note is the team&apos;s, a message the customer&apos;s: give one of --note and --customer.</source>
        <translation>Eine Notiz ist vom Team, eine Nachricht vom Kunden: Geben Sie nur eines von --note und --customer an.</translation>
    </message>
    <message>
        <source>ticket reply needs some text.</source>
        <translation>ticket reply braucht einen Text.</translation>
    </message>
    <message>
        <source>Added to %1 (%2, %3).</source>
        <translation>Zu %1 hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>ticket takes one of: %1.</source>
        <translation>ticket erwartet eines von: %1.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, in any spelling.</source>
        <translation>Die Nummer des Anrufers, in beliebiger Schreibweise.</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Keine offenen Tickets.</translation>
    </message>
    <message>
        <source>At most this many (default 5).</source>
        <translation>Höchstens so viele (Standard 5).</translation>
    </message>
    <message>
        <source>A ticket&apos;s subject and description.</source>
        <translation>Betreff und Beschreibung eines Tickets.</translation>
    </message>
    <message>
        <source>kb takes suggest TEXT [--limit N].</source>
        <translation>kb erwartet suggest TEXT [--limit N].</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Kein Artikel passt.</translation>
    </message>
    <message>
        <source>Tickets: add one, list a queue, show one with its conversation, assign (to someone, round robin or least busy), move its status, reply or add a note.</source>
        <translation>Tickets: anlegen, eine Warteschlange auflisten, eines mit seinem Verlauf zeigen, zuweisen (jemandem, reihum oder dem am wenigsten Ausgelasteten), den Status ändern, antworten oder eine Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>An incoming call: who is calling (any spelling of the number) and their open tickets (exit code 1: unknown caller).</source>
        <translation>Ein eingehender Anruf: wer anruft (beliebige Schreibweise der Nummer) und dessen offene Tickets (Exit-Code 1: unbekannter Anrufer).</translation>
    </message>
    <message>
        <source>Knowledge-base articles that match a ticket&apos;s words, best first.</source>
        <translation>Wissensdatenbank-Artikel, die zu den Worten eines Tickets passen, die besten zuerst.</translation>
    </message>
    <message>
        <source>Unknown caller: nobody has the number %1. Create the contact with &quot;rapport-cli create contact&quot;.</source>
        <translation>Unbekannter Anrufer: Niemand hat die Nummer %1. Legen Sie den Kontakt mit „rapport-cli create contact“ an.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 needs a phone number.</source>
        <translation>%1 braucht eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1, to update: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Probelauf, nichts geschrieben. Anzulegende Kontakte: %1, zu aktualisieren: %2; neue Firmen: %3; ausgelassene Zeilen: %4.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Kontakte angelegt: %1, aktualisiert: %2; neue Firmen: %3; ausgelassene Zeilen: %4.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Probelauf, nichts geschrieben. Anzulegende Kontakte: %1; neue Firmen: %2; ausgelassene Karten: %3.</translation>
    </message>
    <message>
        <source>Contacts created: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Kontakte angelegt: %1; neue Firmen: %2; ausgelassene Karten: %3.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1 was another ticket&apos;s number; the server gave this ticket %2.</source>
        <translation>%1 war die Nummer eines anderen Tickets; der Server hat diesem Ticket %2 gegeben.</translation>
    </message>
    <message>
        <source>Contacts and accounts cannot be merged with each other (%1: %2, %3: %4).</source>
        <translation>Kontakte und Firmen können nicht miteinander zusammengeführt werden (%1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Gewonnen in diesem Quartal</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>kein Umsatzziel</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Abschlussquote (12 Monate)</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>keine abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 von %2 gewonnen</translation>
    </message>
    <message>
        <source>, sales cycle %1 days</source>
        <translation>, Vertriebszyklus %1 Tage</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overview in %1 at the exchange rates of %2</source>
        <translation>Übersicht in %1 zu den Wechselkursen vom %2</translation>
    </message>
    <message>
        <source>The overview is everyone&apos;s, of this quarter and the last twelve months: --%1 does not apply to it.</source>
        <translation>Die Übersicht gilt für alle, für dieses Quartal und die letzten zwölf Monate: --%1 passt nicht dazu.</translation>
    </message>
    <message>
        <source>The overview is written as a table or as JSON.</source>
        <translation>Die Übersicht wird als Tabelle oder als JSON geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln Verkaufschance, gewichtet %1</numerusform>
            <numerusform>%Ln Verkaufschancen, gewichtet %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their service level</source>
        <translation>
            <numerusform>%Ln über dem Service-Level</numerusform>
            <numerusform>%Ln über dem Service-Level</numerusform>
        </translation>
    </message>
    <message>
        <source>report takes what to report: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn or crosssell.</source>
        <translation>report erwartet, worüber berichtet werden soll: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn oder crosssell.</translation>
    </message>
    <message>
        <source>The manager&apos;s reports: the overview of them all, pipeline, forecast against quota, sales team, sales cycle, win/loss and slipped deals, in one currency; the help desk&apos;s: open tickets by age and priority, service levels, backlog, agents; and the customers&apos;: RFM segments with lifetime value, churn risk, cross-selling.</source>
        <translation>Die Berichte für Führungskräfte: die Übersicht über alle, Pipeline, Prognose gegen Umsatzziel, Vertriebsteam, Vertriebszyklus, Gewinn/Verlust und verschobene Verkaufschancen in einer Währung; die des Helpdesks: offene Tickets nach Alter und Priorität, Service-Level, Rückstand, Agenten; und die der Kunden: RFM-Segmente mit Kundenwert, Abwanderungsrisiko, Cross-Selling.</translation>
    </message>
    <message>
        <source>add: every contact with this tag.</source>
        <translation>add: jeder Kontakt mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>respond: when (YYYY-MM-DDTHH:MM, UTC; default: now).</source>
        <translation>respond: wann (JJJJ-MM-TTTHH:MM, UTC; Standard: jetzt).</translation>
    </message>
    <message>
        <source>No contact has the tag &quot;%1&quot;.</source>
        <translation>Kein Kontakt hat das Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment (YYYY-MM-DDTHH:MM).</source>
        <translation>„%1“ ist kein Zeitpunkt (JJJJ-MM-TTTHH:MM).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Reached %1, responded %2%3</source>
        <translation>Erreicht %1, reagiert %2%3</translation>
    </message>
    <message>
        <source>Leads %1, deals %2, won %3%4</source>
        <translation>Leads %1, Verkaufschancen %2, gewonnen %3%4</translation>
    </message>
    <message>
        <source>send: write the recipients to this CSV file, for the mail tool (names, company, language, address).</source>
        <translation>send: die Empfänger in diese CSV-Datei schreiben, für das Mailing-Werkzeug (Namen, Firma, Sprache, Adresse).</translation>
    </message>
    <message>
        <source>The currency of revenue and lifetime value (default: EUR).</source>
        <translation>Die Währung von Umsatz und Kundenwert (Vorgabe: EUR).</translation>
    </message>
    <message>
        <source>customers takes score [--currency CUR], or show ACCOUNT.</source>
        <translation>customers erwartet score [--currency WÄHRUNG] oder show FIRMA.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) scored on their orders from %1 to %2, in %3.</source>
        <translation>
            <numerusform>%Ln Kunde nach den Bestellungen vom %1 bis %2 bewertet, in %3.</numerusform>
            <numerusform>%Ln Kunden nach ihren Bestellungen vom %1 bis %2 bewertet, in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt keine Firma %1.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet: run rapport-cli customers score.</source>
        <translation>Die Kunden wurden noch nicht bewertet: rapport-cli customers score ausführen.</translation>
    </message>
    <message>
        <source>%1 had no orders when the customers were last scored (%2).</source>
        <translation>%1 hatte bei der letzten Bewertung der Kunden (%2) keine Bestellungen.</translation>
    </message>
    <message>
        <source>%1: %2 (recency %3, frequency %4, money %5 out of 5), scored on %6.</source>
        <translation>%1: %2 (Aktualität %3, Häufigkeit %4, Umsatz %5 von 5), bewertet am %6.</translation>
    </message>
    <message>
        <source>Score every customer on their orders (RFM segment, lifetime value, churn risk), as the accounts list and page show it; or show one account&apos;s standing.</source>
        <translation>Jeden Kunden nach seinen Bestellungen bewerten (RFM-Segment, Kundenwert, Abwanderungsrisiko), wie es Firmenliste und Firmenseite zeigen; oder zeigen, wo eine Firma steht.</translation>
    </message>
    <message>
        <source>add: the people at the customers of this segment, as last scored (%1).</source>
        <translation>add: die Personen bei den Kunden dieses Segments, wie zuletzt bewertet (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer segment; one of: %2.</source>
        <translation>„%1“ ist kein Kundensegment; möglich sind: %2.</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1 (as last scored: rapport-cli customers score scores them again).</source>
        <translation>Bei den Kunden im Segment %1 ist niemand erfasst (wie zuletzt bewertet: rapport-cli customers score bewertet sie neu).</translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>Bestellungen in %1 werden nicht gezählt: Es gibt keinen Wechselkurs nach %2.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value %1; churn risk %2; last order %3; %Ln order(s) for %4 in the last 12 months; buys most: %5.</source>
        <translation>
            <numerusform>Kundenwert %1; Abwanderungsrisiko %2; letzte Bestellung %3; %Ln Bestellung über %4 in den letzten 12 Monaten; kauft am meisten: %5.</numerusform>
            <numerusform>Kundenwert %1; Abwanderungsrisiko %2; letzte Bestellung %3; %Ln Bestellungen über %4 in den letzten 12 Monaten; kauft am meisten: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>Abwanderungsgefährdet: ein Abwanderungsrisiko von mindestens der Hälfte und eine Bestellung im letzten Jahr.</translation>
    </message>
    <message>
        <source>add: the leads with this status (%1).</source>
        <translation>add: die Leads mit diesem Status (%1).</translation>
    </message>
    <message>
        <source>campaign takes add CAMPAIGN PERSON… (contacts or leads; or --tag TAG, --segment SEGMENT, --leads STATUS), send CAMPAIGN, respond MEMBER KIND or show CAMPAIGN.</source>
        <translation>campaign erwartet add KAMPAGNE PERSON… (Kontakte oder Leads; oder --tag SCHLAGWORT, --segment SEGMENT, --leads STATUS), send KAMPAGNE, respond MITGLIED ART oder show KAMPAGNE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the status of a lead to reach; one of: %2.</source>
        <translation>„%1“ ist kein Status eines erreichbaren Leads; möglich sind: %2.</translation>
    </message>
    <message>
        <source>No lead has the status %1.</source>
        <translation>Kein Lead hat den Status %1.</translation>
    </message>
    <message>
        <source>Marketing campaigns by consent: add contacts and leads (those without marketing consent on the campaign&apos;s channel are left out, with the reason), send (consent checked again), record a response (an unsubscribe withdraws consent), show what it achieved.</source>
        <translation>Marketingkampagnen nach Einwilligung: Kontakte und Leads hinzufügen (wer auf dem Kanal der Kampagne nicht in Werbung eingewilligt hat, bleibt mit Grund außen vor), versenden (Einwilligung erneut geprüft), eine Reaktion erfassen (eine Abmeldung widerruft die Einwilligung), zeigen, was sie erreicht hat.</translation>
    </message>
    <message>
        <source>breached %1 of working time ago</source>
        <translation>vor %1 Arbeitszeit verletzt</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>noch %1 Arbeitszeit</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>VAT rate at home in percent (default: the settings&apos;).</source>
        <translation>Umsatzsteuersatz im Inland in Prozent (Vorgabe: der aus den Einstellungen).</translation>
    </message>
    <message>
        <source>domestic, reverse-charge or export (default: by where the customer is).</source>
        <translation>domestic, reverse-charge oder export (Vorgabe: nach dem Sitz des Kunden).</translation>
    </message>
    <message>
        <source>--tax-treatment is domestic, reverse-charge or export.</source>
        <translation>--tax-treatment ist domestic, reverse-charge oder export.</translation>
    </message>
    <message>
        <source>Quote %1, version %2: %3 (%4)</source>
        <translation>Angebot %1, Version %2: %3 (%4)</translation>
    </message>
    <message>
        <source>mine, unassigned, customers (your customers&apos; open tickets), open, breaching, waiting or all (default open).</source>
        <translation>mine, unassigned, customers (offene Tickets Ihrer Kunden), open, breaching, waiting oder all (Standard open).</translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;; the queues are mine, unassigned, customers, open, breaching, waiting and all.</source>
        <translation>Es gibt keine Warteschlange „%1“; die Warteschlangen sind mine, unassigned, customers, open, breaching, waiting und all.</translation>
    </message>
    <message>
        <source>Reminders, minutes before (comma-separated); an all-day entry&apos;s may ring on its day: -540 is at 9:00.</source>
        <translation>Erinnerungen, Minuten vorher (durch Kommas getrennt); bei ganztägigen Einträgen auch am Tag selbst: -540 ist um 9:00.</translation>
    </message>
    <message>
        <source>--remind takes minutes before the start, such as 15 or 15,60; &quot;%1&quot; is not a number.</source>
        <translation>--remind erwartet Minuten vor dem Beginn, etwa 15 oder 15,60; „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: none has the id or name &quot;%2&quot;.</source>
        <translation>%1: keine mit der ID oder dem Namen „%2“.</translation>
    </message>
    <message>
        <source>Several records are named &quot;%1&quot;; give the id of the one meant: %2.</source>
        <translation>Mehrere Einträge heißen „%1“; geben Sie die ID des gemeinten an: %2.</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 des Umsatzziels von %2</translation>
    </message>
    <message>
        <source>  (usually %1)</source>
        <translation>  (üblich %1)</translation>
    </message>
    <message>
        <source>rapport-cli: possibly the same person as %1 (%2, %3): %4</source>
        <translation>rapport-cli: möglicherweise dieselbe Person wie %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>%1 = %2 at today&apos;s rates</source>
        <translation>%1 = %2 zu den heutigen Kursen</translation>
    </message>
    <message>
        <source>; not counted, without a rate to %1: %2</source>
        <translation>; nicht gezählt, ohne Kurs in %1: %2</translation>
    </message>
    <message>
        <source>Members: none</source>
        <translation>Mitglieder: keine</translation>
    </message>
    <message>
        <source>Members: %1 (%2)</source>
        <translation>Mitglieder: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Übergeordnete Firma</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per Post</translation>
    </message>
    <message>
        <source>No consent to marketing %1 is recorded for this customer.</source>
        <translation>Für diesen Kunden ist keine Einwilligung in Werbung %1 erfasst.</translation>
    </message>
    <message>
        <source>No consent to being contacted %1 is recorded for this customer.</source>
        <translation>Für diesen Kunden ist keine Einwilligung erfasst, %1 kontaktiert zu werden.</translation>
    </message>
    <message>
        <source>This customer declined marketing %1.</source>
        <translation>Dieser Kunde hat Werbung %1 abgelehnt.</translation>
    </message>
    <message>
        <source>This customer declined being contacted %1.</source>
        <translation>Dieser Kunde möchte nicht %1 kontaktiert werden.</translation>
    </message>
    <message>
        <source>It is %1 for this customer, outside the times they agreed to (%2).</source>
        <translation>Beim Kunden ist es %1, außerhalb der vereinbarten Zeiten (%2).</translation>
    </message>
    <message>
        <source>service %1, marketing %2</source>
        <translation>Service %1, Marketing %2</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>Von %1 abgemeldet</translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Weitere E-Mails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Weitere Telefonnummern</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>Contacts imported from a vCard file</source>
        <translation>Kontakte aus einer vCard-Datei importiert</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The birthday &quot;%1&quot; is not a date this import can read; it was left out.</source>
        <translation>Der Geburtstag „%1“ ist kein lesbares Datum; er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>Das Land „%1“ ist unbekannt; es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>Rapport id (to update)</source>
        <translation>Rapport-ID (zum Aktualisieren)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Company (account)</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>E-Mail (%1)</translation>
    </message>
    <message>
        <source>Email addresses, several</source>
        <translation>E-Mail-Adressen, mehrere</translation>
    </message>
    <message>
        <source>Kind of email %1</source>
        <translation>Art der E-Mail %1</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Telefon (%1)</translation>
    </message>
    <message>
        <source>Phone numbers, several</source>
        <translation>Telefonnummern, mehrere</translation>
    </message>
    <message>
        <source>Kind of phone %1</source>
        <translation>Art des Telefons %1</translation>
    </message>
    <message>
        <source>Street (%1)</source>
        <translation>Straße (%1)</translation>
    </message>
    <message>
        <source>Postal code (%1)</source>
        <translation>PLZ (%1)</translation>
    </message>
    <message>
        <source>City (%1)</source>
        <translation>Ort (%1)</translation>
    </message>
    <message>
        <source>Region (%1)</source>
        <translation>Region (%1)</translation>
    </message>
    <message>
        <source>Country (%1)</source>
        <translation>Land (%1)</translation>
    </message>
    <message>
        <source>Kind of address %1</source>
        <translation>Art der Adresse %1</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>No column is a name: choose which column holds the last name (or the full name).</source>
        <translation>Keine Spalte enthält einen Namen: Wählen Sie, welche Spalte den Nachnamen (oder den vollständigen Namen) enthält.</translation>
    </message>
    <message>
        <source>To match by id, one column must hold the Rapport id.</source>
        <translation>Zum Abgleich per ID muss eine Spalte die Rapport-ID enthalten.</translation>
    </message>
    <message>
        <source>Contacts imported from a CSV file</source>
        <translation>Kontakte aus einer CSV-Datei importiert</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>Es gibt keinen Namen.</translation>
    </message>
    <message>
        <source>The same person as on line %1 (same %2).</source>
        <translation>Dieselbe Person wie in Zeile %1 (gleiche %2).</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Already in the book as %1; choose &quot;update&quot; or &quot;create or update&quot; to change it.</source>
        <translation>Bereits vorhanden als %1; wählen Sie „aktualisieren“ oder „anlegen oder aktualisieren“, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Another row of this file already updates %1.</source>
        <translation>Eine andere Zeile dieser Datei aktualisiert %1 bereits.</translation>
    </message>
    <message>
        <source>The contact to update no longer exists.</source>
        <translation>Den zu aktualisierenden Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no id to find the contact by.</source>
        <translation>Es gibt keine ID, um den Kontakt zu finden.</translation>
    </message>
    <message>
        <source>Not in the book (matched by %1); choose &quot;create&quot; or &quot;create or update&quot; to add it.</source>
        <translation>Nicht vorhanden (Abgleich per %1); wählen Sie „anlegen“ oder „anlegen oder aktualisieren“, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1 (%2).</source>
        <translation>Möglicherweise dieselbe Person wie %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>The import stopped at line %1: %2 The rows before that line are in your book; import the file again with &quot;create or update&quot; to finish.</source>
        <translation>Der Import endete bei Zeile %1: %2 Die Zeilen davor sind übernommen; importieren Sie die Datei erneut mit „anlegen oder aktualisieren“, um den Rest zu übernehmen.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>Die Sprache „%1“ ist unbekannt; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Owner (user name, email or name)</source>
        <translation>Zuständig (Benutzername, E-Mail oder Name)</translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot; (or several are); the owner was left as it was.</source>
        <translation>Kein Benutzer heißt „%1“ (oder mehrere heißen so); wer zuständig ist, blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>separated by &quot;%1&quot;</source>
        <translation>getrennt durch „%1“</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Verkaufschance eröffnet</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
</context>
<context>
    <name>CustomerOverview</name>
    <message>
        <source>The customer cannot be read: %1</source>
        <translation>Der Kunde kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>Abschluss %1</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Diesen Kontakt gibt es nicht mehr (er wurde vielleicht gelöscht oder von der Synchronisation entfernt).</translation>
    </message>
    <message>
        <source>This account no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Diese Firma gibt es nicht mehr (sie wurde vielleicht gelöscht oder von der Synchronisation entfernt).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be read. Check that it is a file and that you may open it.</source>
        <translation>%1 kann nicht gelesen werden. Prüfen Sie, ob es sich um eine Datei handelt und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database: it is not an SQLite file. The file was left unchanged.</source>
        <translation>%1 ist keine Rapport-Datenbank: Es handelt sich nicht um eine SQLite-Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2: %3). The file was left unchanged; restore it from a backup or sync it again from the server.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2: %3). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder synchronisieren Sie sie erneut vom Server.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Rapport database. The file was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Rapport-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (database schema %2; this version knows schema %3 at most). Please update Rapport. The file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Version von Rapport geschrieben (Datenbankschema %2; diese Version unterstützt höchstens Schema %3). Bitte aktualisieren Sie Rapport. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not ready to be read: open it once for writing first.</source>
        <translation>%1 kann noch nicht gelesen werden: Öffnen Sie die Datei zuerst einmal mit Schreibzugriff.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Internal error: the database connection &quot;%1&quot; is already open.</source>
        <translation>Interner Fehler: Die Datenbankverbindung „%1“ ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Internal error: the SQLite driver gave no native handle.</source>
        <translation>Interner Fehler: Der SQLite-Treiber hat kein natives Handle geliefert.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Still linked to %1: %2. They stay as they are, and Edit → Undo brings %1 back.</source>
        <translation>Mit %1 verknüpft sind noch: %2. Sie bleiben, wie sie sind, und Bearbeiten → Rückgängig holt %1 zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database already holds customer data. Demo data is only generated into an empty database; choose a new file with --db.</source>
        <translation>Die Datenbank enthält bereits Kundendaten. Demodaten werden nur in eine leere Datenbank geschrieben; wählen Sie mit --db eine neue Datei.</translation>
    </message>
    <message>
        <source>The number of demo contacts must be between 10 and 50,000,000.</source>
        <translation>Die Anzahl der Demokontakte muss zwischen 10 und 50.000.000 liegen.</translation>
    </message>
    <message>
        <source>The demo date is not a valid date.</source>
        <translation>Das Demodatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Demo data: %1 contacts, seed %2</source>
        <translation>Demodaten: %1 Kontakte, Startwert %2</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the records written so far were kept.</source>
        <translation>Die Erzeugung der Demodaten wurde abgebrochen; die bis dahin geschriebenen Datensätze wurden beibehalten.</translation>
    </message>
    <message>
        <source>Writing demo records</source>
        <translation>Demodatensätze werden geschrieben</translation>
    </message>
    <message>
        <source>Demo data generation stopped early.</source>
        <translation>Die Erzeugung der Demodaten wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Indizes werden erstellt</translation>
    </message>
    <message>
        <source>An earlier demo data generation into this file was interrupted. Delete the file and start again.</source>
        <translation>Eine frühere Erzeugung von Demodaten in diese Datei wurde unterbrochen. Löschen Sie die Datei und beginnen Sie neu.</translation>
    </message>
    <message>
        <source>Payment within 30 days of invoice, without deduction. Prices exclude delivery and travel. Our general terms and conditions apply.</source>
        <translation>Zahlbar innerhalb von 30 Tagen nach Rechnungsstellung ohne Abzug. Preise zuzüglich Lieferung und Reisekosten. Es gelten unsere Allgemeinen Geschäftsbedingungen.</translation>
    </message>
    <message>
        <source>Demo data generation failed: %1</source>
        <translation>Die Demodaten konnten nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>DesktopLinks</name>
    <message>
        <source>No program on this computer makes phone calls: %1 is on the clipboard to dial.</source>
        <translation>Auf diesem Computer telefoniert kein Programm: %1 ist zum Wählen in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No email program is set up on this computer: %1 is on the clipboard.</source>
        <translation>Auf diesem Computer ist kein E-Mail-Programm eingerichtet: %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1: the link is on the clipboard.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1: Der Link ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>the same email address</source>
        <translation>dieselbe E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>dieselbe Telefonnummer</translation>
    </message>
    <message>
        <source>the same name at the same account</source>
        <translation>derselbe Name bei derselben Firma</translation>
    </message>
    <message>
        <source>the same name and email domain</source>
        <translation>derselbe Name und dieselbe E-Mail-Domain</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: %1</source>
        <translation>Die Dublettensuche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>EditRecordCommand</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Der Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Price books</source>
        <translation>Preislisten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Auftragsposition</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ticket entry</source>
        <translation>Ticketeintrag</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Linked article</source>
        <translation>Verknüpfter Artikel</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Verknüpfte Artikel</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation>Kampagnenmitglied</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Kampagnenmitglieder</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Kampagnenreaktion</translation>
    </message>
    <message>
        <source>Campaign responses</source>
        <translation>Kampagnenreaktionen</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Umsatzziele</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rolle im Kaufprozess</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Rollen im Kaufprozess</translation>
    </message>
    <message>
        <source>Stage setting</source>
        <translation>Phaseneinstellung</translation>
    </message>
    <message>
        <source>Stage settings</source>
        <translation>Phaseneinstellungen</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>line item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>price book</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>order line</source>
        <translation>Auftragsposition</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>ticket entry</source>
        <translation>Ticketeintrag</translation>
    </message>
    <message>
        <source>linked article</source>
        <translation>verknüpfter Artikel</translation>
    </message>
    <message>
        <source>knowledge article</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>campaign member</source>
        <translation>Kampagnenmitglied</translation>
    </message>
    <message>
        <source>campaign response</source>
        <translation>Kampagnenreaktion</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>stage setting</source>
        <translation>Phaseneinstellung</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>Rolle im Kaufprozess</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>Servicemitarbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobil</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banken</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Chemie</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bauwesen</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Nahrungsmittel und Getränke</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Öffentliche Verwaltung</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherungen</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Pharma</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telekommunikation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Mittelstand</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Kleinunternehmen</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platin</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Kaltakquise</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht abgenommen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Mit Vorbehalt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Akquise</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Bedarfsanalyse</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Bester Fall</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Verbindlich</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Kundennachricht</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Direktmailing</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Budgetverantwortlicher</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Technischer Prüfer</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>Nicht zu verlieren</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>Mit Umsatzsteuer</translation>
    </message>
    <message>
        <source>Reverse charge (EU business)</source>
        <translation>Reverse Charge (Unternehmen in der EU)</translation>
    </message>
    <message>
        <source>Export (customer abroad)</source>
        <translation>Ausfuhr (Kunde im Ausland)</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>campaign status</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>campaign status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign status</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Preis zu hoch</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Für einen Wettbewerber entschieden</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Project postponed</source>
        <translation>Projekt verschoben</translation>
    </message>
    <message>
        <source>Missing feature</source>
        <translation>Fehlende Funktion</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Kundenbeziehung</translation>
    </message>
    <message>
        <source>piece</source>
        <comment>unit of sale</comment>
        <translation>Stück</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>unit of sale</comment>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <comment>unit of sale</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>month</source>
        <comment>unit of sale</comment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>year</source>
        <comment>unit of sale</comment>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>project</source>
        <comment>unit of sale</comment>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>user/year</source>
        <comment>unit of sale</comment>
        <translation>Nutzer/Jahr</translation>
    </message>
    <message>
        <source>site/year</source>
        <comment>unit of sale</comment>
        <translation>Standort/Jahr</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>ticket category</comment>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>ticket category</comment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>ticket category</comment>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>ticket category</comment>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>ticket category</comment>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>user</source>
        <comment>unit of sale</comment>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>box</source>
        <comment>unit of sale</comment>
        <translation>Karton</translation>
    </message>
    <message>
        <source>kit</source>
        <comment>unit of sale</comment>
        <translation>Set</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>consent source</comment>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>consent source</comment>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>consent source</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>consent source</comment>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <comment>consent source</comment>
        <translation>Messe</translation>
    </message>
    <message>
        <source>Business card</source>
        <comment>consent source</comment>
        <translation>Visitenkarte</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>consent source</comment>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Campaign reply</source>
        <comment>consent source</comment>
        <translation>Antwort auf Kampagne</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>consent source</comment>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Übergeordnete Firma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Telefon (E.164)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Communication consent</source>
        <translation>Einwilligung zur Kommunikation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Konvertiert in Firma</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Konvertiert in Kontakt</translation>
    </message>
    <message>
        <source>Converted to opportunity</source>
        <translation>Konvertiert in Verkaufschance</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert am</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Prognosekategorie</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Mitbewerber</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Discount (basis points)</source>
        <translation>Rabatt (Basispunkte)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Von Phase</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Erste Antwort fällig</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort am</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst am</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Reagiert am</translation>
    </message>
    <message>
        <source>Merge record</source>
        <translation>Zusammenführungsprotokoll</translation>
    </message>
    <message>
        <source>Reminders (minutes before)</source>
        <translation>Erinnerungen (Minuten vorher)</translation>
    </message>
    <message>
        <source>Reminders dismissed until</source>
        <translation>Erinnerungen geschlossen bis</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Nächste Erinnerung</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Ausgelassene Termine</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Occurrence replaced</source>
        <translation>Ersetzter Termin</translation>
    </message>
    <message>
        <source>Repeats until</source>
        <translation>Wiederholt sich bis</translation>
    </message>
    <message>
        <source>iCalendar UID</source>
        <translation>iCalendar-UID</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Rate (millionths)</source>
        <translation>Kurs (Millionstel)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer/in</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Tax rate (basis points)</source>
        <translation>Steuersatz (Basispunkte)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Standardwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Waiting on customer since</source>
        <translation>Wartet auf Kunden seit</translation>
    </message>
    <message>
        <source>Working minutes waited</source>
        <translation>Gewartete Arbeitsminuten</translation>
    </message>
    <message>
        <source>First response (working minutes)</source>
        <translation>Erstantwort (Arbeitsminuten)</translation>
    </message>
    <message>
        <source>Resolution (working minutes)</source>
        <translation>Lösung (Arbeitsminuten)</translation>
    </message>
    <message>
        <source>Warn before (working minutes)</source>
        <translation>Warnen vorher (Arbeitsminuten)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Tax treatment</source>
        <translation>Steuerliche Behandlung</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>agreed via %1 on %2</source>
        <translation>zugestimmt per %1 am %2</translation>
    </message>
    <message>
        <source>agreed via %1</source>
        <translation>zugestimmt per %1</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>zugestimmt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Firma</numerusform>
            <numerusform>%Ln Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln Verkaufschance</numerusform>
            <numerusform>%Ln Verkaufschancen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln Aktivität</numerusform>
            <numerusform>%Ln Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln Kampagne</numerusform>
            <numerusform>%Ln Kampagnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>time zone: offset, place or name</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>(%1) %2 – %3</source>
        <comment>time zone: offset, place, name</comment>
        <translation>(%1) %2 – %3</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an unsubscribe, then its date</comment>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Der Server hat eine Antwort gesendet, die kein JSON ist.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>Die Wissensdatenbank kann nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>%1 was converted already.</source>
        <translation>%1 wurde bereits umgewandelt.</translation>
    </message>
    <message>
        <source>%1: new business</source>
        <translation>%1: Neugeschäft</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>decides: %1</source>
        <translation>entscheidet: %1</translation>
    </message>
    <message>
        <source>leads a department: %1</source>
        <translation>leitet eine Abteilung: %1</translation>
    </message>
    <message>
        <source>manages or buys: %1</source>
        <translation>führt oder kauft ein: %1</translation>
    </message>
    <message>
        <source>job title given</source>
        <translation>Position angegeben</translation>
    </message>
    <message>
        <source>company named</source>
        <translation>Firma genannt</translation>
    </message>
    <message>
        <source>private email address</source>
        <translation>private E-Mail-Adresse</translation>
    </message>
    <message>
        <source>business email address</source>
        <translation>geschäftliche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number given</source>
        <translation>Telefonnummer angegeben</translation>
    </message>
    <message>
        <source>country known</source>
        <translation>Land bekannt</translation>
    </message>
    <message>
        <source>came by referral or partner</source>
        <translation>kam über Empfehlung oder Partner</translation>
    </message>
    <message>
        <source>came by website, event or campaign</source>
        <translation>kam über Website, Veranstaltung oder Kampagne</translation>
    </message>
    <message>
        <source>opted out of campaigns</source>
        <translation>hat Kampagnen abbestellt</translation>
    </message>
    <message>
        <source>registered for an event</source>
        <translation>hat sich zu einer Veranstaltung angemeldet</translation>
    </message>
    <message>
        <source>replied to a campaign</source>
        <translation>hat auf eine Kampagne geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>clicked a campaign %n time(s)</source>
        <translation>
            <numerusform>hat einmal in einer Kampagne geklickt</numerusform>
            <numerusform>hat %n-mal in Kampagnen geklickt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened a campaign %n time(s)</source>
        <translation>
            <numerusform>hat eine Kampagne einmal geöffnet</numerusform>
            <numerusform>hat Kampagnen %n-mal geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>responded to a campaign</source>
        <translation>hat auf eine Kampagne reagiert</translation>
    </message>
    <message>
        <source>in conversation</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>new this month</source>
        <translation>neu in diesem Monat</translation>
    </message>
    <message>
        <source>new this quarter</source>
        <translation>neu in diesem Quartal</translation>
    </message>
    <message>
        <source>The lead&apos;s campaigns cannot be read: %1</source>
        <translation>Die Kampagnen des Leads können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>bought through a campaign</source>
        <translation>hat über eine Kampagne gekauft</translation>
    </message>
    <message>
        <source>attended an event</source>
        <translation>hat an einer Veranstaltung teilgenommen</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge into %1</source>
        <translation>In %1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>k</source>
        <translation>&#xa0;Tsd.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>&#xa0;Mio.</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>&#xa0;Mrd.</translation>
    </message>
</context>
<context>
    <name>Normaliser</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2. A number without a country code is read in the contact&apos;s country, else in the region chosen in the settings: add the country code or the country.</source>
        <translation>„%1“ ist keine Telefonnummer in %2. Eine Nummer ohne Landesvorwahl gilt im Land des Kontakts, sonst in der Region aus den Einstellungen: Landesvorwahl oder Land ergänzen.</translation>
    </message>
</context>
<context>
    <name>OpportunityDetailsReader</name>
    <message>
        <source>The opportunity no longer exists (it may have been removed by sync).</source>
        <translation>Die Verkaufschance gibt es nicht mehr (vielleicht durch die Synchronisierung entfernt).</translation>
    </message>
    <message>
        <source>The opportunity cannot be read: %1</source>
        <translation>Die Verkaufschance kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Der Katalog kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>The overview cannot be read: %1</source>
        <translation>Die Übersicht kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>There is no contact or lead with the id %1.</source>
        <translation>Es gibt keinen Kontakt und keinen Lead mit der ID %1.</translation>
    </message>
    <message>
        <source>The records of %1 could not be read: %2</source>
        <translation>Die Datensätze von %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The pipeline cannot be read: %1</source>
        <translation>Die Pipeline kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Alle offenen Tickets</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>SLA-Verletzung droht</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <source>My customers&apos; open tickets</source>
        <translation>Offene Tickets meiner Kunden</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>Es gibt keine Verkaufschance %1.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is priced in %2, the deal in %3: a quote has one currency.</source>
        <translation>Die Position „%1“ hat einen Preis in %2, die Verkaufschance in %3: Ein Angebot hat eine Währung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no line items to quote: add products to the opportunity first.</source>
        <translation>„%1“ hat keine Positionen für ein Angebot: Fügen Sie der Verkaufschance zuerst Produkte hinzu.</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>z. Hd. %1</translation>
    </message>
    <message>
        <source>The quote template %1 cannot be read: %2</source>
        <translation>Die Angebotsvorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>MwSt. %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Ihr Ansprechpartner</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>The quote template cannot be used: %1</source>
        <translation>Die Angebotsvorlage kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>The exchange rates cannot be read: %1</source>
        <translation>Die Wechselkurse können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Die Liste kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>vorletzten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The recurrence rule is too long.</source>
        <translation>Die Wiederholungsregel ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recurrence rule (for example FREQ=WEEKLY;BYDAY=MO).</source>
        <translation>„%1“ ist keine Wiederholungsregel (zum Beispiel FREQ=WEEKLY;BYDAY=MO).</translation>
    </message>
    <message>
        <source>Activities repeat daily at most.</source>
        <translation>Aktivitäten wiederholen sich höchstens täglich.</translation>
    </message>
    <message>
        <source>Recurrence in other calendars than the Gregorian one (RSCALE) is not supported.</source>
        <translation>Wiederholungen in anderen als dem gregorianischen Kalender (RSCALE) werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The interval of a recurrence rule must be at least 1.</source>
        <translation>Das Intervall einer Wiederholungsregel muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Jede Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Jeden Monat</numerusform>
            <numerusform>Alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Jedes Jahr</numerusform>
            <numerusform>Alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>letzten Tag</translation>
    </message>
    <message>
        <source>day %1 from the end</source>
        <translation>%1. Tag vor Monatsende</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>first</source>
        <comment>feminine</comment>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <comment>feminine</comment>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <comment>feminine</comment>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>feminine</comment>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <comment>feminine</comment>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <comment>feminine</comment>
        <translation>letzten</translation>
    </message>
    <message>
        <source>second to last</source>
        <comment>feminine</comment>
        <translation>vorletzten</translation>
    </message>
    <message>
        <source>none</source>
        <comment>feminine weekdays</comment>
        <extracomment>The weekdays whose names are feminine in your language, as numbers from 1 (Monday) to 7 (Sunday) separated by commas (Italian: 7), or &quot;none&quot;. Before them the ordinals marked &quot;feminine&quot; are used (&quot;la seconda domenica&quot;).</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>feminine</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SalesReports</name>
    <message>
        <source>The report cannot be computed: %1</source>
        <translation>Der Bericht kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Bestenfalls</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Gewonnen vom Ziel</translation>
    </message>
    <message>
        <source>Won + commit of quota</source>
        <translation>Gewonnen + zugesagt vom Ziel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer/in</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Gewonnener Betrag</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Ø Auftragswert</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Verkaufszyklus</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(unbekannter Benutzer)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Deals in stage</source>
        <translation>Chancen in der Phase</translation>
    </message>
    <message>
        <source>Average time in stage</source>
        <translation>Durchschnittliche Zeit in der Phase</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Weitergekommen</translation>
    </message>
    <message>
        <source>Won from here</source>
        <translation>Von hier gewonnen</translation>
    </message>
    <message>
        <source>(no competitor named)</source>
        <translation>(kein Wettbewerber genannt)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Verlorener Betrag</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Share of losses</source>
        <translation>Anteil an Verlusten</translation>
    </message>
    <message>
        <source>Slipped deals</source>
        <translation>Verschobene Chancen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Average delay</source>
        <translation>Durchschnittliche Verschiebung</translation>
    </message>
    <message>
        <source>Now after the period</source>
        <translation>Jetzt nach dem Zeitraum</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>Vertriebsteam</translation>
    </message>
    <message>
        <source>Win/loss</source>
        <translation>Gewinn/Verlust</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>Under 4 hours</source>
        <translation>Unter 4 Stunden</translation>
    </message>
    <message>
        <source>4 to 24 hours</source>
        <translation>4 bis 24 Stunden</translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation>1 bis 3 Tage</translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation>3 bis 7 Tage</translation>
    </message>
    <message>
        <source>1 to 4 weeks</source>
        <translation>1 bis 4 Wochen</translation>
    </message>
    <message>
        <source>Over 4 weeks</source>
        <translation>Über 4 Wochen</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Alle offenen Tickets</translation>
    </message>
    <message>
        <source>Open now: new, open and waiting on the customer, by the time since they were opened.</source>
        <translation>Jetzt offen: neu, offen und wartend auf den Kunden, nach der Zeit seit der Eröffnung.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Eröffnete Tickets</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>Erstantwort rechtzeitig</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Rechtzeitig gelöst</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>Mittlere Erstantwort</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>Mittlere Lösungszeit</translation>
    </message>
    <message>
        <source>Open and breached</source>
        <translation>Offen und verletzt</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>Tickets opened in the period. In time: the share of the clocks that stopped before their due time, of those that stopped or ran out; times in hours on the clock (working time is what the targets count).</source>
        <translation>Im Zeitraum eröffnete Tickets. Rechtzeitig: der Anteil der Uhren, die vor ihrer Fälligkeit angehalten wurden, an denen, die angehalten wurden oder abgelaufen sind; Zeiten in Uhrstunden (die Ziele zählen Arbeitszeit).</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Offen am Ende</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>Der Zeitraum hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Im Zeitraum</translation>
    </message>
    <message>
        <source>Open at the end: opened before the end of the period and not resolved by then (a reopened ticket counts as open).</source>
        <translation>Offen am Ende: vor dem Ende des Zeitraums eröffnet und bis dahin nicht gelöst (ein wieder geöffnetes Ticket zählt als offen).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Received: assigned tickets opened in the period; resolved, resolution time, in time and satisfaction: tickets resolved in the period.</source>
        <translation>Erhalten: zugewiesene, im Zeitraum eröffnete Tickets; gelöst, Lösungszeit, rechtzeitig und Zufriedenheit: im Zeitraum gelöste Tickets.</translation>
    </message>
    <message>
        <source>Not a help-desk report.</source>
        <translation>Kein Helpdesk-Bericht.</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Ticket backlog</source>
        <translation>Ticket-Rückstand</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Churn risk: how likely a customer has stopped buying, from how long they have been silent at their own pace and a year&apos;s churn in the book (%1).</source>
        <translation>Abwanderungsrisiko: wie wahrscheinlich ein Kunde nicht mehr kauft – danach, wie lange er gemessen an seinem eigenen Bestellrhythmus schon nichts bestellt hat, und nach der jährlichen Abwanderung im Bestand (%1).</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% der Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% des Umsatzes</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Kauft am meisten</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message numerus="yes">
        <source>Recency, frequency and money are scored 1 to 5 by quintile among the %Ln customers: days since the last order, orders and revenue in the period.</source>
        <translation>
            <numerusform>Aktualität, Häufigkeit und Umsatz werden nach Quintilen unter %Ln Kunden mit 1 bis 5 bewertet: Tage seit der letzten Bestellung, Bestellungen und Umsatz im Zeitraum.</numerusform>
            <numerusform>Aktualität, Häufigkeit und Umsatz werden nach Quintilen unter den %Ln Kunden mit 1 bis 5 bewertet: Tage seit der letzten Bestellung, Bestellungen und Umsatz im Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Orders every</source>
        <translation>Bestellt alle</translation>
    </message>
    <message>
        <source>Revenue a year</source>
        <translation>Umsatz im Jahr</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customers at risk</source>
        <translation>
            <numerusform>Der %Ln gefährdete Kunde</numerusform>
            <numerusform>Alle %Ln gefährdeten Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers who ordered in the last year and whose churn risk is %1 or more, the most revenue at stake first: a year&apos;s revenue times the churn risk.</source>
        <translation>Kunden, die im letzten Jahr bestellt haben und deren Abwanderungsrisiko mindestens %1 beträgt, der größte gefährdete Umsatz zuerst: ein Jahresumsatz mal das Abwanderungsrisiko.</translation>
    </message>
    <message>
        <source>Customers who buy → also buy</source>
        <translation>Kunden, die kaufen → kaufen auch</translation>
    </message>
    <message>
        <source>Customers who buy the first</source>
        <translation>Kunden der ersten Kategorie</translation>
    </message>
    <message>
        <source>Also buy the second</source>
        <translation>Kaufen auch die zweite</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Do not buy it yet</source>
        <translation>Kaufen sie noch nicht</translation>
    </message>
    <message>
        <source>Potential revenue</source>
        <translation>Umsatzpotenzial</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Lift: how much likelier the first category&apos;s customers are to buy the second than the %Ln customers as a whole.</source>
        <translation>
            <numerusform>Lift: um wie viel wahrscheinlicher die Kunden der ersten Kategorie die zweite kaufen als %Ln Kunde insgesamt.</numerusform>
            <numerusform>Lift: um wie viel wahrscheinlicher die Kunden der ersten Kategorie die zweite kaufen als die %Ln Kunden insgesamt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Potential revenue: the customers who do not buy the second yet, times the share who do, times what its customers spent on it in the period.</source>
        <translation>Umsatzpotenzial: die Kunden, die die zweite Kategorie noch nicht kaufen, mal der Anteil, der sie kauft, mal dem, was ihre Kunden im Zeitraum dafür ausgegeben haben.</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>Cross-selling</source>
        <translation>Cross-Selling</translation>
    </message>
    <message>
        <source>Since last order</source>
        <translation>Seit letzter Bestellung</translation>
    </message>
    <message>
        <source>Avg. orders</source>
        <translation>Ø Bestellungen</translation>
    </message>
    <message>
        <source>Avg. lifetime value</source>
        <translation>Ø Kundenwert</translation>
    </message>
    <message>
        <source>Avg. churn risk</source>
        <translation>Ø Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>No customer ordered in the year before the last: the book&apos;s retention is assumed to be %1.</source>
        <translation>Im Jahr vor dem letzten hat kein Kunde bestellt: Die Kundenbindung des Bestands wird mit %1 angenommen.</translation>
    </message>
    <message>
        <source>The customers cannot be scored: %1</source>
        <translation>Die Kunden können nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>Time from stage to stage, for the deals won or lost in the period: a deal that passes every stage spends %1 days in them.</source>
        <translation>Zeit von Phase zu Phase, für die im Zeitraum gewonnenen oder verlorenen Verkaufschancen: Eine Verkaufschance, die jede Phase durchläuft, verbringt darin %1 Tage.</translation>
    </message>
    <message numerus="yes">
        <source>The %n deal(s) won took %1 days on average from their first stage to the close.</source>
        <translation>
            <numerusform>Die %n gewonnene Verkaufschance brauchte von ihrer ersten Phase bis zum Abschluss %1 Tage.</numerusform>
            <numerusform>Die %n gewonnenen Verkaufschancen brauchten von ihrer ersten Phase bis zum Abschluss im Schnitt %1 Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 with the most at stake are listed; the last line counts all %2.</source>
        <translation>Aufgeführt sind die %1 mit dem meisten Umsatz auf dem Spiel; die letzte Zeile zählt alle %2.</translation>
    </message>
    <message>
        <source>All deals closed</source>
        <translation>Alle abgeschlossenen Verkaufschancen</translation>
    </message>
    <message>
        <source>A deal against several competitors counts under each; the last line counts every deal once.</source>
        <translation>Eine Verkaufschance gegen mehrere Wettbewerber zählt bei jedem; die letzte Zeile zählt jede einmal.</translation>
    </message>
    <message>
        <source>All deals lost</source>
        <translation>Alle verlorenen Verkaufschancen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The tickets of a person or team: those they work on, and those of the customers they look after.</source>
        <translation>Die Tickets einer Person oder eines Teams: die, an denen sie arbeiten, und die der Kunden, die sie betreuen.</translation>
    </message>
    <message>
        <source>Lifetime value: the revenue so far and a year&apos;s revenue to come, kept at the book&apos;s retention of %1 a year and discounted at %2, while the customer still buys.</source>
        <translation>Kundenwert: der bisherige Umsatz und der künftige Jahresumsatz, gehalten mit der Kundenbindung des Bestands von %1 im Jahr und mit %2 abgezinst, solange der Kunde noch kauft.</translation>
    </message>
    <message>
        <source>Revenue a year: the yearly average of the last two years (of the time since the first order, if shorter, at least a year). Orders every: the customer&apos;s usual time between orders, over all their orders.</source>
        <translation>Umsatz im Jahr: der Jahresdurchschnitt der letzten zwei Jahre (der Zeit seit der ersten Bestellung, wenn kürzer, mindestens ein Jahr). Bestellt alle: die übliche Zeit zwischen zwei Bestellungen des Kunden, über alle seine Bestellungen.</translation>
    </message>
    <message>
        <source>&quot;Moved on&quot; counts the deals that later reached any stage further along: some skip a stage, so fewer enter the next one than moved on.</source>
        <translation>„Weitergekommen“ zählt die Verkaufschancen, die später eine weiter fortgeschrittene Phase erreichten: Manche überspringen eine Phase, daher treten weniger in die nächste ein, als weitergekommen sind.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Team %1 added (%2).</source>
        <translation>Team %1 angelegt (%2).</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unbekannter Befehl.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>user add needs NAME --role ROLE.</source>
        <translation>user add braucht NAME --role ROLLE.</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>Benutzer %1 angelegt (%2).</translation>
    </message>
    <message>
        <source>Password changed; the user&apos;s sessions are signed out.</source>
        <translation>Passwort geändert; die Sitzungen des Benutzers sind abgemeldet.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>--token-ttl needs a positive number of seconds.</source>
        <translation>--token-ttl braucht eine positive Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, for example 127.0.0.1:8765.</source>
        <translation>--listen braucht HOST:PORT, zum Beispiel 127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Listening on %1 without TLS is refused: passwords and data would cross the network unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1.</source>
        <translation>Lauschen auf %1 ohne TLS wird abgelehnt: Passwörter und Daten gingen unverschlüsselt durchs Netz. Geben Sie --tls-cert und --tls-key an oder lauschen Sie auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>The TLS certificate or key file cannot be read.</source>
        <translation>Die TLS-Zertifikats- oder Schlüsseldatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel ist kein gültiges PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Kann nicht auf %1 lauschen.</translation>
    </message>
    <message>
        <source>rapport-server listening on %1:%2 (%3, %4)</source>
        <translation>rapport-server lauscht auf %1:%2 (%3, %4)</translation>
    </message>
    <message>
        <source>--workers needs a number from 1 to 64.</source>
        <translation>--workers braucht eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>Usage: rapport-server [--data sqlite:PATH | --data postgresql://USER@HOST:PORT/DB]
                      [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--token-ttl SECONDS]
                      [--workers N]
       rapport-server [--data …] user add NAME --role rep|agent|manager|admin [--team T] [--manager NAME]
       rapport-server [--data …] user list | user disable NAME | user enable NAME | user passwd NAME
       rapport-server [--data …] team add NAME [--kind sales|service|marketing]
Passwords are read from RAPPORT_PASSWORD or the first line of standard input.</source>
        <translation>Aufruf: rapport-server [--data sqlite:PFAD | --data postgresql://BENUTZER@HOST:PORT/DB]
                      [--listen HOST:PORT] [--tls-cert DATEI --tls-key DATEI] [--token-ttl SEKUNDEN]
                      [--workers N]
       rapport-server [--data …] user add NAME --role rep|agent|manager|admin [--team T] [--manager NAME]
       rapport-server [--data …] user list | user disable NAME | user enable NAME | user passwd NAME
       rapport-server [--data …] team add NAME [--kind sales|service|marketing]
Passwörter werden aus RAPPORT_PASSWORD oder der ersten Zeile der Standardeingabe gelesen.</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>The server&apos;s database failed: %1</source>
        <translation>Die Datenbank des Servers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; names no file.</source>
        <translation>Der Datenort „%1“ nennt keine Datei.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; is not a valid postgresql://USER@HOST:PORT/DB address.</source>
        <translation>Der Datenort „%1“ ist keine gültige Adresse der Form postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; must start with sqlite: or postgresql://.</source>
        <translation>Der Datenort „%1“ muss mit sqlite: oder postgresql:// beginnen.</translation>
    </message>
    <message>
        <source>The server&apos;s database could not be opened: %1</source>
        <translation>Die Datenbank des Servers konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>A team named &quot;%1&quot; exists already.</source>
        <translation>Ein Team namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>A user name must have 1 to 64 characters.</source>
        <translation>Ein Benutzername muss 1 bis 64 Zeichen haben.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use rep, agent, manager or admin.</source>
        <translation>Unbekannte Rolle „%1“; verwenden Sie rep, agent, manager oder admin.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; exists already.</source>
        <translation>Einen Benutzer namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;; add it with: team add NAME</source>
        <translation>Es gibt kein Team namens „%1“; legen Sie es an mit: team add NAME</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (kein Speicher).</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>There is no conflict with this id.</source>
        <translation>Es gibt keinen Konflikt mit dieser ID.</translation>
    </message>
    <message>
        <source>You may not see this conflict.</source>
        <translation>Sie dürfen diesen Konflikt nicht sehen.</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>Sie dürfen diesen Datensatz nicht ändern.</translation>
    </message>
    <message>
        <source>This record does not exist or is not yours to see.</source>
        <translation>Dieser Datensatz existiert nicht oder ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>You may not create this record for someone outside your scope.</source>
        <translation>Sie dürfen diesen Datensatz nicht für jemanden außerhalb Ihres Bereichs anlegen.</translation>
    </message>
    <message>
        <source>This mutation id was used by someone else.</source>
        <translation>Diese Änderungs-ID wurde schon von jemand anderem verwendet.</translation>
    </message>
    <message>
        <source>The ticket number %1 is another ticket&apos;s.</source>
        <translation>Die Ticketnummer %1 gehört einem anderen Ticket.</translation>
    </message>
    <message>
        <source>A team&apos;s kind is sales, service or marketing, not &quot;%1&quot;.</source>
        <translation>Die Art eines Teams ist sales, service oder marketing, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <source>The service levels cannot be checked: %1</source>
        <translation>Die Servicelevel können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The service levels cannot be read: %1</source>
        <translation>Die Service-Level können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 cannot be written: the folder is not writable.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: it could not be put in place.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ließ sich nicht an ihren Platz bringen.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A mutation must be a JSON object.</source>
        <translation>Eine Änderung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a mutation.</source>
        <translation>Unbekanntes Element „%1“ in einer Änderung.</translation>
    </message>
    <message>
        <source>The mutation id is missing or not a UUID.</source>
        <translation>Die Änderungs-ID fehlt oder ist keine UUID.</translation>
    </message>
    <message>
        <source>The record id is missing or not a UUID.</source>
        <translation>Die Datensatz-ID fehlt oder ist keine UUID.</translation>
    </message>
    <message>
        <source>A conflict can only be marked as resolved.</source>
        <translation>Ein Konflikt kann nur als gelöst markiert werden.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Unbekannter Datensatztyp „%1“.</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Unbekannte Operation „%1“.</translation>
    </message>
    <message>
        <source>The clock stamp is missing or malformed.</source>
        <translation>Der Zeitstempel fehlt oder ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The fields must be a JSON object.</source>
        <translation>Die Felder müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for %2.</source>
        <translation>Unbekanntes Feld „%1“ für %2.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>Der Wert von „%1“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The base must be a JSON object.</source>
        <translation>Die Basis muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The base of &quot;%1&quot; is malformed.</source>
        <translation>Die Basis von „%1“ ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The record does not exist on the server.</source>
        <translation>Der Datensatz existiert auf dem Server nicht.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Der Server hat die Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <source>The server refused: you may not do this.</source>
        <translation>Der Server hat abgelehnt: Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <source>This version of Rapport does not match the server&apos;s.</source>
        <translation>Diese Version von Rapport passt nicht zu der des Servers.</translation>
    </message>
    <message>
        <source>Too many attempts; try again later.</source>
        <translation>Zu viele Versuche; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>Der Server hat mit Fehler %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Der Server hat eine Antwort gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <source>The server sent a page of changes this version cannot read.</source>
        <translation>Der Server hat eine Seite mit Änderungen gesendet, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>Sync was stopped; the next one goes on from where it stopped.</source>
        <translation>Die Synchronisierung wurde angehalten; die nächste setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>Es gibt keinen offenen Konflikt mit der ID %1.</translation>
    </message>
    <message>
        <source>The conflict names a field this version does not know.</source>
        <translation>Der Konflikt nennt ein Feld, das diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>The record of this conflict is not on this device (it was deleted or is no longer yours to see).</source>
        <translation>Der Datensatz dieses Konflikts ist nicht auf diesem Gerät (er wurde gelöscht oder ist für Sie nicht mehr sichtbar).</translation>
    </message>
    <message>
        <source>the record was given to someone outside your scope and left this computer; your change is kept here</source>
        <translation>der Datensatz wurde jemandem außerhalb Ihres Bereichs zugewiesen und hat diesen Computer verlassen; Ihre Änderung bleibt hier erhalten</translation>
    </message>
    <message>
        <source>The number %1 belongs to another ticket; this ticket keeps %2. Dismiss the conflict once you have told whoever knew the old number.</source>
        <translation>Die Nummer %1 gehört einem anderen Ticket; dieses Ticket behält %2. Verwerfen Sie den Konflikt, sobald alle, die die alte Nummer kannten, Bescheid wissen.</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>No VAT charged: the customer is outside the European Union.</source>
        <translation>Ohne Umsatzsteuer: Der Kunde hat seinen Sitz außerhalb der Europäischen Union.</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is abroad.</source>
        <translation>Ohne Umsatzsteuer: Der Kunde hat seinen Sitz im Ausland.</translation>
    </message>
    <message>
        <source>Reverse charge: the recipient accounts for the VAT on services (Article 196); goods are an exempt intra-Community supply (Article 138 of Council Directive 2006/112/EC).</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers für Dienstleistungen (Reverse Charge, Art. 196); Waren sind eine steuerfreie innergemeinschaftliche Lieferung (Art. 138 der Richtlinie 2006/112/EG).</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is outside the seller&apos;s country (%1).</source>
        <translation>Ohne Umsatzsteuer: Der Kunde hat seinen Sitz außerhalb des Landes des Verkäufers (%1).</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;; it can go to: %3.</source>
        <translation>Ein Ticket kann nicht von „%1“ zu „%2“ wechseln; möglich ist: %3.</translation>
    </message>
    <message>
        <source>The conversation cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Das Ticket gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The team has nobody to give the ticket to.</source>
        <translation>Das Team hat niemanden, dem das Ticket gegeben werden kann.</translation>
    </message>
    <message>
        <source>The escalations cannot be worked out: %1</source>
        <translation>Die Eskalationen können nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>Escalation: %1 has no first response in time</source>
        <translation>Eskalation: %1 hat keine rechtzeitige Erstantwort</translation>
    </message>
    <message>
        <source>Escalation: %1 is not resolved in time</source>
        <translation>Eskalation: %1 ist nicht rechtzeitig gelöst</translation>
    </message>
    <message>
        <source>%1 (nobody is assigned)</source>
        <translation>%1 (niemand zugewiesen)</translation>
    </message>
    <message>
        <source>%1 (assigned to %2)</source>
        <translation>%1 (zugewiesen an %2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>The tickets cannot be read: %1</source>
        <translation>Die Tickets können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy (another program is writing to it): %1</source>
        <translation>Die Datenbank ist belegt (ein anderes Programm schreibt gerade darauf): %1</translation>
    </message>
    <message>
        <source>Internal error: commit without an active transaction.</source>
        <translation>Interner Fehler: Commit ohne aktive Transaktion.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This line is not a vCard property (NAME:value).</source>
        <translation>Diese Zeile ist keine vCard-Eigenschaft (NAME:Wert).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD before the next one begins.</source>
        <translation>Diese Karte hat kein END:VCARD, bevor die nächste beginnt.</translation>
    </message>
    <message>
        <source>This line is outside any card (BEGIN:VCARD … END:VCARD).</source>
        <translation>Diese Zeile steht außerhalb jeder Karte (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>This card has no name (N or FN).</source>
        <translation>Diese Karte hat keinen Namen (N oder FN).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD.</source>
        <translation>Diese Karte hat kein END:VCARD.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>%1 ist zu lang: Es ist höchstens %n Zeichen zulässig.</numerusform>
            <numerusform>%1 ist zu lang: Es sind höchstens %n Zeichen zulässig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1 muss einzeilig sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://.</source>
        <translation>%1 muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD.</source>
        <translation>„%1“ ist kein Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <source>%1 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>%1 ist kein gültiges Datum (erwartet: YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value for %2.</source>
        <translation>„%1“ ist kein zulässiger Wert für %2.</translation>
    </message>
    <message>
        <source>%1 does not refer to a valid record.</source>
        <translation>%1 verweist nicht auf einen gültigen Datensatz.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100.</source>
        <translation>%1 muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 is not a valid point in time.</source>
        <translation>%1 ist kein gültiger Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a channel (email, phone, sms, post).</source>
        <translation>%1: „%2“ ist kein Kanal (email, phone, sms, post).</translation>
    </message>
    <message>
        <source>%1: the %2 entry must be an object.</source>
        <translation>%1: Der Eintrag „%2“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: %2 consent must be true or false.</source>
        <translation>%1: Die Einwilligung für „%2“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1: the consent date must be YYYY-MM-DD.</source>
        <translation>%1: Das Datum der Einwilligung muss im Format YYYY-MM-DD angegeben werden.</translation>
    </message>
    <message>
        <source>%1: allowed days are numbers from 1 (Monday) to 7 (Sunday).</source>
        <translation>%1: Zulässige Tage sind Zahlen von 1 (Montag) bis 7 (Sonntag).</translation>
    </message>
    <message>
        <source>%1: contact hours must be given as HH:MM.</source>
        <translation>%1: Kontaktzeiten müssen im Format HH:MM angegeben werden.</translation>
    </message>
    <message>
        <source>%1 must be a JSON list.</source>
        <translation>%1 muss eine JSON-Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be a list of words.</source>
        <translation>%1 muss eine Liste von Wörtern sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2…&quot; is too long.</source>
        <translation>%1: „%2…“ ist zu lang.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an email type (work, home, other).</source>
        <translation>%1: „%2“ ist kein E-Mail-Typ (work, home, other).</translation>
    </message>
    <message>
        <source>%1: a phone number is empty.</source>
        <translation>%1: Eine Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone type (work, mobile, home, fax, other).</source>
        <translation>%1: „%2“ ist kein Telefontyp (work, mobile, home, fax, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an address type (work, home, billing, shipping, other).</source>
        <translation>%1: „%2“ ist kein Adresstyp (work, home, billing, shipping, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-letter country code such as DE or US.</source>
        <translation>%1: „%2“ ist kein zweistelliger Ländercode wie DE oder US.</translation>
    </message>
    <message>
        <source>%1: an address is empty.</source>
        <translation>%1: Eine Adresse ist leer.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>A meeting needs a start time.</source>
        <translation>Ein Termin benötigt eine Beginnzeit.</translation>
    </message>
    <message>
        <source>Only calls have an outcome.</source>
        <translation>Nur Anrufe haben ein Ergebnis.</translation>
    </message>
    <message>
        <source>Please give a reason why the deal was lost.</source>
        <translation>Bitte geben Sie an, warum die Verkaufschance verloren wurde.</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A campaign member is either a contact or a lead.</source>
        <translation>Ein Kampagnenmitglied ist entweder ein Kontakt oder ein Lead.</translation>
    </message>
    <message>
        <source>An amount needs a currency.</source>
        <translation>Ein Betrag benötigt eine Währung.</translation>
    </message>
    <message>
        <source>%1 must be a list of whole numbers from %2 to %3.</source>
        <translation>%1 muss eine Liste ganzer Zahlen von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>Eine sich wiederholende Aktivität braucht einen Beginn oder eine Fälligkeit.</translation>
    </message>
    <message>
        <source>A changed occurrence of a series cannot repeat itself.</source>
        <translation>Ein geänderter Termin einer Serie kann sich nicht selbst wiederholen.</translation>
    </message>
    <message>
        <source>A changed occurrence names both its series and the occurrence it replaces.</source>
        <translation>Ein geänderter Termin nennt sowohl seine Serie als auch den Termin, den er ersetzt.</translation>
    </message>
    <message>
        <source>%1: every item needs a description.</source>
        <translation>%1: Jede Position braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>%1: the quantity of &quot;%2&quot; must be a whole number from 1.</source>
        <translation>%1: Die Menge von „%2“ muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>%1: the price of &quot;%2&quot; is not an amount.</source>
        <translation>%1: Der Preis von „%2“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1: the discount of &quot;%2&quot; must be from 0 to 100%.</source>
        <translation>%1: Der Rabatt von „%2“ muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code such as DE or US.</source>
        <translation>„%1“ ist kein Ländercode wie DE oder US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT identification number such as DE123456789.</source>
        <translation>„%1“ ist keine Umsatzsteuer-Identifikationsnummer wie DE123456789.</translation>
    </message>
    <message>
        <source>A reminder after the start is only for an all-day entry (on the day, at a time).</source>
        <translation>Eine Erinnerung nach dem Beginn gibt es nur für ganztägige Einträge (am Tag selbst, zu einer Uhrzeit).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Rapport cannot start</source>
        <translation>Rapport kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>An incoming call from this number: show who is calling (in the running Rapport, if there is one).</source>
        <translation>Ein eingehender Anruf von dieser Nummer: zeigt, wer anruft (im laufenden Rapport, falls eines läuft).</translation>
    </message>
</context>
<context>
    <name>rapport::AccountPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nobody at this account yet.</source>
        <translation>Bei dieser Firma ist noch niemand erfasst.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Drag a person onto their new manager.</source>
        <translation>Ziehen Sie eine Person auf ihre neue Führungskraft.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Konzern</translation>
    </message>
    <message>
        <source>This account is not available</source>
        <translation>Diese Firma ist nicht verfügbar</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>gehört zu %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>This account was merged into %1.</source>
        <translation>Diese Firma wurde in %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>trennen</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Zusammengeführt aus: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>People (first %1)</source>
        <translation>Personen (erste %1)</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Noch keine Verkaufschancen.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Noch keine Tickets.</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Diese Firma</translation>
    </message>
    <message>
        <source>Hierarchy (first %1)</source>
        <translation>Konzern (die ersten %1)</translation>
    </message>
    <message>
        <source>Hierarchy (%1)</source>
        <translation>Konzern (%1)</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Kauft am meisten</translation>
    </message>
    <message>
        <source>no orders when last scored</source>
        <translation>bei der letzten Bewertung ohne Bestellungen</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>Customer standing, scored on %1 among the book&apos;s %Ln customer(s): recency %2, frequency %3 and money %4 out of 5.</source>
        <translation>
            <numerusform>Stand als Kunde, bewertet am %1 als einziger Kunde des Bestands: Aktualität %2, Häufigkeit %3 und Umsatz %4 von 5.</numerusform>
            <numerusform>Stand als Kunde, bewertet am %1 unter den %Ln Kunden des Bestands: Aktualität %2, Häufigkeit %3 und Umsatz %4 von 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>Abwanderungsgefährdet: ein Abwanderungsrisiko von mindestens der Hälfte und eine Bestellung im letzten Jahr.</translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>Bestellungen in %1 werden nicht gezählt: Es gibt keinen Wechselkurs nach %2.</translation>
    </message>
    <message>
        <source>Customers scored on %1.</source>
        <translation>Kunden bewertet am %1.</translation>
    </message>
    <message>
        <source>Lifetime value, in %1</source>
        <translation>Kundenwert, in %1</translation>
    </message>
    <message>
        <source>The segment compares the customer with the others; the churn risk compares the time since their last order with their own pace of ordering, so a frequent buyer gone quiet rates high even in a good segment.</source>
        <translation>Das Segment vergleicht den Kunden mit den anderen; das Abwanderungsrisiko vergleicht die Zeit seit seiner letzten Bestellung mit seinem eigenen Bestellrhythmus. Ein häufiger Käufer, der still geworden ist, hat daher auch in einem guten Segment ein hohes Risiko.</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Deals (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s); those won or lost are listed below them.</source>
        <translation>
            <numerusform>%n offener Deal; gewonnene und verlorene stehen darunter.</numerusform>
            <numerusform>%n offene Deals; gewonnene und verlorene stehen darunter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s); those resolved are listed below them.</source>
        <translation>
            <numerusform>%n offenes Ticket; gelöste stehen darunter.</numerusform>
            <numerusform>%n offene Tickets; gelöste stehen darunter.</numerusform>
        </translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Organigramm</translation>
    </message>
    <message>
        <source>none</source>
        <comment>buys no category most</comment>
        <translation>nichts Bestimmtes</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no revenue</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no open pipeline</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityEditor</name>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1 (repeating)</source>
        <translation>%1 (Serie)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Terminen</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>&amp;Verkaufschance:</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>Erin&amp;nerungen:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Invite a colleague…</source>
        <translation>Kollegen einladen…</translation>
    </message>
    <message>
        <source>Invite a contact…</source>
        <translation>Kontakt einladen…</translation>
    </message>
    <message>
        <source>Free and busy that day:</source>
        <translation>Frei und belegt an diesem Tag:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before</source>
        <translation>
            <numerusform>%n Woche vorher</numerusform>
            <numerusform>%n Wochen vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n Stunde vorher</numerusform>
            <numerusform>%n Stunden vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <source>That is %1 – %2 in %3.</source>
        <translation>Das ist %1 – %2 in %3.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Jeden Werktag (Montag bis Freitag)</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <source>Yearly on %1</source>
        <translation>Jährlich am %1</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Eigene Regel…</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Give it a subject.</source>
        <translation>Geben Sie einen Betreff an.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Es endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the calendar.</source>
        <translation>„%1“ steht im Kalender.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted (Edit → Undo brings it back).</source>
        <translation>„%1“ gelöscht (Bearbeiten → Rückgängig holt es zurück).</translation>
    </message>
    <message>
        <source>On the day at %1</source>
        <translation>Am Tag um %1</translation>
    </message>
    <message>
        <source>The day before at %1</source>
        <translation>Am Vortag um %1</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before at %1</source>
        <translation>
            <numerusform>%n Woche vorher um %1</numerusform>
            <numerusform>%n Wochen vorher um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before at %1</source>
        <translation>
            <numerusform>%n Tag vorher um %1</numerusform>
            <numerusform>%n Tage vorher um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after the start</source>
        <translation>
            <numerusform>%n Minute nach dem Beginn</numerusform>
            <numerusform>%n Minuten nach dem Beginn</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, or type a place such as Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine aus der Liste oder geben Sie einen Ort wie Berlin ein.</translation>
    </message>
</context>
<context>
    <name>rapport::ArticleSuggestions</name>
    <message>
        <source>Suggested articles</source>
        <translation>Vorgeschlagene Artikel</translation>
    </message>
    <message>
        <source>Type the problem to see matching articles.</source>
        <translation>Beschreiben Sie das Problem, um passende Artikel zu sehen.</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>In Antwort einfügen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link the article to this ticket</source>
        <translation>Den Artikel mit diesem Ticket verknüpfen</translation>
    </message>
    <message>
        <source>No article matches these words yet.</source>
        <translation>Noch passt kein Artikel zu diesen Worten.</translation>
    </message>
    <message>
        <source>This article is linked to the ticket already</source>
        <translation>Dieser Artikel ist mit dem Ticket bereits verknüpft</translation>
    </message>
    <message>
        <source>Insert into note</source>
        <translation>In Notiz einfügen</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (nur für das Team)</translation>
    </message>
    <message>
        <source>The articles that match are linked to the ticket already.</source>
        <translation>Die passenden Artikel sind bereits mit dem Ticket verknüpft.</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute wechseln (T)</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Nur meiner</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>Übereinander</translation>
    </message>
    <message>
        <source>Back (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>On (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Ein Tag (D)</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Arbeitswoche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>The whole week (W)</source>
        <translation>Die ganze Woche (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>The month (M)</source>
        <translation>Der Monat (M)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The next two weeks as a list (A)</source>
        <translation>Die nächsten zwei Wochen als Liste (A)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>A new appointment (Ctrl+N); or drag over empty time</source>
        <translation>Ein neuer Termin (Strg+N); oder über freie Zeit ziehen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing planned in these two weeks.</source>
        <translation>In diesen zwei Wochen ist nichts geplant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists (it may have been deleted by sync).</source>
        <translation>„%1“ existiert nicht mehr (vielleicht durch die Synchronisation gelöscht).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now due %2.</source>
        <translation>„%1“ ist jetzt fällig am %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2 – %3.</source>
        <translation>„%1“ ist jetzt %2 – %3.</translation>
    </message>
    <message>
        <source>Export the selected entries to iCalendar…</source>
        <translation>Ausgewählte Einträge als iCalendar exportieren…</translation>
    </message>
    <message>
        <source>Export the selected entries</source>
        <translation>Ausgewählte Einträge exportieren</translation>
    </message>
    <message>
        <source>entries.ics</source>
        <translation>eintraege.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Select the entries to export in the agenda first.</source>
        <translation>Wählen Sie zuerst in der Agenda die Einträge aus, die exportiert werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n Kalendereintrag in %1 geschrieben.</numerusform>
            <numerusform>%n Kalendereinträge in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the month and the calendars, for the days to have the room (F9)</source>
        <translation>Monat und Kalender ausblenden, damit die Tage Platz haben (F9)</translation>
    </message>
    <message>
        <source>Show the month and the calendars (F9)</source>
        <translation>Monat und Kalender einblenden (F9)</translation>
    </message>
    <message>
        <source>A row each</source>
        <translation>Eine Zeile je Person</translation>
    </message>
    <message>
        <source>How several people&apos;s calendars are shown: their hours side by side or overlaid, or their week in a row each</source>
        <translation>Wie die Kalender mehrerer Personen gezeigt werden: ihre Stunden nebeneinander oder übereinander, oder ihre Woche in je einer Zeile</translation>
    </message>
    <message>
        <source>The week&apos;s working days; on a day off, the week ahead (R)</source>
        <translation>Die Arbeitstage der Woche; an einem freien Tag die kommende Woche (R)</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignPage</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Send to the planned…</source>
        <translation>An die Vorgesehenen senden …</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Reaktion erfassen …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Warum ausgelassen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>Noch hat kein Kontakt ein Schlagwort.</translation>
    </message>
    <message>
        <source>Add people with a tag</source>
        <translation>Personen mit Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Select the member who responded.</source>
        <translation>Das Mitglied auswählen, das reagiert hat.</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Reaktion erfassen</translation>
    </message>
    <message>
        <source>%1 responded:</source>
        <translation>%1 hat reagiert:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Send to the %n planned…</source>
        <translation>
            <numerusform>An den %n Vorgesehenen senden …</numerusform>
            <numerusform>An die %n Vorgesehenen senden …</numerusform>
        </translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <source>Leads from it</source>
        <translation>Leads daraus</translation>
    </message>
    <message>
        <source>Deals from it</source>
        <translation>Verkaufschancen daraus</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Cost per response</source>
        <translation>Kosten je Reaktion</translation>
    </message>
    <message>
        <source>Add the contacts tagged %1 to the campaign</source>
        <translation>Die Kontakte mit dem Schlagwort %1 zur Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Die Kampagne versenden</translation>
    </message>
    <message>
        <source>Record %1&apos;s response</source>
        <translation>Reaktion von %1 erfassen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation>empfaenger.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Write the recipients as CSV for your mail tool and mark them sent, checking each one&apos;s consent again</source>
        <translation>Die Empfänger als CSV für Ihr Mailing-Werkzeug schreiben und als gesendet markieren, die Einwilligung jedes Einzelnen erneut geprüft</translation>
    </message>
    <message>
        <source>Save the recipients for your mail tool</source>
        <translation>Empfänger für Ihr Mailing-Werkzeug speichern</translation>
    </message>
    <message>
        <source>%1. The recipients are in %2.</source>
        <translation>%1. Die Empfänger stehen in %2.</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <source>With a tag…</source>
        <translation>Mit einem Schlagwort …</translation>
    </message>
    <message>
        <source>At the customers of a segment…</source>
        <translation>Bei den Kunden eines Segments …</translation>
    </message>
    <message>
        <source>No customer with people on record has been scored yet.</source>
        <translation>Es wurde noch kein Kunde mit erfassten Personen bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1 (%Ln Person)</numerusform>
            <numerusform>%1 (%Ln Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the people at customers of a segment</source>
        <translation>Personen bei den Kunden eines Segments hinzufügen</translation>
    </message>
    <message>
        <source>Customer segment:</source>
        <translation>Kundensegment:</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1.</source>
        <translation>Bei den Kunden im Segment %1 ist niemand erfasst.</translation>
    </message>
    <message>
        <source>Add the people at the customers in %1 to the campaign</source>
        <translation>Die Personen bei den Kunden im Segment %1 zur Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>Add every contact with a tag, the people at the customers of a segment, or the leads of a status; those without marketing consent on the campaign&apos;s channel are left out, with the reason. The contacts and leads lists add the people you select.</source>
        <translation>Alle Kontakte mit einem Schlagwort, die Personen bei den Kunden eines Segments oder die Leads eines Status hinzufügen; wer auf dem Kanal der Kampagne keine Einwilligung in Werbung gegeben hat, bleibt mit Grund außen vor. Die Kontakt- und die Lead-Liste fügen die ausgewählten Personen hinzu.</translation>
    </message>
    <message>
        <source>Leads of a status…</source>
        <translation>Leads mit einem Status …</translation>
    </message>
    <message>
        <source>There are no leads to add.</source>
        <translation>Es gibt keine Leads zum Hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln lead(s))</source>
        <translation>
            <numerusform>%1 (%Ln Lead)</numerusform>
            <numerusform>%1 (%Ln Leads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the leads of a status</source>
        <translation>Die Leads mit einem Status hinzufügen</translation>
    </message>
    <message>
        <source>Lead status:</source>
        <translation>Lead-Status:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>There are no leads with the status %1.</source>
        <translation>Es gibt keine Leads mit dem Status %1.</translation>
    </message>
    <message>
        <source>Add the leads with the status %1 to the campaign</source>
        <translation>Die Leads mit dem Status %1 zur Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>No contact has the tag %1.</source>
        <translation>Kein Kontakt hat das Schlagwort %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by currency, at today&apos;s rates</source>
        <translation>nach Währung, zu den heutigen Kursen</translation>
    </message>
    <message>
        <source>not counted, without a rate to %1</source>
        <translation>nicht gezählt, ohne Kurs in %1</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentEditor</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>e.g. web form</source>
        <translation>z. B. Webformular</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>only between</source>
        <translation>nur zwischen</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPage</name>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deals and tickets</source>
        <translation>Verkaufschancen und Tickets</translation>
    </message>
    <message>
        <source>Direct report</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nobody reports to this contact.</source>
        <translation>Niemand berichtet an diesen Kontakt.</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Export everything held on %1</source>
        <translation>Alles über %1 exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;vCard (*.vcf)</source>
        <translation>JSON (*.json);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Alles über %1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Every personal detail of %1 is blanked here and, with the next sync, on every laptop, including the history of changes. This cannot be undone.</source>
        <translation>Alle personenbezogenen Angaben zu %1 werden hier und mit der nächsten Synchronisation auf jedem Laptop geleert, auch im Änderungsverlauf. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>This contact is not available</source>
        <translation>Dieser Kontakt ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>No communication consent recorded.</source>
        <translation>Keine Kontakteinwilligung erfasst.</translation>
    </message>
    <message>
        <source>This contact was merged into %1.</source>
        <translation>Dieser Kontakt wurde in %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>trennen</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Zusammengeführt aus: %1</translation>
    </message>
    <message>
        <source>Reports to nobody at %1.</source>
        <translation>Berichtet an niemanden bei %1.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>dieser Firma</translation>
    </message>
    <message>
        <source>Reports to %1.</source>
        <translation>Berichtet an %1.</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Anruf protokollieren…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Noch keine Verkaufschancen.</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Noch keine Tickets.</translation>
    </message>
    <message>
        <source>Manager and reports</source>
        <translation>Vorgesetzte und Mitarbeitende</translation>
    </message>
    <message>
        <source>Manager and reports (%1)</source>
        <translation>Vorgesetzte und Mitarbeitende (%1)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>no</source>
        <comment>consent for a purpose</comment>
        <translation>nein</translation>
    </message>
    <message>
        <source>not asked</source>
        <comment>consent for a purpose</comment>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Marketing: %1</source>
        <translation>Marketing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deals and tickets (%n open)</source>
        <translation>
            <numerusform>Verkaufschancen und Tickets (%n offen)</numerusform>
            <numerusform>Verkaufschancen und Tickets (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointsEditor</name>
    <message>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <source>Number, e.g. 030 1234567</source>
        <translation>Nummer, z. B. 030 1234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (for numbers from abroad, start with + and the country code).</source>
        <translation>„%1“ ist keine Telefonnummer (Nummern aus dem Ausland beginnen mit + und der Landesvorwahl).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>„%1“ ist keine Telefonnummer: nur Ziffern, Leerzeichen und + ( ) - / . verwenden.</translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Firmen</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Meine Firmen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Find duplicate contacts…</source>
        <translation>Doppelte Kontakte finden…</translation>
    </message>
    <message>
        <source>Customers likely to churn</source>
        <translation>Abwanderungsgefährdete Kunden</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>Meine abwanderungsgefährdeten Kunden</translation>
    </message>
    <message>
        <source>My team&apos;s contacts</source>
        <translation>Kontakte meines Teams</translation>
    </message>
    <message>
        <source>My team&apos;s accounts</source>
        <translation>Firmen meines Teams</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Abwanderungsgefährdete Kunden meines Teams</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPage</name>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see everything about it.</source>
        <translation>Wählen Sie einen Eintrag in der Liste, um alles darüber zu sehen.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Fill in what you know; only the name is required.</source>
        <translation>Füllen Sie aus, was Sie wissen; nur der Name ist Pflicht.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Rufe %1 an…</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Schreibe an %1…</translation>
    </message>
    <message>
        <source>Merge with duplicates…</source>
        <translation>Mit Duplikaten zusammenführen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unmerge %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>%1 becomes a record of its own again and takes back what was moved from it in the merge (except what was changed since).</source>
        <translation>%1 wird wieder ein eigener Datensatz und erhält zurück, was bei der Zusammenführung von ihm verschoben wurde (außer was seitdem geändert wurde).</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>%1 is a record of its own again.</source>
        <translation>%1 ist wieder ein eigener Datensatz.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 was deleted. Edit → Undo brings it back.</source>
        <translation>%1 wurde gelöscht. Bearbeiten → Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Won or lost, the latest %1</source>
        <translation>Gewonnen oder verloren, die letzten %1</translation>
    </message>
    <message>
        <source>Won or lost (%1)</source>
        <translation>Gewonnen oder verloren (%1)</translation>
    </message>
    <message>
        <source>Resolved or closed, the latest %1</source>
        <translation>Gelöst oder geschlossen, die letzten %1</translation>
    </message>
    <message>
        <source>Resolved or closed (%1)</source>
        <translation>Gelöst oder geschlossen (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Offen (%1)</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Neues Ticket…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Neue Verkaufschance…</translation>
    </message>
    <message>
        <source>%1 reports to nobody</source>
        <translation>%1 berichtet an niemanden</translation>
    </message>
    <message>
        <source>%1 reports to %2</source>
        <translation>%1 berichtet an %2</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>Doppelte Kontakte</translation>
    </message>
    <message>
        <source>Looking through the whole book…</source>
        <translation>Durchsuche den ganzen Bestand…</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Wahrscheinlich dieselbe Person</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>No likely duplicates: every contact looks like a person of their own.</source>
        <translation>Keine wahrscheinlichen Duplikate: Jeder Kontakt scheint eine eigene Person zu sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts that are probably one person. Select a group and choose Merge.</source>
        <translation>
            <numerusform>%n Gruppe von Kontakten, die wahrscheinlich eine Person sind. Wählen Sie eine Gruppe und dann Zusammenführen.</numerusform>
            <numerusform>%n Gruppen von Kontakten, die wahrscheinlich jeweils eine Person sind. Wählen Sie eine Gruppe und dann Zusammenführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rapport::FoldedNote</name>
    <message>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
</context>
<context>
    <name>rapport::GlobalSearch</name>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Search customers, deals, tickets… (%1)</source>
        <translation>Kunden, Verkaufschancen, Tickets suchen … (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::HelpDeskView</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Assign the selected tickets to yourself (A)</source>
        <translation>Die ausgewählten Tickets sich selbst zuweisen (A)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Share the selected tickets among their team&apos;s agents</source>
        <translation>Die ausgewählten Tickets auf die Agenten ihres Teams verteilen</translation>
    </message>
    <message>
        <source>Round robin within the team</source>
        <translation>Reihum im Team</translation>
    </message>
    <message>
        <source>To the least busy agent of the team</source>
        <translation>Dem am wenigsten ausgelasteten Agenten des Teams</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the selected tickets</source>
        <translation>Die ausgewählten Tickets schließen</translation>
    </message>
    <message>
        <source>Select the tickets to assign.</source>
        <translation>Wählen Sie die Tickets aus, die zugewiesen werden sollen.</translation>
    </message>
    <message>
        <source>%1 has no team; assign it by name.</source>
        <translation>%1 hat kein Team; weisen Sie es namentlich zu.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) to the least busy</source>
        <translation>
            <numerusform>%n Ticket dem am wenigsten Ausgelasteten zuweisen</numerusform>
            <numerusform>%n Tickets den am wenigsten Ausgelasteten zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) round robin</source>
        <translation>
            <numerusform>%n Ticket reihum zuweisen</numerusform>
            <numerusform>%n Tickets reihum zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to close.</source>
        <translation>Wählen Sie die Tickets aus, die geschlossen werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Close %n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket schließen</numerusform>
            <numerusform>%n Tickets schließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Service levels…</source>
        <translation>Service-Level…</translation>
    </message>
    <message>
        <source>Response and resolution targets per priority, and the business hours they count in</source>
        <translation>Antwort- und Lösungsziele je Priorität und die Geschäftszeiten, in denen sie zählen</translation>
    </message>
    <message>
        <source>Service levels saved.</source>
        <translation>Service-Level gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to the least busy agents.</source>
        <translation>
            <numerusform>%n Ticket dem am wenigsten ausgelasteten Mitarbeiter zugewiesen.</numerusform>
            <numerusform>%n Tickets den am wenigsten ausgelasteten Mitarbeitern zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned round robin.</source>
        <translation>
            <numerusform>%n Ticket reihum zugewiesen.</numerusform>
            <numerusform>%n Tickets reihum zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) closed.</source>
        <translation>
            <numerusform>%n Ticket geschlossen.</numerusform>
            <numerusform>%n Tickets geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryView</name>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Nothing of these kinds yet.</source>
        <translation>Noch nichts dieser Art.</translation>
    </message>
    <message>
        <source>Choose what to show above.</source>
        <translation>Wählen Sie oben, was gezeigt werden soll.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Tasks and notes</source>
        <translation>Aufgaben, Notizen</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Stages and quotes</source>
        <translation>Phasen und Angebote</translation>
    </message>
</context>
<context>
    <name>rapport::HomeView</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Today&apos;s agenda</source>
        <translation>Agenda für heute</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>My deals closing this month</source>
        <translation>Meine Verkaufschancen mit Abschluss in diesem Monat</translation>
    </message>
    <message>
        <source>Recently in touch</source>
        <translation>Kürzlich in Kontakt</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Guten Morgen, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Guten Abend, %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Nothing planned today.</source>
        <translation>Für heute ist nichts geplant.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Keine überfälligen Aufgaben.</translation>
    </message>
    <message>
        <source>No open deals close this month.</source>
        <translation>Keine offenen Verkaufschancen mit Abschluss in diesem Monat.</translation>
    </message>
    <message>
        <source>No customer contact in the last two weeks.</source>
        <translation>Kein Kundenkontakt in den letzten zwei Wochen.</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The close date has passed and the deal is still open.</source>
        <translation>Der Abschlusstermin ist verstrichen, und die Verkaufschance ist noch offen.</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>In Gefahr</translation>
    </message>
    <message>
        <source>A year&apos;s revenue times the churn risk.</source>
        <translation>Umsatz in Gefahr: ein Jahresumsatz mal das Abwanderungsrisiko.</translation>
    </message>
    <message>
        <source>How likely the customer has stopped buying.</source>
        <translation>Abwanderungsrisiko: wie wahrscheinlich der Kunde nicht mehr kauft.</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>Meine abwanderungsgefährdeten Kunden</translation>
    </message>
    <message>
        <source>None of your customers is likely to churn.</source>
        <translation>Keiner Ihrer Kunden ist abwanderungsgefährdet.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet.</source>
        <translation>Die Kunden wurden noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Gewonnen vom Ziel</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer/in</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Deals won this quarter.</source>
        <translation>In diesem Quartal gewonnene Verkaufschancen.</translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date.</source>
        <translation>Alle offenen Verkaufschancen, gleich wann sie abschließen sollen.</translation>
    </message>
    <message>
        <source>My team this quarter</source>
        <translation>Mein Team in diesem Quartal</translation>
    </message>
    <message>
        <source>My team&apos;s deals closing this month</source>
        <translation>Verkaufschancen meines Teams mit Abschluss in diesem Monat</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Abwanderungsgefährdete Kunden meines Teams</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>None of your team&apos;s customers is likely to churn.</source>
        <translation>Keiner der Kunden Ihres Teams ist abwanderungsgefährdet.</translation>
    </message>
    <message>
        <source>No one in your team has deals this quarter.</source>
        <translation>Niemand in Ihrem Team hat in diesem Quartal Verkaufschancen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;The team&lt;/a&gt;: %1 of quota · %2 won · %3 open&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;Das Team&lt;/a&gt;: %1 des Ziels · %2 gewonnen · %3 offen&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Welche Datei?</translation>
    </message>
    <message>
        <source>Type or paste the path, or choose the file</source>
        <translation>Pfad eintippen oder einfügen, oder die Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Was steht in jeder Spalte?</translation>
    </message>
    <message>
        <source>Recognised from the header where possible; choose for the others, or leave them out.</source>
        <translation>Soweit möglich an der Kopfzeile erkannt; wählen Sie für die übrigen oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>New contacts, updates, or both?</source>
        <translation>Neue Kontakte, Aktualisierungen oder beides?</translation>
    </message>
    <message>
        <source>Rows are matched to contacts already in your book by the key you choose.</source>
        <translation>Zeilen werden anhand des gewählten Schlüssels vorhandenen Kontakten zugeordnet.</translation>
    </message>
    <message>
        <source>Create new contacts only (rows already in the book are left out)</source>
        <translation>Nur neue Kontakte anlegen (vorhandene werden ausgelassen)</translation>
    </message>
    <message>
        <source>Update contacts already in the book only</source>
        <translation>Nur vorhandene Kontakte aktualisieren</translation>
    </message>
    <message>
        <source>Create new contacts and update existing ones</source>
        <translation>Neue Kontakte anlegen und vorhandene aktualisieren</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number (any spelling)</source>
        <translation>Telefonnummer (beliebige Schreibweise)</translation>
    </message>
    <message>
        <source>Rapport id (a file exported from Rapport)</source>
        <translation>Rapport-ID (eine aus Rapport exportierte Datei)</translation>
    </message>
    <message>
        <source>Match rows by:</source>
        <translation>Zeilen zuordnen über:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was passieren wird</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Nothing is written until you click Import.</source>
        <translation>Die ersten Zeilen, wie sie importiert werden. Nichts wird geschrieben, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>Der Import ist nicht gelaufen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Every row worth a look is listed below.</source>
        <translation>Jede Zeile, die einen Blick wert ist, steht unten.</translation>
    </message>
    <message>
        <source>%1 read; saving the contacts…</source>
        <translation>%1 gelesen; die Kontakte werden gespeichert…</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>Zeilen der Datei: %1. Neue Kontakte: %2, Aktualisierungen vorhandener Kontakte: %3, ausgelassen: %4 (Gründe unten).</translation>
    </message>
    <message>
        <source>Of the first %1 rows: new contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>Von den ersten %1 Zeilen: neue Kontakte: %2, Aktualisierungen vorhandener Kontakte: %3, ausgelassen: %4 (Gründe unten).</translation>
    </message>
    <message>
        <source>Cancelled at line %1. Contacts imported before it: %2. Import the file again with &quot;create and update&quot; to finish.</source>
        <translation>Abgebrochen bei Zeile %1. Davor importierte Kontakte: %2. Importieren Sie die Datei erneut mit „anlegen und aktualisieren“, um den Rest zu übernehmen.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Kontakte angelegt: %1, aktualisiert: %2; neue Firmen: %3; ausgelassene Zeilen: %4.</translation>
    </message>
    <message>
        <source>A CSV file from Outlook, Google Contacts, a spreadsheet or another Rapport, or a vCard address book (.vcf) from a phone, Apple Contacts or Thunderbird.</source>
        <translation>Eine CSV-Datei aus Outlook, Google Kontakte, einer Tabellenkalkulation oder einem anderen Rapport, oder ein vCard-Adressbuch (.vcf) von einem Telefon, aus Apple Kontakte oder Thunderbird.</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCard address books (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.txt *.vcf *.vcard);;CSV-Dateien (*.csv *.txt);;vCard-Adressbücher (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>vCard address book · %n card(s)</source>
        <translation>
            <numerusform>vCard-Adressbuch · %n Karte</numerusform>
            <numerusform>vCard-Adressbuch · %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>New contacts: %1; new accounts for their organisations: %2; cards left out: %3 (see why below).</source>
        <translation>Neue Kontakte: %1; neue Firmen für ihre Organisationen: %2; ausgelassene Karten: %3 (Gründe siehe unten).</translation>
    </message>
    <message>
        <source>Choose a file: how it is read is shown here.</source>
        <translation>Wählen Sie eine Datei: Hier steht dann, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; cards left out: %4.</source>
        <translation>Kontakte angelegt: %1, aktualisiert: %2; neue Firmen: %3; ausgelassene Karten: %4.</translation>
    </message>
    <message>
        <source>Every card worth a look is listed below.</source>
        <translation>Jede Karte, die einen Blick wert ist, steht unten.</translation>
    </message>
    <message>
        <source>The first cards as they will be imported. Nothing is written until you click Import.</source>
        <translation>Die ersten Karten, wie sie importiert werden. Nichts wird geschrieben, bevor Sie auf Importieren klicken.</translation>
    </message>
</context>
<context>
    <name>rapport::IncomingCallDialog</name>
    <message>
        <source>Incoming call: %1</source>
        <translation>Eingehender Anruf: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>New ticket for this call</source>
        <translation>Neues Ticket zu diesem Anruf</translation>
    </message>
    <message>
        <source>What is the call about?</source>
        <translation>Worum geht es bei dem Anruf?</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Was der Kunde sagt</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>The article will be linked to the new ticket.</source>
        <translation>Der Artikel wird mit dem neuen Ticket verknüpft.</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket anlegen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A lead has no tickets; convert it to a customer first.</source>
        <translation>Ein Lead hat keine Tickets; wandeln Sie ihn zuerst in einen Kunden um.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · opened %4</source>
        <translation>%1 · %2 · %3 · vom %4</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Keine offenen Tickets.</translation>
    </message>
    <message>
        <source>New ticket from a call</source>
        <translation>Neues Ticket aus einem Anruf</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, likely to churn (%3)</source>
        <translation>Kunde im Segment %1, Kundenwert %2, abwanderungsgefährdet (%3)</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, churn risk %3</source>
        <translation>Kunde im Segment %1, Kundenwert %2, Abwanderungsrisiko %3</translation>
    </message>
    <message>
        <source>Double-click a ticket, or choose it and Open ticket, to work on it for this call</source>
        <translation>Ein Ticket doppelklicken oder wählen und „Ticket öffnen“, um es für diesen Anruf zu bearbeiten</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
</context>
<context>
    <name>rapport::LeadConvertDialog</name>
    <message>
        <source>Convert %1</source>
        <translation>%1 umwandeln</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%1&lt;/b&gt; (new)</source>
        <translation>Firma: &lt;b&gt;%1&lt;/b&gt; (neu)</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%1&lt;/b&gt; (already a customer: the deal and the contact go there)</source>
        <translation>Firma: &lt;b&gt;%1&lt;/b&gt; (bereits Kunde: Verkaufschance und Kontakt kommen dorthin)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>%1 is probably already in the book</source>
        <translation>%1 ist wahrscheinlich schon im Bestand</translation>
    </message>
    <message>
        <source>Use %1 (%2) — %3</source>
        <translation>%1 verwenden (%2) — %3</translation>
    </message>
    <message>
        <source>Create a new contact %1</source>
        <translation>Einen neuen Kontakt %1 anlegen</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Open an opportunity</source>
        <translation>Eine Verkaufschance eröffnen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Betrag (%1):</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Erwarteter Abschluss:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Umwandeln</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1 converted (Edit → Undo takes it back).</source>
        <translation>%1 umgewandelt (Bearbeiten → Rückgängig nimmt es zurück).</translation>
    </message>
</context>
<context>
    <name>rapport::ListPanel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New %1 (Ctrl+N)</source>
        <translation>Neu: %1 (Strg+N)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Select two or three records to merge.</source>
        <translation>Wählen Sie zwei oder drei Datensätze zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Narrow the list by owner, team, tag, country…</source>
        <translation>Liste nach Zuständigen, Team, Schlagwort, Land … eingrenzen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Show records tagged:</source>
        <translation>Datensätze mit dem Schlagwort:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>kontakte.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Tabelle (*.csv);;Adressbuch (*.vcf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>„%1“: Der Dateiname muss auf .csv oder .vcf enden.</translation>
    </message>
    <message>
        <source>Showing the best %1 matches; type more to narrow them down.</source>
        <translation>Es werden die besten %1 Treffer gezeigt; tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 deleted. Edit → Undo brings it back.</source>
        <translation>%1 gelöscht. Bearbeiten → Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Tags (separated by commas):</source>
        <translation>Schlagwörter (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>%1 is now assigned to %2.</source>
        <translation>%1 ist jetzt %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Every record chosen is already tagged %1.</source>
        <translation>Alle gewählten Datensätze haben bereits das Schlagwort %1.</translation>
    </message>
    <message>
        <source>The best %L1 matches</source>
        <translation>Die besten %L1 Treffer</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>Mehr als %1</translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it.</source>
        <translation>
            <numerusform>Die Liste enthält mehr als %Ln Eintrag, zu viele, um nach %1 zu sortieren. Filtern oder suchen Sie, um sie einzugrenzen.</numerusform>
            <numerusform>Die Liste enthält mehr als %Ln Einträge, zu viele, um nach %1 zu sortieren. Filtern oder suchen Sie, um sie einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it, or sort by %2.</source>
        <translation>
            <numerusform>Die Liste enthält mehr als %Ln Eintrag, zu viele, um nach %1 zu sortieren. Filtern oder suchen Sie, um sie einzugrenzen, oder sortieren Sie nach %2.</numerusform>
            <numerusform>Die Liste enthält mehr als %Ln Einträge, zu viele, um nach %1 zu sortieren. Filtern oder suchen Sie, um sie einzugrenzen, oder sortieren Sie nach %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list now holds more than %Ln records, too many to sort by %1: it is sorted by %2 again.</source>
        <translation>
            <numerusform>Die Liste enthält jetzt mehr als %Ln Eintrag, zu viele, um nach %1 zu sortieren: Sie ist wieder nach %2 sortiert.</numerusform>
            <numerusform>Die Liste enthält jetzt mehr als %Ln Einträge, zu viele, um nach %1 zu sortieren: Sie ist wieder nach %2 sortiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %L1 records are selected: a bulk action takes at most that many at once. Narrow the list with a filter or a search to reach the others.</source>
        <translation>Die ersten %L1 Datensätze sind ausgewählt: Eine Sammelaktion umfasst höchstens so viele auf einmal. Grenzen Sie die Liste mit einem Filter oder einer Suche ein, um die übrigen zu erreichen.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln selected…</source>
        <translation>
            <numerusform>Zusammenführen…</numerusform>
            <numerusform>%Ln Ausgewählte zusammenführen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to</source>
        <translation>
            <numerusform>Zuweisen an</numerusform>
            <numerusform>%Ln zuweisen an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %Ln…</source>
        <translation>
            <numerusform>Schlagwort hinzufügen…</numerusform>
            <numerusform>%Ln mit Schlagwort versehen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln</source>
        <translation>
            <numerusform>Löschen</numerusform>
            <numerusform>%Ln löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln…</source>
        <translation>
            <numerusform>Exportieren…</numerusform>
            <numerusform>%Ln exportieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln to a campaign…</source>
        <translation>
            <numerusform>%Ln zu einer Kampagne hinzufügen …</numerusform>
            <numerusform>%Ln zu einer Kampagne hinzufügen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to %1</source>
        <translation>
            <numerusform>%Ln an %1 zugewiesen</numerusform>
            <numerusform>%Ln an %1 zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records are now assigned to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz ist jetzt %1 zugewiesen.</numerusform>
            <numerusform>%Ln Datensätze sind jetzt %1 zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln with %1</source>
        <translation>
            <numerusform>%Ln mit „%1“ verschlagwortet</numerusform>
            <numerusform>%Ln mit „%1“ verschlagwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) tagged %1.</source>
        <translation>
            <numerusform>%Ln Datensatz mit %1 verschlagwortet.</numerusform>
            <numerusform>%Ln Datensätze mit %1 verschlagwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Kontakt nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Kontakte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln ausgewählt</numerusform>
            <numerusform>%1 · %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <source>Save or cancel the changes first.</source>
        <translation>Erst die Änderungen speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>Added up per currency: there is no exchange rate from %1 to %2.</source>
        <translation>Je Währung addiert: Es gibt keinen Wechselkurs von %1 nach %2.</translation>
    </message>
    <message>
        <source>%1, in %2 at today&apos;s exchange rates</source>
        <translation>%1, in %2 zu den heutigen Wechselkursen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a list&apos;s count, and its amounts&apos; sum</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected · %1</source>
        <translation>
            <numerusform>%Ln ausgewählt · %1</numerusform>
            <numerusform>%Ln ausgewählt · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation>Kontakte filtern…</translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Firmen filtern…</translation>
    </message>
    <message>
        <source>Filter leads…</source>
        <translation>Leads filtern…</translation>
    </message>
    <message>
        <source>Filter opportunities…</source>
        <translation>Verkaufschancen filtern…</translation>
    </message>
    <message>
        <source>Filter tickets…</source>
        <translation>Tickets filtern…</translation>
    </message>
    <message>
        <source>Filter campaigns…</source>
        <translation>Kampagnen filtern…</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Artikel filtern…</translation>
    </message>
    <message>
        <source>Filter the list…</source>
        <translation>Liste filtern…</translation>
    </message>
</context>
<context>
    <name>rapport::LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Anruf protokollieren</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Anruf mit %1</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>What was said, what was agreed…</source>
        <translation>Was gesagt, was vereinbart wurde…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Create a &amp;follow-up task</source>
        <translation>&amp;Folgeaufgabe anlegen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Bei %1 nachfassen</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>Anruf &amp;protokollieren</translation>
    </message>
    <message>
        <source>Give the call a subject.</source>
        <translation>Geben Sie dem Anruf einen Betreff.</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>%1 protokollieren</translation>
    </message>
    <message>
        <source>Call logged (%1 min) with a follow-up task.</source>
        <translation>Anruf protokolliert (%1 Min.) mit einer Folgeaufgabe.</translation>
    </message>
    <message>
        <source>Call logged (%1 min).</source>
        <translation>Anruf protokolliert (%1 Min.).</translation>
    </message>
    <message>
        <source>Deal:</source>
        <translation>Verkaufschance:</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (Demodaten)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>Offline (kein Server konfiguriert)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>&amp;Überall suchen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <source>%1 records have no view of their own yet.</source>
        <translation>Datensätze vom Typ „%1“ haben noch keine eigene Ansicht.</translation>
    </message>
    <message>
        <source>Restart Rapport?</source>
        <translation>Rapport neu starten?</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now?</source>
        <translation>Die neue Sprache wird ab dem nächsten Start verwendet. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Offline-first sales force automation: contacts and accounts, calendar, opportunities, help desk and reports, on a local database that syncs with a Rapport server.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Vertriebsautomatisierung nach dem Offline-first-Prinzip: Kontakte und Firmen, Kalender, Verkaufschancen, Helpdesk und Berichte, gespeichert in einer lokalen Datenbank, die sich mit einem Rapport-Server synchronisiert.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Conflicts and waiting changes…</source>
        <translation>&amp;Konflikte und wartende Änderungen…</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>Warten auf Synchronisation: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Zu prüfende Konflikte: %1</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs.</source>
        <translation>Diese Datenbank enthält Demodaten und wird nie synchronisiert.</translation>
    </message>
    <message>
        <source>This database is only on this computer. Sign in to a Rapport server in Settings to sync it.</source>
        <translation>Diese Datenbank liegt nur auf diesem Computer. Melden Sie sich in den Einstellungen bei einem Rapport-Server an, um sie zu synchronisieren.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Changes stay on this computer until you sign in again (File → Settings).</source>
        <translation>Änderungen bleiben auf diesem Computer, bis Sie sich wieder anmelden (Datei → Einstellungen).</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchronisiere… %1 von %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1 ago</source>
        <translation>Vor %1 synchronisiert</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisation: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1. Retrying automatically.</source>
        <translation>Letzte erfolgreiche Synchronisation: %1. Neuer Versuch folgt automatisch.</translation>
    </message>
    <message>
        <source>Retrying automatically.</source>
        <translation>Neuer Versuch folgt automatisch.</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see File → Conflicts and waiting changes).</source>
        <translation>Vom Server abgelehnt: %1 (siehe Datei → Konflikte und wartende Änderungen).</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>&amp;Doppelte Kontakte finden…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>kontakte.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Tabelle (*.csv);;Adressbuch (*.vcf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>„%1“: Der Dateiname muss auf .csv oder .vcf enden.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 geschrieben.</numerusform>
            <numerusform>%n Kontakte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation>Kalender ex&amp;portieren…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1%2</source>
        <translation>Zeile %1%2</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 entries will be created, %2 updated, %3 are unchanged; %4 cannot be imported.</source>
        <translation>%1 Einträge werden angelegt, %2 aktualisiert, %3 sind unverändert; %4 können nicht importiert werden.</translation>
    </message>
    <message>
        <source>The details name every entry left out or read differently, with its line.</source>
        <translation>Die Details nennen jeden ausgelassenen oder anders gelesenen Eintrag mit seiner Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>%n Eintrag importieren</numerusform>
            <numerusform>%n Einträge importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calendar entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>%1 Kalendereinträge angelegt, %2 aktualisiert, %3 unverändert, %4 ausgelassen.</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>Bis (einschließlich):</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>calendar.ics</source>
        <translation>kalender.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n Kalendereintrag in %1 geschrieben.</numerusform>
            <numerusform>%n Kalendereinträge in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) waiting for an answer</source>
        <translation>
            <numerusform>%n Erinnerung wartet auf eine Antwort</numerusform>
            <numerusform>%n Erinnerungen warten auf eine Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming call: number</source>
        <translation>Eingehender Anruf: Nummer</translation>
    </message>
    <message>
        <source>Type or paste the caller&apos;s number and press Enter to find them</source>
        <translation>Nummer des Anrufers eingeben oder einfügen und Enter drücken, um ihn zu finden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>„%1“ ist keine Telefonnummer: Verwenden Sie nur Ziffern, Leerzeichen und + ( ) - / .</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Nobody in the database has the number %1. Create a contact with it?</source>
        <translation>Niemand in der Datenbank hat die Nummer %1. Einen Kontakt damit anlegen?</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <source>New contact for %1: fill in the name.</source>
        <translation>Neuer Kontakt für %1: Tragen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Ticket %1 created for the call.</source>
        <translation>Ticket %1 zum Anruf angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Call from %1; %n other record(s) have the same number.</source>
        <translation>
            <numerusform>Anruf von %1; %n weiterer Datensatz hat dieselbe Nummer.</numerusform>
            <numerusform>Anruf von %1; %n weitere Datensätze haben dieselbe Nummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call from %1.</source>
        <translation>Anruf von %1.</translation>
    </message>
    <message>
        <source>Import ca&amp;lendar…</source>
        <translation>Kalender i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>Neuer &amp;Datensatz</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>&amp;Verkaufschance</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>A new record of the kind in view (Ctrl+N)</source>
        <translation>Ein neuer Datensatz der angezeigten Art (Strg+N)</translation>
    </message>
    <message>
        <source>%1 (%2 due)</source>
        <translation>%1 (%2 fällig)</translation>
    </message>
</context>
<context>
    <name>rapport::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, which value it keeps. Everything that belongs to the others (activities, deals, tickets, orders, people, campaign memberships) moves to it; the others stay hidden behind it and can be unmerged.</source>
        <translation>Wählen Sie den Datensatz, der bleibt, und wo sie sich unterscheiden, welchen Wert er behält. Alles, was zu den anderen gehört (Aktivitäten, Verkaufschancen, Tickets, Bestellungen, Personen, Kampagnen), wandert zu ihm; die anderen bleiben verborgen dahinter und können wieder getrennt werden.</translation>
    </message>
    <message>
        <source>Add to the merge</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Another duplicate:</source>
        <translation>Weiteres Duplikat:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>At most three records are merged at a time.</source>
        <translation>Höchstens drei Datensätze werden auf einmal zusammengeführt.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>Den Datensatz %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Diesen Datensatz behalten</translation>
    </message>
    <message>
        <source>Leave this record out of the merge</source>
        <translation>Diesen Datensatz nicht zusammenführen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Alle zusammen</translation>
    </message>
    <message>
        <source>These records hold the same details; only what belongs to them will move.</source>
        <translation>Diese Datensätze enthalten dieselben Angaben; nur was zu ihnen gehört, wird verschoben.</translation>
    </message>
    <message>
        <source>Add at least one duplicate to merge with.</source>
        <translation>Fügen Sie mindestens ein Duplikat zum Zusammenführen hinzu.</translation>
    </message>
    <message>
        <source>No likely duplicate was found: choose the record to merge with above.</source>
        <translation>Keine wahrscheinliche Dublette gefunden: Wählen Sie oben den Datensatz, mit dem zusammengeführt werden soll.</translation>
    </message>
</context>
<context>
    <name>rapport::MonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
</context>
<context>
    <name>rapport::OpportunitiesView</name>
    <message>
        <source>My open deals</source>
        <translation>Meine offenen Chancen</translation>
    </message>
    <message>
        <source>All open deals</source>
        <translation>Alle offenen Chancen</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Alle Chancen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Offene Leads</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Meine Leads</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Umwandeln…</translation>
    </message>
    <message>
        <source>Turn the selected lead into an account, a contact and an opportunity</source>
        <translation>Den ausgewählten Lead in Firma, Kontakt und Verkaufschance umwandeln</translation>
    </message>
    <message>
        <source>Select one lead to convert.</source>
        <translation>Wählen Sie einen Lead zum Umwandeln aus.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Score the selected leads from who they are (fit) and what they did (engagement)</source>
        <translation>Die ausgewählten Leads danach bewerten, wer sie sind (Eignung) und was sie getan haben (Engagement)</translation>
    </message>
    <message>
        <source>Select the leads to score.</source>
        <translation>Wählen Sie die zu bewertenden Leads.</translation>
    </message>
    <message numerus="yes">
        <source>Score %n lead(s)</source>
        <translation>
            <numerusform>Einen Lead bewerten</numerusform>
            <numerusform>%n Leads bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3): %4</source>
        <translation>Bewertung %1 (Eignung %2, Engagement %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) scored; %1 changed.</source>
        <translation>
            <numerusform>Ein Lead bewertet; %1 geändert.</numerusform>
            <numerusform>%n Leads bewertet; %1 geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>My team&apos;s open deals</source>
        <translation>Offene Chancen meines Teams</translation>
    </message>
</context>
<context>
    <name>rapport::OpportunityPage</name>
    <message>
        <source>Create quote…</source>
        <translation>Angebot erstellen…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Choose a product from the catalogue first.</source>
        <translation>Wählen Sie zuerst ein Produkt aus dem Katalog.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>„%1“ ist keine gültige Angabe für „%2“.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Rollen im Kaufprozess</translation>
    </message>
    <message>
        <source>Choose a person first (type a name).</source>
        <translation>Wählen Sie zuerst eine Person (Namen eingeben).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verkaufschance</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>Abschluss %1</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Doppelklick zum Ändern</translation>
    </message>
    <message>
        <source>No items yet: add products from the catalogue to quote them.</source>
        <translation>Noch keine Positionen: Fügen Sie Produkte aus dem Katalog hinzu, um sie anzubieten.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), together %1</source>
        <translation>
            <numerusform>%n Position, zusammen %1</numerusform>
            <numerusform>%n Positionen, zusammen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>Eröffnet in %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (amount, probability or close date changed)</source>
        <translation>%1 (Betrag, Wahrscheinlichkeit oder Abschlussdatum geändert)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <source>Buying roles (%1)</source>
        <translation>Rollen im Kaufprozess (%1)</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Angebote (%1)</translation>
    </message>
    <message>
        <source>The product has no price in %1.</source>
        <translation>Das Produkt hat keinen Preis in %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Wählen Sie zuerst eine Position.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 is already %2 in this deal.</source>
        <translation>%1 ist in dieser Verkaufschance bereits %2.</translation>
    </message>
    <message>
        <source>Add a buying role</source>
        <translation>Rolle im Kaufprozess hinzufügen</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Wählen Sie zuerst eine Person.</translation>
    </message>
    <message>
        <source>Remove a buying role</source>
        <translation>Rolle im Kaufprozess entfernen</translation>
    </message>
    <message>
        <source>The deal is still being read; try again in a moment.</source>
        <translation>Die Verkaufschance wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Einzelpreis (%1)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <source>was to close %1</source>
        <translation>sollte am %1 abschließen</translation>
    </message>
    <message>
        <source>No quote yet: &quot;Create quote…&quot; issues one from the deal&apos;s items.</source>
        <translation>Noch kein Angebot: „Angebot erstellen…“ stellt eines aus den Positionen der Verkaufschance aus.</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Anruf protokollieren…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>No one yet: name who decides, who signs and who champions the deal (a person above, then Add).</source>
        <translation>Noch niemand: Nennen Sie, wer entscheidet, wer unterschreibt und wer das Geschäft vorantreibt (oben eine Person, dann Hinzufügen).</translation>
    </message>
</context>
<context>
    <name>rapport::OrgChartView</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reports to nobody</source>
        <translation>Berichtet an niemanden</translation>
    </message>
    <message>
        <source>%1 cannot report to %2, who reports to them.</source>
        <translation>%1 kann nicht %2 unterstellt werden, da %2 selbst %1 unterstellt ist.</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineBoard</name>
    <message>
        <source>no close date</source>
        <translation>kein Abschlussdatum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Meine Verkaufschancen</translation>
    </message>
    <message>
        <source>Everyone&apos;s deals</source>
        <translation>Alle Verkaufschancen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Jedes Abschlussdatum</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Abschluss diesen Monat</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Abschluss dieses Quartal</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>Abschluss nächstes Quartal</translation>
    </message>
    <message>
        <source>Closing this year</source>
        <translation>Abschluss dieses Jahr</translation>
    </message>
    <message>
        <source>from </source>
        <translation>ab </translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>jeder Betrag</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
weighted %2</source>
        <translation>%1
gewichtet %2</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Warum wurde die Verkaufschance verloren?</translation>
    </message>
    <message>
        <source>Not moved: a lost deal needs a reason.</source>
        <translation>Nicht verschoben: Eine verlorene Verkaufschance braucht einen Grund.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deals to %1</source>
        <translation>
            <numerusform>%n Verkaufschance nach %1 verschieben</numerusform>
            <numerusform>%n Verkaufschancen nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not converted</source>
        <translation>%1 nicht umgerechnet</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates.</source>
        <translation>In %1 zu den heutigen Wechselkursen.</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates; deals in %2 have no rate to %1 (rapport-cli rates set …).</source>
        <translation>In %1 zu den heutigen Wechselkursen; Verkaufschancen in %2 haben keinen Kurs nach %1 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it (it can still be changed per deal). Everyone gets these with the next sync.</source>
        <translation>Wie Ihre Firma jede Phase nennt und welche Wahrscheinlichkeit eine Verkaufschance beim Eintritt erhält (sie lässt sich je Verkaufschance ändern). Alle erhalten diese Werte mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Your name for it</source>
        <translation>Ihr Name dafür</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Change the stages</source>
        <translation>Phasen ändern</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Phasen…</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it</source>
        <translation>Wie Ihre Firma jede Phase nennt und welche Wahrscheinlichkeit eine Verkaufschance beim Eintritt erhält</translation>
    </message>
    <message numerus="yes">
        <source>%1, closed in the last %n day(s)</source>
        <translation>
            <numerusform>%1, abgeschlossen am letzten Tag</numerusform>
            <numerusform>%1, abgeschlossen in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
%3 at %4
Expected close: %5
Owner: %6</source>
        <translation>%1
%2
%3 zu %4
Erwarteter Abschluss: %5
Zuständig: %6</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineReportView</name>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Beträge in %1 umgerechnet zu den Wechselkursen vom %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2 (rapport-cli rates set …).</source>
        <translation>Verkaufschancen in %1 sind gezählt, aber nicht in den Beträgen: Es gibt keinen Wechselkurs nach %2 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>%1: the deals behind the figures</source>
        <translation>%1: die Verkaufschancen hinter den Zahlen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, %2 weighted (double-click one to open it).</source>
        <translation>
            <numerusform>%n Verkaufschance, %1, gewichtet %2 (Doppelklick öffnet sie).</numerusform>
            <numerusform>%n Verkaufschancen, zusammen %1, gewichtet %2 (Doppelklick öffnet eine).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Ohne Wechselkurs werden Beträge in %1 nicht summiert.</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Offene Pipeline nach Phase</translation>
    </message>
</context>
<context>
    <name>rapport::QuoteDialog</name>
    <message>
        <source>Quote %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>Das Logo %1 ist kein Bild, das Rapport lesen kann.</translation>
    </message>
    <message>
        <source>Quote %1, version %2</source>
        <translation>Angebot %1, Version %2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>A note to the customer (delivery, what is included…)</source>
        <translation>Ein Hinweis an den Kunden (Lieferung, was enthalten ist …)</translation>
    </message>
    <message>
        <source>Tax rate:</source>
        <translation>Steuersatz:</translation>
    </message>
    <message>
        <source>Discount on the quote:</source>
        <translation>Rabatt auf das Angebot:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Issue and save PDF…</source>
        <translation>Ausstellen und als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Angebot speichern</translation>
    </message>
    <message>
        <source>%1 v%2.pdf</source>
        <translation>%1 v%2.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Issue quote %1 v%2</source>
        <translation>Angebot %1 v%2 ausstellen</translation>
    </message>
    <message>
        <source>Quote %1, version %2, saved to %3.</source>
        <translation>Angebot %1, Version %2, gespeichert unter %3.</translation>
    </message>
    <message>
        <source>Quote %1, version %2, is issued, but its PDF could not be saved (open it again from the deal&apos;s Quotes): %3</source>
        <translation>Angebot %1, Version %2, ist ausgestellt, aber sein PDF konnte nicht gespeichert werden (öffnen Sie es erneut unter „Angebote“ der Verkaufschance): %3</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListModel</name>
    <message numerus="yes">
        <source>Sorts a list of up to %Ln records: narrow a longer one with a filter or a search first.</source>
        <translation>
            <numerusform>Sortiert eine Liste mit bis zu %Ln Eintrag: Grenzen Sie eine längere zuerst mit einem Filter oder einer Suche ein.</numerusform>
            <numerusform>Sortiert eine Liste mit bis zu %Ln Einträgen: Grenzen Sie eine längere zuerst mit einem Filter oder einer Suche ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clock stands while the ticket waits on the customer.</source>
        <translation>Die Uhr steht, solange das Ticket auf den Kunden wartet.</translation>
    </message>
    <message>
        <source>No service level applies to this ticket.</source>
        <translation>Für dieses Ticket gilt kein Servicelevel.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>%1 left in the working time of &quot;%2&quot;, %3 on the clock</source>
        <translation>Noch %1 in der Arbeitszeit von „%2“, %3 auf der Uhr</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Neuer Termin…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>Neuer Anruf…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Dieser Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see its details.</source>
        <translation>Wählen Sie einen Eintrag in der Liste aus, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>%1 wurde angelegt.</translation>
    </message>
    <message>
        <source>This may be someone already in your book:</source>
        <translation>Diese Person gibt es vielleicht schon:</translation>
    </message>
    <message>
        <source>Open one of them, or click Save again if this is someone else.</source>
        <translation>Öffnen Sie einen der Einträge oder klicken Sie erneut auf Speichern, wenn es jemand anderes ist.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPicker</name>
    <message>
        <source>Choose one of the %1 offered while you type, or clear the field.</source>
        <translation>Wählen Sie einen der beim Tippen angebotenen Einträge (%1) oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordStore</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 would make this %2 its own superior.</source>
        <translation>%1: Dieser Datensatz vom Typ „%2“ wäre damit sich selbst übergeordnet.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>Der Datensatz vom Typ „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id.</source>
        <translation>„%1“ ist keine gültige Datensatz-ID.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: a record with the id %2 already exists.</source>
        <translation>Der Datensatz vom Typ „%1“ konnte nicht gespeichert werden: Ein Datensatz mit der ID %2 existiert bereits.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it does not exist (it may have been removed by sync).</source>
        <translation>Der Datensatz vom Typ „%1“ konnte nicht gespeichert werden: Er existiert nicht (möglicherweise wurde er durch die Synchronisierung entfernt).</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it was deleted in the meantime.</source>
        <translation>Der Datensatz vom Typ „%1“ konnte nicht gespeichert werden: Er wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The %1 could not be deleted: it does not exist.</source>
        <translation>Der Datensatz vom Typ „%1“ konnte nicht gelöscht werden: Er existiert nicht.</translation>
    </message>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>Es gibt keinen offenen Konflikt mit der ID %1.</translation>
    </message>
    <message>
        <source>Only contacts and leads are people who can be erased.</source>
        <translation>Nur Kontakte und Leads sind Personen, die gelöscht werden können.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Es gibt kein(e) %1 mit der ID %2.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1 cannot be merged.</source>
        <translation>%1 können nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Choose two or three different %1 to merge.</source>
        <translation>Wählen Sie zwei oder drei verschiedene %1 zum Zusammenführen.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged: it does not exist (it may have been deleted).</source>
        <translation>%1 %2 kann nicht zusammengeführt werden: es gibt den Datensatz nicht (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>%1 was already merged into %2.</source>
        <translation>%1 wurde bereits in %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the merged %2: %3</source>
        <translation>%1 konnte nicht zu %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>%1 cannot be merged or unmerged.</source>
        <translation>%1 können nicht zusammengeführt oder getrennt werden.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist (it may have been deleted).</source>
        <translation>%1 %2 gibt es nicht (vielleicht wurde es gelöscht).</translation>
    </message>
    <message>
        <source>%1 %2 is not merged into another record.</source>
        <translation>%1 %2 ist in keinen anderen Datensatz zusammengeführt.</translation>
    </message>
    <message>
        <source>The %1 cannot be restored: it does not exist.</source>
        <translation>%1 kann nicht wiederhergestellt werden: es gibt den Datensatz nicht.</translation>
    </message>
    <message>
        <source>%1 was erased on request and cannot be restored.</source>
        <translation>%1 wurde auf Wunsch gelöscht und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to does not exist.</source>
        <translation>%1: Der Datensatz vom Typ „%2“, auf den verwiesen wird, existiert nicht.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was deleted.</source>
        <translation>%1: Der Datensatz vom Typ „%2“, auf den verwiesen wird, wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was merged into %3.</source>
        <translation>%1: Der Datensatz vom Typ „%2“, auf den verwiesen wird, wurde in %3 zusammengeführt.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Die Datensätze konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::RecordsView</name>
    <message>
        <source>Merged into %1.</source>
        <translation>In %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Select the leads to add to a campaign.</source>
        <translation>Die Leads auswählen, die zu einer Kampagne hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>Select the contacts to add to a campaign.</source>
        <translation>Die Kontakte auswählen, die zu einer Kampagne hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no planned or running campaign to add them to.</source>
        <translation>Es gibt keine geplante oder laufende Kampagne, zu der sie hinzugefügt werden können.</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Zu Kampagne hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to:</source>
        <translation>
            <numerusform>%n Lead hinzufügen zu:</numerusform>
            <numerusform>%n Leads hinzufügen zu:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to:</source>
        <translation>
            <numerusform>%n Kontakt hinzufügen zu:</numerusform>
            <numerusform>%n Kontakte hinzufügen zu:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to %1</source>
        <translation>
            <numerusform>%n Lead zu %1 hinzufügen</numerusform>
            <numerusform>%n Leads zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>%n Kontakt zu %1 hinzufügen</numerusform>
            <numerusform>%n Kontakte zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Add the selected leads to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Die ausgewählten Leads zu einer Kampagne hinzufügen (wer nicht in Werbung eingewilligt hat, wird mit Grund ausgelassen) …</translation>
    </message>
    <message>
        <source>Add the selected contacts to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Die ausgewählten Kontakte zu einer Kampagne hinzufügen (wer nicht in Werbung eingewilligt hat, wird mit Grund ausgelassen) …</translation>
    </message>
    <message numerus="yes">
        <source>Note %n left out of %1</source>
        <translation>
            <numerusform>%n ausgelassene Person in %1 vermerken</numerusform>
            <numerusform>%n ausgelassene Personen in %1 vermerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ReminderService</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rapport::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>&amp;Alle verwerfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (zurückgestellt)</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>Erinnerungen (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::ReportScope</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
</context>
<context>
    <name>rapport::ReportsView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Offene Pipeline nach Phase</translation>
    </message>
    <message>
        <source>Open tickets by priority</source>
        <translation>Offene Tickets nach Priorität</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Gewonnen in diesem Quartal</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Abschlussquote (12 Monate)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation>Beträge in</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · gewichtet %2</translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date; weighted by each deal&apos;s probability.</source>
        <translation>Alle offenen Verkaufschancen, gleich wann sie abschließen sollen; gewichtet mit der Wahrscheinlichkeit jeder einzelnen.</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 des Umsatzziels von %2</translation>
    </message>
    <message>
        <source>No quota for this quarter</source>
        <translation>Kein Umsatzziel für dieses Quartal</translation>
    </message>
    <message>
        <source>Deals won %1; committed besides: %2.</source>
        <translation>Gewonnen %1; zusätzlich verbindlich zugesagt: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 von %2 gewonnen</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <translation>Zyklus %1 Tage</translation>
    </message>
    <message>
        <source>None closed</source>
        <translation>Keine abgeschlossen</translation>
    </message>
    <message>
        <source>Deals won and lost %1, and the average won deal&apos;s time from its first stage to its close.</source>
        <translation>Gewonnene und verlorene Verkaufschancen %1 und die durchschnittliche Zeit einer gewonnenen von ihrer ersten Phase bis zum Abschluss.</translation>
    </message>
    <message numerus="yes">
        <source>%n past their service level</source>
        <translation>
            <numerusform>%n über dem Service-Level</numerusform>
            <numerusform>%n über dem Service-Level</numerusform>
        </translation>
    </message>
    <message>
        <source>All within their service levels</source>
        <translation>Alle innerhalb ihres Service-Levels</translation>
    </message>
    <message>
        <source>New, open and waiting on the customer.</source>
        <translation>Neu, offen und wartend auf den Kunden.</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Keine Bestellungen</translation>
    </message>
    <message>
        <source>Most from %1</source>
        <translation>Das meiste aus %1</translation>
    </message>
    <message>
        <source>Orders placed %1, not cancelled.</source>
        <translation>Bestellungen %1, ohne stornierte.</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Revenue by product category</source>
        <translation>Umsatz nach Produktkategorie</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Beträge in %1 umgerechnet zu den Wechselkursen vom %2.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2; without a rate, amounts in %3 are counted but not summed.</source>
        <translation>Beträge in %1 umgerechnet zu den Wechselkursen vom %2; ohne Kurs werden Beträge in %3 gezählt, aber nicht summiert.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>12-month win rate</source>
        <translation>Erfolg (12 Mon.)</translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation>Umsatz (12 Mon.)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>tickets waiting on the customer, in a chart&apos;s legend</comment>
        <translation>Wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · weighted %1</source>
        <comment>in brief</comment>
        <translation>
            <numerusform>%n Chance, gew. %1</numerusform>
            <numerusform>%n Chancen, gew. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <comment>in brief</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <comment>in brief</comment>
        <translation>Zyklus %1 Tg.</translation>
    </message>
    <message>
        <source>Won in Q%1</source>
        <comment>in brief: the quarter of the year</comment>
        <translation>Gewonnen Q%1</translation>
    </message>
    <message>
        <source>%1 of the quota</source>
        <comment>in brief</comment>
        <translation>%1 des Umsatzziels</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>in brief: tickets</comment>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>All on time</source>
        <comment>in brief: tickets</comment>
        <translation>Alle im Zeitplan</translation>
    </message>
</context>
<context>
    <name>rapport::RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
</context>
<context>
    <name>rapport::SalesReportView</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Nächstes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By loss reason</source>
        <translation>Nach Verlustgrund</translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation>Nach Wettbewerber</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Double-click to see the deals behind this figure.</source>
        <translation>Doppelklick zeigt die Verkaufschancen hinter dieser Zahl.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Beträge in %1 umgerechnet zu den Wechselkursen vom %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2.</source>
        <translation>Verkaufschancen in %1 sind gezählt, aber nicht in den Beträgen: Es gibt keinen Wechselkurs nach %2.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the deals behind it.</source>
        <translation>Klicken Sie auf einen Balken oder doppelt auf eine Zahl, um die Verkaufschancen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (%4)</source>
        <translation>%1, %2 – %3 (%4)</translation>
    </message>
    <message>
        <source>%1 — the first %2 of %3</source>
        <translation>%1 – die ersten %2 von %3</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>Tausend %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1: the deals</source>
        <translation>%1: die Verkaufschancen</translation>
    </message>
    <message>
        <source>%1, %2: the deals</source>
        <translation>%1, %2: die Verkaufschancen</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Printed by Rapport on %1.</source>
        <translation>Gedruckt von Rapport am %1.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Double-click to see the tickets behind this figure.</source>
        <translation>Doppelklick zeigt die Tickets hinter dieser Zahl.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the tickets behind it.</source>
        <translation>Klicken Sie auf einen Balken oder doppelt auf eine Zahl, um die Tickets dahinter zu sehen.</translation>
    </message>
    <message>
        <source>%1: the tickets</source>
        <translation>%1: die Tickets</translation>
    </message>
    <message>
        <source>%1, %2: the tickets</source>
        <translation>%1, %2: die Tickets</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>The %n earliest opened tickets (double-click one to open it).</source>
        <translation>
            <numerusform>Das zuerst eröffnete Ticket (Doppelklick öffnet es).</numerusform>
            <numerusform>Die %n zuerst eröffneten Tickets (Doppelklick öffnet eines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), the earliest opened first (double-click one to open it).</source>
        <translation>
            <numerusform>%n Ticket (Doppelklick öffnet es).</numerusform>
            <numerusform>%n Tickets, das früheste zuerst (Doppelklick öffnet eines).</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for a spreadsheet…</source>
        <translation>CSV für eine Tabellenkalkulation…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel-Arbeitsmappe (XLSX)…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF-Dokument…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write the report to a file: CSV, XLSX or PDF</source>
        <translation>Den Bericht in eine Datei schreiben: CSV, XLSX oder PDF</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Double-click to see the customers behind this figure.</source>
        <translation>Doppelklicken, um die Kunden hinter dieser Zahl zu sehen.</translation>
    </message>
    <message>
        <source>Double-click to open %1.</source>
        <translation>Doppelklicken, um %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a customer to open it; double-click the total to list them all.</source>
        <translation>Einen Balken anklicken oder einen Kunden doppelklicken, um ihn zu öffnen; die Summe doppelklicken, um alle aufzulisten.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the customers behind it.</source>
        <translation>Einen Balken anklicken oder eine Zahl doppelklicken, um die Kunden dahinter zu sehen.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1: the customers</source>
        <translation>%1: die Kunden</translation>
    </message>
    <message>
        <source>%1, %2: the customers</source>
        <translation>%1, %2: die Kunden</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Kauft am meisten</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable customers (double-click one to open it).</source>
        <translation>
            <numerusform>Der wertvollste Kunde (doppelklicken, um ihn zu öffnen).</numerusform>
            <numerusform>Die %n wertvollsten Kunden (einen doppelklicken, um ihn zu öffnen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), the most valuable first (double-click one to open it).</source>
        <translation>
            <numerusform>%n Kunde (doppelklicken, um ihn zu öffnen).</numerusform>
            <numerusform>%n Kunden, die wertvollsten zuerst (einen doppelklicken, um ihn zu öffnen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest deals, %1 in all (double-click one to open it).</source>
        <translation>
            <numerusform>Die größte Verkaufschance, %1 (Doppelklick öffnet sie).</numerusform>
            <numerusform>Die %n größten Verkaufschancen, zusammen %1 (Doppelklick öffnet eine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, largest first (double-click one to open it).</source>
        <translation>
            <numerusform>%n Verkaufschance, %1 (Doppelklick öffnet sie).</numerusform>
            <numerusform>%n Verkaufschancen, zusammen %1, die größten zuerst (Doppelklick öffnet eine).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Ohne Wechselkurs werden Beträge in %1 nicht summiert.</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Days of your own choosing; pick again to change them.</source>
        <translation>Tage nach eigener Wahl; erneut wählen, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>Millionen %1</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without country code are in:</source>
        <translation>&amp;Land für Telefonnummern ohne Ländervorwahl:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>A new language takes effect when Rapport starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Rapport wirksam.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs. Open your own database to connect to a server.</source>
        <translation>Diese Datenbank enthält Demodaten und wird nie synchronisiert. Öffnen Sie Ihre eigene Datenbank, um sich mit einem Server zu verbinden.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://rapport.example.com:8765.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://rapport.example.com:8765.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed out. Changes stay on this computer until you sign in again.</source>
        <translation>Abgemeldet. Änderungen bleiben auf diesem Computer, bis Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Not connected: this database is only on this computer.</source>
        <translation>Nicht verbunden: Diese Datenbank liegt nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Calendar times are shown in this zone. Entries keep their own zone: a meeting at 09:00 in Berlin stays at 09:00 Berlin time.</source>
        <translation>Kalenderzeiten werden in dieser Zone gezeigt. Einträge behalten ihre eigene Zone: Ein Termin um 09:00 in Berlin bleibt um 09:00 Berliner Zeit.</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>&amp;Zeiten zeigen in:</translation>
    </message>
    <message>
        <source>Phone · email · VAT number</source>
        <translation>Telefon · E-Mail · USt-IdNr.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Quote template (*.html)</source>
        <translation>Angebotsvorlage (*.html)</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>Die eingebaute Vorlage</translation>
    </message>
    <message>
        <source>Start from the built-in one…</source>
        <translation>Von der eingebauten ausgehen…</translation>
    </message>
    <message>
        <source>Saves the built-in template to a file you can edit, and uses that file from now on.</source>
        <translation>Speichert die eingebaute Vorlage in eine Datei, die Sie bearbeiten können, und verwendet ab jetzt diese Datei.</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>quote-template.html</source>
        <translation>angebotsvorlage.html</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Contact line:</source>
        <translation>Kontaktzeile:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Quotes: the company&apos;s letterhead and terms</source>
        <translation>Angebote: Briefkopf und Bedingungen der Firma</translation>
    </message>
    <message>
        <source>Customers in this country are charged its VAT; businesses elsewhere in the EU get a reverse charge, customers further abroad none.</source>
        <translation>Kunden in diesem Land zahlen dessen Umsatzsteuer; Unternehmen anderswo in der EU erhalten eine Rechnung mit Reverse Charge, Kunden weiter im Ausland eine ohne Steuer.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>VAT rate at home:</source>
        <translation>Umsatzsteuersatz im Inland:</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone, %1</source>
        <translation>Zeitzone dieses Computers, %1</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
</context>
<context>
    <name>rapport::SlaPoliciesDialog</name>
    <message>
        <source>never open</source>
        <translation>nie geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n Feiertag</numerusform>
            <numerusform>%n Feiertage</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Working time to a first response and to a resolution per priority, counted in each policy&apos;s business hours. A policy for a service tier wins over the general one. They apply to tickets opened or re-prioritised from now on.</source>
        <translation>Arbeitszeit bis zur Erstantwort und bis zur Lösung je Priorität, gezählt in den Geschäftszeiten der jeweiligen Richtlinie. Eine Richtlinie für eine Servicestufe geht der allgemeinen vor. Sie gelten für Tickets, die ab jetzt eröffnet oder neu priorisiert werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstantwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Warn before</source>
        <translation>Warnen vorher</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Business hours…</source>
        <translation>Geschäftszeiten…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Double-click to change the business hours</source>
        <translation>Doppelklicken, um die Geschäftszeiten zu ändern</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Geöffnet:</translation>
    </message>
    <message>
        <source>One date per line, e.g. 2026-12-25</source>
        <translation>Ein Datum pro Zeile, z. B. 2026-12-25</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Feiertage:</translation>
    </message>
    <message>
        <source>Change the service levels</source>
        <translation>Service-Level ändern</translation>
    </message>
</context>
<context>
    <name>rapport::SlaWatch</name>
    <message numerus="yes">
        <source>%n breached ticket(s) escalated to the team&apos;s manager.</source>
        <translation>
            <numerusform>%n verletztes Ticket an die Teamleitung eskaliert.</numerusform>
            <numerusform>%n verletzte Tickets an die Teamleitung eskaliert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) past their service level</source>
        <translation>
            <numerusform>%n Ticket über seinem Service-Level</numerusform>
            <numerusform>%n Tickets über ihrem Service-Level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within the warning time</source>
        <translation>
            <numerusform>%n innerhalb der Vorwarnzeit fällig</numerusform>
            <numerusform>%n innerhalb der Vorwarnzeit fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SyncReviewDialog</name>
    <message>
        <source>Conflicts and waiting changes</source>
        <translation>Konflikte und wartende Änderungen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Der andere</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now shown</source>
        <translation>Jetzt angezeigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Anderen behalten</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Vorgenommen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Waiting changes</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(nicht auf diesem Gerät)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>der andere</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Konfliktlösung</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Waiting changes (%1)</source>
        <translation>Wartende Änderungen (%1)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Two people changed the same field at the same time. The value shown now is the one that won; the other is kept here until someone decides. A new ticket whose number another ticket already had was given the next free number.</source>
        <translation>Zwei Personen haben dasselbe Feld zur selben Zeit geändert. Angezeigt wird jetzt der Wert, der sich durchgesetzt hat; der andere bleibt hier, bis jemand entscheidet. Ein neues Ticket, dessen Nummer schon ein anderes Ticket hatte, hat die nächste freie Nummer bekommen.</translation>
    </message>
    <message>
        <source>a new number</source>
        <translation>eine neue Nummer</translation>
    </message>
    <message>
        <source>%1 was already another ticket&apos;s number; the server gave this ticket the next free one.</source>
        <translation>%1 war schon die Nummer eines anderen Tickets; der Server hat diesem Ticket die nächste freie gegeben.</translation>
    </message>
</context>
<context>
    <name>rapport::TagsEditor</name>
    <message>
        <source>Words separated by commas, e.g. vip, newsletter</source>
        <translation>Wörter durch Kommas getrennt, z. B. vip, newsletter</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>rapport::TicketPage</name>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>Auf Kunden warten</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Create article…</source>
        <translation>Artikel anlegen…</translation>
    </message>
    <message>
        <source>Draft a knowledge-base article from this resolved ticket</source>
        <translation>Aus diesem gelösten Ticket einen Wissensdatenbank-Artikel entwerfen</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Return sends)</source>
        <translation>Antwort schreiben … (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Send and wait on customer</source>
        <translation>Senden und auf Kunden warten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Write a note for the team… (Ctrl+Return adds it)</source>
        <translation>Notiz für das Team schreiben … (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Verknüpfte Artikel</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Nothing has been written on this ticket yet.</source>
        <translation>Zu diesem Ticket wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Waiting on the customer since %1: the resolution clock is stopped.</source>
        <translation>Wartet seit %1 auf den Kunden: Die Lösungszeit ist angehalten.</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Erstantwort:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>No service level applies.</source>
        <translation>Es gilt kein Service-Level.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Geschlossen %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Gelöst %1</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Zufriedenheit %1 von 5</translation>
    </message>
    <message>
        <source>The ticket is still being read; try again in a moment.</source>
        <translation>Das Ticket wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Schreiben Sie zuerst die Antwort.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Antwort zu %1</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>Notiz zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Reply sent on %1.</source>
        <translation>Antwort zu %1 gesendet.</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Save the ticket first; then articles can be linked to it.</source>
        <translation>Speichern Sie zuerst das Ticket; dann können Artikel damit verknüpft werden.</translation>
    </message>
    <message>
        <source>Link an article to %1</source>
        <translation>Einen Artikel mit %1 verknüpfen</translation>
    </message>
    <message>
        <source>Resolve the ticket first: an article tells how a problem was solved.</source>
        <translation>Lösen Sie zuerst das Ticket: Ein Artikel erzählt, wie ein Problem gelöst wurde.</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Artikel aus %1</translation>
    </message>
    <message>
        <source>Draft article &quot;%1&quot; created; edit and publish it.</source>
        <translation>Artikelentwurf „%1“ angelegt; bearbeiten und veröffentlichen Sie ihn.</translation>
    </message>
    <message>
        <source>We are on it</source>
        <translation>Wir kümmern uns</translation>
    </message>
    <message>
        <source>Hello {customer},

thank you for contacting us about &quot;{subject}&quot; ({number}). We are looking into it and will get back to you as soon as we know more.

Kind regards,
{agent}</source>
        <translation>Hallo {customer},

vielen Dank für Ihre Nachricht zu „{subject}“ ({number}). Wir sehen uns das an und melden uns, sobald wir mehr wissen.

Freundliche Grüße
{agent}</translation>
    </message>
    <message>
        <source>Need more information</source>
        <translation>Mehr Informationen nötig</translation>
    </message>
    <message>
        <source>Hello {customer},

to help you with {number}, could you please send us the exact error message, the product version and the steps that lead to the problem?

Kind regards,
{agent}</source>
        <translation>Hallo {customer},

damit wir Ihnen zu {number} helfen können: Könnten Sie uns bitte die genaue Fehlermeldung, die Produktversion und die Schritte senden, die zum Problem führen?

Freundliche Grüße
{agent}</translation>
    </message>
    <message>
        <source>Solved — please confirm</source>
        <translation>Gelöst – bitte bestätigen</translation>
    </message>
    <message>
        <source>Hello {customer},

we believe the problem reported in {number} is solved. Please let us know if anything is still not working; otherwise we will close the ticket in a few days.

Kind regards,
{agent}</source>
        <translation>Hallo {customer},

wir gehen davon aus, dass das in {number} gemeldete Problem gelöst ist. Bitte sagen Sie uns, falls noch etwas nicht funktioniert; andernfalls schließen wir das Ticket in einigen Tagen.

Freundliche Grüße
{agent}</translation>
    </message>
    <message>
        <source>No answer yet — reminder</source>
        <translation>Noch keine Antwort – Erinnerung</translation>
    </message>
    <message>
        <source>Hello {customer},

we are still waiting for your answer on {number}. Could you let us know whether the problem persists?

Kind regards,
{agent}</source>
        <translation>Hallo {customer},

wir warten noch auf Ihre Antwort zu {number}. Könnten Sie uns sagen, ob das Problem weiterhin besteht?

Freundliche Grüße
{agent}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Save this reply as a canned response…</source>
        <translation>Diese Antwort als Textbaustein speichern…</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; among your canned responses.</source>
        <translation>„%1“ unter Ihren Textbausteinen gespeichert.</translation>
    </message>
    <message>
        <source>Waiting on the customer: the resolution clock is stopped.</source>
        <translation>Wartet auf den Kunden: Die Lösungszeit ist angehalten.</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Kein Ticket ausgewählt</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue to work on it.</source>
        <translation>Wählen Sie ein Ticket in der Warteschlange, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>How was it resolved? The cause and what fixed it, for the next agent and the knowledge base.</source>
        <translation>Wie wurde es gelöst? Die Ursache und was geholfen hat, für den nächsten Agenten und die Wissensdatenbank.</translation>
    </message>
    <message>
        <source>%1 stays open: say how it was resolved.</source>
        <translation>%1 bleibt offen: Geben Sie an, wie es gelöst wurde.</translation>
    </message>
    <message>
        <source>First response %1 late</source>
        <translation>Erste Antwort %1 zu spät</translation>
    </message>
    <message>
        <source>Resolved %1 late</source>
        <translation>%1 zu spät gelöst</translation>
    </message>
    <message>
        <source>For the team only: add &quot;%1&quot; to an internal note, not to a reply.</source>
        <translation>Nur für das Team: Fügen Sie „%1“ in eine interne Notiz ein, nicht in eine Antwort.</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (nur für das Team)</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>A public reply goes to the customer; an internal note is for the team only</source>
        <translation>Eine öffentliche Antwort geht an den Kunden; eine interne Notiz ist nur für das Team</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge-base article(s) match what the ticket says</source>
        <translation>
            <numerusform>%n Wissensartikel passt zum Inhalt des Tickets</numerusform>
            <numerusform>%n Wissensartikel passen zum Inhalt des Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 in working time)</source>
        <translation>(%1 in Arbeitszeit)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field, its new value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>a field, its value before and after</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a message&apos;s kind, its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has happened on this ticket yet.</source>
        <translation>Zu diesem Ticket ist noch nichts geschehen.</translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <comment>how the ticket came in: Email, Phone…</comment>
        <translation>Eröffnet (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::TimeGrid</name>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Kalender von %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholt sich</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more at this time (click to see the day):</source>
        <translation>
            <numerusform>%n weiterer Termin zu dieser Zeit (Klick zeigt den Tag):</numerusform>
            <numerusform>%n weitere Termine zu dieser Zeit (Klick zeigt den Tag):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>rapport::sync::SyncWorker</name>
    <message>
        <source>Sync is stopping.</source>
        <translation>Die Synchronisierung wird beendet.</translation>
    </message>
</context>
</TS>
