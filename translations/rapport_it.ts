<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActivityEdits</name>
    <message>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
</context>
<context>
    <name>ActivitySeries</name>
    <message>
        <source>The series no longer exists (it may have been deleted by sync).</source>
        <translation>La serie non esiste più (potrebbe essere stata eliminata dalla sincronizzazione).</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>The request is too large.</source>
        <translation>La richiesta è troppo grande.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La richiesta non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>A sign-in needs a user name and a password.</source>
        <translation>Per accedere servono un nome utente e una password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins; try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi accessi non riusciti; riprovare tra %n secondo.</numerusform>
            <numerusform>Troppi accessi non riusciti; riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot sign you in right now; try again shortly.</source>
        <translation>Il server non può consentire l&apos;accesso in questo momento; riprovare tra poco.</translation>
    </message>
    <message>
        <source>This user is disabled.</source>
        <translation>Questo utente è disattivato.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>Sign in again: the session is unknown, expired or revoked.</source>
        <translation>Accedere di nuovo: la sessione è sconosciuta, scaduta o revocata.</translation>
    </message>
    <message>
        <source>This server speaks sync protocol %1; the client speaks %2. Update the older of the two.</source>
        <translation>Questo server usa il protocollo di sincronizzazione %1, il client il %2. Aggiornare il meno recente dei due.</translation>
    </message>
    <message>
        <source>This server has data schema %1; the client has %2. Update the older of the two.</source>
        <translation>Questo server ha lo schema dati %1, il client il %2. Aggiornare il meno recente dei due.</translation>
    </message>
    <message>
        <source>A push needs a list of mutations.</source>
        <translation>Un push richiede un elenco di modifiche.</translation>
    </message>
    <message>
        <source>A push may carry at most %1 mutations.</source>
        <translation>Un push può contenere al massimo %1 modifiche.</translation>
    </message>
    <message>
        <source>Mutation %1: %2</source>
        <translation>Modifica %1: %2</translation>
    </message>
    <message>
        <source>A pull needs a cursor (a number, 0 at first).</source>
        <translation>Un pull richiede un cursore (un numero, 0 la prima volta).</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Call anyway?</source>
        <translation>Chiamare comunque?</translation>
    </message>
    <message>
        <source>Write anyway?</source>
        <translation>Scrivere comunque?</translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation>Chiama comunque</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Scrivi comunque</translation>
    </message>
    <message>
        <source>Delete a repeating entry</source>
        <translation>Elimina voce ricorrente</translation>
    </message>
    <message>
        <source>Change a repeating entry</source>
        <translation>Modifica voce ricorrente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to delete?</source>
        <translation>«%1» è ricorrente. Quali occorrenze si desidera eliminare?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to change?</source>
        <translation>«%1» è ricorrente. Quali occorrenze si desidera modificare?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Solo questa</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Questa e le successive</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
</context>
<context>
    <name>BusinessHours</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>«%1» non è un fuso orario (ad esempio Europe/Rome).</translation>
    </message>
    <message>
        <source>Day %1: opening hours are two times of day, HH:MM, the first not after the second.</source>
        <translation>Giorno %1: l&apos;orario di apertura è formato da due orari, HH:MM, il primo non successivo al secondo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«%1» non è una data (AAAA-MM-GG).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>Impossibile leggere il calendario: %1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>It changes one occurrence of a repeating entry that is neither in the file nor in the calendar.</source>
        <translation>Modifica un&apos;occorrenza di una voce ricorrente che non si trova né nel file né nel calendario.</translation>
    </message>
    <message>
        <source>Another entry of the file has the same UID (%1).</source>
        <translation>Un&apos;altra voce del file ha lo stesso UID (%1).</translation>
    </message>
    <message>
        <source>The entry it updates no longer exists.</source>
        <translation>La voce da aggiornare non esiste più.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
</context>
<context>
    <name>CalendarReader</name>
    <message>
        <source>Line %1: BEGIN:%2 outside of a calendar (BEGIN:VCALENDAR).</source>
        <translation>Riga %1: BEGIN:%2 fuori da un calendario (BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation>Riga %1: END:%2 non chiude %3.</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (there is no BEGIN:VCALENDAR).</source>
        <translation>Questo non è un file iCalendar (manca BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>BEGIN:%1 on line %2 is never ended: the file is cut off.</source>
        <translation>BEGIN:%1 alla riga %2 non viene mai chiuso: il file è troncato.</translation>
    </message>
    <message>
        <source>(No subject)</source>
        <translation>(Senza oggetto)</translation>
    </message>
    <message>
        <source>The subject was shortened to 200 characters.</source>
        <translation>L&apos;oggetto è stato abbreviato a 200 caratteri.</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>La voce è stata annullata.</translation>
    </message>
    <message>
        <source>It has no start (DTSTART).</source>
        <translation>Manca l&apos;inizio (DTSTART).</translation>
    </message>
    <message>
        <source>The task has neither a start nor a due date.</source>
        <translation>Il compito non ha né un inizio né una scadenza.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>Its repetition cannot be kept: %1</source>
        <translation>La ricorrenza non può essere mantenuta: %1</translation>
    </message>
    <message>
        <source>A reminder after the start or more than four weeks before it was left out.</source>
        <translation>È stato escluso un promemoria successivo all&apos;inizio o anteriore di oltre quattro settimane.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown; the time was read as %2 time.</source>
        <translation>Il fuso orario «%1» è sconosciuto; l&apos;ora è stata letta nel fuso %2.</translation>
    </message>
    <message>
        <source>The file cannot be read as iCalendar.</source>
        <translation>Il file non può essere letto come iCalendar.</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <source>The phone index could not be read: %1</source>
        <translation>Impossibile leggere l&apos;indice dei numeri di telefono: %1</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>The campaign cannot be read: %1</source>
        <translation>Impossibile leggere la campagna: %1</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>La campagna %1 non esiste.</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefono</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per posta</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>Converted to a contact: add the contact</source>
        <translation>Convertito in contatto: aggiungere il contatto</translation>
    </message>
    <message>
        <source>Nowhere to reach them %1</source>
        <translation>Nessun recapito %1</translation>
    </message>
    <message>
        <source>Never asked about marketing %1</source>
        <translation>Consenso al marketing %1 mai richiesto</translation>
    </message>
    <message>
        <source>Declined marketing %1</source>
        <translation>Marketing %1 rifiutato</translation>
    </message>
    <message>
        <source>Declined marketing by email as the contact %1</source>
        <translation>Marketing per e-mail rifiutato come contatto %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n inviato</numerusform>
            <numerusform>%n inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n aggiunto</numerusform>
            <numerusform>%n aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent or address</source>
        <translation>
            <numerusform>%n escluso per mancanza di consenso o di indirizzo</numerusform>
            <numerusform>%n esclusi per mancanza di consenso o di indirizzo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s)</source>
        <translation>
            <numerusform>%n già membro</numerusform>
            <numerusform>%n già membri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has ended (%2): nobody can be added to it.</source>
        <translation>%1 è terminata (%2): non è più possibile aggiungervi nessuno.</translation>
    </message>
    <message>
        <source>There is no contact or lead %1.</source>
        <translation>Non esiste alcun contatto o lead %1.</translation>
    </message>
    <message>
        <source>%1 has ended: it cannot go out.</source>
        <translation>%1 è terminata: non può più essere inviata.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Scheda eliminata</translation>
    </message>
    <message>
        <source>There is no campaign member %1.</source>
        <translation>Il membro della campagna %1 non esiste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response: %2.</source>
        <translation>«%1» non è una risposta: %2.</translation>
    </message>
    <message>
        <source>The campaign has not reached this member: there is no response to record.</source>
        <translation>La campagna non ha raggiunto questo membro: non c&apos;è nessuna risposta da registrare.</translation>
    </message>
    <message>
        <source>Consent given since: add them again</source>
        <translation>Consenso dato nel frattempo: aggiungere di nuovo</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>«%1» non è un fuso orario (ad esempio Europe/Rome).</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>tutto il giorno</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>entro le %1</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>ricorrente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>Primo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>Day after the last (default: a week on).</source>
        <translation>Giorno successivo all&apos;ultimo (predefinito: tra una settimana).</translation>
    </message>
    <message>
        <source>Whose calendar (user name; repeatable).</source>
        <translation>Di chi è il calendario (nome utente; ripetibile).</translation>
    </message>
    <message>
        <source>Time zone to show times in.</source>
        <translation>Fuso orario in cui mostrare gli orari.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«%1» non è una data (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>--to must be a date after --from.</source>
        <translation>--to deve essere una data successiva a --from.</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Nulla in programma.</translation>
    </message>
    <message>
        <source>call, meeting, task, email or note (default: meeting).</source>
        <translation>call, meeting, task, email o note (predefinito: meeting).</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>L&apos;oggetto.</translation>
    </message>
    <message>
        <source>When it starts.</source>
        <translation>Quando inizia.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation>Quando finisce.</translation>
    </message>
    <message>
        <source>How long it lasts (instead of --end).</source>
        <translation>Quanto dura (invece di --end).</translation>
    </message>
    <message>
        <source>When a task is due.</source>
        <translation>Quando scade un compito.</translation>
    </message>
    <message>
        <source>A whole day (or days): --start and --end are dates.</source>
        <translation>Tutto il giorno (uno o più giorni): --start e --end sono date.</translation>
    </message>
    <message>
        <source>The time zone the times are in (default: the system&apos;s).</source>
        <translation>Il fuso orario degli orari indicati (predefinito: quello di sistema).</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>Luogo.</translation>
    </message>
    <message>
        <source>More text.</source>
        <translation>Testo aggiuntivo.</translation>
    </message>
    <message>
        <source>The contact it is with.</source>
        <translation>Il contatto interessato.</translation>
    </message>
    <message>
        <source>The account it is for.</source>
        <translation>L&apos;azienda interessata.</translation>
    </message>
    <message>
        <source>The opportunity it belongs to.</source>
        <translation>L&apos;opportunità a cui appartiene.</translation>
    </message>
    <message>
        <source>The ticket it belongs to.</source>
        <translation>Il ticket a cui appartiene.</translation>
    </message>
    <message>
        <source>Repetition as an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Ricorrenza come regola RFC 5545, ad es. FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>Reminders, minutes before (comma-separated); an all-day entry&apos;s may ring on its day: -540 is at 9:00.</source>
        <translation>Promemoria, in minuti prima (separati da virgole); per una voce di tutto il giorno può suonare il giorno stesso: -540 corrisponde alle 9:00.</translation>
    </message>
    <message>
        <source>A user name or an email address (repeatable).</source>
        <translation>Un nome utente o un indirizzo e-mail (ripetibile).</translation>
    </message>
    <message>
        <source>Whose it is (user name; default: yours).</source>
        <translation>Di chi è (nome utente; predefinito: l&apos;utente corrente).</translation>
    </message>
    <message>
        <source>activity needs add: activity add --subject TEXT --start DATETIME …</source>
        <translation>activity richiede add: activity add --subject TESTO --start DATAORA …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>«%1» non è una data con ora (AAAA-MM-GG HH:MM).</translation>
    </message>
    <message>
        <source>--remind takes minutes before the start, such as 15 or 15,60; &quot;%1&quot; is not a number.</source>
        <translation>--remind accetta i minuti prima dell&apos;inizio, ad esempio 15 o 15,60; «%1» non è un numero.</translation>
    </message>
    <message>
        <source>As if it were then (default: now).</source>
        <translation>Come se fosse quel momento (predefinito: adesso).</translation>
    </message>
    <message>
        <source>Whose reminders (user name).</source>
        <translation>Di chi sono i promemoria (nome utente).</translation>
    </message>
    <message>
        <source>snooze: for how long.</source>
        <translation>snooze: per quanto tempo.</translation>
    </message>
    <message>
        <source>reminders takes dismiss ID or snooze ID [--minutes N].</source>
        <translation>reminders accetta dismiss ID o snooze ID [--minutes N].</translation>
    </message>
    <message>
        <source>There is no activity %1.</source>
        <translation>L&apos;attività %1 non esiste.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Promemoria ignorato.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Posticipato fino a %1.</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Nessun promemoria in scadenza.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Dry run: %1 entries would be created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>Simulazione: %1 voci verrebbero create, %2 aggiornate, %3 invariate, %4 escluse.</translation>
    </message>
    <message>
        <source>%1 entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>%1 voci create, %2 aggiornate, %3 invariate, %4 escluse.</translation>
    </message>
    <message>
        <source>line %1%2: left out: %3</source>
        <translation>riga %1%2: non importata: %3</translation>
    </message>
    <message>
        <source>line %1%2: note: %3</source>
        <translation>riga %1%2: nota: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a calendar is written to an .ics file.</source>
        <translation>«%1»: un calendario si scrive in un file .ics.</translation>
    </message>
    <message>
        <source>--from and --to must be dates (YYYY-MM-DD), --to after --from.</source>
        <translation>--from e --to devono essere date (AAAA-MM-GG), --to successiva a --from.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n voce del calendario scritta in %1.</numerusform>
            <numerusform>%n voci del calendario scritte in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the calendar day by day, repeating entries expanded.</source>
        <translation>Mostrare il calendario giorno per giorno, con le voci ricorrenti espanse.</translation>
    </message>
    <message>
        <source>Add a call, meeting, task, email or note.</source>
        <translation>Aggiungere una chiamata, una riunione, un compito, un&apos;e-mail o una nota.</translation>
    </message>
    <message>
        <source>List the reminders that are due, or dismiss or snooze one.</source>
        <translation>Elencare i promemoria in scadenza, oppure ignorarne o posticiparne uno.</translation>
    </message>
    <message>
        <source>Run &quot;rapport-cli --help&quot; for the list of commands.</source>
        <translation>Eseguire «rapport-cli --help» per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Non esiste alcun utente di nome «%1».</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;.</source>
        <translation>Non esiste alcun team di nome «%1».</translation>
    </message>
    <message>
        <source>Country for numbers without a country code (ISO 3166, e.g. DE).</source>
        <translation>Paese per i numeri senza prefisso internazionale (ISO 3166, ad es. IT).</translation>
    </message>
    <message>
        <source>%1 needs a phone number.</source>
        <translation>%1 richiede un numero di telefono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«%1» non è un numero di telefono: usare solo cifre, spazi e + ( ) - / .</translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as DE or US.</source>
        <translation>--region richiede un codice paese di due lettere, ad esempio IT o US.</translation>
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
        <translation>Uso: rapport-cli [--db PERCORSO] [--json] COMANDO [ARGOMENTI]

Lavora su un database Rapport dalla riga di comando.

Opzioni:
  --db PERCORSO  il file del database (predefinito: quello dell&apos;applicazione desktop, %1)
  --json         output leggibile da una macchina
  --help         questo testo
  --version      la versione del programma

Comandi:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 bad input or a failed operation, 2 wrong usage.
</source>
        <translation>
Codici di uscita: 0 successo, 1 input non valido od operazione non riuscita, 2 uso errato.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db richiede un nome di file.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opzione sconosciuta %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto «%1».</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init non accetta argomenti.</translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2.</source>
        <translation>Il database %1 è alla versione di schema %2.</translation>
    </message>
    <message>
        <source>Number of contacts.</source>
        <translation>Numero di contatti.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Seme casuale.</translation>
    </message>
    <message>
        <source>The day the data centres on.</source>
        <translation>Il giorno attorno al quale si distribuiscono i dati.</translation>
    </message>
    <message>
        <source>Do nothing if the database already holds data.</source>
        <translation>Non fare nulla se il database contiene già dati.</translation>
    </message>
    <message>
        <source>demo needs --contacts N.</source>
        <translation>demo richiede --contacts N.</translation>
    </message>
    <message>
        <source>--contacts needs a whole number.</source>
        <translation>--contacts richiede un numero intero.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed richiede un numero intero.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today richiede una data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>The database already holds data; no demo data was added.</source>
        <translation>Il database contiene già dati; non sono stati aggiunti dati dimostrativi.</translation>
    </message>
    <message>
        <source>Wrote %1 demo records in %2 s (%3 records/s). You are signed in as %4.</source>
        <translation>Scritte %1 schede dimostrative in %2 s (%3 schede/s). Accesso eseguito come %4.</translation>
    </message>
    <message>
        <source>Counting %1 failed: %2</source>
        <translation>Conteggio di %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>Maximum number of hits.</source>
        <translation>Numero massimo di risultati.</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>Il testo da cercare.</translation>
    </message>
    <message>
        <source>search needs a text to search for.</source>
        <translation>search richiede un testo da cercare.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000.</source>
        <translation>--limit richiede un numero da 1 a 1000.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message>
        <source>The phone number, in any spelling.</source>
        <translation>Il numero di telefono, in qualsiasi formato.</translation>
    </message>
    <message>
        <source>No contact, account or lead has the number %1.</source>
        <translation>Nessun contatto, azienda o lead ha il numero %1.</translation>
    </message>
    <message>
        <source>(same last digits)</source>
        <translation>(stesse ultime cifre)</translation>
    </message>
    <message>
        <source>Maximum number of groups.</source>
        <translation>Numero massimo di gruppi.</translation>
    </message>
    <message>
        <source>duplicates takes no arguments.</source>
        <translation>duplicates non accetta argomenti.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 100000.</source>
        <translation>--limit richiede un numero da 1 a 100000.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Nessun probabile duplicato.</translation>
    </message>
    <message>
        <source>merge needs the record to keep and one or two duplicates: merge SURVIVOR OTHER [OTHER]</source>
        <translation>merge richiede la scheda da mantenere e uno o due duplicati: merge DA_MANTENERE ALTRO [ALTRO]</translation>
    </message>
    <message>
        <source>No contact or account has the id %1.</source>
        <translation>Nessun contatto o azienda ha l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Contacts and accounts cannot be merged with each other (%1: %2, %3: %4).</source>
        <translation>Contatti e aziende non possono essere uniti tra loro (%1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3); %4 related records moved. rapport-cli unmerge ID undoes it.</source>
        <translation>%1 unito in %2 (%3); %4 schede collegate spostate. rapport-cli unmerge ID annulla l&apos;unione.</translation>
    </message>
    <message>
        <source>unmerge needs the id of a merged record: unmerge ID</source>
        <translation>unmerge richiede l&apos;ID di una scheda unita: unmerge ID</translation>
    </message>
    <message>
        <source>%1 (%2) is a record of its own again.</source>
        <translation>%1 (%2) è di nuovo una scheda a sé.</translation>
    </message>
    <message>
        <source>Create or upgrade the database and print its schema version.</source>
        <translation>Creare o aggiornare il database e mostrarne la versione di schema.</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data scaled from N contacts.</source>
        <translation>Riempire un database vuoto con dati dimostrativi realistici, proporzionati a N contatti.</translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>Contare le schede di ogni tipo.</translation>
    </message>
    <message>
        <source>Search accounts, contacts, leads, opportunities, tickets and articles.</source>
        <translation>Cercare tra aziende, contatti, lead, opportunità, ticket e articoli.</translation>
    </message>
    <message>
        <source>List groups of contacts that are probably the same person, with a score.</source>
        <translation>Elencare i gruppi di contatti che sono probabilmente la stessa persona, con un punteggio.</translation>
    </message>
    <message>
        <source>Merge duplicate contacts or accounts into the first; everything related moves to it.</source>
        <translation>Unire contatti o aziende duplicati nel primo; tutto ciò che è collegato passa a quest&apos;ultimo.</translation>
    </message>
    <message>
        <source>Undo the merge of a contact or account that was merged into another.</source>
        <translation>Annullare l&apos;unione di un contatto o di un&apos;azienda unita a un&apos;altra scheda.</translation>
    </message>
    <message>
        <source>Find whose phone number this is, in any spelling (exit code 1: nobody&apos;s).</source>
        <translation>Trovare a chi appartiene un numero di telefono, in qualsiasi formato (codice di uscita 1: a nessuno).</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Check as of this moment (YYYY-MM-DDTHH:MM, local time; default: now).</source>
        <translation>Verificare a questo momento (AAAA-MM-GGTHH:MM, ora locale; predefinito: adesso).</translation>
    </message>
    <message>
        <source>Give the manager of each breached ticket&apos;s team a task about it (once per ticket).</source>
        <translation>Assegnare al responsabile del team di ogni ticket fuori livello di servizio un compito in merito (una volta per ticket).</translation>
    </message>
    <message>
        <source>sla takes check [--at DATETIME] [--escalate].</source>
        <translation>sla accetta check [--at DATAORA] [--escalate].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>«%1» non è una data con ora (AAAA-MM-GGTHH:MM).</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) escalated to their team&apos;s manager.</source>
        <translation>
            <numerusform>%n ticket inoltrato al responsabile del suo team.</numerusform>
            <numerusform>%n ticket inoltrati al responsabile del loro team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is breaching or about to.</source>
        <translation>Nessun ticket fuori livello di servizio o prossimo a esserlo.</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>prima risposta</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>risoluzione</translation>
    </message>
    <message>
        <source>breached %1 of working time ago</source>
        <translation>scaduto da %1 di tempo lavorativo</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>restano %1 di tempo lavorativo</translation>
    </message>
    <message>
        <source>due</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Il ticket %1 non esiste.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assegnato</translation>
    </message>
    <message>
        <source>Round robin and least busy choose within a team: give --team.</source>
        <translation>L&apos;assegnazione a rotazione e quella all&apos;operatore meno occupato avvengono all&apos;interno di un team: indicare --team.</translation>
    </message>
    <message>
        <source>Assign to this user (user name).</source>
        <translation>Assegnare a questo utente (nome utente).</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent given a ticket longest ago.</source>
        <translation>Assegnare all&apos;operatore del team che non riceve un ticket da più tempo.</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent with the fewest open tickets.</source>
        <translation>Assegnare all&apos;operatore del team con meno ticket aperti.</translation>
    </message>
    <message>
        <source>The team (name).</source>
        <translation>Il team (nome).</translation>
    </message>
    <message>
        <source>What the ticket is about (required).</source>
        <translation>L&apos;oggetto del ticket (obbligatorio).</translation>
    </message>
    <message>
        <source>The customer&apos;s words.</source>
        <translation>Le parole del cliente.</translation>
    </message>
    <message>
        <source>The customer (contact id).</source>
        <translation>Il cliente (ID del contatto).</translation>
    </message>
    <message>
        <source>The customer, found by phone number.</source>
        <translation>Il cliente, trovato tramite il numero di telefono.</translation>
    </message>
    <message>
        <source>low, normal, high or urgent (default normal).</source>
        <translation>low, normal, high o urgent (predefinito: normal).</translation>
    </message>
    <message>
        <source>phone, email, web or walk_in (default phone).</source>
        <translation>phone, email, web o walk_in (predefinito: phone).</translation>
    </message>
    <message>
        <source>A category.</source>
        <translation>Una categoria.</translation>
    </message>
    <message>
        <source>ticket add needs --subject.</source>
        <translation>ticket add richiede --subject.</translation>
    </message>
    <message>
        <source>No contact has the number %1.</source>
        <translation>Nessun contatto ha il numero %1.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Il contatto %1 non esiste.</translation>
    </message>
    <message>
        <source>Ticket %1 created (%2, %3).</source>
        <translation>Ticket %1 creato (%2, %3).</translation>
    </message>
    <message>
        <source>mine, unassigned, customers (your customers&apos; open tickets), open, breaching, waiting or all (default open).</source>
        <translation>mine, unassigned, customers (ticket aperti dei propri clienti), open, breaching, waiting o all (predefinito: open).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Al massimo questo numero (predefinito: 50).</translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;; the queues are mine, unassigned, customers, open, breaching, waiting and all.</source>
        <translation>La coda «%1» non esiste; le code sono mine, unassigned, customers, open, breaching, waiting e all.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit richiede un numero positivo.</translation>
    </message>
    <message>
        <source>The queue &quot;%1&quot; is empty.</source>
        <translation>La coda «%1» è vuota.</translation>
    </message>
    <message>
        <source>ticket show takes a ticket number or id.</source>
        <translation>ticket show richiede un numero o un ID di ticket.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Assign to yourself.</source>
        <translation>Assegnare a sé stessi.</translation>
    </message>
    <message>
        <source>The ticket&apos;s number or id.</source>
        <translation>Il numero o l&apos;ID del ticket.</translation>
    </message>
    <message>
        <source>ticket assign takes a ticket and --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>ticket assign richiede un ticket e --assign UTENTE, --me, --round-robin o --least-busy.</translation>
    </message>
    <message>
        <source>Say whom: --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>Indicare a chi: --assign UTENTE, --me, --round-robin o --least-busy.</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to %3.</source>
        <translation>%1 (%2) è assegnato a %3.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Come è stato risolto.</translation>
    </message>
    <message>
        <source>The customer&apos;s rating, 1 to 5.</source>
        <translation>La valutazione del cliente, da 1 a 5.</translation>
    </message>
    <message>
        <source>ticket status takes a ticket and a status (new, open, pending, resolved, closed).</source>
        <translation>ticket status richiede un ticket e uno stato (new, open, pending, resolved, closed).</translation>
    </message>
    <message>
        <source>--satisfaction needs a number from 1 to 5.</source>
        <translation>--satisfaction richiede un numero da 1 a 5.</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 ora è %2 (%3).</translation>
    </message>
    <message>
        <source>An internal note, not sent to the customer.</source>
        <translation>Una nota interna, non inviata al cliente.</translation>
    </message>
    <message>
        <source>Record a message from the customer.</source>
        <translation>Registrare un messaggio del cliente.</translation>
    </message>
    <message>
        <source>The ticket&apos;s status afterwards (e.g. pending).</source>
        <translation>Lo stato del ticket dopo la risposta (ad es. pending).</translation>
    </message>
    <message>
        <source>What to write.</source>
        <translation>Il testo da scrivere.</translation>
    </message>
    <message>
        <source>ticket reply takes a ticket and the text.</source>
        <translation>ticket reply richiede un ticket e il testo.</translation>
    </message>
    <message>
        <source>A note is the team&apos;s, a message the customer&apos;s: give one of --note and --customer.</source>
        <translation>Una nota è del team, un messaggio è del cliente: indicare --note oppure --customer.</translation>
    </message>
    <message>
        <source>ticket reply needs some text.</source>
        <translation>ticket reply richiede un testo.</translation>
    </message>
    <message>
        <source>Added to %1 (%2, %3).</source>
        <translation>Aggiunto a %1 (%2, %3).</translation>
    </message>
    <message>
        <source>ticket takes one of: %1.</source>
        <translation>ticket accetta uno di: %1.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, in any spelling.</source>
        <translation>Il numero del chiamante, in qualsiasi formato.</translation>
    </message>
    <message>
        <source>Unknown caller: nobody has the number %1. Create the contact with &quot;rapport-cli create contact&quot;.</source>
        <translation>Chiamante sconosciuto: nessuno ha il numero %1. Creare il contatto con «rapport-cli create contact».</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Nessun ticket aperto.</translation>
    </message>
    <message>
        <source>At most this many (default 5).</source>
        <translation>Al massimo questo numero (predefinito: 5).</translation>
    </message>
    <message>
        <source>A ticket&apos;s subject and description.</source>
        <translation>Oggetto e descrizione di un ticket.</translation>
    </message>
    <message>
        <source>kb takes suggest TEXT [--limit N].</source>
        <translation>kb accetta suggest TESTO [--limit N].</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Nessun articolo corrispondente.</translation>
    </message>
    <message>
        <source>Tickets: add one, list a queue, show one with its conversation, assign (to someone, round robin or least busy), move its status, reply or add a note.</source>
        <translation>Ticket: aggiungerne uno, elencare una coda, mostrarne uno con la conversazione, assegnarlo (a qualcuno, a rotazione o all&apos;operatore meno occupato), cambiarne lo stato, rispondere o aggiungere una nota.</translation>
    </message>
    <message>
        <source>An incoming call: who is calling (any spelling of the number) and their open tickets (exit code 1: unknown caller).</source>
        <translation>Una chiamata in arrivo: chi sta chiamando (numero in qualsiasi formato) e i suoi ticket aperti (codice di uscita 1: chiamante sconosciuto).</translation>
    </message>
    <message>
        <source>Knowledge-base articles that match a ticket&apos;s words, best first.</source>
        <translation>Articoli della base di conoscenza corrispondenti alle parole di un ticket, dai più pertinenti.</translation>
    </message>
    <message>
        <source>Tickets breaching their service level or about to (working time on each policy&apos;s hours).</source>
        <translation>Ticket fuori livello di servizio o prossimi a esserlo (tempo lavorativo secondo l&apos;orario di ciascuna regola).</translation>
    </message>
    <message>
        <source>Only these contacts (comma-separated ids).</source>
        <translation>Solo questi contatti (ID separati da virgole).</translation>
    </message>
    <message>
        <source>Calendar: from this day on.</source>
        <translation>Calendario: a partire da questo giorno.</translation>
    </message>
    <message>
        <source>Calendar: up to this day.</source>
        <translation>Calendario: fino a questo giorno.</translation>
    </message>
    <message>
        <source>Calendar: whose (user name; repeatable).</source>
        <translation>Calendario: di chi (nome utente; ripetibile).</translation>
    </message>
    <message>
        <source>export needs what and where: export contacts FILE.csv|FILE.vcf or export calendar FILE.ics</source>
        <translation>export richiede cosa e dove: export contacts FILE.csv|FILE.vcf oppure export calendar FILE.ics</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«%1»: il nome del file deve terminare con .csv o .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contatto scritto in %1.</numerusform>
            <numerusform>%n contatti scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--mode is create, update or upsert.</source>
        <translation>--mode può essere create, update o upsert.</translation>
    </message>
    <message>
        <source>--match is email, phone or id.</source>
        <translation>--match può essere email, phone o id.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Letto come %1.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1, to update: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Simulazione, nulla è stato scritto. Contatti da creare: %1, da aggiornare: %2; nuove aziende: %3; righe escluse: %4.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Contatti creati: %1, aggiornati: %2; nuove aziende: %3; righe escluse: %4.</translation>
    </message>
    <message>
        <source>Stopped at line %1: the rows before it are in the book; import the file again with --mode upsert to finish.</source>
        <translation>Interrotto alla riga %1: le righe precedenti sono già state importate; importare di nuovo il file con --mode upsert per completare.</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>riga %1: saltata: %2</translation>
    </message>
    <message>
        <source>line %1: note: %2</source>
        <translation>riga %1: nota: %2</translation>
    </message>
    <message>
        <source>Check the file; write nothing.</source>
        <translation>Controllare il file senza scrivere nulla.</translation>
    </message>
    <message>
        <source>CSV: create new contacts, update existing ones, or upsert (both).</source>
        <translation>CSV: creare nuovi contatti, aggiornare quelli esistenti o upsert (entrambe le cose).</translation>
    </message>
    <message>
        <source>CSV: how a row finds its contact.</source>
        <translation>CSV: come una riga trova il proprio contatto.</translation>
    </message>
    <message>
        <source>import needs what and from where: import contacts FILE.csv|FILE.vcf or import calendar FILE.ics</source>
        <translation>import richiede cosa e da dove: import contacts FILE.csv|FILE.vcf oppure import calendar FILE.ics</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: contacts are imported from CSV files (.csv) and vCard files (.vcf).</source>
        <translation>«%1»: i contatti si importano da file CSV (.csv) e vCard (.vcf).</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Simulazione, nulla è stato scritto. Contatti da creare: %1; nuove aziende: %2; schede vCard escluse: %3.</translation>
    </message>
    <message>
        <source>Contacts created: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Contatti creati: %1; nuove aziende: %2; schede vCard escluse: %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>privacy needs export ID FILE.json|FILE.vcf or erase ID.</source>
        <translation>privacy richiede export ID FILE.json|FILE.vcf oppure erase ID.</translation>
    </message>
    <message>
        <source>%1 was erased; the erase reaches the server and every laptop with the next sync.</source>
        <translation>%1 è stato cancellato; la cancellazione raggiungerà il server e ogni portatile con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Only contacts are written as vCards; use a .json file.</source>
        <translation>Solo i contatti si scrivono come vCard; usare un file .json.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .json or .vcf.</source>
        <translation>«%1»: il nome del file deve terminare con .json o .vcf.</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Tutti i dati conservati su %1 sono stati scritti in %2.</translation>
    </message>
    <message>
        <source>Write contacts to a CSV file (spreadsheets) or a vCard file (address books), by its extension, or a calendar to an iCalendar file.</source>
        <translation>Scrivere contatti in un file CSV (fogli di calcolo) o vCard (rubriche), in base all&apos;estensione, oppure un calendario in un file iCalendar.</translation>
    </message>
    <message>
        <source>Read contacts from a CSV or vCard file, or a calendar from an iCalendar file; every row or entry left out is listed with its line and why.</source>
        <translation>Leggere contatti da un file CSV o vCard, oppure un calendario da un file iCalendar; ogni riga o voce esclusa viene elencata con la riga e il motivo.</translation>
    </message>
    <message>
        <source>Export everything held on a person, or erase them everywhere (both recorded in the audit log).</source>
        <translation>Esportare tutti i dati conservati su una persona, oppure cancellarla ovunque (entrambe le operazioni sono registrate nel registro di controllo).</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline aperta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln opportunità, valore ponderato %1</numerusform>
            <numerusform>%Ln opportunità, valore ponderato %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Vinte nel trimestre</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Tasso di successo, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>nessuna chiusa</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 vinte su %2</translation>
    </message>
    <message>
        <source>, sales cycle %1 days</source>
        <translation>, ciclo di vendita di %1 giorni</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their service level</source>
        <translation>
            <numerusform>%Ln fuori livello di servizio</numerusform>
            <numerusform>%Ln fuori livello di servizio</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Fatturato, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overview in %1 at the exchange rates of %2</source>
        <translation>Panoramica in %1 ai tassi di cambio del %2</translation>
    </message>
    <message>
        <source>Not in the amounts (no exchange rate to %1): %2</source>
        <translation>Esclusi dagli importi (nessun tasso di cambio verso %1): %2</translation>
    </message>
    <message>
        <source>Only this team&apos;s deals (team name).</source>
        <translation>Solo le opportunità di questo team (nome del team).</translation>
    </message>
    <message>
        <source>Only these people&apos;s deals (user name; repeatable).</source>
        <translation>Solo le opportunità di queste persone (nome utente; ripetibile).</translation>
    </message>
    <message>
        <source>The period from this day (pipeline: deals expected to close from it).</source>
        <translation>Il periodo a partire da questo giorno (pipeline: opportunità con chiusura prevista da questo giorno).</translation>
    </message>
    <message>
        <source>The period up to this day.</source>
        <translation>Il periodo fino a questo giorno.</translation>
    </message>
    <message>
        <source>forecast: month or quarter (default); winloss: reason (default) or competitor.</source>
        <translation>forecast: month o quarter (predefinito); winloss: reason (predefinito) o competitor.</translation>
    </message>
    <message>
        <source>Reporting currency (default: EUR).</source>
        <translation>Valuta dei report (predefinita: EUR).</translation>
    </message>
    <message>
        <source>table, csv, json or xlsx (default: table).</source>
        <translation>table, csv, json o xlsx (predefinito: table).</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>Scrivere in questo file anziché sullo schermo.</translation>
    </message>
    <message>
        <source>report takes what to report: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn or crosssell.</source>
        <translation>report richiede il report desiderato: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn o crosssell.</translation>
    </message>
    <message>
        <source>The overview is everyone&apos;s, of this quarter and the last twelve months: --%1 does not apply to it.</source>
        <translation>La panoramica riguarda tutti, il trimestre corrente e gli ultimi dodici mesi: --%1 non si applica.</translation>
    </message>
    <message>
        <source>--format is table, csv, json or xlsx.</source>
        <translation>--format può essere table, csv, json o xlsx.</translation>
    </message>
    <message>
        <source>An xlsx report needs --out FILE.xlsx.</source>
        <translation>Un report xlsx richiede --out FILE.xlsx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example EUR).</source>
        <translation>«%1» non è un codice valuta (ad esempio EUR).</translation>
    </message>
    <message>
        <source>The overview is written as a table or as JSON.</source>
        <translation>La panoramica si scrive come tabella o come JSON.</translation>
    </message>
    <message>
        <source>--by is month or quarter for the forecast, reason or competitor for win/loss.</source>
        <translation>--by può essere month o quarter per la previsione, reason o competitor per vinte/perse.</translation>
    </message>
    <message>
        <source>%1, %2 – %3, in %4</source>
        <translation>%1, %2 – %3, in %4</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>What the rate is in (default: EUR).</source>
        <translation>In quale valuta è espresso il tasso (predefinita: EUR).</translation>
    </message>
    <message>
        <source>Valid from this day (default: today).</source>
        <translation>Valido a partire da questo giorno (predefinito: oggi).</translation>
    </message>
    <message>
        <source>rates takes list, or set CUR RATE [--base CUR] [--from DATE].</source>
        <translation>rates accetta list, oppure set VALUTA TASSO [--base VALUTA] [--from DATA].</translation>
    </message>
    <message>
        <source>A rate is between two different currency codes (for example USD in EUR).</source>
        <translation>Un tasso lega due codici valuta diversi (ad esempio USD in EUR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive number such as 0.92).</source>
        <translation>«%1» non è un tasso (un numero positivo come 0.92).</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4.</source>
        <translation>1 %1 = %2 %3 dal %4.</translation>
    </message>
    <message>
        <source>What the company calls the stage (empty: its usual name).</source>
        <translation>Come l&apos;azienda chiama la fase (vuoto: il nome consueto).</translation>
    </message>
    <message>
        <source>stages set takes a stage (%1) and a percentage from 0 to 100.</source>
        <translation>stages set richiede una fase (%1) e una percentuale da 0 a 100.</translation>
    </message>
    <message>
        <source>stages takes list, or set STAGE PERCENT.</source>
        <translation>stages accetta list, oppure set FASE PERCENTUALE.</translation>
    </message>
    <message>
        <source>lead score takes lead ids, or --all.</source>
        <translation>lead score richiede gli ID dei lead, oppure --all.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Il lead %1 non esiste.</translation>
    </message>
    <message>
        <source>%1: %2 (fit %3, engagement %4) — %5</source>
        <translation>%1: %2 (idoneità %3, coinvolgimento %4) — %5</translation>
    </message>
    <message>
        <source>%1 leads scored, %2 scores changed.</source>
        <translation>%1 lead valutati, %2 punteggi modificati.</translation>
    </message>
    <message>
        <source>The currency of revenue and lifetime value (default: EUR).</source>
        <translation>La valuta del fatturato e del valore del cliente nel tempo (predefinita: EUR).</translation>
    </message>
    <message>
        <source>customers takes score [--currency CUR], or show ACCOUNT.</source>
        <translation>customers accetta score [--currency VALUTA], oppure show AZIENDA.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) scored on their orders from %1 to %2, in %3.</source>
        <translation>
            <numerusform>%Ln cliente valutato in base agli ordini dal %1 al %2, in %3.</numerusform>
            <numerusform>%Ln clienti valutati in base agli ordini dal %1 al %2, in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>Gli ordini in %1 non sono conteggiati: manca un tasso di cambio verso %2.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>L&apos;azienda %1 non esiste.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet: run rapport-cli customers score.</source>
        <translation>I clienti non sono ancora stati valutati: eseguire rapport-cli customers score.</translation>
    </message>
    <message>
        <source>%1 had no orders when the customers were last scored (%2).</source>
        <translation>%1 non aveva ordini all&apos;ultima valutazione dei clienti (%2).</translation>
    </message>
    <message>
        <source>%1: %2 (recency %3, frequency %4, money %5 out of 5), scored on %6.</source>
        <translation>%1: %2 (recenza %3, frequenza %4, valore %5 su 5), valutato il %6.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value %1; churn risk %2; last order %3; %Ln order(s) for %4 in the last 12 months; buys most: %5.</source>
        <translation>
            <numerusform>Valore del cliente nel tempo %1; rischio di abbandono %2; ultimo ordine %3; %Ln ordine per %4 negli ultimi 12 mesi; acquista soprattutto: %5.</numerusform>
            <numerusform>Valore del cliente nel tempo %1; rischio di abbandono %2; ultimo ordine %3; %Ln ordini per %4 negli ultimi 12 mesi; acquista soprattutto: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>A rischio di abbandono: rischio di abbandono pari almeno alla metà e un ordine nell&apos;ultimo anno.</translation>
    </message>
    <message>
        <source>add: every contact with this tag.</source>
        <translation>add: ogni contatto con questa etichetta.</translation>
    </message>
    <message>
        <source>respond: when (YYYY-MM-DDTHH:MM, UTC; default: now).</source>
        <translation>respond: quando (AAAA-MM-GGTHH:MM, UTC; predefinito: adesso).</translation>
    </message>
    <message>
        <source>send: write the recipients to this CSV file, for the mail tool (names, company, language, address).</source>
        <translation>send: scrivere i destinatari in questo file CSV, per lo strumento di invio (nomi, azienda, lingua, indirizzo).</translation>
    </message>
    <message>
        <source>add: the people at the customers of this segment, as last scored (%1).</source>
        <translation>add: le persone presso i clienti di questo segmento, secondo l&apos;ultima valutazione (%1).</translation>
    </message>
    <message>
        <source>add: the leads with this status (%1).</source>
        <translation>add: i lead con questo stato (%1).</translation>
    </message>
    <message>
        <source>campaign takes add CAMPAIGN PERSON… (contacts or leads; or --tag TAG, --segment SEGMENT, --leads STATUS), send CAMPAIGN, respond MEMBER KIND or show CAMPAIGN.</source>
        <translation>campaign accetta add CAMPAGNA PERSONA… (contatti o lead; oppure --tag ETICHETTA, --segment SEGMENTO, --leads STATO), send CAMPAGNA, respond MEMBRO TIPO oppure show CAMPAGNA.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer segment; one of: %2.</source>
        <translation>«%1» non è un segmento di clienti; valori possibili: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the status of a lead to reach; one of: %2.</source>
        <translation>«%1» non è lo stato di un lead da contattare; valori possibili: %2.</translation>
    </message>
    <message>
        <source>No contact has the tag &quot;%1&quot;.</source>
        <translation>Nessun contatto ha l&apos;etichetta «%1».</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1 (as last scored: rapport-cli customers score scores them again).</source>
        <translation>Nessuno risulta registrato presso i clienti del segmento %1 (secondo l&apos;ultima valutazione: rapport-cli customers score li valuta di nuovo).</translation>
    </message>
    <message>
        <source>No lead has the status %1.</source>
        <translation>Nessun lead ha lo stato %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment (YYYY-MM-DDTHH:MM).</source>
        <translation>«%1» non è una data con ora (AAAA-MM-GGTHH:MM).</translation>
    </message>
    <message>
        <source>Reached %1, responded %2%3</source>
        <translation>Raggiunti %1, hanno risposto %2%3</translation>
    </message>
    <message>
        <source>Leads %1, deals %2, won %3%4</source>
        <translation>Lead %1, opportunità %2, vinte %3%4</translation>
    </message>
    <message>
        <source>Use this contact already in the book instead of a new one.</source>
        <translation>Usare questo contatto già presente invece di crearne uno nuovo.</translation>
    </message>
    <message>
        <source>Make a new contact even though a likely duplicate exists.</source>
        <translation>Creare un nuovo contatto anche se esiste un probabile duplicato.</translation>
    </message>
    <message>
        <source>Do not open an opportunity.</source>
        <translation>Non aprire un&apos;opportunità.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s name.</source>
        <translation>Il nome dell&apos;opportunità.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s amount (e.g. 12500.00).</source>
        <translation>L&apos;importo dell&apos;opportunità (ad es. 12500.00).</translation>
    </message>
    <message>
        <source>Its currency (default: EUR).</source>
        <translation>La sua valuta (predefinita: EUR).</translation>
    </message>
    <message>
        <source>Its expected close (YYYY-MM-DD).</source>
        <translation>La sua chiusura prevista (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>score: every lead not yet converted.</source>
        <translation>score: ogni lead non ancora convertito.</translation>
    </message>
    <message>
        <source>lead takes convert ID, or score ID… (or score --all).</source>
        <translation>lead accetta convert ID, oppure score ID… (o score --all).</translation>
    </message>
    <message>
        <source>%1 is probably already in the book:</source>
        <translation>%1 è probabilmente già presente:</translation>
    </message>
    <message>
        <source>Nothing converted: say --contact ID to use one of them, or --new-contact.</source>
        <translation>Nessuna conversione: indicare --contact ID per usarne uno, oppure --new-contact.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (for example 12500.00).</source>
        <translation>«%1» non è un importo (ad esempio 12500.00).</translation>
    </message>
    <message>
        <source>Converted: account %1 (%2), contact %3 (%4)%5</source>
        <translation>Convertito: azienda %1 (%2), contatto %3 (%4)%5</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuova scheda</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>scheda esistente</translation>
    </message>
    <message>
        <source>, opportunity %1.</source>
        <translation>, opportunità %1.</translation>
    </message>
    <message>
        <source>Write the quote as a PDF file.</source>
        <translation>Scrivere il preventivo come file PDF.</translation>
    </message>
    <message>
        <source>Write the quote as an HTML file.</source>
        <translation>Scrivere il preventivo come file HTML.</translation>
    </message>
    <message>
        <source>VAT rate at home in percent (default: the settings&apos;).</source>
        <translation>Aliquota IVA nazionale in percentuale (predefinita: quella delle impostazioni).</translation>
    </message>
    <message>
        <source>domestic, reverse-charge or export (default: by where the customer is).</source>
        <translation>domestic, reverse-charge o export (predefinito: in base alla sede del cliente).</translation>
    </message>
    <message>
        <source>A discount on the whole quote, in percent.</source>
        <translation>Uno sconto sull&apos;intero preventivo, in percentuale.</translation>
    </message>
    <message>
        <source>Days the quote is valid for.</source>
        <translation>Giorni di validità del preventivo.</translation>
    </message>
    <message>
        <source>A note printed above the terms.</source>
        <translation>Una nota stampata sopra le condizioni.</translation>
    </message>
    <message>
        <source>A quote template (Mustache HTML).</source>
        <translation>Un modello di preventivo (HTML Mustache).</translation>
    </message>
    <message>
        <source>Print this issued version again instead of issuing a new one.</source>
        <translation>Ristampare questa versione emessa invece di emetterne una nuova.</translation>
    </message>
    <message>
        <source>quote takes an opportunity id and --pdf FILE (or --html FILE).</source>
        <translation>quote richiede l&apos;ID di un&apos;opportunità e --pdf FILE (o --html FILE).</translation>
    </message>
    <message>
        <source>--tax and --discount are percentages from 0 to 100.</source>
        <translation>--tax e --discount sono percentuali da 0 a 100.</translation>
    </message>
    <message>
        <source>--tax-treatment is domestic, reverse-charge or export.</source>
        <translation>--tax-treatment può essere domestic, reverse-charge o export.</translation>
    </message>
    <message>
        <source>--valid-days is a number of days.</source>
        <translation>--valid-days è un numero di giorni.</translation>
    </message>
    <message>
        <source>The opportunity has no quote version %1.</source>
        <translation>L&apos;opportunità non ha la versione di preventivo %1.</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>Il logo %1 non è un&apos;immagine leggibile da Rapport.</translation>
    </message>
    <message>
        <source>Quote %1, version %2: %3 (%4)</source>
        <translation>Preventivo %1, versione %2: %3 (%4)</translation>
    </message>
    <message>
        <source>The manager&apos;s reports: the overview of them all, pipeline, forecast against quota, sales team, sales cycle, win/loss and slipped deals, in one currency; the help desk&apos;s: open tickets by age and priority, service levels, backlog, agents; and the customers&apos;: RFM segments with lifetime value, churn risk, cross-selling.</source>
        <translation>I report per i responsabili: la panoramica generale, pipeline, previsione rispetto all&apos;obiettivo, team di vendita, ciclo di vendita, opportunità vinte/perse e slittate, in un&apos;unica valuta; quelli dell&apos;assistenza: ticket aperti per anzianità e priorità, livelli di servizio, arretrato, operatori; e quelli sui clienti: segmenti RFM con valore del cliente nel tempo, rischio di abbandono, vendite incrociate.</translation>
    </message>
    <message>
        <source>Issue the next version of a deal&apos;s quote from its line items and print it to PDF.</source>
        <translation>Emettere la versione successiva del preventivo di un&apos;opportunità a partire dalle sue righe e stamparla in PDF.</translation>
    </message>
    <message>
        <source>Turn a lead into an account, a contact and an opportunity, duplicates checked first; or score leads by fit and engagement.</source>
        <translation>Convertire un lead in azienda, contatto e opportunità, dopo aver verificato i duplicati; oppure valutare i lead per idoneità e coinvolgimento.</translation>
    </message>
    <message>
        <source>Marketing campaigns by consent: add contacts and leads (those without marketing consent on the campaign&apos;s channel are left out, with the reason), send (consent checked again), record a response (an unsubscribe withdraws consent), show what it achieved.</source>
        <translation>Campagne di marketing in base al consenso: aggiungere contatti e lead (chi non ha dato il consenso al marketing sul canale della campagna viene escluso, con il motivo), inviare (il consenso viene verificato di nuovo), registrare una risposta (una disiscrizione revoca il consenso), mostrare i risultati.</translation>
    </message>
    <message>
        <source>Score every customer on their orders (RFM segment, lifetime value, churn risk), as the accounts list and page show it; or show one account&apos;s standing.</source>
        <translation>Valutare ogni cliente in base ai suoi ordini (segmento RFM, valore del cliente nel tempo, rischio di abbandono), come li mostrano l&apos;elenco e la scheda delle aziende; oppure mostrare la situazione di un&apos;azienda.</translation>
    </message>
    <message>
        <source>Each stage&apos;s name and default probability: the company&apos;s, or the usual ones.</source>
        <translation>Nome e probabilità predefinita di ogni fase: quelli dell&apos;azienda o quelli consueti.</translation>
    </message>
    <message>
        <source>The exchange rates reports convert with.</source>
        <translation>I tassi di cambio usati dai report per le conversioni.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Tipo di scheda sconosciuto «%1».</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 richiede un numero intero, non «%2».</translation>
    </message>
    <message>
        <source>%1 needs true or false, not &quot;%2&quot;.</source>
        <translation>%1 richiede true o false, non «%2».</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Indirizzo del server.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nome utente.</translation>
    </message>
    <message>
        <source>sync needs --server URL and --user NAME.</source>
        <translation>sync richiede --server URL e --user NOME.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>«%1» non è un indirizzo http:// o https://.</translation>
    </message>
    <message>
        <source>Synced: %1 pushed, %2 pulled, %3 conflicts, %4 rejected, %5 removed from this device (no longer yours to see).</source>
        <translation>Sincronizzazione completata: %1 inviate, %2 ricevute, %3 conflitti, %4 rifiutate, %5 rimosse da questo dispositivo (non più visibili per l&apos;utente).</translation>
    </message>
    <message>
        <source>outbox takes no arguments.</source>
        <translation>outbox non accetta argomenti.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be synced.</source>
        <translation>Nulla in attesa di sincronizzazione.</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rifiutata: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>mine, theirs or dismiss.</source>
        <translation>mine, theirs o dismiss.</translation>
    </message>
    <message>
        <source>Include resolved conflicts.</source>
        <translation>Includere i conflitti risolti.</translation>
    </message>
    <message>
        <source>Use: conflicts resolve ID --keep mine|theirs|dismiss</source>
        <translation>Uso: conflicts resolve ID --keep mine|theirs|dismiss</translation>
    </message>
    <message>
        <source>--keep takes mine, theirs or dismiss.</source>
        <translation>--keep accetta mine, theirs o dismiss.</translation>
    </message>
    <message>
        <source>Conflict resolved; the choice syncs with the next sync.</source>
        <translation>Conflitto risolto; la scelta verrà sincronizzata alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nessun conflitto.</translation>
    </message>
    <message>
        <source>kept:   %1 (%2)</source>
        <translation>mantenuto: %1 (%2)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>il server</translation>
    </message>
    <message>
        <source>lost:   %1 (%2)</source>
        <translation>perso:     %1 (%2)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>prima:     %1</translation>
    </message>
    <message>
        <source>%1 was another ticket&apos;s number; the server gave this ticket %2.</source>
        <translation>%1 era il numero di un altro ticket; il server ha assegnato a questo ticket il numero %2.</translation>
    </message>
    <message>
        <source>Use: get TYPE ID</source>
        <translation>Uso: get TIPO ID</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Nessuna scheda %1 ha l&apos;ID %2.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be set.</source>
        <translation>%1 non ha un campo modificabile «%2».</translation>
    </message>
    <message>
        <source>Use: set TYPE ID FIELD VALUE</source>
        <translation>Uso: set TIPO ID CAMPO VALORE</translation>
    </message>
    <message>
        <source>Use: create TYPE FIELD=VALUE …</source>
        <translation>Uso: create TIPO CAMPO=VALORE …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«%1» non è nella forma CAMPO=VALORE.</translation>
    </message>
    <message>
        <source>Use: restore TYPE ID</source>
        <translation>Uso: restore TIPO ID</translation>
    </message>
    <message>
        <source>Use: delete TYPE ID</source>
        <translation>Uso: delete TIPO ID</translation>
    </message>
    <message>
        <source>Push local changes to the server and pull the others (password from RAPPORT_PASSWORD or standard input).</source>
        <translation>Inviare le modifiche locali al server e ricevere quelle degli altri (password da RAPPORT_PASSWORD o dallo standard input).</translation>
    </message>
    <message>
        <source>List the changes not yet accepted by the server.</source>
        <translation>Elencare le modifiche non ancora accettate dal server.</translation>
    </message>
    <message>
        <source>List conflicting edits, or resolve one.</source>
        <translation>Elencare le modifiche in conflitto, oppure risolverne una.</translation>
    </message>
    <message>
        <source>Print one record.</source>
        <translation>Mostrare una scheda.</translation>
    </message>
    <message>
        <source>Change one field of a record (an empty VALUE clears it).</source>
        <translation>Modificare un campo di una scheda (un VALORE vuoto lo svuota).</translation>
    </message>
    <message>
        <source>Create a record; prints its id.</source>
        <translation>Creare una scheda; ne mostra l&apos;ID.</translation>
    </message>
    <message>
        <source>Delete a record (a tombstone that syncs).</source>
        <translation>Eliminare una scheda (con un contrassegno di eliminazione che si sincronizza).</translation>
    </message>
    <message>
        <source>Bring back a deleted record (the restore syncs and wins over the delete).</source>
        <translation>Ripristinare una scheda eliminata (il ripristino si sincronizza e prevale sull&apos;eliminazione).</translation>
    </message>
    <message>
        <source>%1: none has the id or name &quot;%2&quot;.</source>
        <translation>%1: nulla con l&apos;ID o il nome «%2».</translation>
    </message>
    <message>
        <source>Several records are named &quot;%1&quot;; give the id of the one meant: %2.</source>
        <translation>Più record si chiamano «%1»; indicate l&apos;ID di quello inteso: %2.</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 dell&apos;obiettivo di %2</translation>
    </message>
    <message>
        <source>  (usually %1)</source>
        <translation>  (di solito %1)</translation>
    </message>
    <message>
        <source>rapport-cli: possibly the same person as %1 (%2, %3): %4</source>
        <translation>rapport-cli: forse la stessa persona di %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>%1 = %2 at today&apos;s rates</source>
        <translation>%1 = %2 ai cambi di oggi</translation>
    </message>
    <message>
        <source>; not counted, without a rate to %1: %2</source>
        <translation>; non conteggiati, senza un cambio in %1: %2</translation>
    </message>
    <message>
        <source>Members: none</source>
        <translation>Membri: nessuno</translation>
    </message>
    <message>
        <source>Members: %1 (%2)</source>
        <translation>Membri: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segmento cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato il</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Capogruppo</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Fascia di assistenza</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Dipendenti</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valore del cliente nel tempo</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Rischio di abbandono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Scadenza risoluzione</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Dimensione aziendale</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <source>service %1, marketing %2</source>
        <translation>assistenza %1, marketing %2</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefono</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per posta</translation>
    </message>
    <message>
        <source>No consent to marketing %1 is recorded for this customer.</source>
        <translation>Per questo cliente non è registrato alcun consenso al marketing %1.</translation>
    </message>
    <message>
        <source>No consent to being contacted %1 is recorded for this customer.</source>
        <translation>Per questo cliente non è registrato alcun consenso a essere contattato %1.</translation>
    </message>
    <message>
        <source>This customer declined marketing %1.</source>
        <translation>Questo cliente ha rifiutato il marketing %1.</translation>
    </message>
    <message>
        <source>This customer declined being contacted %1.</source>
        <translation>Questo cliente ha rifiutato di essere contattato %1.</translation>
    </message>
    <message>
        <source>It is %1 for this customer, outside the times they agreed to (%2).</source>
        <translation>Per questo cliente sono le %1, fuori dagli orari concordati (%2).</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>Disiscrizione da %1</translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Altre e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Altri telefoni</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Impossibile leggere i contatti: %1</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>Contacts imported from a vCard file</source>
        <translation>Contatti importati da un file vCard</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The birthday &quot;%1&quot; is not a date this import can read; it was left out.</source>
        <translation>Il compleanno «%1» non è una data leggibile da questa importazione; è stato escluso.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>La lingua «%1» non è riconosciuta da questa importazione; è stata esclusa.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>Il paese «%1» non è riconosciuto da questa importazione; è stato escluso.</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(non importare)</translation>
    </message>
    <message>
        <source>Rapport id (to update)</source>
        <translation>ID Rapport (per aggiornare)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Secondo nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Appellativo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Company (account)</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>E-mail (%1)</translation>
    </message>
    <message>
        <source>Email addresses, several</source>
        <translation>Indirizzi e-mail, più di uno</translation>
    </message>
    <message>
        <source>Kind of email %1</source>
        <translation>Tipo di e-mail %1</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Telefono (%1)</translation>
    </message>
    <message>
        <source>Phone numbers, several</source>
        <translation>Numeri di telefono, più di uno</translation>
    </message>
    <message>
        <source>Kind of phone %1</source>
        <translation>Tipo di telefono %1</translation>
    </message>
    <message>
        <source>Street (%1)</source>
        <translation>Via (%1)</translation>
    </message>
    <message>
        <source>Postal code (%1)</source>
        <translation>CAP (%1)</translation>
    </message>
    <message>
        <source>City (%1)</source>
        <translation>Città (%1)</translation>
    </message>
    <message>
        <source>Region (%1)</source>
        <translation>Regione (%1)</translation>
    </message>
    <message>
        <source>Country (%1)</source>
        <translation>Paese (%1)</translation>
    </message>
    <message>
        <source>Kind of address %1</source>
        <translation>Tipo di indirizzo %1</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Owner (user name, email or name)</source>
        <translation>Responsabile (nome utente, e-mail o nome)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Il file non ha una riga di intestazione.</translation>
    </message>
    <message>
        <source>No column is a name: choose which column holds the last name (or the full name).</source>
        <translation>Nessuna colonna contiene un nome: scegliere la colonna che contiene il cognome (o il nome completo).</translation>
    </message>
    <message>
        <source>To match by id, one column must hold the Rapport id.</source>
        <translation>Per confrontare tramite ID, una colonna deve contenere l&apos;ID Rapport.</translation>
    </message>
    <message>
        <source>Contacts imported from a CSV file</source>
        <translation>Contatti importati da un file CSV</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>Manca il nome.</translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot; (or several are); the owner was left as it was.</source>
        <translation>Nessun utente si chiama «%1» (oppure più di uno); il responsabile non è stato modificato.</translation>
    </message>
    <message>
        <source>The same person as on line %1 (same %2).</source>
        <translation>La stessa persona della riga %1 (stesso %2).</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>indirizzo e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numero di telefono</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Already in the book as %1; choose &quot;update&quot; or &quot;create or update&quot; to change it.</source>
        <translation>Già presente come %1; scegliere «aggiorna» o «crea o aggiorna» per modificarlo.</translation>
    </message>
    <message>
        <source>Another row of this file already updates %1.</source>
        <translation>Un&apos;altra riga di questo file aggiorna già %1.</translation>
    </message>
    <message>
        <source>The contact to update no longer exists.</source>
        <translation>Il contatto da aggiornare non esiste più.</translation>
    </message>
    <message>
        <source>There is no id to find the contact by.</source>
        <translation>Manca un ID con cui trovare il contatto.</translation>
    </message>
    <message>
        <source>Not in the book (matched by %1); choose &quot;create&quot; or &quot;create or update&quot; to add it.</source>
        <translation>Non presente (confronto per %1); scegliere «crea» o «crea o aggiorna» per aggiungerlo.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1 (%2).</source>
        <translation>Forse la stessa persona di %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
    <message>
        <source>The import stopped at line %1: %2 The rows before that line are in your book; import the file again with &quot;create or update&quot; to finish.</source>
        <translation>L&apos;importazione si è interrotta alla riga %1: %2 Le righe precedenti sono già state importate; importare di nuovo il file con «crea o aggiorna» per completare.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>separated by commas</source>
        <translation>separato da virgole</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>separato da punti e virgola</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>separato da tabulazioni</translation>
    </message>
    <message>
        <source>separated by &quot;%1&quot;</source>
        <translation>separato da «%1»</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Riga %1: un campo tra virgolette non viene mai chiuso.</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Impossibile leggere la cronologia: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Preventivo %1</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Opportunità aperta</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>CustomerOverview</name>
    <message>
        <source>The customer cannot be read: %1</source>
        <translation>Impossibile leggere il cliente: %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>chiusura %1</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Questo contatto non esiste più (potrebbe essere stato eliminato o rimosso dalla sincronizzazione).</translation>
    </message>
    <message>
        <source>This account no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Questa azienda non esiste più (potrebbe essere stata eliminata o rimossa dalla sincronizzazione).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be read. Check that it is a file and that you may open it.</source>
        <translation>Impossibile leggere %1. Verificare che sia un file e di avere i permessi per aprirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2: %3). The file was left unchanged; restore it from a backup or sync it again from the server.</source>
        <translation>%1 è danneggiato e non può essere aperto (%2: %3). Il file non è stato modificato; ripristinarlo da un backup o sincronizzarlo di nuovo dal server.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database: it is not an SQLite file. The file was left unchanged.</source>
        <translation>%1 non è un database Rapport: non è un file SQLite. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Rapport database. The file was left unchanged.</source>
        <translation>%1 è un database SQLite di un altro programma, non un database Rapport. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (database schema %2; this version knows schema %3 at most). Please update Rapport. The file was left unchanged.</source>
        <translation>%1 è stato scritto da una versione più recente di Rapport (schema del database %2; questa versione supporta al massimo lo schema %3). Aggiornare Rapport. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is not ready to be read: open it once for writing first.</source>
        <translation>%1 non è ancora pronto per la lettura: aprirlo prima una volta in scrittura.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Internal error: the database connection &quot;%1&quot; is already open.</source>
        <translation>Errore interno: la connessione al database «%1» è già aperta.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>Internal error: the SQLite driver gave no native handle.</source>
        <translation>Errore interno: il driver SQLite non ha fornito alcun handle nativo.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Errore del database: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>L&apos;aggiornamento del database allo schema %1 non è riuscito: %2</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Delete %1?</source>
        <translation>Eliminare %1?</translation>
    </message>
    <message>
        <source>Still linked to %1: %2. They stay as they are, and Edit → Undo brings %1 back.</source>
        <translation>Ancora collegati a %1: %2. Restano invariati e Modifica → Annulla ripristina %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>Demo data generation failed: %1</source>
        <translation>Generazione dei dati dimostrativi non riuscita: %1</translation>
    </message>
    <message>
        <source>Payment within 30 days of invoice, without deduction. Prices exclude delivery and travel. Our general terms and conditions apply.</source>
        <translation>Pagamento a 30 giorni data fattura, senza detrazioni. I prezzi non comprendono consegna e trasferta. Si applicano le nostre condizioni generali di contratto.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Impossibile leggere il database: %1</translation>
    </message>
    <message>
        <source>An earlier demo data generation into this file was interrupted. Delete the file and start again.</source>
        <translation>Una precedente generazione di dati dimostrativi in questo file è stata interrotta. Eliminare il file e ricominciare.</translation>
    </message>
    <message>
        <source>The database already holds customer data. Demo data is only generated into an empty database; choose a new file with --db.</source>
        <translation>Il database contiene già dati dei clienti. I dati dimostrativi vengono generati solo in un database vuoto; scegliere un nuovo file con --db.</translation>
    </message>
    <message>
        <source>The number of demo contacts must be between 10 and 50,000,000.</source>
        <translation>Il numero di contatti dimostrativi deve essere compreso tra 10 e 50.000.000.</translation>
    </message>
    <message>
        <source>The demo date is not a valid date.</source>
        <translation>La data di riferimento dei dati dimostrativi non è una data valida.</translation>
    </message>
    <message>
        <source>Demo data: %1 contacts, seed %2</source>
        <translation>Dati dimostrativi: %1 contatti, seme %2</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the records written so far were kept.</source>
        <translation>La generazione dei dati dimostrativi è stata annullata; le schede scritte finora sono state mantenute.</translation>
    </message>
    <message>
        <source>Writing demo records</source>
        <translation>Scrittura delle schede dimostrative</translation>
    </message>
    <message>
        <source>Demo data generation stopped early.</source>
        <translation>La generazione dei dati dimostrativi si è interrotta in anticipo.</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Creazione degli indici</translation>
    </message>
</context>
<context>
    <name>DesktopLinks</name>
    <message>
        <source>No program on this computer makes phone calls: %1 is on the clipboard to dial.</source>
        <translation>Nessun programma su questo computer può effettuare chiamate: %1 è negli appunti, pronto da comporre.</translation>
    </message>
    <message>
        <source>No email program is set up on this computer: %1 is on the clipboard.</source>
        <translation>Su questo computer non è configurato alcun programma di posta elettronica: %1 è negli appunti.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1: the link is on the clipboard.</source>
        <translation>Nessun programma su questo computer può aprire %1: il collegamento è negli appunti.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>the same email address</source>
        <translation>lo stesso indirizzo e-mail</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>lo stesso numero di telefono</translation>
    </message>
    <message>
        <source>the same name at the same account</source>
        <translation>lo stesso nome nella stessa azienda</translation>
    </message>
    <message>
        <source>the same name and email domain</source>
        <translation>lo stesso nome e dominio e-mail</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: %1</source>
        <translation>Impossibile cercare i duplicati: %1</translation>
    </message>
</context>
<context>
    <name>EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifica di %1</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>La scheda non esiste più.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>account</source>
        <translation>azienda</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>attività</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>partecipante</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunità</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>line item</source>
        <translation>riga</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Cambio di fase</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Cronologia fasi</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>cambio di fase</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>product</source>
        <translation>prodotto</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Listino prezzi</translation>
    </message>
    <message>
        <source>Price books</source>
        <translation>Listini prezzi</translation>
    </message>
    <message>
        <source>price book</source>
        <translation>listino prezzi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prezzo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordine</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Riga d&apos;ordine</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Righe d&apos;ordine</translation>
    </message>
    <message>
        <source>order line</source>
        <translation>riga d&apos;ordine</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>Ticket entry</source>
        <translation>Messaggio del ticket</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>ticket entry</source>
        <translation>messaggio del ticket</translation>
    </message>
    <message>
        <source>Linked article</source>
        <translation>Articolo collegato</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Articoli collegati</translation>
    </message>
    <message>
        <source>linked article</source>
        <translation>articolo collegato</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Articolo della base di conoscenza</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base di conoscenza</translation>
    </message>
    <message>
        <source>knowledge article</source>
        <translation>articolo della base di conoscenza</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagna</translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation>Membro della campagna</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Membri della campagna</translation>
    </message>
    <message>
        <source>campaign member</source>
        <translation>membro della campagna</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Risposta alla campagna</translation>
    </message>
    <message>
        <source>Campaign responses</source>
        <translation>Risposte alla campagna</translation>
    </message>
    <message>
        <source>campaign response</source>
        <translation>risposta alla campagna</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tasso di cambio</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tassi di cambio</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>tasso di cambio</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Preventivi</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>preventivo</translation>
    </message>
    <message>
        <source>Stage setting</source>
        <translation>Impostazione della fase</translation>
    </message>
    <message>
        <source>Stage settings</source>
        <translation>Impostazioni delle fasi</translation>
    </message>
    <message>
        <source>stage setting</source>
        <translation>impostazione della fase</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Livello di servizio</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Livelli di servizio</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>livello di servizio</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Ruolo d&apos;acquisto</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Ruoli d&apos;acquisto</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>ruolo d&apos;acquisto</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Sales rep</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile del team</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fedeli</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promettenti</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nuovi clienti</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>Da non perdere</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Dormienti</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persi</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotive</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banche</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Chimica</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Edilizia</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consulenza</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Alimentari e bevande</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pubblica amministrazione</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sanità</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assicurazioni</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Manifattura</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Farmaceutica</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commercio al dettaglio</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecomunicazioni</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Grande impresa</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Media impresa</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Piccola impresa</translation>
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
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Chiamata a freddo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In lavorazione</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificato</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Non qualificato</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertito</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Messaggio in segreteria</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Numero errato</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provvisorio</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospezione</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualificazione</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Analisi delle esigenze</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Caso migliore</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omesso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sostituito</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>IVA applicata</translation>
    </message>
    <message>
        <source>Reverse charge (EU business)</source>
        <translation>Inversione contabile (impresa UE)</translation>
    </message>
    <message>
        <source>Export (customer abroad)</source>
        <translation>Esportazione (cliente estero)</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decisore</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Acquirente economico</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Acquirente tecnico</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Sostenitore</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Oppositore</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Messaggio del cliente</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Posta diretta</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>In programma</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ha risposto</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Partecipazione</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Disiscrizione</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>campaign status</comment>
        <translation>Pianificata</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>campaign status</comment>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign status</comment>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign status</comment>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Prezzo troppo alto</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Scelto un concorrente</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Nessun budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Nessuna decisione</translation>
    </message>
    <message>
        <source>Project postponed</source>
        <translation>Progetto rinviato</translation>
    </message>
    <message>
        <source>Missing feature</source>
        <translation>Funzionalità mancante</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Rapporto con il cliente</translation>
    </message>
    <message>
        <source>piece</source>
        <comment>unit of sale</comment>
        <translation>pz.</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>unit of sale</comment>
        <translation>ora</translation>
    </message>
    <message>
        <source>day</source>
        <comment>unit of sale</comment>
        <translation>giorno</translation>
    </message>
    <message>
        <source>month</source>
        <comment>unit of sale</comment>
        <translation>mese</translation>
    </message>
    <message>
        <source>year</source>
        <comment>unit of sale</comment>
        <translation>anno</translation>
    </message>
    <message>
        <source>project</source>
        <comment>unit of sale</comment>
        <translation>progetto</translation>
    </message>
    <message>
        <source>user/year</source>
        <comment>unit of sale</comment>
        <translation>utente/anno</translation>
    </message>
    <message>
        <source>site/year</source>
        <comment>unit of sale</comment>
        <translation>sede/anno</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>ticket category</comment>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>ticket category</comment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>ticket category</comment>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>ticket category</comment>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>ticket category</comment>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>user</source>
        <comment>unit of sale</comment>
        <translation>utente</translation>
    </message>
    <message>
        <source>box</source>
        <comment>unit of sale</comment>
        <translation>scatola</translation>
    </message>
    <message>
        <source>kit</source>
        <comment>unit of sale</comment>
        <translation>kit</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>consent source</comment>
        <translation>Modulo web</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>consent source</comment>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>consent source</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>consent source</comment>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <comment>consent source</comment>
        <translation>Fiera</translation>
    </message>
    <message>
        <source>Business card</source>
        <comment>consent source</comment>
        <translation>Biglietto da visita</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>consent source</comment>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Campaign reply</source>
        <comment>consent source</comment>
        <translation>Risposta a una campagna</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>consent source</comment>
        <translation>Disiscrizione</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Unito a</translation>
    </message>
    <message>
        <source>Merge record</source>
        <translation>Dati dell&apos;unione</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile del team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Capogruppo</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Dimensione aziendale</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Fascia di assistenza</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Telefono (E.164)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Dipendenti</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Appellativo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Riporta a</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Indirizzi e-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numeri di telefono</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Communication consent</source>
        <translation>Consenso alle comunicazioni</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Convertito in azienda</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Convertito in contatto</translation>
    </message>
    <message>
        <source>Converted to opportunity</source>
        <translation>Convertito in opportunità</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Data conversione</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Durata (secondi)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reminders (minutes before)</source>
        <translation>Promemoria (minuti prima)</translation>
    </message>
    <message>
        <source>Reminders dismissed until</source>
        <translation>Promemoria ignorati fino a</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Posticipato fino a</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Prossimo promemoria</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Ricorrenza</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Occorrenze escluse</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Occurrence replaced</source>
        <translation>Occorrenza sostituita</translation>
    </message>
    <message>
        <source>Repeats until</source>
        <translation>Si ripete fino al</translation>
    </message>
    <message>
        <source>iCalendar UID</source>
        <translation>UID iCalendar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contatto principale</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoria di previsione</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concorrenti</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Data chiusura</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Discount (basis points)</source>
        <translation>Sconto (punti base)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Dalla fase</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Alla fase</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Data modifica</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificato da</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Listino prezzi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Scadenza prima risposta</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Scadenza risoluzione</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Data risoluzione</translation>
    </message>
    <message>
        <source>Waiting on customer since</source>
        <translation>In attesa del cliente dal</translation>
    </message>
    <message>
        <source>Working minutes waited</source>
        <translation>Minuti lavorativi di attesa</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Data escalation</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Data invio</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Data risposta</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Rate (millionths)</source>
        <translation>Tasso (milionesimi)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Data emissione</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Tax rate (basis points)</source>
        <translation>Aliquota d&apos;imposta (punti base)</translation>
    </message>
    <message>
        <source>Tax treatment</source>
        <translation>Regime IVA</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotale</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Fatturare a</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparato da</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilità predefinita</translation>
    </message>
    <message>
        <source>First response (working minutes)</source>
        <translation>Prima risposta (minuti lavorativi)</translation>
    </message>
    <message>
        <source>Resolution (working minutes)</source>
        <translation>Risoluzione (minuti lavorativi)</translation>
    </message>
    <message>
        <source>Warn before (working minutes)</source>
        <translation>Preavviso (minuti lavorativi)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Orario lavorativo</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>fatturazione</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>spedizione</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
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
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contatto</numerusform>
            <numerusform>%Ln contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln azienda</numerusform>
            <numerusform>%Ln aziende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln opportunità</numerusform>
            <numerusform>%Ln opportunità</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln ticket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordine</numerusform>
            <numerusform>%Ln ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln attività</numerusform>
            <numerusform>%Ln attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln articolo</numerusform>
            <numerusform>%Ln articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln campagna</numerusform>
            <numerusform>%Ln campagne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln prodotto</numerusform>
            <numerusform>%Ln prodotti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln scheda</numerusform>
            <numerusform>%Ln schede</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 di ritardo</translation>
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
        <source>agreed via %1 on %2</source>
        <translation>consenso dato tramite %1 il %2</translation>
    </message>
    <message>
        <source>agreed via %1</source>
        <translation>consenso dato tramite %1</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>consenso dato il %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an unsubscribe, then its date</comment>
        <translation>%1 il %2</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Impossibile raggiungere il server: %1</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Il server ha inviato una risposta che non è in formato JSON.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>Impossibile eseguire ricerche nella base di conoscenza: %1</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>Non esiste il lead %1.</translation>
    </message>
    <message>
        <source>%1 was converted already.</source>
        <translation>%1 è già stato convertito.</translation>
    </message>
    <message>
        <source>%1: new business</source>
        <translation>%1: nuova opportunità</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>decides: %1</source>
        <translation>decide: %1</translation>
    </message>
    <message>
        <source>leads a department: %1</source>
        <translation>dirige un reparto: %1</translation>
    </message>
    <message>
        <source>manages or buys: %1</source>
        <translation>gestisce o acquista: %1</translation>
    </message>
    <message>
        <source>job title given</source>
        <translation>qualifica indicata</translation>
    </message>
    <message>
        <source>company named</source>
        <translation>azienda indicata</translation>
    </message>
    <message>
        <source>private email address</source>
        <translation>indirizzo e-mail privato</translation>
    </message>
    <message>
        <source>business email address</source>
        <translation>indirizzo e-mail aziendale</translation>
    </message>
    <message>
        <source>phone number given</source>
        <translation>numero di telefono indicato</translation>
    </message>
    <message>
        <source>country known</source>
        <translation>paese noto</translation>
    </message>
    <message>
        <source>came by referral or partner</source>
        <translation>arrivato tramite segnalazione o partner</translation>
    </message>
    <message>
        <source>came by website, event or campaign</source>
        <translation>arrivato tramite sito web, evento o campagna</translation>
    </message>
    <message>
        <source>opted out of campaigns</source>
        <translation>ha rinunciato alle campagne</translation>
    </message>
    <message>
        <source>bought through a campaign</source>
        <translation>ha acquistato tramite una campagna</translation>
    </message>
    <message>
        <source>attended an event</source>
        <translation>ha partecipato a un evento</translation>
    </message>
    <message>
        <source>registered for an event</source>
        <translation>si è registrato a un evento</translation>
    </message>
    <message>
        <source>replied to a campaign</source>
        <translation>ha risposto a una campagna</translation>
    </message>
    <message numerus="yes">
        <source>clicked a campaign %n time(s)</source>
        <translation>
            <numerusform>ha cliccato su una campagna %n volta</numerusform>
            <numerusform>ha cliccato su una campagna %n volte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened a campaign %n time(s)</source>
        <translation>
            <numerusform>ha aperto una campagna %n volta</numerusform>
            <numerusform>ha aperto una campagna %n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>responded to a campaign</source>
        <translation>ha reagito a una campagna</translation>
    </message>
    <message>
        <source>in conversation</source>
        <translation>in dialogo</translation>
    </message>
    <message>
        <source>new this month</source>
        <translation>nuovo questo mese</translation>
    </message>
    <message>
        <source>new this quarter</source>
        <translation>nuovo questo trimestre</translation>
    </message>
    <message>
        <source>The lead&apos;s campaigns cannot be read: %1</source>
        <translation>Impossibile leggere le campagne del lead: %1</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Non esiste il lead %1.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge into %1</source>
        <translation>Unione in %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>k</source>
        <translation>&#xa0;k</translation>
    </message>
    <message>
        <source>M</source>
        <translation>&#xa0;Mln</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>&#xa0;Mld</translation>
    </message>
</context>
<context>
    <name>Normaliser</name>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2. A number without a country code is read in the contact&apos;s country, else in the region chosen in the settings: add the country code or the country.</source>
        <translation>«%1» non è un numero di telefono valido (%2). Un numero senza prefisso internazionale viene interpretato nel paese del contatto, altrimenti nella regione scelta nelle impostazioni: aggiungere il prefisso internazionale o il paese.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» non è un numero di telefono.</translation>
    </message>
</context>
<context>
    <name>OpportunityDetailsReader</name>
    <message>
        <source>The opportunity no longer exists (it may have been removed by sync).</source>
        <translation>L&apos;opportunità non esiste più (potrebbe essere stata rimossa dalla sincronizzazione).</translation>
    </message>
    <message>
        <source>The opportunity cannot be read: %1</source>
        <translation>Impossibile leggere l&apos;opportunità: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Impossibile leggere il catalogo: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>The overview cannot be read: %1</source>
        <translation>Impossibile leggere la panoramica: %1</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>There is no contact or lead with the id %1.</source>
        <translation>Non esiste alcun contatto o lead con l&apos;ID %1.</translation>
    </message>
    <message>
        <source>The records of %1 could not be read: %2</source>
        <translation>Impossibile leggere le schede di %1: %2</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The pipeline cannot be read: %1</source>
        <translation>Impossibile leggere la pipeline: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>My open tickets</source>
        <translation>I miei ticket aperti</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnati</translation>
    </message>
    <message>
        <source>My customers&apos; open tickets</source>
        <translation>Ticket aperti dei miei clienti</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Tutti i ticket aperti</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>Fuori SLA</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tutti i ticket</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>Non esiste l&apos;opportunità %1.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is priced in %2, the deal in %3: a quote has one currency.</source>
        <translation>La voce «%1» ha il prezzo in %2, l&apos;opportunità in %3: un preventivo ha una sola valuta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no line items to quote: add products to the opportunity first.</source>
        <translation>«%1» non ha righe da inserire nel preventivo: aggiungere prima dei prodotti all&apos;opportunità.</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>c.a. %1</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>Partita IVA: %1</translation>
    </message>
    <message>
        <source>The quote template %1 cannot be read: %2</source>
        <translation>Impossibile leggere il modello di preventivo %1: %2</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Sconto %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>IVA %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Vostro referente</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>The quote template cannot be used: %1</source>
        <translation>Impossibile usare il modello di preventivo: %1</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>The exchange rates cannot be read: %1</source>
        <translation>Impossibile leggere i tassi di cambio: %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Impossibile leggere l&apos;elenco: %1</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>The recurrence rule is too long.</source>
        <translation>La regola di ricorrenza è troppo lunga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recurrence rule (for example FREQ=WEEKLY;BYDAY=MO).</source>
        <translation>«%1» non è una regola di ricorrenza (ad esempio FREQ=WEEKLY;BYDAY=MO).</translation>
    </message>
    <message>
        <source>Activities repeat daily at most.</source>
        <translation>Le attività si ripetono al massimo ogni giorno.</translation>
    </message>
    <message>
        <source>Recurrence in other calendars than the Gregorian one (RSCALE) is not supported.</source>
        <translation>La ricorrenza in calendari diversi da quello gregoriano (RSCALE) non è supportata.</translation>
    </message>
    <message>
        <source>The interval of a recurrence rule must be at least 1.</source>
        <translation>L&apos;intervallo di una regola di ricorrenza deve essere almeno 1.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primo</translation>
    </message>
    <message>
        <source>second</source>
        <translation>secondo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>terzo</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quarto</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ultimo</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>penultimo</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ogni giorno</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Ogni %n giorno</numerusform>
            <numerusform>Ogni %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ogni settimana</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Ogni %n settimana</numerusform>
            <numerusform>Ogni %n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ogni mese</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Ogni %n mese</numerusform>
            <numerusform>Ogni %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ogni anno</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Ogni %n anno</numerusform>
            <numerusform>Ogni %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>giorno %1</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>ultimo giorno</translation>
    </message>
    <message>
        <source>day %1 from the end</source>
        <translation>%1° giorno dalla fine</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>first</source>
        <comment>feminine</comment>
        <translation>prima</translation>
    </message>
    <message>
        <source>second</source>
        <comment>feminine</comment>
        <translation>seconda</translation>
    </message>
    <message>
        <source>third</source>
        <comment>feminine</comment>
        <translation>terza</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>feminine</comment>
        <translation>quarta</translation>
    </message>
    <message>
        <source>fifth</source>
        <comment>feminine</comment>
        <translation>quinta</translation>
    </message>
    <message>
        <source>last</source>
        <comment>feminine</comment>
        <translation>ultima</translation>
    </message>
    <message>
        <source>second to last</source>
        <comment>feminine</comment>
        <translation>penultima</translation>
    </message>
    <message>
        <source>none</source>
        <comment>feminine weekdays</comment>
        <extracomment>The weekdays whose names are feminine in your language, as numbers from 1 (Monday) to 7 (Sunday) separated by commas (Italian: 7), or &quot;none&quot;. Before them the ordinals marked &quot;feminine&quot; are used (&quot;la seconda domenica&quot;).</extracomment>
        <translation>7</translation>
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
        <translation>Impossibile calcolare il report: %1</translation>
    </message>
    <message>
        <source>Churn risk: how likely a customer has stopped buying, from how long they have been silent at their own pace and a year&apos;s churn in the book (%1).</source>
        <translation>Rischio di abbandono: la probabilità che un cliente abbia smesso di acquistare, in base a quanto a lungo è rimasto inattivo rispetto al proprio ritmo d&apos;acquisto e all&apos;abbandono annuo del portafoglio clienti (%1).</translation>
    </message>
    <message>
        <source>No customer ordered in the year before the last: the book&apos;s retention is assumed to be %1.</source>
        <translation>Nessun cliente ha ordinato nell&apos;anno precedente all&apos;ultimo: si assume una fidelizzazione del portafoglio clienti pari a %1.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% dei clienti</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% del fatturato</translation>
    </message>
    <message>
        <source>Since last order</source>
        <translation>Dall&apos;ultimo ordine</translation>
    </message>
    <message>
        <source>Avg. orders</source>
        <translation>Ordini medi</translation>
    </message>
    <message>
        <source>Avg. lifetime value</source>
        <translation>Valore medio del cliente nel tempo</translation>
    </message>
    <message>
        <source>Avg. churn risk</source>
        <translation>Rischio medio di abbandono</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Acquista soprattutto</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message numerus="yes">
        <source>Recency, frequency and money are scored 1 to 5 by quintile among the %Ln customers: days since the last order, orders and revenue in the period.</source>
        <translation>
            <numerusform>Recenza, frequenza e valore ricevono un punteggio da 1 a 5 per quintile tra tutti i clienti (%Ln): giorni dall&apos;ultimo ordine, ordini e fatturato nel periodo.</numerusform>
            <numerusform>Recenza, frequenza e valore ricevono un punteggio da 1 a 5 per quintile tra tutti i clienti (%Ln): giorni dall&apos;ultimo ordine, ordini e fatturato nel periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Orders every</source>
        <translation>Ordina ogni</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Rischio di abbandono</translation>
    </message>
    <message>
        <source>Revenue a year</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Fatturato a rischio</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customers at risk</source>
        <translation>
            <numerusform>Tutti i clienti a rischio (%Ln)</numerusform>
            <numerusform>Tutti i clienti a rischio (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers who ordered in the last year and whose churn risk is %1 or more, the most revenue at stake first: a year&apos;s revenue times the churn risk.</source>
        <translation>Clienti che hanno ordinato nell&apos;ultimo anno e il cui rischio di abbandono è pari o superiore a %1, a partire dal fatturato a rischio più alto: il fatturato di un anno moltiplicato per il rischio di abbandono.</translation>
    </message>
    <message>
        <source>The %1 with the most at stake are listed; the last line counts all %2.</source>
        <translation>Sono elencati i %1 clienti con più fatturato a rischio; l&apos;ultima riga li conta tutti (%2).</translation>
    </message>
    <message>
        <source>Customers who buy → also buy</source>
        <translation>Clienti che acquistano → acquistano anche</translation>
    </message>
    <message>
        <source>Customers who buy the first</source>
        <translation>Clienti che acquistano la prima</translation>
    </message>
    <message>
        <source>Also buy the second</source>
        <translation>Acquistano anche la seconda</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Do not buy it yet</source>
        <translation>Non la acquistano ancora</translation>
    </message>
    <message>
        <source>Potential revenue</source>
        <translation>Fatturato potenziale</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Lift: how much likelier the first category&apos;s customers are to buy the second than the %Ln customers as a whole.</source>
        <translation>
            <numerusform>Lift: quanto è più probabile che i clienti della prima categoria acquistino la seconda rispetto a tutti i clienti (%Ln).</numerusform>
            <numerusform>Lift: quanto è più probabile che i clienti della prima categoria acquistino la seconda rispetto a tutti i clienti (%Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Potential revenue: the customers who do not buy the second yet, times the share who do, times what its customers spent on it in the period.</source>
        <translation>Fatturato potenziale: i clienti che non acquistano ancora la seconda, moltiplicati per la quota di chi la acquista e per quanto i suoi acquirenti vi hanno speso nel periodo.</translation>
    </message>
    <message>
        <source>The customers cannot be scored: %1</source>
        <translation>Impossibile assegnare un punteggio ai clienti: %1</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Aperto da</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Under 4 hours</source>
        <translation>Meno di 4 ore</translation>
    </message>
    <message>
        <source>4 to 24 hours</source>
        <translation>Da 4 a 24 ore</translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation>Da 1 a 3 giorni</translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation>Da 3 a 7 giorni</translation>
    </message>
    <message>
        <source>1 to 4 weeks</source>
        <translation>Da 1 a 4 settimane</translation>
    </message>
    <message>
        <source>Over 4 weeks</source>
        <translation>Oltre 4 settimane</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Tutti i ticket aperti</translation>
    </message>
    <message>
        <source>Open now: new, open and waiting on the customer, by the time since they were opened.</source>
        <translation>Aperti ora: nuovi, aperti e in attesa del cliente, per tempo trascorso dall&apos;apertura.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Ticket creati</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>Prima risposta nei tempi</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Risolti nei tempi</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>Prima risposta media</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>Risoluzione media</translation>
    </message>
    <message>
        <source>Open and breached</source>
        <translation>Aperti e fuori SLA</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Tutte le priorità</translation>
    </message>
    <message>
        <source>Tickets opened in the period. In time: the share of the clocks that stopped before their due time, of those that stopped or ran out; times in hours on the clock (working time is what the targets count).</source>
        <translation>Ticket creati nel periodo. Nei tempi: la quota di timer fermati prima della scadenza, tra quelli fermati o scaduti; tempi in ore effettive (le scadenze contano l&apos;orario di lavoro).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Creati</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolti</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Aperti alla fine</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>Il periodo non è ancora iniziato.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Nel periodo</translation>
    </message>
    <message>
        <source>Open at the end: opened before the end of the period and not resolved by then (a reopened ticket counts as open).</source>
        <translation>Aperti alla fine: creati prima della fine del periodo e non ancora risolti a quella data (un ticket riaperto conta come aperto).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aperti ora</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Soddisfazione (1–5)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnati</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Received: assigned tickets opened in the period; resolved, resolution time, in time and satisfaction: tickets resolved in the period.</source>
        <translation>Ricevuti: ticket assegnati creati nel periodo; risolti, tempo di risoluzione, nei tempi e soddisfazione: ticket risolti nel periodo.</translation>
    </message>
    <message>
        <source>Not a help-desk report.</source>
        <translation>Non è un report dell&apos;assistenza.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Caso migliore</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omesso</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Vinto / obiettivo</translation>
    </message>
    <message>
        <source>Won + commit of quota</source>
        <translation>Vinto + impegno / obiettivo</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinte</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Importo vinto</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perse</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasso di successo</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Importo medio</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclo di vendita</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline aperta</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(utente sconosciuto)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Deals in stage</source>
        <translation>Opportunità nella fase</translation>
    </message>
    <message>
        <source>Average time in stage</source>
        <translation>Tempo medio nella fase</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>Won from here</source>
        <translation>Vinte da qui</translation>
    </message>
    <message>
        <source>Time from stage to stage, for the deals won or lost in the period: a deal that passes every stage spends %1 days in them.</source>
        <translation>Tempo da una fase all&apos;altra, per le opportunità vinte o perse nel periodo: un&apos;opportunità che attraversa tutte le fasi vi trascorre %1 giorni.</translation>
    </message>
    <message numerus="yes">
        <source>The %n deal(s) won took %1 days on average from their first stage to the close.</source>
        <translation>
            <numerusform>%n opportunità vinta ha richiesto in media %1 giorni dalla prima fase alla chiusura.</numerusform>
            <numerusform>%n opportunità vinte hanno richiesto in media %1 giorni dalla prima fase alla chiusura.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no competitor named)</source>
        <translation>(nessun concorrente indicato)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(nessun motivo indicato)</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Importo perso</translation>
    </message>
    <message>
        <source>All deals closed</source>
        <translation>Tutte le opportunità chiuse</translation>
    </message>
    <message>
        <source>A deal against several competitors counts under each; the last line counts every deal once.</source>
        <translation>Un&apos;opportunità con più concorrenti viene contata per ciascuno; l&apos;ultima riga conta ogni opportunità una sola volta.</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <source>Share of losses</source>
        <translation>Quota delle perdite</translation>
    </message>
    <message>
        <source>All deals lost</source>
        <translation>Tutte le opportunità perse</translation>
    </message>
    <message>
        <source>Slipped deals</source>
        <translation>Opportunità slittate</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Average delay</source>
        <translation>Ritardo medio</translation>
    </message>
    <message>
        <source>Now after the period</source>
        <translation>Ora oltre il periodo</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderato</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>Team di vendita</translation>
    </message>
    <message>
        <source>Win/loss</source>
        <translation>Vinte/perse</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Livelli di servizio</translation>
    </message>
    <message>
        <source>Ticket backlog</source>
        <translation>Arretrato ticket</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmenti di clienti</translation>
    </message>
    <message>
        <source>Cross-selling</source>
        <translation>Vendite incrociate</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Il periodo termina (%1) prima di iniziare (%2).</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>The tickets of a person or team: those they work on, and those of the customers they look after.</source>
        <translation>I ticket di una persona o di un team: quelli su cui lavora e quelli dei clienti che segue.</translation>
    </message>
    <message>
        <source>Lifetime value: the revenue so far and a year&apos;s revenue to come, kept at the book&apos;s retention of %1 a year and discounted at %2, while the customer still buys.</source>
        <translation>Valore del cliente nel tempo: il fatturato finora più il fatturato annuo futuro, mantenuto al tasso di fidelizzazione del portafoglio clienti di %1 all&apos;anno e attualizzato al %2, finché il cliente continua ad acquistare.</translation>
    </message>
    <message>
        <source>Revenue a year: the yearly average of the last two years (of the time since the first order, if shorter, at least a year). Orders every: the customer&apos;s usual time between orders, over all their orders.</source>
        <translation>Fatturato annuo: la media annua degli ultimi due anni (del tempo dal primo ordine, se più breve, almeno un anno). Ordina ogni: l’intervallo abituale tra gli ordini del cliente, su tutti i suoi ordini.</translation>
    </message>
    <message>
        <source>&quot;Moved on&quot; counts the deals that later reached any stage further along: some skip a stage, so fewer enter the next one than moved on.</source>
        <translation>«Avanzate» conta le opportunità che hanno poi raggiunto una fase successiva qualsiasi: alcune saltano una fase, quindi nella successiva ne entrano meno di quante siano avanzate.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Ricerca non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Usage: rapport-server [--data sqlite:PATH | --data postgresql://USER@HOST:PORT/DB]
                      [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--token-ttl SECONDS]
                      [--workers N]
       rapport-server [--data …] user add NAME --role rep|agent|manager|admin [--team T] [--manager NAME]
       rapport-server [--data …] user list | user disable NAME | user enable NAME | user passwd NAME
       rapport-server [--data …] team add NAME [--kind sales|service|marketing]
Passwords are read from RAPPORT_PASSWORD or the first line of standard input.</source>
        <translation>Uso: rapport-server [--data sqlite:PERCORSO | --data postgresql://UTENTE@HOST:PORTA/DB]
                    [--listen HOST:PORTA] [--tls-cert FILE --tls-key FILE] [--token-ttl SECONDI]
                    [--workers N]
     rapport-server [--data …] user add NOME --role rep|agent|manager|admin [--team T] [--manager NOME]
     rapport-server [--data …] user list | user disable NOME | user enable NOME | user passwd NOME
     rapport-server [--data …] team add NOME [--kind sales|service|marketing]
Le password vengono lette da RAPPORT_PASSWORD o dalla prima riga dello standard input.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Comando sconosciuto.</translation>
    </message>
    <message>
        <source>Team %1 added (%2).</source>
        <translation>Team %1 aggiunto (%2).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>user add needs NAME --role ROLE.</source>
        <translation>user add richiede NOME --role RUOLO.</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>Utente %1 aggiunto (%2).</translation>
    </message>
    <message>
        <source>Password changed; the user&apos;s sessions are signed out.</source>
        <translation>Password modificata; le sessioni dell&apos;utente sono state chiuse.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 richiede un valore.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opzione %1 sconosciuta.</translation>
    </message>
    <message>
        <source>--token-ttl needs a positive number of seconds.</source>
        <translation>--token-ttl richiede un numero positivo di secondi.</translation>
    </message>
    <message>
        <source>--workers needs a number from 1 to 64.</source>
        <translation>--workers richiede un numero da 1 a 64.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, for example 127.0.0.1:8765.</source>
        <translation>--listen richiede HOST:PORTA, ad esempio 127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Listening on %1 without TLS is refused: passwords and data would cross the network unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1.</source>
        <translation>L&apos;ascolto su %1 senza TLS è rifiutato: password e dati attraverserebbero la rete non cifrati. Indicare --tls-cert e --tls-key, oppure restare in ascolto su 127.0.0.1.</translation>
    </message>
    <message>
        <source>The TLS certificate or key file cannot be read.</source>
        <translation>Impossibile leggere il file del certificato o della chiave TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>Il certificato o la chiave TLS non è in formato PEM valido.</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Impossibile restare in ascolto su %1.</translation>
    </message>
    <message>
        <source>rapport-server listening on %1:%2 (%3, %4)</source>
        <translation>rapport-server in ascolto su %1:%2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>The server&apos;s database failed: %1</source>
        <translation>Errore del database del server: %1</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Impossibile inizializzare la libreria crittografica.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; names no file.</source>
        <translation>La posizione dei dati «%1» non indica alcun file.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; is not a valid postgresql://USER@HOST:PORT/DB address.</source>
        <translation>La posizione dei dati «%1» non è un indirizzo postgresql://UTENTE@HOST:PORTA/DB valido.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; must start with sqlite: or postgresql://.</source>
        <translation>La posizione dei dati «%1» deve iniziare con sqlite: o postgresql://.</translation>
    </message>
    <message>
        <source>The server&apos;s database could not be opened: %1</source>
        <translation>Impossibile aprire il database del server: %1</translation>
    </message>
    <message>
        <source>The ticket number %1 is another ticket&apos;s.</source>
        <translation>Il numero di ticket %1 appartiene a un altro ticket.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Un team deve avere un nome.</translation>
    </message>
    <message>
        <source>A team&apos;s kind is sales, service or marketing, not &quot;%1&quot;.</source>
        <translation>Il tipo di un team è sales, service o marketing, non «%1».</translation>
    </message>
    <message>
        <source>A team named &quot;%1&quot; exists already.</source>
        <translation>Esiste già un team di nome «%1».</translation>
    </message>
    <message>
        <source>A user name must have 1 to 64 characters.</source>
        <translation>Un nome utente deve avere da 1 a 64 caratteri.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use rep, agent, manager or admin.</source>
        <translation>Ruolo «%1» sconosciuto; usare rep, agent, manager o admin.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La password deve avere almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; exists already.</source>
        <translation>Esiste già un utente di nome «%1».</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;; add it with: team add NAME</source>
        <translation>Non esiste alcun team di nome «%1»; aggiungerlo con: team add NOME</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Non esiste alcun utente di nome «%1».</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Impossibile calcolare l&apos;hash della password (memoria esaurita).</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La password attuale è errata.</translation>
    </message>
    <message>
        <source>There is no conflict with this id.</source>
        <translation>Non esiste alcun conflitto con questo ID.</translation>
    </message>
    <message>
        <source>You may not see this conflict.</source>
        <translation>Non si dispone dell&apos;autorizzazione per vedere questo conflitto.</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>Non si dispone dell&apos;autorizzazione per modificare questa scheda.</translation>
    </message>
    <message>
        <source>This record does not exist or is not yours to see.</source>
        <translation>Questa scheda non esiste o non si dispone dell&apos;autorizzazione per vederla.</translation>
    </message>
    <message>
        <source>You may not create this record for someone outside your scope.</source>
        <translation>Non si dispone dell&apos;autorizzazione per creare questa scheda per qualcuno al di fuori del proprio ambito.</translation>
    </message>
    <message>
        <source>This mutation id was used by someone else.</source>
        <translation>Questo ID di modifica è già stato usato da qualcun altro.</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <source>The service levels cannot be read: %1</source>
        <translation>Impossibile leggere i livelli di servizio: %1</translation>
    </message>
    <message>
        <source>The service levels cannot be checked: %1</source>
        <translation>Impossibile verificare i livelli di servizio: %1</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 cannot be written: the folder is not writable.</source>
        <translation>Impossibile scrivere %1: la cartella non è scrivibile.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: it could not be put in place.</source>
        <translation>Impossibile scrivere %1: non è stato possibile spostarlo nella posizione finale.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A mutation must be a JSON object.</source>
        <translation>Una modifica deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a mutation.</source>
        <translation>Membro «%1» sconosciuto in una modifica.</translation>
    </message>
    <message>
        <source>The mutation id is missing or not a UUID.</source>
        <translation>L&apos;ID della modifica manca o non è un UUID.</translation>
    </message>
    <message>
        <source>The record id is missing or not a UUID.</source>
        <translation>L&apos;ID della scheda manca o non è un UUID.</translation>
    </message>
    <message>
        <source>A conflict can only be marked as resolved.</source>
        <translation>Un conflitto può essere solo contrassegnato come risolto.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Tipo di scheda «%1» sconosciuto.</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Operazione «%1» sconosciuta.</translation>
    </message>
    <message>
        <source>The clock stamp is missing or malformed.</source>
        <translation>La marca temporale manca o non è valida.</translation>
    </message>
    <message>
        <source>The fields must be a JSON object.</source>
        <translation>I campi devono essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for %2.</source>
        <translation>Campo «%1» sconosciuto per %2.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>Il valore di «%1» è di tipo errato.</translation>
    </message>
    <message>
        <source>The base must be a JSON object.</source>
        <translation>La base deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>The base of &quot;%1&quot; is malformed.</source>
        <translation>La base di «%1» non è valida.</translation>
    </message>
    <message>
        <source>The record does not exist on the server.</source>
        <translation>La scheda non esiste sul server.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Il server non ha accettato l&apos;accesso.</translation>
    </message>
    <message>
        <source>The server refused: you may not do this.</source>
        <translation>Il server ha rifiutato: operazione non consentita.</translation>
    </message>
    <message>
        <source>This version of Rapport does not match the server&apos;s.</source>
        <translation>Questa versione di Rapport non corrisponde a quella del server.</translation>
    </message>
    <message>
        <source>Too many attempts; try again later.</source>
        <translation>Troppi tentativi; riprovare più tardi.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Il server ha risposto con l&apos;errore %1.</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>Il server ha risposto con l&apos;errore %1: %2</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Il server ha inviato una risposta che non è in formato JSON.</translation>
    </message>
    <message>
        <source>Sync was stopped; the next one goes on from where it stopped.</source>
        <translation>Sincronizzazione interrotta; la prossima riprenderà da dove si è fermata.</translation>
    </message>
    <message>
        <source>The server sent a page of changes this version cannot read.</source>
        <translation>Il server ha inviato una pagina di modifiche che questa versione non è in grado di leggere.</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>the record was given to someone outside your scope and left this computer; your change is kept here</source>
        <translation>la scheda è stata assegnata a qualcuno al di fuori del proprio ambito e ha lasciato questo computer; la modifica locale resta conservata qui</translation>
    </message>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>Non esiste alcun conflitto aperto con l&apos;ID %1.</translation>
    </message>
    <message>
        <source>The number %1 belongs to another ticket; this ticket keeps %2. Dismiss the conflict once you have told whoever knew the old number.</source>
        <translation>Il numero %1 appartiene a un altro ticket; questo ticket mantiene %2. Ignorare il conflitto dopo aver avvisato chi conosceva il vecchio numero.</translation>
    </message>
    <message>
        <source>The conflict names a field this version does not know.</source>
        <translation>Il conflitto riguarda un campo che questa versione non conosce.</translation>
    </message>
    <message>
        <source>The record of this conflict is not on this device (it was deleted or is no longer yours to see).</source>
        <translation>La scheda di questo conflitto non si trova su questo dispositivo (è stata eliminata o non è più visibile).</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Reverse charge: the recipient accounts for the VAT on services (Article 196); goods are an exempt intra-Community supply (Article 138 of Council Directive 2006/112/EC).</source>
        <translation>Inversione contabile: l&apos;IVA sui servizi è assolta dal destinatario (articolo 196); le merci costituiscono una cessione intracomunitaria esente (articolo 138 della direttiva 2006/112/CE del Consiglio).</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is outside the European Union.</source>
        <translation>IVA non applicata: il cliente si trova al di fuori dell&apos;Unione europea.</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is abroad.</source>
        <translation>IVA non applicata: il cliente si trova all&apos;estero.</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is outside the seller&apos;s country (%1).</source>
        <translation>IVA non applicata: il cliente si trova fuori dal paese del venditore (%1).</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;; it can go to: %3.</source>
        <translation>Un ticket non può passare da «%1» a «%2»; può passare a: %3.</translation>
    </message>
    <message>
        <source>The conversation cannot be read: %1</source>
        <translation>Impossibile leggere la conversazione: %1</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Il ticket non esiste più.</translation>
    </message>
    <message>
        <source>The tickets cannot be read: %1</source>
        <translation>Impossibile leggere i ticket: %1</translation>
    </message>
    <message>
        <source>The team has nobody to give the ticket to.</source>
        <translation>Nel team non c&apos;è nessuno a cui assegnare il ticket.</translation>
    </message>
    <message>
        <source>The escalations cannot be worked out: %1</source>
        <translation>Impossibile determinare le escalation: %1</translation>
    </message>
    <message>
        <source>Escalation: %1 has no first response in time</source>
        <translation>Escalation: %1 non ha ricevuto una prima risposta in tempo</translation>
    </message>
    <message>
        <source>Escalation: %1 is not resolved in time</source>
        <translation>Escalation: %1 non è stato risolto in tempo</translation>
    </message>
    <message>
        <source>%1 (nobody is assigned)</source>
        <translation>%1 (nessun assegnatario)</translation>
    </message>
    <message>
        <source>%1 (assigned to %2)</source>
        <translation>%1 (assegnato a %2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Soluzione</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy (another program is writing to it): %1</source>
        <translation>Il database è occupato (un altro programma vi sta scrivendo): %1</translation>
    </message>
    <message>
        <source>Internal error: commit without an active transaction.</source>
        <translation>Errore interno: commit senza una transazione attiva.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This line is not a vCard property (NAME:value).</source>
        <translation>Questa riga non è una proprietà vCard (NOME:valore).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD before the next one begins.</source>
        <translation>Questa vCard non ha END:VCARD prima che inizi la successiva.</translation>
    </message>
    <message>
        <source>This line is outside any card (BEGIN:VCARD … END:VCARD).</source>
        <translation>Questa riga si trova al di fuori di qualsiasi vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>This card has no name (N or FN).</source>
        <translation>Questa vCard non ha un nome (N o FN).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD.</source>
        <translation>Questa vCard non ha END:VCARD.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 deve essere un testo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>%1 supera la lunghezza massima di %n carattere.</numerusform>
            <numerusform>%1 supera la lunghezza massima di %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1 deve stare su una sola riga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://.</source>
        <translation>%1 deve essere un indirizzo web che inizia con http:// o https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD.</source>
        <translation>«%1» non è un codice valuta come EUR o USD.</translation>
    </message>
    <message>
        <source>%1 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>%1 non è una data valida (formato previsto: AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>«%1» non è un fuso orario noto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code such as DE or US.</source>
        <translation>«%1» non è un codice paese come IT o US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT identification number such as DE123456789.</source>
        <translation>«%1» non è un numero di partita IVA come IT12345678901.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value for %2.</source>
        <translation>«%1» non è un valore consentito per %2.</translation>
    </message>
    <message>
        <source>%1 does not refer to a valid record.</source>
        <translation>%1 non rimanda a una scheda valida.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 deve essere un numero intero.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100.</source>
        <translation>%1 deve essere un valore compreso tra 0 e 100.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 deve essere un valore compreso tra %2 e %3.</translation>
    </message>
    <message>
        <source>%1 is not a valid point in time.</source>
        <translation>%1 non è una data e ora valida.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 deve essere sì o no.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 non è un JSON valido: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a channel (email, phone, sms, post).</source>
        <translation>%1: «%2» non è un canale (email, phone, sms, post).</translation>
    </message>
    <message>
        <source>%1: the %2 entry must be an object.</source>
        <translation>%1: la voce %2 deve essere un oggetto.</translation>
    </message>
    <message>
        <source>%1: %2 consent must be true or false.</source>
        <translation>%1: il consenso %2 deve essere true o false.</translation>
    </message>
    <message>
        <source>%1: the consent date must be YYYY-MM-DD.</source>
        <translation>%1: la data del consenso deve essere nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>%1: allowed days are numbers from 1 (Monday) to 7 (Sunday).</source>
        <translation>%1: i giorni consentiti sono numeri da 1 (lunedì) a 7 (domenica).</translation>
    </message>
    <message>
        <source>%1: contact hours must be given as HH:MM.</source>
        <translation>%1: gli orari di contatto vanno indicati nel formato HH:MM.</translation>
    </message>
    <message>
        <source>%1 must be a JSON list.</source>
        <translation>%1 deve essere un elenco JSON.</translation>
    </message>
    <message>
        <source>%1 must be a list of words.</source>
        <translation>%1 deve essere un elenco di parole.</translation>
    </message>
    <message>
        <source>%1: &quot;%2…&quot; is too long.</source>
        <translation>%1: «%2…» è troppo lungo.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an email type (work, home, other).</source>
        <translation>%1: «%2» non è un tipo di e-mail (work, home, other).</translation>
    </message>
    <message>
        <source>%1: a phone number is empty.</source>
        <translation>%1: un numero di telefono è vuoto.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone type (work, mobile, home, fax, other).</source>
        <translation>%1: «%2» non è un tipo di telefono (work, mobile, home, fax, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an address type (work, home, billing, shipping, other).</source>
        <translation>%1: «%2» non è un tipo di indirizzo (work, home, billing, shipping, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-letter country code such as DE or US.</source>
        <translation>%1: «%2» non è un codice paese di due lettere come IT o US.</translation>
    </message>
    <message>
        <source>%1: an address is empty.</source>
        <translation>%1: un indirizzo è vuoto.</translation>
    </message>
    <message>
        <source>%1 must be a list of whole numbers from %2 to %3.</source>
        <translation>%1 deve essere un elenco di numeri interi da %2 a %3.</translation>
    </message>
    <message>
        <source>%1: every item needs a description.</source>
        <translation>%1: ogni voce richiede una descrizione.</translation>
    </message>
    <message>
        <source>%1: the quantity of &quot;%2&quot; must be a whole number from 1.</source>
        <translation>%1: la quantità di «%2» deve essere un numero intero pari almeno a 1.</translation>
    </message>
    <message>
        <source>%1: the price of &quot;%2&quot; is not an amount.</source>
        <translation>%1: il prezzo di «%2» non è un importo.</translation>
    </message>
    <message>
        <source>%1: the discount of &quot;%2&quot; must be from 0 to 100%.</source>
        <translation>%1: lo sconto di «%2» deve essere compreso tra 0 e 100%.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: campo obbligatorio.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>La fine non deve precedere l&apos;inizio.</translation>
    </message>
    <message>
        <source>A meeting needs a start time.</source>
        <translation>Una riunione richiede un&apos;ora di inizio.</translation>
    </message>
    <message>
        <source>Only calls have an outcome.</source>
        <translation>Solo le chiamate hanno un esito.</translation>
    </message>
    <message>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>Un&apos;attività ricorrente richiede un inizio o una scadenza.</translation>
    </message>
    <message>
        <source>A changed occurrence of a series cannot repeat itself.</source>
        <translation>Un&apos;occorrenza modificata di una serie non può ripetersi.</translation>
    </message>
    <message>
        <source>A reminder after the start is only for an all-day entry (on the day, at a time).</source>
        <translation>Un promemoria dopo l&apos;inizio è previsto solo per le voci di tutto il giorno (il giorno stesso, a un&apos;ora precisa).</translation>
    </message>
    <message>
        <source>A changed occurrence names both its series and the occurrence it replaces.</source>
        <translation>Un&apos;occorrenza modificata indica sia la propria serie sia l&apos;occorrenza che sostituisce.</translation>
    </message>
    <message>
        <source>Please give a reason why the deal was lost.</source>
        <translation>Indicare il motivo per cui l&apos;opportunità è stata persa.</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>L&apos;importo non deve essere negativo.</translation>
    </message>
    <message>
        <source>A campaign member is either a contact or a lead.</source>
        <translation>Un membro della campagna è un contatto oppure un lead.</translation>
    </message>
    <message>
        <source>An amount needs a currency.</source>
        <translation>Un importo richiede una valuta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>Apre questo file di database.</translation>
    </message>
    <message>
        <source>An incoming call from this number: show who is calling (in the running Rapport, if there is one).</source>
        <translation>Una chiamata in arrivo da questo numero: mostra chi sta chiamando (nell&apos;istanza di Rapport già in esecuzione, se presente).</translation>
    </message>
    <message>
        <source>Rapport cannot start</source>
        <translation>Impossibile avviare Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::AccountPage</name>
    <message>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Organigramma</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Drag a person onto their new manager.</source>
        <translation>Trascinare una persona sul suo nuovo responsabile.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Nobody at this account yet.</source>
        <translation>Nessuna persona ancora registrata per questa azienda.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Ancora nessuna opportunità.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Ancora nessun ticket.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ancora nessun ordine.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Località</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Gerarchia</translation>
    </message>
    <message>
        <source>This account is not available</source>
        <translation>Questa azienda non è disponibile</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>controllata di %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabile: %1</translation>
    </message>
    <message>
        <source>This account was merged into %1.</source>
        <translation>Questa azienda è stata unita a %1.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annulla unione</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>annulla unione</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Schede unite: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segmento cliente</translation>
    </message>
    <message>
        <source>Lifetime value, in %1</source>
        <translation>Valore del cliente nel tempo, in %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valore del cliente nel tempo</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Rischio di abbandono</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Acquista soprattutto</translation>
    </message>
    <message numerus="yes">
        <source>Customer standing, scored on %1 among the book&apos;s %Ln customer(s): recency %2, frequency %3 and money %4 out of 5.</source>
        <translation>
            <numerusform>Posizione del cliente, valutata il %1 su un portafoglio di %Ln cliente: recenza %2, frequenza %3 e valore %4 su 5.</numerusform>
            <numerusform>Posizione del cliente, valutata il %1 tra i %Ln clienti del portafoglio: recenza %2, frequenza %3 e valore %4 su 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment compares the customer with the others; the churn risk compares the time since their last order with their own pace of ordering, so a frequent buyer gone quiet rates high even in a good segment.</source>
        <translation>Il segmento confronta il cliente con gli altri; il rischio di abbandono confronta il tempo trascorso dall&apos;ultimo ordine con il suo ritmo abituale di ordini, per cui un cliente che acquistava spesso e si è fermato ha un rischio alto anche in un buon segmento.</translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>A rischio di abbandono: rischio di abbandono pari almeno alla metà e un ordine nell&apos;ultimo anno.</translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>Gli ordini in %1 non vengono conteggiati: non esiste un tasso di cambio verso %2.</translation>
    </message>
    <message>
        <source>no orders when last scored</source>
        <translation>nessun ordine all&apos;ultima valutazione</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>non ancora valutato</translation>
    </message>
    <message>
        <source>Customers scored on %1.</source>
        <translation>Clienti valutati il %1.</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Fatturato, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline aperta</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>People (first %1)</source>
        <translation>Persone (prime %1)</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Persone (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Opportunità (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s); those won or lost are listed below them.</source>
        <translation>
            <numerusform>%n opportunità aperta; quelle vinte o perse sono elencate sotto.</numerusform>
            <numerusform>%n opportunità aperte; quelle vinte o perse sono elencate sotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Ticket (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s); those resolved are listed below them.</source>
        <translation>
            <numerusform>%n ticket aperto; quelli risolti sono elencati sotto.</numerusform>
            <numerusform>%n ticket aperti; quelli risolti sono elencati sotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Questa azienda</translation>
    </message>
    <message>
        <source>Hierarchy (first %1)</source>
        <translation>Gerarchia (prime %1)</translation>
    </message>
    <message>
        <source>Hierarchy (%1)</source>
        <translation>Gerarchia (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>buys no category most</comment>
        <translation>nessuna in particolare</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no revenue</comment>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no open pipeline</comment>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityEditor</name>
    <message>
        <source>New %1</source>
        <translation>Nuova attività: %1</translation>
    </message>
    <message>
        <source>%1 (repeating)</source>
        <translation>%1 (ricorrente)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fu&amp;so orario:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Ricorrenza:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ogni</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>senza fine</translation>
    </message>
    <message>
        <source>after</source>
        <translation>dopo</translation>
    </message>
    <message>
        <source>until</source>
        <translation>fino al</translation>
    </message>
    <message>
        <source> times</source>
        <translation> occorrenze</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Contatto:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Azienda:</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>O&amp;pportunità:</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Responsa&amp;bile:</translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>Pro&amp;memoria:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Invite a colleague…</source>
        <translation>Invita un collega…</translation>
    </message>
    <message>
        <source>Invite a contact…</source>
        <translation>Invita un contatto…</translation>
    </message>
    <message>
        <source>Free and busy that day:</source>
        <translation>Disponibilità in quel giorno:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>On the day at %1</source>
        <translation>Il giorno stesso alle %1</translation>
    </message>
    <message>
        <source>The day before at %1</source>
        <translation>Il giorno prima alle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before at %1</source>
        <translation>
            <numerusform>%n settimana prima alle %1</numerusform>
            <numerusform>%n settimane prima alle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before at %1</source>
        <translation>
            <numerusform>%n giorno prima alle %1</numerusform>
            <numerusform>%n giorni prima alle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after the start</source>
        <translation>
            <numerusform>%n minuto dopo l&apos;inizio</numerusform>
            <numerusform>%n minuti dopo l&apos;inizio</numerusform>
        </translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>All&apos;inizio</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before</source>
        <translation>
            <numerusform>%n settimana prima</numerusform>
            <numerusform>%n settimane prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n giorno prima</numerusform>
            <numerusform>%n giorni prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n ora prima</numerusform>
            <numerusform>%n ore prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto prima</numerusform>
            <numerusform>%n minuti prima</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Scade&amp;nza:</translation>
    </message>
    <message>
        <source>That is %1 – %2 in %3.</source>
        <translation>Cioè %1 – %2, ora di %3.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Non si ripete</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Ogni settimana, %1</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Ogni giorno feriale (da lunedì a venerdì)</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Ogni mese il giorno %1</translation>
    </message>
    <message>
        <source>Yearly on %1</source>
        <translation>Ogni anno il %1</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Regola personalizzata…</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>giorno</numerusform>
            <numerusform>giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>settimana</numerusform>
            <numerusform>settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mese</numerusform>
            <numerusform>mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>anno</numerusform>
            <numerusform>anni</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>Give it a subject.</source>
        <translation>Indicare un oggetto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, or type a place such as Berlin.</source>
        <translation>«%1» non è un fuso orario; sceglierne uno dall&apos;elenco o digitare una località, ad esempio Roma.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>La fine precede l&apos;inizio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the calendar.</source>
        <translation>«%1» è nel calendario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>«%1» salvato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted (Edit → Undo brings it back).</source>
        <translation>«%1» eliminato (Modifica → Annulla per ripristinarlo).</translation>
    </message>
</context>
<context>
    <name>rapport::ArticleSuggestions</name>
    <message>
        <source>Suggested articles</source>
        <translation>Articoli suggeriti</translation>
    </message>
    <message>
        <source>Type the problem to see matching articles.</source>
        <translation>Descrivere il problema per vedere gli articoli corrispondenti.</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>Inserisci nella risposta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Link the article to this ticket</source>
        <translation>Collega l&apos;articolo a questo ticket</translation>
    </message>
    <message>
        <source>Insert into note</source>
        <translation>Inserisci nella nota</translation>
    </message>
    <message>
        <source>This article is linked to the ticket already</source>
        <translation>Questo articolo è già collegato al ticket</translation>
    </message>
    <message>
        <source>No article matches these words yet.</source>
        <translation>Ancora nessun articolo corrisponde a queste parole.</translation>
    </message>
    <message>
        <source>The articles that match are linked to the ticket already.</source>
        <translation>Gli articoli corrispondenti sono già collegati al ticket.</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (solo per il team)</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarView</name>
    <message>
        <source>Calendars</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>Hide the month and the calendars, for the days to have the room (F9)</source>
        <translation>Nascondi il mese e i calendari per lasciare spazio ai giorni (F9)</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Solo il mio</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Il mio team</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Affiancati</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>Sovrapposti</translation>
    </message>
    <message>
        <source>A row each</source>
        <translation>Una riga ciascuno</translation>
    </message>
    <message>
        <source>How several people&apos;s calendars are shown: their hours side by side or overlaid, or their week in a row each</source>
        <translation>Come vengono mostrati i calendari di più persone: le loro ore affiancate o sovrapposte, oppure la loro settimana su una riga ciascuno</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Vai a oggi (T)</translation>
    </message>
    <message>
        <source>Back (Page Up)</source>
        <translation>Indietro (Pag su)</translation>
    </message>
    <message>
        <source>On (Page Down)</source>
        <translation>Avanti (Pag giù)</translation>
    </message>
    <message>
        <source>Show the month and the calendars (F9)</source>
        <translation>Mostra il mese e i calendari (F9)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Un giorno (D)</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Settimana lavorativa</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>The whole week (W)</source>
        <translation>L&apos;intera settimana (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>The month (M)</source>
        <translation>Il mese (M)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The next two weeks as a list (A)</source>
        <translation>Le prossime due settimane come elenco (A)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>A new appointment (Ctrl+N); or drag over empty time</source>
        <translation>Nuovo appuntamento (Ctrl+N); oppure trascinare su un intervallo libero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Export the selected entries to iCalendar…</source>
        <translation>Esporta le voci selezionate in iCalendar…</translation>
    </message>
    <message>
        <source>Export the selected entries</source>
        <translation>Esporta le voci selezionate</translation>
    </message>
    <message>
        <source>entries.ics</source>
        <translation>voci.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (io)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Settimana %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scade alle %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing planned in these two weeks.</source>
        <translation>Nulla in programma in queste due settimane.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists (it may have been deleted by sync).</source>
        <translation>«%1» non esiste più (potrebbe essere stato eliminato dalla sincronizzazione).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now due %2.</source>
        <translation>Nuova scadenza di «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2 – %3.</source>
        <translation>Nuovo orario di «%1»: %2 – %3.</translation>
    </message>
    <message>
        <source>Select the entries to export in the agenda first.</source>
        <translation>Selezionare prima nell&apos;agenda le voci da esportare.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n voce di calendario salvata in %1.</numerusform>
            <numerusform>%n voci di calendario salvate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The week&apos;s working days; on a day off, the week ahead (R)</source>
        <translation>I giorni lavorativi della settimana; in un giorno libero, la settimana successiva (R)</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignPage</name>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Aggiungi persone</translation>
    </message>
    <message>
        <source>Add every contact with a tag, the people at the customers of a segment, or the leads of a status; those without marketing consent on the campaign&apos;s channel are left out, with the reason. The contacts and leads lists add the people you select.</source>
        <translation>Aggiungere tutti i contatti con un&apos;etichetta, le persone presso i clienti di un segmento o i lead con un determinato stato; chi non ha dato il consenso al marketing sul canale della campagna viene escluso, con il motivo. Negli elenchi di contatti e di lead si aggiungono le persone selezionate.</translation>
    </message>
    <message>
        <source>With a tag…</source>
        <translation>Con un&apos;etichetta…</translation>
    </message>
    <message>
        <source>At the customers of a segment…</source>
        <translation>Presso i clienti di un segmento…</translation>
    </message>
    <message>
        <source>Leads of a status…</source>
        <translation>Lead con un determinato stato…</translation>
    </message>
    <message>
        <source>Send to the planned…</source>
        <translation>Invia ai destinatari previsti…</translation>
    </message>
    <message>
        <source>Write the recipients as CSV for your mail tool and mark them sent, checking each one&apos;s consent again</source>
        <translation>Salvare i destinatari in CSV per lo strumento di invio e-mail e segnarli come inviati, verificando di nuovo il consenso di ciascuno</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Registra risposta…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Motivo esclusione</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>There are no leads to add.</source>
        <translation>Non ci sono lead da aggiungere.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln lead(s))</source>
        <translation>
            <numerusform>%1 (%Ln lead)</numerusform>
            <numerusform>%1 (%Ln lead)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the leads of a status</source>
        <translation>Aggiungi i lead con un determinato stato</translation>
    </message>
    <message>
        <source>Lead status:</source>
        <translation>Stato del lead:</translation>
    </message>
    <message>
        <source>No customer with people on record has been scored yet.</source>
        <translation>Nessun cliente con persone registrate è stato ancora valutato.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1 (%Ln persona)</numerusform>
            <numerusform>%1 (%Ln persone)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the people at customers of a segment</source>
        <translation>Aggiungi le persone presso i clienti di un segmento</translation>
    </message>
    <message>
        <source>Customer segment:</source>
        <translation>Segmento cliente:</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>Nessun contatto ha ancora un&apos;etichetta.</translation>
    </message>
    <message>
        <source>Add people with a tag</source>
        <translation>Aggiungi persone con un&apos;etichetta</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etichetta:</translation>
    </message>
    <message>
        <source>Save the recipients for your mail tool</source>
        <translation>Salva i destinatari per lo strumento di invio e-mail</translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation>destinatari.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Foglio di calcolo (*.csv)</translation>
    </message>
    <message>
        <source>Select the member who responded.</source>
        <translation>Selezionare il membro che ha risposto.</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Registra risposta</translation>
    </message>
    <message>
        <source>%1 responded:</source>
        <translation>%1 ha risposto:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message numerus="yes">
        <source>Send to the %n planned…</source>
        <translation>
            <numerusform>Invia a %n destinatario previsto…</numerusform>
            <numerusform>Invia ai %n destinatari previsti…</numerusform>
        </translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Membri (%1)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunti</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Hanno risposto</translation>
    </message>
    <message>
        <source>Leads from it</source>
        <translation>Lead generati</translation>
    </message>
    <message>
        <source>Deals from it</source>
        <translation>Opportunità generate</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinte</translation>
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
        <translation>Costo per risposta</translation>
    </message>
    <message>
        <source>No contact has the tag %1.</source>
        <translation>Nessun contatto ha l&apos;etichetta %1.</translation>
    </message>
    <message>
        <source>Add the contacts tagged %1 to the campaign</source>
        <translation>Aggiunta alla campagna dei contatti con l&apos;etichetta %1</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1.</source>
        <translation>Nessuna persona registrata presso i clienti del segmento %1.</translation>
    </message>
    <message>
        <source>Add the people at the customers in %1 to the campaign</source>
        <translation>Aggiunta alla campagna delle persone presso i clienti del segmento %1</translation>
    </message>
    <message>
        <source>There are no leads with the status %1.</source>
        <translation>Non ci sono lead con lo stato %1.</translation>
    </message>
    <message>
        <source>Add the leads with the status %1 to the campaign</source>
        <translation>Aggiunta alla campagna dei lead con lo stato %1</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Invio della campagna</translation>
    </message>
    <message>
        <source>%1. The recipients are in %2.</source>
        <translation>%1. I destinatari sono in %2.</translation>
    </message>
    <message>
        <source>Record %1&apos;s response</source>
        <translation>Registrazione della risposta di %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by currency, at today&apos;s rates</source>
        <translation>per valuta, ai cambi di oggi</translation>
    </message>
    <message>
        <source>not counted, without a rate to %1</source>
        <translation>non conteggiati, senza un cambio in %1</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Nessuna risposta ancora</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentEditor</name>
    <message>
        <source>Service</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non richiesto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>e.g. web form</source>
        <translation>ad es. modulo web</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>only between</source>
        <translation>solo tra le</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPage</name>
    <message>
        <source>Deal</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Ancora nessuna opportunità.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Ancora nessun ticket.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Deals and tickets</source>
        <translation>Opportunità e ticket</translation>
    </message>
    <message>
        <source>Direct report</source>
        <translation>Collaboratore diretto</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Nobody reports to this contact.</source>
        <translation>Nessuno riporta a questo contatto.</translation>
    </message>
    <message>
        <source>Manager and reports</source>
        <translation>Responsabile e collaboratori</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Esporta dati personali…</translation>
    </message>
    <message>
        <source>Export everything held on %1</source>
        <translation>Esporta tutti i dati conservati su %1</translation>
    </message>
    <message>
        <source>JSON (*.json);;vCard (*.vcf)</source>
        <translation>JSON (*.json);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Tutti i dati conservati su %1 sono stati scritti in %2.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Cancella dati personali…</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>Cancellare %1?</translation>
    </message>
    <message>
        <source>Every personal detail of %1 is blanked here and, with the next sync, on every laptop, including the history of changes. This cannot be undone.</source>
        <translation>Tutti i dati personali di %1 vengono cancellati qui e, con la prossima sincronizzazione, su ogni portatile, compresa la cronologia delle modifiche. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>I dati di %1 sono stati cancellati.</translation>
    </message>
    <message>
        <source>This contact is not available</source>
        <translation>Questo contatto non è disponibile</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabile: %1</translation>
    </message>
    <message>
        <source>no</source>
        <comment>consent for a purpose</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>not asked</source>
        <comment>consent for a purpose</comment>
        <translation>non richiesto</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Assistenza: %1</translation>
    </message>
    <message>
        <source>Marketing: %1</source>
        <translation>Marketing: %1</translation>
    </message>
    <message>
        <source>No communication consent recorded.</source>
        <translation>Nessun consenso alle comunicazioni registrato.</translation>
    </message>
    <message>
        <source>This contact was merged into %1.</source>
        <translation>Questo contatto è stato unito a %1.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annulla unione</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>annulla unione</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Schede unite: %1</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Registra chiamata…</translation>
    </message>
    <message>
        <source>Manager and reports (%1)</source>
        <translation>Responsabile e collaboratori (%1)</translation>
    </message>
    <message>
        <source>Reports to nobody at %1.</source>
        <translation>Non riporta a nessuno presso %1.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>questa azienda</translation>
    </message>
    <message>
        <source>Reports to %1.</source>
        <translation>Riporta a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deals and tickets (%n open)</source>
        <translation>
            <numerusform>Opportunità e ticket (%n aperto)</numerusform>
            <numerusform>Opportunità e ticket (%n aperti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointsEditor</name>
    <message>
        <source>Add phone number</source>
        <translation>Aggiungi numero di telefono</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Aggiungi indirizzo</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Aggiungi indirizzo e-mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Regione o stato</translation>
    </message>
    <message>
        <source>Number, e.g. 030 1234567</source>
        <translation>Numero, ad es. 06 1234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«%1» non è un numero di telefono: usare solo cifre, spazi e + ( ) - / .</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (for numbers from abroad, start with + and the country code).</source>
        <translation>«%1» non è un numero di telefono (per i numeri esteri, iniziare con + e il prefisso internazionale).</translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>I miei contatti</translation>
    </message>
    <message>
        <source>My team&apos;s contacts</source>
        <translation>Contatti del mio team</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Find duplicate contacts…</source>
        <translation>Trova contatti duplicati…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tutte le aziende</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Le mie aziende</translation>
    </message>
    <message>
        <source>My team&apos;s accounts</source>
        <translation>Aziende del mio team</translation>
    </message>
    <message>
        <source>Customers likely to churn</source>
        <translation>Clienti a rischio di abbandono</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>I miei clienti a rischio di abbandono</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Clienti del mio team a rischio di abbandono</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPage</name>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nessuna selezione</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see everything about it.</source>
        <translation>Scegliere una voce nell&apos;elenco per visualizzarne tutti i dettagli.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuova scheda: %1</translation>
    </message>
    <message>
        <source>Fill in what you know; only the name is required.</source>
        <translation>Compilare i campi noti; solo il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>Won or lost, the latest %1</source>
        <translation>Vinte o perse, le ultime %1</translation>
    </message>
    <message>
        <source>Won or lost (%1)</source>
        <translation>Vinte o perse (%1)</translation>
    </message>
    <message>
        <source>Resolved or closed, the latest %1</source>
        <translation>Risolti o chiusi, gli ultimi %1</translation>
    </message>
    <message>
        <source>Resolved or closed (%1)</source>
        <translation>Risolti o chiusi (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>In corso (%1)</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Nuovo ticket…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nuova opportunità…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Chiamata a %1 in corso…</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Scrittura di un&apos;e-mail a %1…</translation>
    </message>
    <message>
        <source>Merge with duplicates…</source>
        <translation>Unisci con i duplicati…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminazione di %1</translation>
    </message>
    <message>
        <source>%1 was deleted. Edit → Undo brings it back.</source>
        <translation>Eliminazione di %1 eseguita. Modifica → Annulla per ripristinare.</translation>
    </message>
    <message>
        <source>Unmerge %1?</source>
        <translation>Annullare l&apos;unione di %1?</translation>
    </message>
    <message>
        <source>%1 becomes a record of its own again and takes back what was moved from it in the merge (except what was changed since).</source>
        <translation>%1 torna a essere una scheda a sé e recupera ciò che ne era stato spostato con l&apos;unione (tranne quanto modificato nel frattempo).</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annulla unione</translation>
    </message>
    <message>
        <source>%1 is a record of its own again.</source>
        <translation>%1 è di nuovo una scheda a sé.</translation>
    </message>
    <message>
        <source>%1 reports to nobody</source>
        <translation>%1 non riporta a nessuno</translation>
    </message>
    <message>
        <source>%1 reports to %2</source>
        <translation>%1 riporta a %2</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contatti duplicati</translation>
    </message>
    <message>
        <source>Looking through the whole book…</source>
        <translation>Ricerca in tutta l&apos;anagrafica…</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Probabilmente la stessa persona</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <source>No likely duplicates: every contact looks like a person of their own.</source>
        <translation>Nessun probabile duplicato: ogni contatto sembra corrispondere a una persona diversa.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts that are probably one person. Select a group and choose Merge.</source>
        <translation>
            <numerusform>%n gruppo di contatti che probabilmente sono la stessa persona. Selezionare un gruppo e scegliere Unisci.</numerusform>
            <numerusform>%n gruppi di contatti che probabilmente corrispondono ciascuno a una sola persona. Selezionare un gruppo e scegliere Unisci.</numerusform>
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
        <translation>Altro…</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Meno</translation>
    </message>
</context>
<context>
    <name>rapport::GlobalSearch</name>
    <message>
        <source>Search customers, deals, tickets… (%1)</source>
        <translation>Cerca clienti, opportunità, ticket… (%1)</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>Nessun risultato per «%1»</translation>
    </message>
</context>
<context>
    <name>rapport::HelpDeskView</name>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assegna a me</translation>
    </message>
    <message>
        <source>Assign the selected tickets to yourself (A)</source>
        <translation>Assegna a me i ticket selezionati (A)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assegna</translation>
    </message>
    <message>
        <source>Share the selected tickets among their team&apos;s agents</source>
        <translation>Distribuisci i ticket selezionati tra gli operatori del loro team</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the selected tickets</source>
        <translation>Chiudi i ticket selezionati</translation>
    </message>
    <message>
        <source>Service levels…</source>
        <translation>Livelli di servizio…</translation>
    </message>
    <message>
        <source>Response and resolution targets per priority, and the business hours they count in</source>
        <translation>Obiettivi di risposta e di risoluzione per priorità, e gli orari lavorativi in cui vengono conteggiati</translation>
    </message>
    <message>
        <source>Service levels saved.</source>
        <translation>Livelli di servizio salvati.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base di conoscenza</translation>
    </message>
    <message>
        <source>Round robin within the team</source>
        <translation>A rotazione nel team</translation>
    </message>
    <message>
        <source>To the least busy agent of the team</source>
        <translation>All&apos;operatore meno impegnato del team</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Qualcun altro</translation>
    </message>
    <message>
        <source>Select the tickets to assign.</source>
        <translation>Selezionare i ticket da assegnare.</translation>
    </message>
    <message>
        <source>%1 has no team; assign it by name.</source>
        <translation>%1 non ha un team; assegnarlo a una persona per nome.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) to the least busy</source>
        <translation>
            <numerusform>Assegnazione di %n ticket all&apos;operatore meno impegnato</numerusform>
            <numerusform>Assegnazione di %n ticket agli operatori meno impegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) round robin</source>
        <translation>
            <numerusform>Assegnazione a rotazione di %n ticket</numerusform>
            <numerusform>Assegnazione a rotazione di %n ticket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to the least busy agents.</source>
        <translation>
            <numerusform>%n ticket assegnato all&apos;operatore meno impegnato.</numerusform>
            <numerusform>%n ticket assegnati agli operatori meno impegnati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned round robin.</source>
        <translation>
            <numerusform>%n ticket assegnato a rotazione.</numerusform>
            <numerusform>%n ticket assegnati a rotazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to close.</source>
        <translation>Selezionare i ticket da chiudere.</translation>
    </message>
    <message numerus="yes">
        <source>Close %n ticket(s)</source>
        <translation>
            <numerusform>Chiusura di %n ticket</numerusform>
            <numerusform>Chiusura di %n ticket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) closed.</source>
        <translation>
            <numerusform>%n ticket chiuso.</numerusform>
            <numerusform>%n ticket chiusi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrali</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryView</name>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tasks and notes</source>
        <translation>Compiti e note</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Mostra o nascondi %1</translation>
    </message>
    <message>
        <source>Nothing of these kinds yet.</source>
        <translation>Ancora nulla di questi tipi.</translation>
    </message>
    <message>
        <source>Stages and quotes</source>
        <translation>Fasi e preventivi</translation>
    </message>
    <message>
        <source>Choose what to show above.</source>
        <translation>Scegliere sopra cosa mostrare.</translation>
    </message>
</context>
<context>
    <name>rapport::HomeView</name>
    <message>
        <source>Alarm</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Ultimo ordine</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Rischio di abbandono</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Vinto / obiettivo</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinto</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline aperta</translation>
    </message>
    <message>
        <source>Deals won this quarter.</source>
        <translation>Opportunità vinte in questo trimestre.</translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date.</source>
        <translation>Tutte le opportunità aperte, qualunque sia la data di chiusura.</translation>
    </message>
    <message>
        <source>My deals closing this month</source>
        <translation>Le mie opportunità in chiusura questo mese</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>I miei clienti a rischio di abbandono</translation>
    </message>
    <message>
        <source>Recently in touch</source>
        <translation>Contatti recenti</translation>
    </message>
    <message>
        <source>My team this quarter</source>
        <translation>Il mio team in questo trimestre</translation>
    </message>
    <message>
        <source>Today&apos;s agenda</source>
        <translation>Agenda di oggi</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Compiti scaduti</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Buongiorno, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Buon pomeriggio, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Buonasera, %1</translation>
    </message>
    <message>
        <source>My team&apos;s deals closing this month</source>
        <translation>Opportunità del mio team in chiusura questo mese</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Clienti del mio team a rischio di abbandono</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>How likely the customer has stopped buying.</source>
        <translation>Probabilità che il cliente abbia smesso di acquistare.</translation>
    </message>
    <message>
        <source>A year&apos;s revenue times the churn risk.</source>
        <translation>Il fatturato di un anno moltiplicato per il rischio di abbandono.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>entro le %1</translation>
    </message>
    <message>
        <source>Nothing planned today.</source>
        <translation>Nulla in programma oggi.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Nessun compito scaduto.</translation>
    </message>
    <message>
        <source>The close date has passed and the deal is still open.</source>
        <translation>La data di chiusura è passata e l&apos;opportunità è ancora aperta.</translation>
    </message>
    <message>
        <source>No open deals close this month.</source>
        <translation>Nessuna opportunità aperta in chiusura questo mese.</translation>
    </message>
    <message>
        <source>No customer contact in the last two weeks.</source>
        <translation>Nessun contatto con i clienti nelle ultime due settimane.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet.</source>
        <translation>I clienti non sono ancora stati valutati.</translation>
    </message>
    <message>
        <source>None of your team&apos;s customers is likely to churn.</source>
        <translation>Nessun cliente del Suo team è a rischio di abbandono.</translation>
    </message>
    <message>
        <source>None of your customers is likely to churn.</source>
        <translation>Nessuno dei Suoi clienti è a rischio di abbandono.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;The team&lt;/a&gt;: %1 of quota · %2 won · %3 open&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;Il team&lt;/a&gt;: %1 dell&apos;obiettivo · %2 vinti · %3 in pipeline&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No one in your team has deals this quarter.</source>
        <translation>Nessuno del Suo team ha opportunità in questo trimestre.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Quale file?</translation>
    </message>
    <message>
        <source>A CSV file from Outlook, Google Contacts, a spreadsheet or another Rapport, or a vCard address book (.vcf) from a phone, Apple Contacts or Thunderbird.</source>
        <translation>Un file CSV da Outlook, Google Contatti, un foglio di calcolo o un&apos;altra installazione di Rapport, oppure una rubrica vCard (.vcf) da un telefono, da Contatti di Apple o da Thunderbird.</translation>
    </message>
    <message>
        <source>Type or paste the path, or choose the file</source>
        <translation>Digitare o incollare il percorso, oppure scegliere il file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Choose a file: how it is read is shown here.</source>
        <translation>Scegliere un file: qui verrà mostrato come viene letto.</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Letto come:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgola</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto e virgola</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Barra verticale</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCard address books (*.vcf *.vcard);;All files (*)</source>
        <translation>Contatti (*.csv *.txt *.vcf *.vcard);;File CSV (*.csv *.txt);;Rubriche vCard (*.vcf *.vcard);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Cosa contiene ogni colonna?</translation>
    </message>
    <message>
        <source>Recognised from the header where possible; choose for the others, or leave them out.</source>
        <translation>Colonne riconosciute dall&apos;intestazione dove possibile; per le altre scegliere il contenuto, oppure escluderle.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Prime righe</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importato come</translation>
    </message>
    <message>
        <source>New contacts, updates, or both?</source>
        <translation>Nuovi contatti, aggiornamenti o entrambi?</translation>
    </message>
    <message>
        <source>Rows are matched to contacts already in your book by the key you choose.</source>
        <translation>Le righe vengono abbinate ai contatti già presenti in anagrafica tramite la chiave scelta.</translation>
    </message>
    <message>
        <source>Create new contacts only (rows already in the book are left out)</source>
        <translation>Crea solo nuovi contatti (le righe già presenti in anagrafica vengono escluse)</translation>
    </message>
    <message>
        <source>Update contacts already in the book only</source>
        <translation>Aggiorna solo i contatti già presenti in anagrafica</translation>
    </message>
    <message>
        <source>Create new contacts and update existing ones</source>
        <translation>Crea nuovi contatti e aggiorna quelli esistenti</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>Phone number (any spelling)</source>
        <translation>Numero di telefono (in qualsiasi formato)</translation>
    </message>
    <message>
        <source>Rapport id (a file exported from Rapport)</source>
        <translation>ID Rapport (file esportato da Rapport)</translation>
    </message>
    <message>
        <source>Match rows by:</source>
        <translation>Abbina le righe per:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cosa succederà</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Nothing is written until you click Import.</source>
        <translation>Le prime righe come verranno importate. Non viene scritto nulla finché non si fa clic su Importa.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Risultato</translation>
    </message>
    <message numerus="yes">
        <source>vCard address book · %n card(s)</source>
        <translation>
            <numerusform>Rubrica vCard · %n scheda</numerusform>
            <numerusform>Rubrica vCard · %n schede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonna</numerusform>
            <numerusform>%n colonne</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Scegliere prima un file.</translation>
    </message>
    <message>
        <source>The first cards as they will be imported. Nothing is written until you click Import.</source>
        <translation>Le prime schede come verranno importate. Non viene scritto nulla finché non si fa clic su Importa.</translation>
    </message>
    <message>
        <source>New contacts: %1; new accounts for their organisations: %2; cards left out: %3 (see why below).</source>
        <translation>Nuovi contatti: %1; nuove aziende per le loro organizzazioni: %2; schede escluse: %3 (motivi più sotto).</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>Righe nel file: %1. Nuovi contatti: %2, aggiornamenti di contatti in anagrafica: %3, escluse: %4 (motivi più sotto).</translation>
    </message>
    <message>
        <source>Of the first %1 rows: new contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>Delle prime %1 righe: nuovi contatti: %2, aggiornamenti di contatti in anagrafica: %3, escluse: %4 (motivi più sotto).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>%1 read; saving the contacts…</source>
        <translation>%1 letto; salvataggio dei contatti…</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>L&apos;importazione non è stata eseguita.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Cancelled at line %1. Contacts imported before it: %2. Import the file again with &quot;create and update&quot; to finish.</source>
        <translation>Annullato alla riga %1. Contatti importati prima: %2. Per completare, importare di nuovo il file con «crea e aggiorna».</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; cards left out: %4.</source>
        <translation>Contatti creati: %1, aggiornati: %2; nuove aziende: %3; schede escluse: %4.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Contatti creati: %1, aggiornati: %2; nuove aziende: %3; righe escluse: %4.</translation>
    </message>
    <message>
        <source>Every card worth a look is listed below.</source>
        <translation>Tutte le schede da controllare sono elencate qui sotto.</translation>
    </message>
    <message>
        <source>Every row worth a look is listed below.</source>
        <translation>Tutte le righe da controllare sono elencate qui sotto.</translation>
    </message>
</context>
<context>
    <name>rapport::IncomingCallDialog</name>
    <message>
        <source>Incoming call: %1</source>
        <translation>Chiamata in arrivo: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message>
        <source>Double-click a ticket, or choose it and Open ticket, to work on it for this call</source>
        <translation>Fare doppio clic su un ticket, oppure selezionarlo e scegliere «Apri ticket», per gestirlo durante questa chiamata</translation>
    </message>
    <message>
        <source>New ticket for this call</source>
        <translation>Nuovo ticket per questa chiamata</translation>
    </message>
    <message>
        <source>What is the call about?</source>
        <translation>Qual è il motivo della chiamata?</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Cosa dice il cliente</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <source>The article will be linked to the new ticket.</source>
        <translation>L&apos;articolo verrà collegato al nuovo ticket.</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Crea ticket</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Apri ticket</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, likely to churn (%3)</source>
        <translation>Cliente del segmento %1, valore del cliente nel tempo %2, a rischio di abbandono (%3)</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, churn risk %3</source>
        <translation>Cliente del segmento %1, valore del cliente nel tempo %2, rischio di abbandono %3</translation>
    </message>
    <message>
        <source>A lead has no tickets; convert it to a customer first.</source>
        <translation>Un lead non ha ticket; convertirlo prima in cliente.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · opened %4</source>
        <translation>%1 · %2 · %3 · del %4</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Nessun ticket aperto.</translation>
    </message>
    <message>
        <source>New ticket from a call</source>
        <translation>Nuovo ticket da una chiamata</translation>
    </message>
</context>
<context>
    <name>rapport::LeadConvertDialog</name>
    <message>
        <source>Convert %1</source>
        <translation>Converti %1</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%1&lt;/b&gt; (new)</source>
        <translation>Azienda: &lt;b&gt;%1&lt;/b&gt; (nuova)</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%1&lt;/b&gt; (already a customer: the deal and the contact go there)</source>
        <translation>Azienda: &lt;b&gt;%1&lt;/b&gt; (già cliente: l&apos;opportunità e il contatto vengono collegati qui)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>%1 is probably already in the book</source>
        <translation>%1 è probabilmente già presente in anagrafica</translation>
    </message>
    <message>
        <source>Use %1 (%2) — %3</source>
        <translation>Usa %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Create a new contact %1</source>
        <translation>Crea un nuovo contatto %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Open an opportunity</source>
        <translation>Crea un&apos;opportunità</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Importo (%1):</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Chiusura prevista:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Converti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» non è un importo.</translation>
    </message>
    <message>
        <source>%1 converted (Edit → Undo takes it back).</source>
        <translation>%1 convertito (Modifica → Annulla per tornare indietro).</translation>
    </message>
</context>
<context>
    <name>rapport::ListPanel</name>
    <message>
        <source>Added up per currency: there is no exchange rate from %1 to %2.</source>
        <translation>Sommati per valuta: non esiste un tasso di cambio da %1 a %2.</translation>
    </message>
    <message>
        <source>%1, in %2 at today&apos;s exchange rates</source>
        <translation>%1, in %2 ai tassi di cambio di oggi</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Torna all&apos;elenco (Esc)</translation>
    </message>
    <message>
        <source>Save or cancel the changes first.</source>
        <translation>Salvare o annullare prima le modifiche.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>New %1 (Ctrl+N)</source>
        <translation>Nuova scheda: %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtra</translation>
    </message>
    <message>
        <source>Narrow the list by owner, team, tag, country…</source>
        <translation>Restringi l&apos;elenco per responsabile, team, etichetta, paese…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Torna all&apos;elenco</translation>
    </message>
    <message>
        <source>Showing the best %1 matches; type more to narrow them down.</source>
        <translation>Vengono mostrati i %1 risultati migliori; digitare altro per restringere la ricerca.</translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it.</source>
        <translation>
            <numerusform>L&apos;elenco contiene più di %Ln scheda, troppe per ordinarle per %1. Filtrare o cercare per restringerlo.</numerusform>
            <numerusform>L&apos;elenco contiene più di %Ln schede, troppe per ordinarle per %1. Filtrare o cercare per restringerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it, or sort by %2.</source>
        <translation>
            <numerusform>L&apos;elenco contiene più di %Ln scheda, troppe per ordinarle per %1. Filtrare o cercare per restringerlo, oppure ordinare per %2.</numerusform>
            <numerusform>L&apos;elenco contiene più di %Ln schede, troppe per ordinarle per %1. Filtrare o cercare per restringerlo, oppure ordinare per %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list now holds more than %Ln records, too many to sort by %1: it is sorted by %2 again.</source>
        <translation>
            <numerusform>L&apos;elenco contiene ora più di %Ln scheda, troppe per ordinarle per %1: è di nuovo ordinato per %2.</numerusform>
            <numerusform>L&apos;elenco contiene ora più di %Ln schede, troppe per ordinarle per %1: è di nuovo ordinato per %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln selezionato</numerusform>
            <numerusform>%1 · %Ln selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a list&apos;s count, and its amounts&apos; sum</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected · %1</source>
        <translation>
            <numerusform>%Ln selezionato · %1</numerusform>
            <numerusform>%Ln selezionati · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The best %L1 matches</source>
        <translation>I %L1 risultati migliori</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>Più di %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonne predefinite</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtra per etichetta</translation>
    </message>
    <message>
        <source>Show records tagged:</source>
        <translation>Mostra le schede con l&apos;etichetta:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Rimuovi questo filtro</translation>
    </message>
    <message>
        <source>The first %L1 records are selected: a bulk action takes at most that many at once. Narrow the list with a filter or a search to reach the others.</source>
        <translation>Sono selezionate le prime %L1 schede: un&apos;azione di massa ne elabora al massimo altrettante alla volta. Restringere l&apos;elenco con un filtro o una ricerca per raggiungere le altre.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleziona tutto</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln selected…</source>
        <translation>
            <numerusform>Unisci %Ln scheda selezionata…</numerusform>
            <numerusform>Unisci le %Ln schede selezionate…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or three records to merge.</source>
        <translation>Selezionare due o tre schede da unire.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to</source>
        <translation>
            <numerusform>Assegna %Ln scheda a</numerusform>
            <numerusform>Assegna %Ln schede a</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %Ln…</source>
        <translation>
            <numerusform>Aggiungi un&apos;etichetta a %Ln scheda…</numerusform>
            <numerusform>Aggiungi un&apos;etichetta a %Ln schede…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Aggiungi etichette</translation>
    </message>
    <message>
        <source>Tags (separated by commas):</source>
        <translation>Etichette (separate da virgole):</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln</source>
        <translation>
            <numerusform>Elimina %Ln scheda</numerusform>
            <numerusform>Elimina %Ln schede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln…</source>
        <translation>
            <numerusform>Esporta %Ln scheda…</numerusform>
            <numerusform>Esporta %Ln schede…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contatti.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Foglio di calcolo (*.csv);;Rubrica (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln to a campaign…</source>
        <translation>
            <numerusform>Aggiungi %Ln scheda a una campagna…</numerusform>
            <numerusform>Aggiungi %Ln schede a una campagna…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to %1</source>
        <translation>
            <numerusform>Assegnazione di %Ln scheda a %1</numerusform>
            <numerusform>Assegnazione di %Ln schede a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now assigned to %2.</source>
        <translation>%2 è ora responsabile di %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records are now assigned to %1.</source>
        <translation>
            <numerusform>%Ln scheda è ora assegnata a %1.</numerusform>
            <numerusform>%Ln schede sono ora assegnate a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record chosen is already tagged %1.</source>
        <translation>Tutte le schede scelte hanno già l&apos;etichetta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln with %1</source>
        <translation>
            <numerusform>Etichettatura di %Ln scheda con %1</numerusform>
            <numerusform>Etichettatura di %Ln schede con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) tagged %1.</source>
        <translation>
            <numerusform>%Ln scheda etichettata con %1.</numerusform>
            <numerusform>%Ln schede etichettate con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln scheda</numerusform>
            <numerusform>%Ln schede</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminazione di %1</translation>
    </message>
    <message>
        <source>%1 deleted. Edit → Undo brings it back.</source>
        <translation>Eliminazione di %1 eseguita. Modifica → Annulla per ripristinare.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«%1»: il nome del file deve terminare con .csv o .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to %1.</source>
        <translation>
            <numerusform>%Ln contatto salvato in %1.</numerusform>
            <numerusform>%Ln contatti salvati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation>Filtra i contatti…</translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtra le aziende…</translation>
    </message>
    <message>
        <source>Filter leads…</source>
        <translation>Filtra i lead…</translation>
    </message>
    <message>
        <source>Filter opportunities…</source>
        <translation>Filtra le opportunità…</translation>
    </message>
    <message>
        <source>Filter tickets…</source>
        <translation>Filtra i ticket…</translation>
    </message>
    <message>
        <source>Filter campaigns…</source>
        <translation>Filtra le campagne…</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Filtra gli articoli…</translation>
    </message>
    <message>
        <source>Filter the list…</source>
        <translation>Filtra l’elenco…</translation>
    </message>
</context>
<context>
    <name>rapport::LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Registra una chiamata</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>Deal:</source>
        <translation>Opportunità:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Chiamata con %1</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>What was said, what was agreed…</source>
        <translation>Cosa è stato detto, cosa è stato concordato…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Create a &amp;follow-up task</source>
        <translation>Crea un compito di follow-&amp;up</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Ricontattare</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Ricontattare %1</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Compito:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Registra chiamata</translation>
    </message>
    <message>
        <source>Give the call a subject.</source>
        <translation>Indicare l&apos;oggetto della chiamata.</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Registrazione di %1</translation>
    </message>
    <message>
        <source>Call logged (%1 min) with a follow-up task.</source>
        <translation>Chiamata registrata (%1 min) con un compito di follow-up.</translation>
    </message>
    <message>
        <source>Call logged (%1 min).</source>
        <translation>Chiamata registrata (%1 min).</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>%1 (%2 due)</source>
        <translation>%1 (%2 in scadenza)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Incoming call: number</source>
        <translation>Chiamata in arrivo: numero</translation>
    </message>
    <message>
        <source>Type or paste the caller&apos;s number and press Enter to find them</source>
        <translation>Digitare o incollare il numero del chiamante e premere Invio per trovarlo</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (dati dimostrativi)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>Nuova &amp;scheda</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contatto</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Azienda</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>&amp;Opportunità</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>A&amp;ppuntamento</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>A new record of the kind in view (Ctrl+N)</source>
        <translation>Nuova scheda del tipo visualizzato (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Es&amp;porta contatti…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contatti.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Foglio di calcolo (*.csv);;Rubrica (*.vcf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«%1»: il nome del file deve terminare con .csv o .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contatto salvato in %1.</numerusform>
            <numerusform>%n contatti salvati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ca&amp;lendar…</source>
        <translation>Importa ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importa un calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar (*.ics *.ical *.ifb);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation>Esporta c&amp;alendario…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impos&amp;tazioni…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <source>&amp;Conflicts and waiting changes…</source>
        <translation>&amp;Conflitti e modifiche in attesa…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annullato: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Ripetuto: %1</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>&amp;Cerca ovunque…</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Trova contatti &amp;duplicati…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Informazioni su Rapport</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>In attesa di sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflitti da esaminare: %1</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>Offline (nessun server configurato)</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs.</source>
        <translation>Questo database contiene dati dimostrativi e non viene mai sincronizzato.</translation>
    </message>
    <message>
        <source>This database is only on this computer. Sign in to a Rapport server in Settings to sync it.</source>
        <translation>Questo database si trova solo su questo computer. Per sincronizzarlo, accedere a un server Rapport nelle impostazioni.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>Changes stay on this computer until you sign in again (File → Settings).</source>
        <translation>Le modifiche restano su questo computer finché non si accede di nuovo (File → Impostazioni).</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Sincronizzazione… %1 di %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizzato poco fa</translation>
    </message>
    <message>
        <source>Synced %1 ago</source>
        <translation>Sincronizzato %1 fa</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sincronizzazione non riuscita: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1. Retrying automatically.</source>
        <translation>Ultima sincronizzazione riuscita: %1. Nuovo tentativo automatico.</translation>
    </message>
    <message>
        <source>Retrying automatically.</source>
        <translation>Nuovo tentativo automatico.</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see File → Conflicts and waiting changes).</source>
        <translation>Rifiutato dal server: %1 (vedere File → Conflitti e modifiche in attesa).</translation>
    </message>
    <message>
        <source>%1 records have no view of their own yet.</source>
        <translation>Le schede di tipo «%1» non hanno ancora una vista propria.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«%1» non è un numero di telefono: usare solo cifre, spazi e + ( ) - / .</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Chiamante sconosciuto</translation>
    </message>
    <message>
        <source>Nobody in the database has the number %1. Create a contact with it?</source>
        <translation>Nessuna scheda del database ha il numero %1. Creare un contatto con questo numero?</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Crea contatto</translation>
    </message>
    <message>
        <source>New contact for %1: fill in the name.</source>
        <translation>Nuovo contatto per %1: inserire il nome.</translation>
    </message>
    <message>
        <source>Ticket %1 created for the call.</source>
        <translation>Ticket %1 creato per la chiamata.</translation>
    </message>
    <message numerus="yes">
        <source>Call from %1; %n other record(s) have the same number.</source>
        <translation>
            <numerusform>Chiamata da %1; %n altra scheda ha lo stesso numero.</numerusform>
            <numerusform>Chiamata da %1; altre %n schede hanno lo stesso numero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call from %1.</source>
        <translation>Chiamata da %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Line %1%2</source>
        <translation>Riga %1%2</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: esclusa: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 entries will be created, %2 updated, %3 are unchanged; %4 cannot be imported.</source>
        <translation>%1 voci verranno create, %2 aggiornate, %3 restano invariate; %4 non possono essere importate.</translation>
    </message>
    <message>
        <source>The details name every entry left out or read differently, with its line.</source>
        <translation>I dettagli indicano ogni voce esclusa o interpretata diversamente, con la relativa riga.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>Importa %n voce</numerusform>
            <numerusform>Importa %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calendar entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>Voci di calendario: %1 create, %2 aggiornate, %3 invariate, %4 escluse.</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>Esporta un calendario</translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation>Calendari:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>Al (incluso):</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>L&apos;ultimo giorno precede il primo.</translation>
    </message>
    <message>
        <source>calendar.ics</source>
        <translation>calendario.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n voce di calendario salvata in %1.</numerusform>
            <numerusform>%n voci di calendario salvate in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) waiting for an answer</source>
        <translation>
            <numerusform>%n promemoria in attesa di risposta</numerusform>
            <numerusform>%n promemoria in attesa di risposta</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart Rapport?</source>
        <translation>Riavviare Rapport?</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now?</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio. Riavviare ora?</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Informazioni su Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Offline-first sales force automation: contacts and accounts, calendar, opportunities, help desk and reports, on a local database that syncs with a Rapport server.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Automazione della forza vendita pensata per funzionare offline: contatti e aziende, calendario, opportunità, assistenza e report, su un database locale che si sincronizza con un server Rapport.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Unisci %1</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, which value it keeps. Everything that belongs to the others (activities, deals, tickets, orders, people, campaign memberships) moves to it; the others stay hidden behind it and can be unmerged.</source>
        <translation>Scegliere la scheda da mantenere e, dove le schede differiscono, quale valore conserva. Tutto ciò che appartiene alle altre (attività, opportunità, ticket, ordini, persone, adesioni a campagne) passa a questa scheda; le altre restano nascoste dietro di essa ed è possibile annullarne l&apos;unione.</translation>
    </message>
    <message>
        <source>Add to the merge</source>
        <translation>Aggiungi all&apos;unione</translation>
    </message>
    <message>
        <source>Another duplicate:</source>
        <translation>Altro duplicato:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>At most three records are merged at a time.</source>
        <translation>Si possono unire al massimo tre schede alla volta.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>La scheda %1 non esiste più.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Mantieni questa scheda</translation>
    </message>
    <message>
        <source>Leave this record out of the merge</source>
        <translation>Escludi questa scheda dall&apos;unione</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Tutti i valori</translation>
    </message>
    <message>
        <source>No likely duplicate was found: choose the record to merge with above.</source>
        <translation>Nessun probabile duplicato trovato: scegliere sopra la scheda con cui unire.</translation>
    </message>
    <message>
        <source>These records hold the same details; only what belongs to them will move.</source>
        <translation>Queste schede contengono gli stessi dati; verrà spostato solo ciò che appartiene a esse.</translation>
    </message>
    <message>
        <source>Add at least one duplicate to merge with.</source>
        <translation>Aggiungere almeno un duplicato con cui unire.</translation>
    </message>
</context>
<context>
    <name>rapport::MonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
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
        <translation>Le mie opportunità aperte</translation>
    </message>
    <message>
        <source>My team&apos;s open deals</source>
        <translation>Opportunità aperte del mio team</translation>
    </message>
    <message>
        <source>All open deals</source>
        <translation>Tutte le opportunità aperte</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Tutte le opportunità</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Lead aperti</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>I miei lead</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tutti i lead</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Converti…</translation>
    </message>
    <message>
        <source>Turn the selected lead into an account, a contact and an opportunity</source>
        <translation>Converte il lead selezionato in un&apos;azienda, un contatto e un&apos;opportunità</translation>
    </message>
    <message>
        <source>Select one lead to convert.</source>
        <translation>Selezionare un lead da convertire.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Calcola punteggio</translation>
    </message>
    <message>
        <source>Score the selected leads from who they are (fit) and what they did (engagement)</source>
        <translation>Calcola il punteggio dei lead selezionati in base a chi sono (idoneità) e a cosa hanno fatto (coinvolgimento)</translation>
    </message>
    <message>
        <source>Select the leads to score.</source>
        <translation>Selezionare i lead di cui calcolare il punteggio.</translation>
    </message>
    <message numerus="yes">
        <source>Score %n lead(s)</source>
        <translation>
            <numerusform>Calcola punteggio di %n lead</numerusform>
            <numerusform>Calcola punteggio di %n lead</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3): %4</source>
        <translation>Punteggio %1 (idoneità %2, coinvolgimento %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) scored; %1 changed.</source>
        <translation>
            <numerusform>Punteggio calcolato per %n lead; modificati: %1.</numerusform>
            <numerusform>Punteggio calcolato per %n lead; modificati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>rapport::OpportunityPage</name>
    <message>
        <source>Log call…</source>
        <translation>Registra chiamata…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pianifica</translation>
    </message>
    <message>
        <source>Create quote…</source>
        <translation>Crea preventivo…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Prodotto:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Sconto %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Choose a product from the catalogue first.</source>
        <translation>Scegliere prima un prodotto dal catalogo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>«%1» non è un valore valido per «%2».</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Ruoli d&apos;acquisto</translation>
    </message>
    <message>
        <source>Choose a person first (type a name).</source>
        <translation>Scegliere prima una persona (digitare un nome).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Cronologia fasi</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Apri PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emesso</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Preventivi</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nuova opportunità</translation>
    </message>
    <message>
        <source>The deal is still being read; try again in a moment.</source>
        <translation>L&apos;opportunità è ancora in caricamento; riprovare tra un momento.</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>chiusa il %1</translation>
    </message>
    <message>
        <source>was to close %1</source>
        <translation>doveva chiudersi il %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>chiusura prevista il %1</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Prezzo unitario (%1)</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Doppio clic per modificare</translation>
    </message>
    <message>
        <source>No items yet: add products from the catalogue to quote them.</source>
        <translation>Ancora nessuna riga: aggiungere prodotti dal catalogo per includerli in un preventivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), together %1</source>
        <translation>
            <numerusform>%n riga, in totale %1</numerusform>
            <numerusform>%n righe, in totale %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No one yet: name who decides, who signs and who champions the deal (a person above, then Add).</source>
        <translation>Ancora nessuno: indicare chi decide, chi firma e chi sostiene l&apos;opportunità (una persona qui sopra, poi Aggiungi).</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>Creata nella fase %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (amount, probability or close date changed)</source>
        <translation>%1 (importo, probabilità o data di chiusura modificati)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versione %2</translation>
    </message>
    <message>
        <source>No quote yet: &quot;Create quote…&quot; issues one from the deal&apos;s items.</source>
        <translation>Ancora nessun preventivo: «Crea preventivo…» ne emette uno a partire dalle righe dell&apos;opportunità.</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Righe (%1)</translation>
    </message>
    <message>
        <source>Buying roles (%1)</source>
        <translation>Ruoli d&apos;acquisto (%1)</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Preventivi (%1)</translation>
    </message>
    <message>
        <source>The product has no price in %1.</source>
        <translation>Il prodotto non ha un prezzo in %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Scegliere prima una riga.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>%1 is already %2 in this deal.</source>
        <translation>%1 ha già il ruolo «%2» in questa opportunità.</translation>
    </message>
    <message>
        <source>Add a buying role</source>
        <translation>Aggiungi un ruolo d&apos;acquisto</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Scegliere prima una persona.</translation>
    </message>
    <message>
        <source>Remove a buying role</source>
        <translation>Rimuovi un ruolo d&apos;acquisto</translation>
    </message>
</context>
<context>
    <name>rapport::OrgChartView</name>
    <message>
        <source>%1 cannot report to %2, who reports to them.</source>
        <translation>%1 non può riportare a %2, di cui è già superiore.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Reports to nobody</source>
        <translation>Non riporta a nessuno</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineBoard</name>
    <message>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it (it can still be changed per deal). Everyone gets these with the next sync.</source>
        <translation>Il nome usato in azienda per ogni fase e la probabilità assegnata a un&apos;opportunità quando vi entra (resta modificabile per ogni singola opportunità). Tutti ricevono queste impostazioni alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Your name for it</source>
        <translation>Nome personalizzato</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Change the stages</source>
        <translation>Modifica le fasi</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Qualsiasi data di chiusura</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Chiusura nel mese corrente</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Chiusura nel trimestre corrente</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>Chiusura nel prossimo trimestre</translation>
    </message>
    <message>
        <source>Closing this year</source>
        <translation>Chiusura nell&apos;anno corrente</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>nessuna data di chiusura</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Le mie opportunità</translation>
    </message>
    <message>
        <source>Everyone&apos;s deals</source>
        <translation>Opportunità di tutti</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tutti i team</translation>
    </message>
    <message>
        <source>from </source>
        <translation>da </translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>qualsiasi importo</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Fasi…</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it</source>
        <translation>Il nome usato in azienda per ogni fase e la probabilità assegnata a un&apos;opportunità quando vi entra</translation>
    </message>
    <message>
        <source>%1 not converted</source>
        <translation>Non convertiti: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, closed in the last %n day(s)</source>
        <translation>
            <numerusform>%1, chiuse nell&apos;ultimo giorno</numerusform>
            <numerusform>%1, chiuse negli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
weighted %2</source>
        <translation>%1
ponderato %2</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates.</source>
        <translation>In %1 ai tassi di cambio odierni.</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates; deals in %2 have no rate to %1 (rapport-cli rates set …).</source>
        <translation>In %1 ai tassi di cambio odierni; le opportunità in %2 non hanno un tasso di cambio verso %1 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Perché l&apos;opportunità è stata persa?</translation>
    </message>
    <message>
        <source>Not moved: a lost deal needs a reason.</source>
        <translation>Non spostata: un&apos;opportunità persa richiede un motivo.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Sposta %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deals to %1</source>
        <translation>
            <numerusform>Sposta %n opportunità in %1</numerusform>
            <numerusform>Sposta %n opportunità in %1</numerusform>
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
%3 al %4
Chiusura prevista: %5
Responsabile: %6</translation>
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
        <translation>Fase</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderato</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline aperta per fase</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Importi convertiti in %1 ai tassi di cambio del %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2 (rapport-cli rates set …).</source>
        <translation>Le opportunità in %1 sono conteggiate, ma non negli importi: non esiste un tasso di cambio verso %2 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>%1: the deals behind the figures</source>
        <translation>%1: le opportunità dietro le cifre</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, %2 weighted (double-click one to open it).</source>
        <translation>
            <numerusform>%n opportunità, %1 in totale, ponderato %2 (doppio clic per aprirla).</numerusform>
            <numerusform>%n opportunità, %1 in totale, ponderato %2 (doppio clic su una per aprirla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Senza tasso di cambio, gli importi in %1 non vengono sommati.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::QuoteDialog</name>
    <message>
        <source>Quote %1</source>
        <translation>Preventivo %1</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>Il logo %1 non è un&apos;immagine leggibile da Rapport.</translation>
    </message>
    <message>
        <source>Quote %1, version %2</source>
        <translation>Preventivo %1, versione %2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>A note to the customer (delivery, what is included…)</source>
        <translation>Una nota per il cliente (consegna, cosa è incluso…)</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Imposta:</translation>
    </message>
    <message>
        <source>Tax rate:</source>
        <translation>Aliquota:</translation>
    </message>
    <message>
        <source>Discount on the quote:</source>
        <translation>Sconto sul preventivo:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Validità:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Condizioni:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Totale:</translation>
    </message>
    <message>
        <source>Issue and save PDF…</source>
        <translation>Emetti e salva PDF…</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Salva il preventivo</translation>
    </message>
    <message>
        <source>%1 v%2.pdf</source>
        <translation>%1 v%2.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issue quote %1 v%2</source>
        <translation>Emetti preventivo %1 v%2</translation>
    </message>
    <message>
        <source>Quote %1, version %2, is issued, but its PDF could not be saved (open it again from the deal&apos;s Quotes): %3</source>
        <translation>Il preventivo %1, versione %2, è stato emesso, ma non è stato possibile salvarne il PDF (riaprirlo dai preventivi dell&apos;opportunità): %3</translation>
    </message>
    <message>
        <source>Quote %1, version %2, saved to %3.</source>
        <translation>Preventivo %1, versione %2, salvato in %3.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListModel</name>
    <message numerus="yes">
        <source>Sorts a list of up to %Ln records: narrow a longer one with a filter or a search first.</source>
        <translation>
            <numerusform>Ordina elenchi fino a %Ln scheda: restringere prima quelli più lunghi con un filtro o una ricerca.</numerusform>
            <numerusform>Ordina elenchi fino a %Ln schede: restringere prima quelli più lunghi con un filtro o una ricerca.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clock stands while the ticket waits on the customer.</source>
        <translation>Il conteggio si ferma mentre il ticket è in attesa del cliente.</translation>
    </message>
    <message>
        <source>No service level applies to this ticket.</source>
        <translation>A questo ticket non si applica alcun livello di servizio.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <source>%1 left in the working time of &quot;%2&quot;, %3 on the clock</source>
        <translation>Restano %1 nell&apos;orario lavorativo di «%2», %3 in tempo reale</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Nuova riunione…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>Nuova chiamata…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nuovo compito…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Questa scheda non esiste più.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nessuna selezione</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see its details.</source>
        <translation>Scegliere una voce nell&apos;elenco per vederne i dettagli.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuova scheda: %1</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(non disponibile)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Il campo «%1» è obbligatorio.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>Impossibile salvare la scheda %1.</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Scheda creata: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>This may be someone already in your book:</source>
        <translation>Potrebbe trattarsi di una persona già presente:</translation>
    </message>
    <message>
        <source>Open one of them, or click Save again if this is someone else.</source>
        <translation>Aprire una di queste schede oppure fare di nuovo clic su Salva se si tratta di un&apos;altra persona.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPicker</name>
    <message>
        <source>Choose one of the %1 offered while you type, or clear the field.</source>
        <translation>Scegliere uno dei suggerimenti (%1) proposti durante la digitazione, oppure svuotare il campo.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Digita per cercare…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordStore</name>
    <message>
        <source>%1 cannot be merged.</source>
        <translation>%1: le schede non possono essere unite.</translation>
    </message>
    <message>
        <source>Choose two or three different %1 to merge.</source>
        <translation>Scegliere due o tre schede diverse (%1) da unire.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged: it does not exist (it may have been deleted).</source>
        <translation>Impossibile unire la scheda %1 %2: non esiste (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <source>%1 was already merged into %2.</source>
        <translation>La scheda %1 è già stata unita a %2.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the merged %2: %3</source>
        <translation>Impossibile spostare %1 nella scheda %2 risultante dall&apos;unione: %3</translation>
    </message>
    <message>
        <source>%1 cannot be merged or unmerged.</source>
        <translation>%1: le schede non possono essere unite né è possibile annullarne l&apos;unione.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist (it may have been deleted).</source>
        <translation>La scheda %1 %2 non esiste (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <source>%1 %2 is not merged into another record.</source>
        <translation>La scheda %1 %2 non è unita a nessun&apos;altra scheda.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossibile salvare la modifica: %1</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Impossibile leggere le schede: %1</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to does not exist.</source>
        <translation>%1: la scheda %2 a cui fa riferimento non esiste.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was deleted.</source>
        <translation>%1: la scheda %2 a cui fa riferimento è stata eliminata.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was merged into %3.</source>
        <translation>%1: la scheda %2 a cui fa riferimento è stata unita a %3.</translation>
    </message>
    <message>
        <source>%1 would make this %2 its own superior.</source>
        <translation>%1: questa scheda %2 risulterebbe superiore a sé stessa nella gerarchia.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>Impossibile salvare la scheda %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id.</source>
        <translation>«%1» non è un ID scheda valido.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: a record with the id %2 already exists.</source>
        <translation>Impossibile salvare la scheda %1: esiste già una scheda con l&apos;ID %2.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it does not exist (it may have been removed by sync).</source>
        <translation>Impossibile salvare la scheda %1: non esiste (potrebbe essere stata rimossa dalla sincronizzazione).</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it was deleted in the meantime.</source>
        <translation>Impossibile salvare la scheda %1: nel frattempo è stata eliminata.</translation>
    </message>
    <message>
        <source>The %1 could not be deleted: it does not exist.</source>
        <translation>Impossibile eliminare la scheda %1: non esiste.</translation>
    </message>
    <message>
        <source>The %1 cannot be restored: it does not exist.</source>
        <translation>Impossibile ripristinare la scheda %1: non esiste.</translation>
    </message>
    <message>
        <source>%1 was erased on request and cannot be restored.</source>
        <translation>I dati di %1 sono stati cancellati su richiesta e non possono essere ripristinati.</translation>
    </message>
    <message>
        <source>Only contacts and leads are people who can be erased.</source>
        <translation>Solo contatti e lead sono persone i cui dati possono essere cancellati.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Non esiste alcuna scheda %1 con l&apos;ID %2.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Cancellato</translation>
    </message>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>Non esiste alcun conflitto aperto con l&apos;ID %1.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordsView</name>
    <message>
        <source>Merged into %1.</source>
        <translation>Unita a %1.</translation>
    </message>
    <message>
        <source>Select the leads to add to a campaign.</source>
        <translation>Selezionare i lead da aggiungere a una campagna.</translation>
    </message>
    <message>
        <source>Select the contacts to add to a campaign.</source>
        <translation>Selezionare i contatti da aggiungere a una campagna.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no planned or running campaign to add them to.</source>
        <translation>Non esiste alcuna campagna pianificata o in corso a cui aggiungerli.</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Aggiungi a campagna</translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to:</source>
        <translation>
            <numerusform>Aggiungi %n lead a:</numerusform>
            <numerusform>Aggiungi %n lead a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to:</source>
        <translation>
            <numerusform>Aggiungi %n contatto a:</numerusform>
            <numerusform>Aggiungi %n contatti a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note %n left out of %1</source>
        <translation>
            <numerusform>Registra %n persona esclusa da %1</numerusform>
            <numerusform>Registra %n persone escluse da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to %1</source>
        <translation>
            <numerusform>Aggiungi %n lead a %1</numerusform>
            <numerusform>Aggiungi %n lead a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Aggiungi %n contatto a %1</numerusform>
            <numerusform>Aggiungi %n contatti a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Add the selected leads to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Aggiungi i lead selezionati a una campagna (chi non ha dato il consenso al marketing viene escluso, con il motivo)…</translation>
    </message>
    <message>
        <source>Add the selected contacts to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Aggiungi i contatti selezionati a una campagna (chi non ha dato il consenso al marketing viene escluso, con il motivo)…</translation>
    </message>
</context>
<context>
    <name>rapport::ReminderService</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>La voce non esiste più.</translation>
    </message>
</context>
<context>
    <name>rapport::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minuti</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Domani mattina</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posticipa</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Ignora &amp;tutti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (posticipato)</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>Promemoria (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::ReportScope</name>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tutti i team</translation>
    </message>
</context>
<context>
    <name>rapport::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline aperta</translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Vinte nel trimestre</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Tasso di successo, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>12-month win rate</source>
        <translation>Successo (12 m)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Fatturato, ultimi 12 mesi</translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation>Fatturato 12 mesi</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation>Importi in</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Aggiornato alle %1</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · ponderato %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · weighted %1</source>
        <comment>in brief</comment>
        <translation>
            <numerusform>%n opportunità · pond. %1</numerusform>
            <numerusform>%n opportunità · pond. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date; weighted by each deal&apos;s probability.</source>
        <translation>Tutte le opportunità aperte, qualunque sia la data di chiusura; ponderate in base alla probabilità di ciascuna.</translation>
    </message>
    <message>
        <source>No quota for this quarter</source>
        <translation>Nessun obiettivo per questo trimestre</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 dell&apos;obiettivo di %2</translation>
    </message>
    <message>
        <source>Won in Q%1</source>
        <comment>in brief: the quarter of the year</comment>
        <translation>Vinte nel T%1</translation>
    </message>
    <message>
        <source>Deals won %1; committed besides: %2.</source>
        <translation>Opportunità vinte nel periodo %1; in più, impegnate: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 vinte su %2</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <comment>in brief</comment>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <translation>ciclo di %1 giorni</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <comment>in brief</comment>
        <translation>ciclo %1 gg</translation>
    </message>
    <message>
        <source>None closed</source>
        <translation>Nessuna chiusa</translation>
    </message>
    <message>
        <source>Deals won and lost %1, and the average won deal&apos;s time from its first stage to its close.</source>
        <translation>Opportunità vinte e perse nel periodo %1 e durata media di un&apos;opportunità vinta dalla prima fase alla chiusura.</translation>
    </message>
    <message numerus="yes">
        <source>%n past their service level</source>
        <translation>
            <numerusform>%n fuori livello di servizio</numerusform>
            <numerusform>%n fuori livello di servizio</numerusform>
        </translation>
    </message>
    <message>
        <source>All within their service levels</source>
        <translation>Tutti entro il livello di servizio</translation>
    </message>
    <message>
        <source>New, open and waiting on the customer.</source>
        <translation>Nuovi, aperti e in attesa del cliente.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderato</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline aperta per fase</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>tickets waiting on the customer, in a chart&apos;s legend</comment>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Open tickets by priority</source>
        <translation>Ticket aperti per priorità</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Nessun ordine</translation>
    </message>
    <message>
        <source>Most from %1</source>
        <translation>Per lo più da %1</translation>
    </message>
    <message>
        <source>Orders placed %1, not cancelled.</source>
        <translation>Ordini effettuati nel periodo %1, esclusi quelli annullati.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Revenue by product category</source>
        <translation>Fatturato per categoria di prodotto</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Importi convertiti in %1 ai tassi di cambio del %2.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2; without a rate, amounts in %3 are counted but not summed.</source>
        <translation>Importi convertiti in %1 ai tassi di cambio del %2; senza tasso di cambio, gli importi in %3 vengono conteggiati ma non sommati.</translation>
    </message>
    <message>
        <source>%1 of the quota</source>
        <comment>in brief</comment>
        <translation>%1 dell&apos;obiettivo</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>in brief: tickets</comment>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <source>All on time</source>
        <comment>in brief: tickets</comment>
        <translation>Tutti nei tempi</translation>
    </message>
</context>
<context>
    <name>rapport::RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
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
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>milioni di %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>migliaia di %1</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet…</source>
        <translation>CSV per foglio di calcolo…</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Foglio di calcolo (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Cartella di lavoro Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>Documento PDF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Write the report to a file: CSV, XLSX or PDF</source>
        <translation>Scrive il report in un file: CSV, XLSX o PDF</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il report</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Il report è stato salvato in %1.</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre scorso</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Prossimo trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Anno prossimo</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Per trimestre</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per mese</translation>
    </message>
    <message>
        <source>By loss reason</source>
        <translation>Per motivo di perdita</translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation>Per concorrente</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Days of your own choosing; pick again to change them.</source>
        <translation>Periodo personalizzato; sceglierlo di nuovo per modificarlo.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>Double-click to see the deals behind this figure.</source>
        <translation>Doppio clic per vedere le opportunità dietro questa cifra.</translation>
    </message>
    <message>
        <source>Double-click to see the tickets behind this figure.</source>
        <translation>Doppio clic per vedere i ticket dietro questa cifra.</translation>
    </message>
    <message>
        <source>Double-click to see the customers behind this figure.</source>
        <translation>Doppio clic per vedere i clienti dietro questa cifra.</translation>
    </message>
    <message>
        <source>Double-click to open %1.</source>
        <translation>Doppio clic per aprire %1.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Importi convertiti in %1 ai tassi di cambio del %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2.</source>
        <translation>Le opportunità in %1 sono conteggiate, ma non negli importi: non esiste un tasso di cambio verso %2.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the deals behind it.</source>
        <translation>Fare clic su una barra o doppio clic su una cifra per vedere le opportunità corrispondenti.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the tickets behind it.</source>
        <translation>Fare clic su una barra o doppio clic su una cifra per vedere i ticket corrispondenti.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a customer to open it; double-click the total to list them all.</source>
        <translation>Fare clic su una barra o doppio clic su un cliente per aprirlo; doppio clic sul totale per elencarli tutti.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the customers behind it.</source>
        <translation>Fare clic su una barra o doppio clic su una cifra per vedere i clienti corrispondenti.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (%4)</source>
        <translation>%1, %2 – %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — the first %2 of %3</source>
        <translation>%1 — i primi %2 di %3</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>opportunità</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>%1: the deals</source>
        <translation>%1: le opportunità</translation>
    </message>
    <message>
        <source>%1, %2: the deals</source>
        <translation>%1, %2: le opportunità</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest deals, %1 in all (double-click one to open it).</source>
        <translation>
            <numerusform>L&apos;opportunità di importo maggiore, %1 (doppio clic per aprirla).</numerusform>
            <numerusform>Le %n opportunità di importo maggiore, %1 in totale (doppio clic su una per aprirla).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, largest first (double-click one to open it).</source>
        <translation>
            <numerusform>%n opportunità, %1 in totale (doppio clic per aprirla).</numerusform>
            <numerusform>%n opportunità, %1 in totale, in ordine di importo decrescente (doppio clic su una per aprirla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Senza tasso di cambio, gli importi in %1 non vengono sommati.</translation>
    </message>
    <message>
        <source>%1: the tickets</source>
        <translation>%1: i ticket</translation>
    </message>
    <message>
        <source>%1, %2: the tickets</source>
        <translation>%1, %2: i ticket</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message numerus="yes">
        <source>The %n earliest opened tickets (double-click one to open it).</source>
        <translation>
            <numerusform>Il ticket aperto per primo (doppio clic per aprirlo).</numerusform>
            <numerusform>I %n ticket aperti per primi (doppio clic su uno per aprirlo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), the earliest opened first (double-click one to open it).</source>
        <translation>
            <numerusform>%n ticket (doppio clic per aprirlo).</numerusform>
            <numerusform>%n ticket, dal meno recente (doppio clic su uno per aprirlo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the customers</source>
        <translation>%1: i clienti</translation>
    </message>
    <message>
        <source>%1, %2: the customers</source>
        <translation>%1, %2: i clienti</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Acquista soprattutto</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Ultimo ordine</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valore del cliente nel tempo</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Rischio di abbandono</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable customers (double-click one to open it).</source>
        <translation>
            <numerusform>Il cliente di maggior valore (doppio clic per aprirlo).</numerusform>
            <numerusform>I %n clienti di maggior valore (doppio clic su uno per aprirlo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), the most valuable first (double-click one to open it).</source>
        <translation>
            <numerusform>%n cliente (doppio clic per aprirlo).</numerusform>
            <numerusform>%n clienti, in ordine di valore decrescente (doppio clic su uno per aprirlo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by Rapport on %1.</source>
        <translation>Stampato da Rapport il %1.</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Su questo computer</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Impostazione di sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language takes effect when Rapport starts again.</source>
        <translation>La nuova lingua avrà effetto al prossimo avvio di Rapport.</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without country code are in:</source>
        <translation>&amp;Paese dei numeri di telefono senza prefisso internazionale:</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone, %1</source>
        <translation>Fuso orario di questo computer, %1</translation>
    </message>
    <message>
        <source>Calendar times are shown in this zone. Entries keep their own zone: a meeting at 09:00 in Berlin stays at 09:00 Berlin time.</source>
        <translation>Gli orari del calendario sono mostrati in questo fuso orario. Le voci mantengono il proprio fuso orario: una riunione alle 09:00 a Berlino resta alle 09:00 ora di Berlino.</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>Mostra gli &amp;orari in:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Quotes: the company&apos;s letterhead and terms</source>
        <translation>Preventivi: carta intestata e condizioni dell&apos;azienda</translation>
    </message>
    <message>
        <source>Phone · email · VAT number</source>
        <translation>Telefono · e-mail · partita IVA</translation>
    </message>
    <message>
        <source>Customers in this country are charged its VAT; businesses elsewhere in the EU get a reverse charge, customers further abroad none.</source>
        <translation>Ai clienti di questo paese viene addebitata la sua IVA; alle imprese di altri paesi dell&apos;UE si applica l&apos;inversione contabile, ai clienti extra UE nessuna imposta.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <source>Quote template (*.html)</source>
        <translation>Modello di preventivo (*.html)</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>Il modello integrato</translation>
    </message>
    <message>
        <source>Start from the built-in one…</source>
        <translation>Parti dal modello integrato…</translation>
    </message>
    <message>
        <source>Saves the built-in template to a file you can edit, and uses that file from now on.</source>
        <translation>Salva il modello integrato in un file modificabile e da ora in poi usa quel file.</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Salva il modello</translation>
    </message>
    <message>
        <source>quote-template.html</source>
        <translation>modello-preventivo.html</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Azienda:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Contact line:</source>
        <translation>Recapiti:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Paese:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>VAT rate at home:</source>
        <translation>Aliquota IVA nazionale:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Validità:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Condizioni:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs. Open your own database to connect to a server.</source>
        <translation>Questo database contiene dati dimostrativi e non viene mai sincronizzato. Aprire un proprio database per connettersi a un server.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://rapport.example.com:8765.</source>
        <translation>Inserire l&apos;indirizzo del server, ad esempio https://rapport.example.com:8765.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Inserire nome utente e password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Accesso eseguito come %1.</translation>
    </message>
    <message>
        <source>Signed out. Changes stay on this computer until you sign in again.</source>
        <translation>Disconnesso. Le modifiche restano su questo computer finché non si accede di nuovo.</translation>
    </message>
    <message>
        <source>Not connected: this database is only on this computer.</source>
        <translation>Non connesso: questo database si trova solo su questo computer.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Preventivi</translation>
    </message>
</context>
<context>
    <name>rapport::SlaPoliciesDialog</name>
    <message>
        <source>never open</source>
        <translation>mai aperto</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n giorno festivo</numerusform>
            <numerusform>%n giorni festivi</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Livelli di servizio</translation>
    </message>
    <message>
        <source>Working time to a first response and to a resolution per priority, counted in each policy&apos;s business hours. A policy for a service tier wins over the general one. They apply to tickets opened or re-prioritised from now on.</source>
        <translation>Tempo lavorativo fino alla prima risposta e fino alla risoluzione per priorità, calcolato nell&apos;orario lavorativo di ciascuna regola. Una regola per una fascia di assistenza prevale su quella generale. Le regole si applicano ai ticket aperti o con priorità modificata da ora in poi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Fascia di assistenza</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prima risposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>Warn before</source>
        <translation>Preavviso</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Orario lavorativo</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Aggiungi regola</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Business hours…</source>
        <translation>Orario lavorativo…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Double-click to change the business hours</source>
        <translation>Doppio clic per modificare l&apos;orario lavorativo</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Nuova regola</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso orario:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Aperto:</translation>
    </message>
    <message>
        <source>One date per line, e.g. 2026-12-25</source>
        <translation>Una data per riga, ad es. 2026-12-25</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Giorni festivi:</translation>
    </message>
    <message>
        <source>Change the service levels</source>
        <translation>Modifica i livelli di servizio</translation>
    </message>
</context>
<context>
    <name>rapport::SlaWatch</name>
    <message numerus="yes">
        <source>%n ticket(s) past their service level</source>
        <translation>
            <numerusform>%n ticket fuori livello di servizio</numerusform>
            <numerusform>%n ticket fuori livello di servizio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within the warning time</source>
        <translation>
            <numerusform>%n in scadenza entro il tempo di preavviso</numerusform>
            <numerusform>%n in scadenza entro il tempo di preavviso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached ticket(s) escalated to the team&apos;s manager.</source>
        <translation>
            <numerusform>%n ticket oltre il livello di servizio segnalato al responsabile del team.</numerusform>
            <numerusform>%n ticket oltre il livello di servizio segnalati al responsabile del team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SyncReviewDialog</name>
    <message>
        <source>Conflicts and waiting changes</source>
        <translation>Conflitti e modifiche in attesa</translation>
    </message>
    <message>
        <source>Two people changed the same field at the same time. The value shown now is the one that won; the other is kept here until someone decides. A new ticket whose number another ticket already had was given the next free number.</source>
        <translation>Due persone hanno modificato lo stesso campo nello stesso momento. Il valore ora visualizzato è quello che ha prevalso; l&apos;altro viene conservato qui finché qualcuno non decide. A un nuovo ticket con un numero già usato da un altro ticket è stato assegnato il numero libero successivo.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Il mio valore</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L&apos;altro valore</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Now shown</source>
        <translation>Ora visualizzato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Mantieni il &amp;mio</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Mantieni l&apos;&amp;altro</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Effettuata</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Waiting changes</source>
        <translation>Modifiche in attesa</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(non presente su questo dispositivo)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a new number</source>
        <translation>un nuovo numero</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>il mio</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>l&apos;altro</translation>
    </message>
    <message>
        <source>%1 was already another ticket&apos;s number; the server gave this ticket the next free one.</source>
        <translation>%1 era già il numero di un altro ticket; il server ha assegnato a questo ticket il numero libero successivo.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflitti (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Risoluzione conflitto</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rifiutata dal server: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Waiting changes (%1)</source>
        <translation>Modifiche in attesa (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::TagsEditor</name>
    <message>
        <source>Words separated by commas, e.g. vip, newsletter</source>
        <translation>Parole separate da virgole, ad es. vip, newsletter</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separate da virgole</translation>
    </message>
</context>
<context>
    <name>rapport::TicketPage</name>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Segna come aperto</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>Metti in attesa del cliente</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assegna a me</translation>
    </message>
    <message>
        <source>Create article…</source>
        <translation>Crea articolo…</translation>
    </message>
    <message>
        <source>Draft a knowledge-base article from this resolved ticket</source>
        <translation>Crea una bozza di articolo della base di conoscenza a partire da questo ticket risolto</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Risposta pubblica</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>A public reply goes to the customer; an internal note is for the team only</source>
        <translation>Una risposta pubblica viene inviata al cliente; una nota interna è riservata al team</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Risposte predefinite</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Return sends)</source>
        <translation>Scrivere una risposta… (Ctrl+Invio per inviare)</translation>
    </message>
    <message>
        <source>Send and wait on customer</source>
        <translation>Invia e attendi il cliente</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Write a note for the team… (Ctrl+Return adds it)</source>
        <translation>Scrivere una nota per il team… (Ctrl+Invio per aggiungerla)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia modifiche</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Articoli collegati</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Nessun ticket selezionato</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue to work on it.</source>
        <translation>Scegliere un ticket nella coda per lavorarci.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuovo ticket</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(non disponibile)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Nessun cliente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assegnato a %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nothing has been written on this ticket yet.</source>
        <translation>Su questo ticket non è ancora stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (solo per il team)</translation>
    </message>
    <message>
        <source>(%1 in working time)</source>
        <translation>(%1 in orario lavorativo)</translation>
    </message>
    <message>
        <source>Waiting on the customer: the resolution clock is stopped.</source>
        <translation>In attesa del cliente: il conteggio del tempo di risoluzione è sospeso.</translation>
    </message>
    <message>
        <source>Waiting on the customer since %1: the resolution clock is stopped.</source>
        <translation>In attesa del cliente dal %1: il conteggio del tempo di risoluzione è sospeso.</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Prima risposta:</translation>
    </message>
    <message>
        <source>First response %1 late</source>
        <translation>Prima risposta in ritardo di %1</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Risoluzione:</translation>
    </message>
    <message>
        <source>No service level applies.</source>
        <translation>Nessun livello di servizio applicabile.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Chiuso il %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Risolto il %1</translation>
    </message>
    <message>
        <source>Resolved %1 late</source>
        <translation>Risolto con %1 di ritardo</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Soddisfazione: %1 su 5</translation>
    </message>
    <message>
        <source>The ticket is still being read; try again in a moment.</source>
        <translation>Il ticket è ancora in caricamento; riprovare tra un momento.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Scrivere prima la nota.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Scrivere prima la risposta.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota su %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Risposta su %1</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>Nota aggiunta a %1.</translation>
    </message>
    <message>
        <source>Reply sent on %1.</source>
        <translation>Risposta inviata su %1.</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>Risolvi %1</translation>
    </message>
    <message>
        <source>How was it resolved? The cause and what fixed it, for the next agent and the knowledge base.</source>
        <translation>Come è stato risolto? La causa e la soluzione, per il prossimo operatore e per la base di conoscenza.</translation>
    </message>
    <message>
        <source>%1 stays open: say how it was resolved.</source>
        <translation>%1 resta aperto: indicare come è stato risolto.</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Assegna %1</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articoli (%1)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge-base article(s) match what the ticket says</source>
        <translation>
            <numerusform>%n articolo della base di conoscenza corrisponde al contenuto del ticket</numerusform>
            <numerusform>%n articoli della base di conoscenza corrispondono al contenuto del ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>For the team only: add &quot;%1&quot; to an internal note, not to a reply.</source>
        <translation>Solo per il team: aggiungere «%1» a una nota interna, non a una risposta.</translation>
    </message>
    <message>
        <source>Save the ticket first; then articles can be linked to it.</source>
        <translation>Salvare prima il ticket; poi sarà possibile collegarvi degli articoli.</translation>
    </message>
    <message>
        <source>Link an article to %1</source>
        <translation>Collega un articolo a %1</translation>
    </message>
    <message>
        <source>Resolve the ticket first: an article tells how a problem was solved.</source>
        <translation>Risolvere prima il ticket: un articolo spiega come è stato risolto un problema.</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Articolo da %1</translation>
    </message>
    <message>
        <source>Draft article &quot;%1&quot; created; edit and publish it.</source>
        <translation>Bozza di articolo «%1» creata; modificarla e pubblicarla.</translation>
    </message>
    <message>
        <source>We are on it</source>
        <translation>Ce ne stiamo occupando</translation>
    </message>
    <message>
        <source>Hello {customer},

thank you for contacting us about &quot;{subject}&quot; ({number}). We are looking into it and will get back to you as soon as we know more.

Kind regards,
{agent}</source>
        <translation>Gentile {customer},

la ringraziamo per averci contattato in merito a «{subject}» ({number}). Stiamo verificando e la ricontatteremo non appena avremo maggiori informazioni.

Cordiali saluti,
{agent}</translation>
    </message>
    <message>
        <source>Need more information</source>
        <translation>Servono più informazioni</translation>
    </message>
    <message>
        <source>Hello {customer},

to help you with {number}, could you please send us the exact error message, the product version and the steps that lead to the problem?

Kind regards,
{agent}</source>
        <translation>Gentile {customer},

per poterla aiutare con {number}, potrebbe inviarci il messaggio di errore esatto, la versione del prodotto e i passaggi che portano al problema?

Cordiali saluti,
{agent}</translation>
    </message>
    <message>
        <source>Solved — please confirm</source>
        <translation>Risolto — conferma richiesta</translation>
    </message>
    <message>
        <source>Hello {customer},

we believe the problem reported in {number} is solved. Please let us know if anything is still not working; otherwise we will close the ticket in a few days.

Kind regards,
{agent}</source>
        <translation>Gentile {customer},

riteniamo che il problema segnalato in {number} sia stato risolto. Ci faccia sapere se qualcosa continua a non funzionare; in caso contrario chiuderemo il ticket tra qualche giorno.

Cordiali saluti,
{agent}</translation>
    </message>
    <message>
        <source>No answer yet — reminder</source>
        <translation>Ancora nessuna risposta — sollecito</translation>
    </message>
    <message>
        <source>Hello {customer},

we are still waiting for your answer on {number}. Could you let us know whether the problem persists?

Kind regards,
{agent}</source>
        <translation>Gentile {customer},

attendiamo ancora una sua risposta in merito a {number}. Potrebbe farci sapere se il problema persiste?

Cordiali saluti,
{agent}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Save this reply as a canned response…</source>
        <translation>Salva questa risposta come risposta predefinita…</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Risposta predefinita</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; among your canned responses.</source>
        <translation>«%1» salvata tra le risposte predefinite.</translation>
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
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a message&apos;s kind, its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has happened on this ticket yet.</source>
        <translation>Su questo ticket non è ancora successo nulla.</translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <comment>how the ticket came in: Email, Phone…</comment>
        <translation>Aperto (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::TimeGrid</name>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more at this time (click to see the day):</source>
        <translation>
            <numerusform>%n altro elemento a quest&apos;ora (fare clic per vedere il giorno):</numerusform>
            <numerusform>%n altri elementi a quest&apos;ora (fare clic per vedere il giorno):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Calendario di %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provvisorio</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ricorrente</translation>
    </message>
</context>
<context>
    <name>rapport::sync::SyncWorker</name>
    <message>
        <source>Sync is stopping.</source>
        <translation>Arresto della sincronizzazione in corso.</translation>
    </message>
</context>
</TS>
