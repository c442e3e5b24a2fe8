<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityEdits</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>ActivitySeries</name>
    <message>
        <source>The series no longer exists (it may have been deleted by sync).</source>
        <translation>La série n&apos;existe plus (elle a peut-être été supprimée par la synchronisation).</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La requête n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>A sign-in needs a user name and a password.</source>
        <translation>Pour se connecter, il faut un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins; try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot sign you in right now; try again shortly.</source>
        <translation>Le serveur ne peut pas vous connecter pour le moment&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This user is disabled.</source>
        <translation>Cet utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Sign in again: the session is unknown, expired or revoked.</source>
        <translation>Reconnectez-vous&#xa0;: la session est inconnue, expirée ou révoquée.</translation>
    </message>
    <message>
        <source>This server speaks sync protocol %1; the client speaks %2. Update the older of the two.</source>
        <translation>Ce serveur utilise le protocole de synchronisation %1&#xa0;; le client utilise le %2. Mettez à jour le plus ancien des deux.</translation>
    </message>
    <message>
        <source>This server has data schema %1; the client has %2. Update the older of the two.</source>
        <translation>Ce serveur a le schéma de données %1&#xa0;; le client a le %2. Mettez à jour le plus ancien des deux.</translation>
    </message>
    <message>
        <source>A push needs a list of mutations.</source>
        <translation>Un push doit contenir une liste de modifications.</translation>
    </message>
    <message>
        <source>A push may carry at most %1 mutations.</source>
        <translation>Un push peut contenir au plus %1 modifications.</translation>
    </message>
    <message>
        <source>Mutation %1: %2</source>
        <translation>Modification %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A pull needs a cursor (a number, 0 at first).</source>
        <translation>Un pull nécessite un curseur (un nombre, 0 la première fois).</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Call anyway?</source>
        <translation>Appeler quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Write anyway?</source>
        <translation>Écrire quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation>Appeler quand même</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Écrire quand même</translation>
    </message>
    <message>
        <source>Delete a repeating entry</source>
        <translation>Supprimer un élément récurrent</translation>
    </message>
    <message>
        <source>Change a repeating entry</source>
        <translation>Modifier un élément récurrent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to delete?</source>
        <translation>«&#xa0;%1&#xa0;» se répète. Quelles occurrences voulez-vous supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to change?</source>
        <translation>«&#xa0;%1&#xa0;» se répète. Quelles occurrences voulez-vous modifier&#xa0;?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Celle-ci</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Celle-ci et les suivantes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>BusinessHours</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>Day %1: opening hours are two times of day, HH:MM, the first not after the second.</source>
        <translation>Jour %1&#xa0;: les horaires d&apos;ouverture se composent de deux heures au format HH:MM, la première ne devant pas être postérieure à la seconde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>Impossible de lire l&apos;agenda&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>It changes one occurrence of a repeating entry that is neither in the file nor in the calendar.</source>
        <translation>Il modifie une occurrence d&apos;un élément récurrent qui ne figure ni dans le fichier ni dans l&apos;agenda.</translation>
    </message>
    <message>
        <source>Another entry of the file has the same UID (%1).</source>
        <translation>Un autre élément du fichier a le même UID (%1).</translation>
    </message>
    <message>
        <source>The entry it updates no longer exists.</source>
        <translation>L&apos;élément qu&apos;il met à jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CalendarReader</name>
    <message>
        <source>Line %1: BEGIN:%2 outside of a calendar (BEGIN:VCALENDAR).</source>
        <translation>Ligne %1&#xa0;: BEGIN:%2 en dehors d&apos;un agenda (BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation>Ligne %1&#xa0;: END:%2 ne ferme pas %3.</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>quoi que ce soit</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (there is no BEGIN:VCALENDAR).</source>
        <translation>Ce n&apos;est pas un fichier iCalendar (il n&apos;y a pas de BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>BEGIN:%1 on line %2 is never ended: the file is cut off.</source>
        <translation>BEGIN:%1 à la ligne %2 n&apos;est jamais terminé&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>(No subject)</source>
        <translation>(Sans objet)</translation>
    </message>
    <message>
        <source>The subject was shortened to 200 characters.</source>
        <translation>L&apos;objet a été raccourci à 200 caractères.</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>Il a été annulé.</translation>
    </message>
    <message>
        <source>It has no start (DTSTART).</source>
        <translation>Il n&apos;a pas de début (DTSTART).</translation>
    </message>
    <message>
        <source>The task has neither a start nor a due date.</source>
        <translation>La tâche n&apos;a ni début ni échéance.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Il se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Its repetition cannot be kept: %1</source>
        <translation>Sa récurrence ne peut pas être conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A reminder after the start or more than four weeks before it was left out.</source>
        <translation>Un rappel situé après le début ou plus de quatre semaines avant a été ignoré.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown; the time was read as %2 time.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» est inconnu&#xa0;; l&apos;heure a été lue dans le fuseau %2.</translation>
    </message>
    <message>
        <source>The file cannot be read as iCalendar.</source>
        <translation>Le fichier ne peut pas être lu comme un fichier iCalendar.</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <source>The phone index could not be read: %1</source>
        <translation>Impossible de lire l&apos;index des numéros de téléphone&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>The campaign cannot be read: %1</source>
        <translation>Impossible de lire la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>La campagne %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>Converted to a contact: add the contact</source>
        <translation>Converti en contact&#xa0;: ajoutez le contact</translation>
    </message>
    <message>
        <source>Nowhere to reach them %1</source>
        <translation>Aucun moyen de joindre la personne %1</translation>
    </message>
    <message>
        <source>Never asked about marketing %1</source>
        <translation>Consentement marketing %1 jamais demandé</translation>
    </message>
    <message>
        <source>Declined marketing %1</source>
        <translation>Marketing %1 refusé</translation>
    </message>
    <message>
        <source>Declined marketing by email as the contact %1</source>
        <translation>Marketing par e-mail refusé en tant que contact %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent or address</source>
        <translation>
            <numerusform>%n exclu faute de consentement ou d&apos;adresse</numerusform>
            <numerusform>%n exclus faute de consentement ou d&apos;adresse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s)</source>
        <translation>
            <numerusform>%n déjà membre</numerusform>
            <numerusform>%n déjà membres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has ended (%2): nobody can be added to it.</source>
        <translation>%1 est terminée (%2)&#xa0;: plus personne ne peut y être ajouté.</translation>
    </message>
    <message>
        <source>There is no contact or lead %1.</source>
        <translation>Il n&apos;existe aucun contact ni prospect %1.</translation>
    </message>
    <message>
        <source>%1 has ended: it cannot go out.</source>
        <translation>%1 est terminée&#xa0;: elle ne peut plus être envoyée.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Fiche supprimée</translation>
    </message>
    <message>
        <source>There is no campaign member %1.</source>
        <translation>Le membre de campagne %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de réponse&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The campaign has not reached this member: there is no response to record.</source>
        <translation>La campagne n&apos;a pas atteint ce membre&#xa0;: il n&apos;y a aucune réponse à enregistrer.</translation>
    </message>
    <message>
        <source>Consent given since: add them again</source>
        <translation>Consentement donné depuis&#xa0;: à ajouter de nouveau</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>récurrent</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>Premier jour (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Day after the last (default: a week on).</source>
        <translation>Jour suivant le dernier (par défaut&#xa0;: une semaine plus tard).</translation>
    </message>
    <message>
        <source>Whose calendar (user name; repeatable).</source>
        <translation>L&apos;agenda de qui (nom d&apos;utilisateur&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>Time zone to show times in.</source>
        <translation>Fuseau horaire dans lequel afficher les heures.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--to must be a date after --from.</source>
        <translation>--to doit être une date postérieure à --from.</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Rien de prévu.</translation>
    </message>
    <message>
        <source>call, meeting, task, email or note (default: meeting).</source>
        <translation>call, meeting, task, email ou note (par défaut&#xa0;: meeting).</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>L&apos;objet.</translation>
    </message>
    <message>
        <source>When it starts.</source>
        <translation>Date et heure de début.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation>Date et heure de fin.</translation>
    </message>
    <message>
        <source>How long it lasts (instead of --end).</source>
        <translation>Durée (au lieu de --end).</translation>
    </message>
    <message>
        <source>When a task is due.</source>
        <translation>Échéance d&apos;une tâche.</translation>
    </message>
    <message>
        <source>A whole day (or days): --start and --end are dates.</source>
        <translation>Toute la journée (un ou plusieurs jours)&#xa0;: --start et --end sont des dates.</translation>
    </message>
    <message>
        <source>The time zone the times are in (default: the system&apos;s).</source>
        <translation>Le fuseau horaire des heures indiquées (par défaut&#xa0;: celui du système).</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>Lieu.</translation>
    </message>
    <message>
        <source>More text.</source>
        <translation>Texte complémentaire.</translation>
    </message>
    <message>
        <source>The contact it is with.</source>
        <translation>Le contact concerné.</translation>
    </message>
    <message>
        <source>The account it is for.</source>
        <translation>Le compte concerné.</translation>
    </message>
    <message>
        <source>The opportunity it belongs to.</source>
        <translation>L&apos;opportunité à laquelle elle se rattache.</translation>
    </message>
    <message>
        <source>The ticket it belongs to.</source>
        <translation>Le ticket auquel elle se rattache.</translation>
    </message>
    <message>
        <source>Repetition as an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Récurrence sous forme de règle RFC 5545, p. ex. FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>Reminders, minutes before (comma-separated); an all-day entry&apos;s may ring on its day: -540 is at 9:00.</source>
        <translation>Rappels, en minutes avant (séparés par des virgules)&#xa0;; pour un élément sur toute la journée, le rappel peut sonner le jour même&#xa0;: -540 correspond à 9 h 00.</translation>
    </message>
    <message>
        <source>A user name or an email address (repeatable).</source>
        <translation>Un nom d&apos;utilisateur ou une adresse e-mail (répétable).</translation>
    </message>
    <message>
        <source>Whose it is (user name; default: yours).</source>
        <translation>Responsable (nom d&apos;utilisateur&#xa0;; par défaut&#xa0;: vous).</translation>
    </message>
    <message>
        <source>activity needs add: activity add --subject TEXT --start DATETIME …</source>
        <translation>activity attend add&#xa0;: activity add --subject TEXTE --start DATEHEURE …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure (AAAA-MM-JJ HH:MM).</translation>
    </message>
    <message>
        <source>--remind takes minutes before the start, such as 15 or 15,60; &quot;%1&quot; is not a number.</source>
        <translation>--remind attend des minutes avant le début, comme 15 ou 15,60&#xa0;; «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>As if it were then (default: now).</source>
        <translation>Faire comme si l&apos;on était à ce moment (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Whose reminders (user name).</source>
        <translation>Les rappels de quel utilisateur (nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>snooze: for how long.</source>
        <translation>snooze&#xa0;: durée du report.</translation>
    </message>
    <message>
        <source>reminders takes dismiss ID or snooze ID [--minutes N].</source>
        <translation>reminders attend dismiss ID ou snooze ID [--minutes N].</translation>
    </message>
    <message>
        <source>There is no activity %1.</source>
        <translation>L&apos;activité %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Rappel ignoré.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Rappel reporté jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Aucun rappel en attente.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dry run: %1 entries would be created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>Simulation&#xa0;: %1 éléments seraient créés, %2 mis à jour, %3 inchangés, %4 ignorés.</translation>
    </message>
    <message>
        <source>%1 entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>%1 éléments créés, %2 mis à jour, %3 inchangés, %4 ignorés.</translation>
    </message>
    <message>
        <source>line %1%2: left out: %3</source>
        <translation>ligne %1%2&#xa0;: ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1%2: note: %3</source>
        <translation>ligne %1%2&#xa0;: remarque&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a calendar is written to an .ics file.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un agenda s&apos;écrit dans un fichier .ics.</translation>
    </message>
    <message>
        <source>--from and --to must be dates (YYYY-MM-DD), --to after --from.</source>
        <translation>--from et --to doivent être des dates (AAAA-MM-JJ), --to postérieure à --from.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n élément d&apos;agenda écrit dans %1.</numerusform>
            <numerusform>%n éléments d&apos;agenda écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the calendar day by day, repeating entries expanded.</source>
        <translation>Afficher l&apos;agenda jour par jour, avec chaque occurrence des éléments récurrents.</translation>
    </message>
    <message>
        <source>Add a call, meeting, task, email or note.</source>
        <translation>Ajouter un appel, une réunion, une tâche, un e-mail ou une note.</translation>
    </message>
    <message>
        <source>List the reminders that are due, or dismiss or snooze one.</source>
        <translation>Lister les rappels échus, ou en ignorer ou en reporter un.</translation>
    </message>
    <message>
        <source>Run &quot;rapport-cli --help&quot; for the list of commands.</source>
        <translation>Lancez «&#xa0;rapport-cli --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;.</source>
        <translation>Aucune équipe ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Country for numbers without a country code (ISO 3166, e.g. DE).</source>
        <translation>Pays des numéros sans indicatif (ISO 3166, p. ex. FR).</translation>
    </message>
    <message>
        <source>%1 needs a phone number.</source>
        <translation>%1 nécessite un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;: utilisez uniquement des chiffres, des espaces et + ( ) - / .</translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as DE or US.</source>
        <translation>--region attend un code pays à deux lettres comme FR ou US.</translation>
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
        <translation>Utilisation&#xa0;: rapport-cli [--db CHEMIN] [--json] COMMANDE [ARGUMENTS]

Travaille sur une base de données Rapport en ligne de commande.

Options&#xa0;:
  --db CHEMIN  le fichier de base de données (par défaut&#xa0;: celui de l&apos;application de bureau, %1)
  --json       sortie lisible par une machine
  --help       ce texte
  --version    la version du programme

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 bad input or a failed operation, 2 wrong usage.
</source>
        <translation>
Codes de sortie&#xa0;: 0 succès, 1 saisie incorrecte ou opération échouée, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db attend un nom de fichier.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2.</source>
        <translation>La base de données %1 est à la version de schéma %2.</translation>
    </message>
    <message>
        <source>Number of contacts.</source>
        <translation>Nombre de contacts.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>The day the data centres on.</source>
        <translation>Le jour autour duquel les données sont générées.</translation>
    </message>
    <message>
        <source>Do nothing if the database already holds data.</source>
        <translation>Ne rien faire si la base de données contient déjà des données.</translation>
    </message>
    <message>
        <source>demo needs --contacts N.</source>
        <translation>demo nécessite --contacts N.</translation>
    </message>
    <message>
        <source>--contacts needs a whole number.</source>
        <translation>--contacts attend un nombre entier.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The database already holds data; no demo data was added.</source>
        <translation>La base de données contient déjà des données&#xa0;; aucune donnée de démonstration n&apos;a été ajoutée.</translation>
    </message>
    <message>
        <source>Wrote %1 demo records in %2 s (%3 records/s). You are signed in as %4.</source>
        <translation>%1 fiches de démonstration écrites en %2 s (%3 fiches/s). Vous êtes connecté en tant que %4.</translation>
    </message>
    <message>
        <source>Counting %1 failed: %2</source>
        <translation>Échec du comptage de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Maximum number of hits.</source>
        <translation>Nombre maximal de résultats.</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>Le texte à rechercher.</translation>
    </message>
    <message>
        <source>search needs a text to search for.</source>
        <translation>search attend un texte à rechercher.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000.</source>
        <translation>--limit attend un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The phone number, in any spelling.</source>
        <translation>Le numéro de téléphone, sous n&apos;importe quelle forme.</translation>
    </message>
    <message>
        <source>No contact, account or lead has the number %1.</source>
        <translation>Aucun contact, compte ou prospect n&apos;a le numéro %1.</translation>
    </message>
    <message>
        <source>(same last digits)</source>
        <translation>(mêmes derniers chiffres)</translation>
    </message>
    <message>
        <source>Maximum number of groups.</source>
        <translation>Nombre maximal de groupes.</translation>
    </message>
    <message>
        <source>duplicates takes no arguments.</source>
        <translation>duplicates n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 100000.</source>
        <translation>--limit attend un nombre de 1 à 100000.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <source>merge needs the record to keep and one or two duplicates: merge SURVIVOR OTHER [OTHER]</source>
        <translation>merge attend la fiche à conserver et un ou deux doublons&#xa0;: merge FICHE_CONSERVÉE DOUBLON [DOUBLON]</translation>
    </message>
    <message>
        <source>No contact or account has the id %1.</source>
        <translation>Aucun contact ni compte n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Contacts and accounts cannot be merged with each other (%1: %2, %3: %4).</source>
        <translation>Les contacts et les comptes ne peuvent pas être fusionnés entre eux (%1&#xa0;: %2, %3&#xa0;: %4).</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3); %4 related records moved. rapport-cli unmerge ID undoes it.</source>
        <translation>%1 fusionné dans %2 (%3)&#xa0;; %4 fiches liées déplacées. rapport-cli unmerge ID annule la fusion.</translation>
    </message>
    <message>
        <source>unmerge needs the id of a merged record: unmerge ID</source>
        <translation>unmerge attend l&apos;ID d&apos;une fiche fusionnée&#xa0;: unmerge ID</translation>
    </message>
    <message>
        <source>%1 (%2) is a record of its own again.</source>
        <translation>%1 (%2) est de nouveau une fiche à part entière.</translation>
    </message>
    <message>
        <source>Create or upgrade the database and print its schema version.</source>
        <translation>Créer ou mettre à niveau la base de données et afficher sa version de schéma.</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data scaled from N contacts.</source>
        <translation>Remplir une base de données vide avec des données de démonstration réalistes, proportionnées à N contacts.</translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>Compter les fiches de chaque type.</translation>
    </message>
    <message>
        <source>Search accounts, contacts, leads, opportunities, tickets and articles.</source>
        <translation>Rechercher dans les comptes, contacts, prospects, opportunités, tickets et articles.</translation>
    </message>
    <message>
        <source>List groups of contacts that are probably the same person, with a score.</source>
        <translation>Lister les groupes de contacts qui correspondent probablement à la même personne, avec un score.</translation>
    </message>
    <message>
        <source>Merge duplicate contacts or accounts into the first; everything related moves to it.</source>
        <translation>Fusionner des contacts ou des comptes en double dans le premier&#xa0;; tout ce qui leur est lié lui est rattaché.</translation>
    </message>
    <message>
        <source>Undo the merge of a contact or account that was merged into another.</source>
        <translation>Annuler la fusion d&apos;un contact ou d&apos;un compte fusionné dans un autre.</translation>
    </message>
    <message>
        <source>Find whose phone number this is, in any spelling (exit code 1: nobody&apos;s).</source>
        <translation>Trouver à qui appartient ce numéro de téléphone, sous n&apos;importe quelle forme (code de sortie 1&#xa0;: personne).</translation>
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
        <translation>Vérifier à ce moment précis (AAAA-MM-JJTHH:MM, heure locale&#xa0;; par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Give the manager of each breached ticket&apos;s team a task about it (once per ticket).</source>
        <translation>Créer pour le responsable de l&apos;équipe de chaque ticket hors délai une tâche à ce sujet (une fois par ticket).</translation>
    </message>
    <message>
        <source>sla takes check [--at DATETIME] [--escalate].</source>
        <translation>sla attend check [--at DATEHEURE] [--escalate].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) escalated to their team&apos;s manager.</source>
        <translation>
            <numerusform>%n ticket escaladé au responsable de son équipe.</numerusform>
            <numerusform>%n tickets escaladés au responsable de leur équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is breaching or about to.</source>
        <translation>Aucun ticket hors délai ni sur le point de l&apos;être.</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>première réponse</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>breached %1 of working time ago</source>
        <translation>hors délai depuis %1 de temps ouvré</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>encore %1 de temps ouvré</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Le ticket %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>Round robin and least busy choose within a team: give --team.</source>
        <translation>L&apos;attribution à tour de rôle ou à l&apos;agent le moins occupé se fait au sein d&apos;une équipe&#xa0;: indiquez --team.</translation>
    </message>
    <message>
        <source>Assign to this user (user name).</source>
        <translation>Attribuer à cet utilisateur (nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent given a ticket longest ago.</source>
        <translation>Attribuer à l&apos;agent de l&apos;équipe qui a reçu un ticket il y a le plus longtemps.</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent with the fewest open tickets.</source>
        <translation>Attribuer à l&apos;agent de l&apos;équipe ayant le moins de tickets ouverts.</translation>
    </message>
    <message>
        <source>The team (name).</source>
        <translation>L&apos;équipe (nom).</translation>
    </message>
    <message>
        <source>What the ticket is about (required).</source>
        <translation>L&apos;objet du ticket (obligatoire).</translation>
    </message>
    <message>
        <source>The customer&apos;s words.</source>
        <translation>Les propos du client.</translation>
    </message>
    <message>
        <source>The customer (contact id).</source>
        <translation>Le client (ID du contact).</translation>
    </message>
    <message>
        <source>The customer, found by phone number.</source>
        <translation>Le client, trouvé par son numéro de téléphone.</translation>
    </message>
    <message>
        <source>low, normal, high or urgent (default normal).</source>
        <translation>low, normal, high ou urgent (par défaut&#xa0;: normal).</translation>
    </message>
    <message>
        <source>phone, email, web or walk_in (default phone).</source>
        <translation>phone, email, web ou walk_in (par défaut&#xa0;: phone).</translation>
    </message>
    <message>
        <source>A category.</source>
        <translation>Une catégorie.</translation>
    </message>
    <message>
        <source>ticket add needs --subject.</source>
        <translation>ticket add nécessite --subject.</translation>
    </message>
    <message>
        <source>No contact has the number %1.</source>
        <translation>Aucun contact n&apos;a le numéro %1.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Le contact %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Ticket %1 created (%2, %3).</source>
        <translation>Ticket %1 créé (%2, %3).</translation>
    </message>
    <message>
        <source>mine, unassigned, customers (your customers&apos; open tickets), open, breaching, waiting or all (default open).</source>
        <translation>mine, unassigned, customers (tickets ouverts de vos clients), open, breaching, waiting ou all (par défaut&#xa0;: open).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Au plus ce nombre (par défaut&#xa0;: 50).</translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;; the queues are mine, unassigned, customers, open, breaching, waiting and all.</source>
        <translation>La file d&apos;attente «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; les files sont mine, unassigned, customers, open, breaching, waiting et all.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>The queue &quot;%1&quot; is empty.</source>
        <translation>La file d&apos;attente «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>ticket show takes a ticket number or id.</source>
        <translation>ticket show attend un numéro ou un ID de ticket.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Assign to yourself.</source>
        <translation>Vous attribuer le ticket.</translation>
    </message>
    <message>
        <source>The ticket&apos;s number or id.</source>
        <translation>Le numéro ou l&apos;ID du ticket.</translation>
    </message>
    <message>
        <source>ticket assign takes a ticket and --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>ticket assign attend un ticket et --assign UTILISATEUR, --me, --round-robin ou --least-busy.</translation>
    </message>
    <message>
        <source>Say whom: --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>Indiquez à qui&#xa0;: --assign UTILISATEUR, --me, --round-robin ou --least-busy.</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to %3.</source>
        <translation>%1 (%2) est attribué à %3.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Comment il a été résolu.</translation>
    </message>
    <message>
        <source>The customer&apos;s rating, 1 to 5.</source>
        <translation>L&apos;évaluation du client, de 1 à 5.</translation>
    </message>
    <message>
        <source>ticket status takes a ticket and a status (new, open, pending, resolved, closed).</source>
        <translation>ticket status attend un ticket et un statut (new, open, pending, resolved, closed).</translation>
    </message>
    <message>
        <source>--satisfaction needs a number from 1 to 5.</source>
        <translation>--satisfaction attend un nombre de 1 à 5.</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 est maintenant au statut %2 (%3).</translation>
    </message>
    <message>
        <source>An internal note, not sent to the customer.</source>
        <translation>Une note interne, non envoyée au client.</translation>
    </message>
    <message>
        <source>Record a message from the customer.</source>
        <translation>Enregistrer un message du client.</translation>
    </message>
    <message>
        <source>The ticket&apos;s status afterwards (e.g. pending).</source>
        <translation>Le statut du ticket ensuite (p. ex. pending).</translation>
    </message>
    <message>
        <source>What to write.</source>
        <translation>Le texte à écrire.</translation>
    </message>
    <message>
        <source>ticket reply takes a ticket and the text.</source>
        <translation>ticket reply attend un ticket et le texte.</translation>
    </message>
    <message>
        <source>A note is the team&apos;s, a message the customer&apos;s: give one of --note and --customer.</source>
        <translation>Une note vient de l&apos;équipe, un message du client&#xa0;: indiquez soit --note, soit --customer.</translation>
    </message>
    <message>
        <source>ticket reply needs some text.</source>
        <translation>ticket reply nécessite un texte.</translation>
    </message>
    <message>
        <source>Added to %1 (%2, %3).</source>
        <translation>Ajouté à %1 (%2, %3).</translation>
    </message>
    <message>
        <source>ticket takes one of: %1.</source>
        <translation>ticket attend l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, in any spelling.</source>
        <translation>Le numéro de l&apos;appelant, sous n&apos;importe quelle forme.</translation>
    </message>
    <message>
        <source>Unknown caller: nobody has the number %1. Create the contact with &quot;rapport-cli create contact&quot;.</source>
        <translation>Appelant inconnu&#xa0;: personne n&apos;a le numéro %1. Créez le contact avec «&#xa0;rapport-cli create contact&#xa0;».</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Aucun ticket ouvert.</translation>
    </message>
    <message>
        <source>At most this many (default 5).</source>
        <translation>Au plus ce nombre (par défaut&#xa0;: 5).</translation>
    </message>
    <message>
        <source>A ticket&apos;s subject and description.</source>
        <translation>L&apos;objet et la description d&apos;un ticket.</translation>
    </message>
    <message>
        <source>kb takes suggest TEXT [--limit N].</source>
        <translation>kb attend suggest TEXTE [--limit N].</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Aucun article ne correspond.</translation>
    </message>
    <message>
        <source>Tickets: add one, list a queue, show one with its conversation, assign (to someone, round robin or least busy), move its status, reply or add a note.</source>
        <translation>Tickets&#xa0;: en créer un, lister une file d&apos;attente, en afficher un avec sa conversation, l&apos;attribuer (à quelqu&apos;un, à tour de rôle ou à l&apos;agent le moins occupé), changer son statut, répondre ou ajouter une note.</translation>
    </message>
    <message>
        <source>An incoming call: who is calling (any spelling of the number) and their open tickets (exit code 1: unknown caller).</source>
        <translation>Un appel entrant&#xa0;: qui appelle (numéro sous n&apos;importe quelle forme) et ses tickets ouverts (code de sortie 1&#xa0;: appelant inconnu).</translation>
    </message>
    <message>
        <source>Knowledge-base articles that match a ticket&apos;s words, best first.</source>
        <translation>Articles de la base de connaissances correspondant aux mots d&apos;un ticket, les plus pertinents en premier.</translation>
    </message>
    <message>
        <source>Tickets breaching their service level or about to (working time on each policy&apos;s hours).</source>
        <translation>Tickets hors niveau de service ou sur le point de l&apos;être (temps ouvré selon les horaires de chaque politique).</translation>
    </message>
    <message>
        <source>Only these contacts (comma-separated ids).</source>
        <translation>Uniquement ces contacts (ID séparés par des virgules).</translation>
    </message>
    <message>
        <source>Calendar: from this day on.</source>
        <translation>Agenda&#xa0;: à partir de ce jour.</translation>
    </message>
    <message>
        <source>Calendar: up to this day.</source>
        <translation>Agenda&#xa0;: jusqu&apos;à ce jour.</translation>
    </message>
    <message>
        <source>Calendar: whose (user name; repeatable).</source>
        <translation>Agenda&#xa0;: de qui (nom d&apos;utilisateur&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>export needs what and where: export contacts FILE.csv|FILE.vcf or export calendar FILE.ics</source>
        <translation>export attend quoi et où&#xa0;: export contacts FICHIER.csv|FICHIER.vcf ou export calendar FICHIER.ics</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom du fichier doit se terminer par .csv ou .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contact écrit dans %1.</numerusform>
            <numerusform>%n contacts écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--mode is create, update or upsert.</source>
        <translation>--mode vaut create, update ou upsert.</translation>
    </message>
    <message>
        <source>--match is email, phone or id.</source>
        <translation>--match vaut email, phone ou id.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Format détecté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1, to update: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Simulation, rien n&apos;a été écrit. Contacts à créer&#xa0;: %1, à mettre à jour&#xa0;: %2&#xa0;; nouveaux comptes&#xa0;: %3&#xa0;; lignes ignorées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Contacts créés&#xa0;: %1, mis à jour&#xa0;: %2&#xa0;; nouveaux comptes&#xa0;: %3&#xa0;; lignes ignorées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Stopped at line %1: the rows before it are in the book; import the file again with --mode upsert to finish.</source>
        <translation>Arrêt à la ligne %1&#xa0;: les lignes précédentes sont enregistrées&#xa0;; importez de nouveau le fichier avec --mode upsert pour terminer.</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>ligne %1&#xa0;: ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: note: %2</source>
        <translation>ligne %1&#xa0;: remarque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the file; write nothing.</source>
        <translation>Vérifier le fichier sans rien écrire.</translation>
    </message>
    <message>
        <source>CSV: create new contacts, update existing ones, or upsert (both).</source>
        <translation>CSV&#xa0;: créer de nouveaux contacts, mettre à jour ceux qui existent, ou upsert (les deux).</translation>
    </message>
    <message>
        <source>CSV: how a row finds its contact.</source>
        <translation>CSV&#xa0;: comment une ligne retrouve son contact.</translation>
    </message>
    <message>
        <source>import needs what and from where: import contacts FILE.csv|FILE.vcf or import calendar FILE.ics</source>
        <translation>import attend quoi et d&apos;où&#xa0;: import contacts FICHIER.csv|FICHIER.vcf ou import calendar FICHIER.ics</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: contacts are imported from CSV files (.csv) and vCard files (.vcf).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les contacts s&apos;importent depuis des fichiers CSV (.csv) et vCard (.vcf).</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Simulation, rien n&apos;a été écrit. Contacts à créer&#xa0;: %1&#xa0;; nouveaux comptes&#xa0;: %2&#xa0;; cartes ignorées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Contacts created: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Contacts créés&#xa0;: %1&#xa0;; nouveaux comptes&#xa0;: %2&#xa0;; cartes ignorées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>privacy needs export ID FILE.json|FILE.vcf or erase ID.</source>
        <translation>privacy attend export ID FICHIER.json|FICHIER.vcf ou erase ID.</translation>
    </message>
    <message>
        <source>%1 was erased; the erase reaches the server and every laptop with the next sync.</source>
        <translation>%1 a été effacé&#xa0;; l&apos;effacement atteindra le serveur et chaque ordinateur portable lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Only contacts are written as vCards; use a .json file.</source>
        <translation>Seuls les contacts s&apos;écrivent en vCard&#xa0;; utilisez un fichier .json.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .json or .vcf.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom du fichier doit se terminer par .json ou .vcf.</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Toutes les données conservées sur %1 ont été écrites dans %2.</translation>
    </message>
    <message>
        <source>Write contacts to a CSV file (spreadsheets) or a vCard file (address books), by its extension, or a calendar to an iCalendar file.</source>
        <translation>Écrire des contacts dans un fichier CSV (tableurs) ou vCard (carnets d&apos;adresses), selon l&apos;extension, ou un agenda dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>Read contacts from a CSV or vCard file, or a calendar from an iCalendar file; every row or entry left out is listed with its line and why.</source>
        <translation>Lire des contacts depuis un fichier CSV ou vCard, ou un agenda depuis un fichier iCalendar&#xa0;; chaque ligne ou élément ignoré est listé avec son numéro de ligne et la raison.</translation>
    </message>
    <message>
        <source>Export everything held on a person, or erase them everywhere (both recorded in the audit log).</source>
        <translation>Exporter toutes les données conservées sur une personne, ou l&apos;effacer partout (les deux opérations sont consignées dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln opportunité, pondéré&#xa0;: %1</numerusform>
            <numerusform>%Ln opportunités, pondéré&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Gagnées ce trimestre</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Taux de réussite, 12 derniers mois</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>aucune clôturée</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>gagnées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>, sales cycle %1 days</source>
        <translation>, cycle de vente de %1 jours</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their service level</source>
        <translation>
            <numerusform>%Ln hors niveau de service</numerusform>
            <numerusform>%Ln hors niveau de service</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Chiffre d&apos;affaires, 12 derniers mois</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overview in %1 at the exchange rates of %2</source>
        <translation>Vue d&apos;ensemble en %1 aux taux de change du %2</translation>
    </message>
    <message>
        <source>Not in the amounts (no exchange rate to %1): %2</source>
        <translation>Non inclus dans les montants (aucun taux de change vers %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only this team&apos;s deals (team name).</source>
        <translation>Uniquement les opportunités de cette équipe (nom de l&apos;équipe).</translation>
    </message>
    <message>
        <source>Only these people&apos;s deals (user name; repeatable).</source>
        <translation>Uniquement les opportunités de ces personnes (nom d&apos;utilisateur&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>The period from this day (pipeline: deals expected to close from it).</source>
        <translation>La période à partir de ce jour (pipeline&#xa0;: opportunités dont la clôture est prévue à partir de ce jour).</translation>
    </message>
    <message>
        <source>The period up to this day.</source>
        <translation>La période jusqu&apos;à ce jour.</translation>
    </message>
    <message>
        <source>forecast: month or quarter (default); winloss: reason (default) or competitor.</source>
        <translation>forecast&#xa0;: month ou quarter (par défaut)&#xa0;; winloss&#xa0;: reason (par défaut) ou competitor.</translation>
    </message>
    <message>
        <source>Reporting currency (default: EUR).</source>
        <translation>Devise des rapports (par défaut&#xa0;: EUR).</translation>
    </message>
    <message>
        <source>table, csv, json or xlsx (default: table).</source>
        <translation>table, csv, json ou xlsx (par défaut&#xa0;: table).</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>Écrire dans ce fichier au lieu de l&apos;écran.</translation>
    </message>
    <message>
        <source>report takes what to report: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn or crosssell.</source>
        <translation>report attend le rapport voulu&#xa0;: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn ou crosssell.</translation>
    </message>
    <message>
        <source>The overview is everyone&apos;s, of this quarter and the last twelve months: --%1 does not apply to it.</source>
        <translation>La vue d&apos;ensemble porte sur tout le monde, sur ce trimestre et les douze derniers mois&#xa0;: --%1 ne s&apos;y applique pas.</translation>
    </message>
    <message>
        <source>--format is table, csv, json or xlsx.</source>
        <translation>--format vaut table, csv, json ou xlsx.</translation>
    </message>
    <message>
        <source>An xlsx report needs --out FILE.xlsx.</source>
        <translation>Un rapport xlsx nécessite --out FICHIER.xlsx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example EUR).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise (par exemple EUR).</translation>
    </message>
    <message>
        <source>The overview is written as a table or as JSON.</source>
        <translation>La vue d&apos;ensemble s&apos;écrit sous forme de tableau ou en JSON.</translation>
    </message>
    <message>
        <source>--by is month or quarter for the forecast, reason or competitor for win/loss.</source>
        <translation>--by vaut month ou quarter pour les prévisions, reason ou competitor pour les gains/pertes.</translation>
    </message>
    <message>
        <source>%1, %2 – %3, in %4</source>
        <translation>%1, %2 – %3, en %4</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>What the rate is in (default: EUR).</source>
        <translation>Devise dans laquelle le taux est exprimé (par défaut&#xa0;: EUR).</translation>
    </message>
    <message>
        <source>Valid from this day (default: today).</source>
        <translation>Valable à partir de ce jour (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>rates takes list, or set CUR RATE [--base CUR] [--from DATE].</source>
        <translation>rates attend list, ou set DEVISE TAUX [--base DEVISE] [--from DATE].</translation>
    </message>
    <message>
        <source>A rate is between two different currency codes (for example USD in EUR).</source>
        <translation>Un taux relie deux codes de devise différents (par exemple USD en EUR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive number such as 0.92).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un taux (un nombre positif comme 0.92).</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4.</source>
        <translation>1 %1 = %2 %3 à partir du %4.</translation>
    </message>
    <message>
        <source>What the company calls the stage (empty: its usual name).</source>
        <translation>Le nom que l&apos;entreprise donne à l&apos;étape (vide&#xa0;: son nom habituel).</translation>
    </message>
    <message>
        <source>stages set takes a stage (%1) and a percentage from 0 to 100.</source>
        <translation>stages set attend une étape (%1) et un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>stages takes list, or set STAGE PERCENT.</source>
        <translation>stages attend list, ou set ÉTAPE POURCENTAGE.</translation>
    </message>
    <message>
        <source>lead score takes lead ids, or --all.</source>
        <translation>lead score attend des ID de prospects, ou --all.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Le prospect %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: %2 (fit %3, engagement %4) — %5</source>
        <translation>%1&#xa0;: %2 (adéquation %3, engagement %4) — %5</translation>
    </message>
    <message>
        <source>%1 leads scored, %2 scores changed.</source>
        <translation>%1 prospects évalués, %2 scores modifiés.</translation>
    </message>
    <message>
        <source>The currency of revenue and lifetime value (default: EUR).</source>
        <translation>La devise du chiffre d&apos;affaires et de la valeur vie client (par défaut&#xa0;: EUR).</translation>
    </message>
    <message>
        <source>customers takes score [--currency CUR], or show ACCOUNT.</source>
        <translation>customers attend score [--currency DEVISE], ou show COMPTE.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) scored on their orders from %1 to %2, in %3.</source>
        <translation>
            <numerusform>%Ln client évalué d&apos;après ses commandes du %1 au %2, en %3.</numerusform>
            <numerusform>%Ln clients évalués d&apos;après leurs commandes du %1 au %2, en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>Les commandes en %1 ne sont pas comptées&#xa0;: il n&apos;y a pas de taux de change vers %2.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Le compte %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet: run rapport-cli customers score.</source>
        <translation>Les clients n&apos;ont pas encore été évalués&#xa0;: lancez rapport-cli customers score.</translation>
    </message>
    <message>
        <source>%1 had no orders when the customers were last scored (%2).</source>
        <translation>%1 n&apos;avait aucune commande lors de la dernière évaluation des clients (%2).</translation>
    </message>
    <message>
        <source>%1: %2 (recency %3, frequency %4, money %5 out of 5), scored on %6.</source>
        <translation>%1&#xa0;: %2 (récence %3, fréquence %4, montant %5 sur 5), évalué le %6.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value %1; churn risk %2; last order %3; %Ln order(s) for %4 in the last 12 months; buys most: %5.</source>
        <translation>
            <numerusform>Valeur vie client %1&#xa0;; risque d&apos;attrition %2&#xa0;; dernière commande %3&#xa0;; %Ln commande pour %4 sur les 12 derniers mois&#xa0;; achète surtout&#xa0;: %5.</numerusform>
            <numerusform>Valeur vie client %1&#xa0;; risque d&apos;attrition %2&#xa0;; dernière commande %3&#xa0;; %Ln commandes pour %4 sur les 12 derniers mois&#xa0;; achète surtout&#xa0;: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>Risque d&apos;attrition élevé&#xa0;: un risque d&apos;attrition d&apos;au moins 50&#xa0;% et au moins une commande au cours de la dernière année.</translation>
    </message>
    <message>
        <source>add: every contact with this tag.</source>
        <translation>add&#xa0;: tous les contacts ayant cette étiquette.</translation>
    </message>
    <message>
        <source>respond: when (YYYY-MM-DDTHH:MM, UTC; default: now).</source>
        <translation>respond&#xa0;: quand (AAAA-MM-JJTHH:MM, UTC&#xa0;; par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>send: write the recipients to this CSV file, for the mail tool (names, company, language, address).</source>
        <translation>send&#xa0;: écrire les destinataires dans ce fichier CSV, pour l&apos;outil d&apos;envoi (noms, entreprise, langue, adresse).</translation>
    </message>
    <message>
        <source>add: the people at the customers of this segment, as last scored (%1).</source>
        <translation>add&#xa0;: les personnes des clients de ce segment, selon la dernière évaluation (%1).</translation>
    </message>
    <message>
        <source>add: the leads with this status (%1).</source>
        <translation>add&#xa0;: les prospects ayant ce statut (%1).</translation>
    </message>
    <message>
        <source>campaign takes add CAMPAIGN PERSON… (contacts or leads; or --tag TAG, --segment SEGMENT, --leads STATUS), send CAMPAIGN, respond MEMBER KIND or show CAMPAIGN.</source>
        <translation>campaign attend add CAMPAGNE PERSONNE… (contacts ou prospects&#xa0;; ou --tag ÉTIQUETTE, --segment SEGMENT, --leads STATUT), send CAMPAGNE, respond MEMBRE TYPE ou show CAMPAGNE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer segment; one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un segment de clients&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the status of a lead to reach; one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de prospect à contacter&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No contact has the tag &quot;%1&quot;.</source>
        <translation>Aucun contact n&apos;a l&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1 (as last scored: rapport-cli customers score scores them again).</source>
        <translation>Personne n&apos;est enregistré chez les clients du segment %1 (selon la dernière évaluation&#xa0;: rapport-cli customers score les évalue de nouveau).</translation>
    </message>
    <message>
        <source>No lead has the status %1.</source>
        <translation>Aucun prospect n&apos;a le statut %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment (YYYY-MM-DDTHH:MM).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure (AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
        <source>Reached %1, responded %2%3</source>
        <translation>Atteints&#xa0;: %1, ayant répondu&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>Leads %1, deals %2, won %3%4</source>
        <translation>Prospects&#xa0;: %1, opportunités&#xa0;: %2, gagnées&#xa0;: %3%4</translation>
    </message>
    <message>
        <source>Use this contact already in the book instead of a new one.</source>
        <translation>Utiliser ce contact déjà présent dans la base au lieu d&apos;en créer un nouveau.</translation>
    </message>
    <message>
        <source>Make a new contact even though a likely duplicate exists.</source>
        <translation>Créer un nouveau contact même s&apos;il existe un doublon probable.</translation>
    </message>
    <message>
        <source>Do not open an opportunity.</source>
        <translation>Ne pas créer d&apos;opportunité.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s name.</source>
        <translation>Le nom de l&apos;opportunité.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s amount (e.g. 12500.00).</source>
        <translation>Le montant de l&apos;opportunité (p. ex. 12500.00).</translation>
    </message>
    <message>
        <source>Its currency (default: EUR).</source>
        <translation>Sa devise (par défaut&#xa0;: EUR).</translation>
    </message>
    <message>
        <source>Its expected close (YYYY-MM-DD).</source>
        <translation>Sa date de clôture prévue (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>score: every lead not yet converted.</source>
        <translation>score&#xa0;: tous les prospects pas encore convertis.</translation>
    </message>
    <message>
        <source>lead takes convert ID, or score ID… (or score --all).</source>
        <translation>lead attend convert ID, ou score ID… (ou score --all).</translation>
    </message>
    <message>
        <source>%1 is probably already in the book:</source>
        <translation>%1 figure probablement déjà dans la base&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing converted: say --contact ID to use one of them, or --new-contact.</source>
        <translation>Rien n&apos;a été converti&#xa0;: indiquez --contact ID pour utiliser l&apos;un d&apos;eux, ou --new-contact.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (for example 12500.00).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant (par exemple 12500.00).</translation>
    </message>
    <message>
        <source>Converted: account %1 (%2), contact %3 (%4)%5</source>
        <translation>Converti&#xa0;: compte %1 (%2), contact %3 (%4)%5</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existant</translation>
    </message>
    <message>
        <source>, opportunity %1.</source>
        <translation>, opportunité %1.</translation>
    </message>
    <message>
        <source>Write the quote as a PDF file.</source>
        <translation>Écrire le devis dans un fichier PDF.</translation>
    </message>
    <message>
        <source>Write the quote as an HTML file.</source>
        <translation>Écrire le devis dans un fichier HTML.</translation>
    </message>
    <message>
        <source>VAT rate at home in percent (default: the settings&apos;).</source>
        <translation>Taux de TVA national en pourcentage (par défaut&#xa0;: celui des paramètres).</translation>
    </message>
    <message>
        <source>domestic, reverse-charge or export (default: by where the customer is).</source>
        <translation>domestic, reverse-charge ou export (par défaut&#xa0;: selon le pays du client).</translation>
    </message>
    <message>
        <source>A discount on the whole quote, in percent.</source>
        <translation>Une remise sur l&apos;ensemble du devis, en pourcentage.</translation>
    </message>
    <message>
        <source>Days the quote is valid for.</source>
        <translation>Durée de validité du devis, en jours.</translation>
    </message>
    <message>
        <source>A note printed above the terms.</source>
        <translation>Une note imprimée au-dessus des conditions.</translation>
    </message>
    <message>
        <source>A quote template (Mustache HTML).</source>
        <translation>Un modèle de devis (HTML Mustache).</translation>
    </message>
    <message>
        <source>Print this issued version again instead of issuing a new one.</source>
        <translation>Réimprimer cette version émise au lieu d&apos;en émettre une nouvelle.</translation>
    </message>
    <message>
        <source>quote takes an opportunity id and --pdf FILE (or --html FILE).</source>
        <translation>quote attend un ID d&apos;opportunité et --pdf FICHIER (ou --html FICHIER).</translation>
    </message>
    <message>
        <source>--tax and --discount are percentages from 0 to 100.</source>
        <translation>--tax et --discount sont des pourcentages de 0 à 100.</translation>
    </message>
    <message>
        <source>--tax-treatment is domestic, reverse-charge or export.</source>
        <translation>--tax-treatment vaut domestic, reverse-charge ou export.</translation>
    </message>
    <message>
        <source>--valid-days is a number of days.</source>
        <translation>--valid-days est un nombre de jours.</translation>
    </message>
    <message>
        <source>The opportunity has no quote version %1.</source>
        <translation>L&apos;opportunité n&apos;a pas de version de devis %1.</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>Le logo %1 n&apos;est pas une image que Rapport peut lire.</translation>
    </message>
    <message>
        <source>Quote %1, version %2: %3 (%4)</source>
        <translation>Devis %1, version %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>The manager&apos;s reports: the overview of them all, pipeline, forecast against quota, sales team, sales cycle, win/loss and slipped deals, in one currency; the help desk&apos;s: open tickets by age and priority, service levels, backlog, agents; and the customers&apos;: RFM segments with lifetime value, churn risk, cross-selling.</source>
        <translation>Les rapports de pilotage&#xa0;: la vue d&apos;ensemble de tous, le pipeline, les prévisions par rapport à l&apos;objectif, l&apos;équipe commerciale, le cycle de vente, les gains/pertes et les opportunités reportées, dans une seule devise&#xa0;; ceux du support&#xa0;: tickets ouverts par ancienneté et priorité, niveaux de service, tickets en souffrance, agents&#xa0;; et ceux des clients&#xa0;: segments RFM avec valeur vie client, risque d&apos;attrition, ventes croisées.</translation>
    </message>
    <message>
        <source>Issue the next version of a deal&apos;s quote from its line items and print it to PDF.</source>
        <translation>Émettre la version suivante du devis d&apos;une opportunité à partir de ses lignes et l&apos;imprimer en PDF.</translation>
    </message>
    <message>
        <source>Turn a lead into an account, a contact and an opportunity, duplicates checked first; or score leads by fit and engagement.</source>
        <translation>Convertir un prospect en compte, contact et opportunité, après vérification des doublons&#xa0;; ou évaluer des prospects selon leur adéquation et leur engagement.</translation>
    </message>
    <message>
        <source>Marketing campaigns by consent: add contacts and leads (those without marketing consent on the campaign&apos;s channel are left out, with the reason), send (consent checked again), record a response (an unsubscribe withdraws consent), show what it achieved.</source>
        <translation>Campagnes marketing selon le consentement&#xa0;: ajouter des contacts et des prospects (ceux qui n&apos;ont pas donné leur consentement marketing sur le canal de la campagne sont exclus, avec la raison), envoyer (le consentement est vérifié de nouveau), enregistrer une réponse (une désinscription retire le consentement), afficher les résultats.</translation>
    </message>
    <message>
        <source>Score every customer on their orders (RFM segment, lifetime value, churn risk), as the accounts list and page show it; or show one account&apos;s standing.</source>
        <translation>Évaluer chaque client d&apos;après ses commandes (segment RFM, valeur vie client, risque d&apos;attrition), comme l&apos;affichent la liste et la fiche des comptes&#xa0;; ou afficher la situation d&apos;un compte.</translation>
    </message>
    <message>
        <source>Each stage&apos;s name and default probability: the company&apos;s, or the usual ones.</source>
        <translation>Le nom et la probabilité par défaut de chaque étape&#xa0;: ceux de l&apos;entreprise, ou les valeurs habituelles.</translation>
    </message>
    <message>
        <source>The exchange rates reports convert with.</source>
        <translation>Les taux de change utilisés par les rapports pour les conversions.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Type de fiche inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 attend un nombre entier, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs true or false, not &quot;%2&quot;.</source>
        <translation>%1 attend true ou false, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Adresse du serveur.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>sync needs --server URL and --user NAME.</source>
        <translation>sync nécessite --server URL et --user NOM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>Synced: %1 pushed, %2 pulled, %3 conflicts, %4 rejected, %5 removed from this device (no longer yours to see).</source>
        <translation>Synchronisation effectuée&#xa0;: %1 envoyées, %2 reçues, %3 conflits, %4 refusées, %5 retirées de cet appareil (vous n&apos;y avez plus accès).</translation>
    </message>
    <message>
        <source>outbox takes no arguments.</source>
        <translation>outbox n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be synced.</source>
        <translation>Rien n&apos;attend d&apos;être synchronisé.</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>mine, theirs or dismiss.</source>
        <translation>mine, theirs ou dismiss.</translation>
    </message>
    <message>
        <source>Include resolved conflicts.</source>
        <translation>Inclure les conflits résolus.</translation>
    </message>
    <message>
        <source>Use: conflicts resolve ID --keep mine|theirs|dismiss</source>
        <translation>Utilisation&#xa0;: conflicts resolve ID --keep mine|theirs|dismiss</translation>
    </message>
    <message>
        <source>--keep takes mine, theirs or dismiss.</source>
        <translation>--keep attend mine, theirs ou dismiss.</translation>
    </message>
    <message>
        <source>Conflict resolved; the choice syncs with the next sync.</source>
        <translation>Conflit résolu&#xa0;; le choix sera transmis lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>kept:   %1 (%2)</source>
        <translation>conservée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>lost:   %1 (%2)</source>
        <translation>perdue&#xa0;:    %1 (%2)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>avant&#xa0;:     %1</translation>
    </message>
    <message>
        <source>%1 was another ticket&apos;s number; the server gave this ticket %2.</source>
        <translation>%1 était le numéro d&apos;un autre ticket&#xa0;; le serveur a attribué à ce ticket le numéro %2.</translation>
    </message>
    <message>
        <source>Use: get TYPE ID</source>
        <translation>Utilisation&#xa0;: get TYPE ID</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Aucune fiche %1 n&apos;a l&apos;ID %2.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be set.</source>
        <translation>%1 n&apos;a pas de champ modifiable «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Use: set TYPE ID FIELD VALUE</source>
        <translation>Utilisation&#xa0;: set TYPE ID CHAMP VALEUR</translation>
    </message>
    <message>
        <source>Use: create TYPE FIELD=VALUE …</source>
        <translation>Utilisation&#xa0;: create TYPE CHAMP=VALEUR …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme CHAMP=VALEUR.</translation>
    </message>
    <message>
        <source>Use: restore TYPE ID</source>
        <translation>Utilisation&#xa0;: restore TYPE ID</translation>
    </message>
    <message>
        <source>Use: delete TYPE ID</source>
        <translation>Utilisation&#xa0;: delete TYPE ID</translation>
    </message>
    <message>
        <source>Push local changes to the server and pull the others (password from RAPPORT_PASSWORD or standard input).</source>
        <translation>Envoyer les modifications locales au serveur et récupérer celles des autres (mot de passe dans RAPPORT_PASSWORD ou sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>List the changes not yet accepted by the server.</source>
        <translation>Lister les modifications pas encore acceptées par le serveur.</translation>
    </message>
    <message>
        <source>List conflicting edits, or resolve one.</source>
        <translation>Lister les modifications en conflit, ou en résoudre une.</translation>
    </message>
    <message>
        <source>Print one record.</source>
        <translation>Afficher une fiche.</translation>
    </message>
    <message>
        <source>Change one field of a record (an empty VALUE clears it).</source>
        <translation>Modifier un champ d&apos;une fiche (une VALEUR vide l&apos;efface).</translation>
    </message>
    <message>
        <source>Create a record; prints its id.</source>
        <translation>Créer une fiche&#xa0;; affiche son ID.</translation>
    </message>
    <message>
        <source>Delete a record (a tombstone that syncs).</source>
        <translation>Supprimer une fiche (une marque de suppression qui se synchronise).</translation>
    </message>
    <message>
        <source>Bring back a deleted record (the restore syncs and wins over the delete).</source>
        <translation>Restaurer une fiche supprimée (la restauration se synchronise et l&apos;emporte sur la suppression).</translation>
    </message>
    <message>
        <source>%1: none has the id or name &quot;%2&quot;.</source>
        <translation>%1&#xa0;: rien ne porte l&apos;identifiant ou le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Several records are named &quot;%1&quot;; give the id of the one meant: %2.</source>
        <translation>Plusieurs fiches s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; indiquez l&apos;identifiant de celle voulue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 de l&apos;objectif de %2</translation>
    </message>
    <message>
        <source>  (usually %1)</source>
        <translation>  (habituellement %1)</translation>
    </message>
    <message>
        <source>rapport-cli: possibly the same person as %1 (%2, %3): %4</source>
        <translation>rapport-cli&#xa0;: peut-être la même personne que %1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 = %2 at today&apos;s rates</source>
        <translation>%1 = %2 aux taux du jour</translation>
    </message>
    <message>
        <source>; not counted, without a rate to %1: %2</source>
        <translation>&#xa0;; non comptés, sans taux en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Members: none</source>
        <translation>Membres&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Members: %1 (%2)</source>
        <translation>Membres&#xa0;: %1 (%2)</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segment client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Compte parent</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Formule de service</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Résolution attendue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>service %1, marketing %2</source>
        <translation>service %1, marketing %2</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <source>No consent to marketing %1 is recorded for this customer.</source>
        <translation>Aucun consentement au marketing %1 n&apos;est enregistré pour ce client.</translation>
    </message>
    <message>
        <source>No consent to being contacted %1 is recorded for this customer.</source>
        <translation>Aucun consentement à être contacté %1 n&apos;est enregistré pour ce client.</translation>
    </message>
    <message>
        <source>This customer declined marketing %1.</source>
        <translation>Ce client a refusé le marketing %1.</translation>
    </message>
    <message>
        <source>This customer declined being contacted %1.</source>
        <translation>Ce client a refusé d&apos;être contacté %1.</translation>
    </message>
    <message>
        <source>It is %1 for this customer, outside the times they agreed to (%2).</source>
        <translation>Il est %1 chez ce client, en dehors des horaires convenus (%2).</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>Désinscription de %1</translation>
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
        <translation>Autres e-mails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Autres téléphones</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Impossible de lire les contacts&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>Contacts imported from a vCard file</source>
        <translation>Contacts importés depuis un fichier vCard</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The birthday &quot;%1&quot; is not a date this import can read; it was left out.</source>
        <translation>L&apos;anniversaire «&#xa0;%1&#xa0;» n&apos;est pas une date lisible par cet import&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>La langue «&#xa0;%1&#xa0;» est inconnue de cet import&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>Le pays «&#xa0;%1&#xa0;» est inconnu de cet import&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <source>Rapport id (to update)</source>
        <translation>ID Rapport (pour mise à jour)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Company (account)</source>
        <translation>Entreprise (compte)</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>E-mail (%1)</translation>
    </message>
    <message>
        <source>Email addresses, several</source>
        <translation>Adresses e-mail (plusieurs)</translation>
    </message>
    <message>
        <source>Kind of email %1</source>
        <translation>Type d&apos;e-mail %1</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Téléphone (%1)</translation>
    </message>
    <message>
        <source>Phone numbers, several</source>
        <translation>Numéros de téléphone (plusieurs)</translation>
    </message>
    <message>
        <source>Kind of phone %1</source>
        <translation>Type de téléphone %1</translation>
    </message>
    <message>
        <source>Street (%1)</source>
        <translation>Rue (%1)</translation>
    </message>
    <message>
        <source>Postal code (%1)</source>
        <translation>Code postal (%1)</translation>
    </message>
    <message>
        <source>City (%1)</source>
        <translation>Ville (%1)</translation>
    </message>
    <message>
        <source>Region (%1)</source>
        <translation>Région (%1)</translation>
    </message>
    <message>
        <source>Country (%1)</source>
        <translation>Pays (%1)</translation>
    </message>
    <message>
        <source>Kind of address %1</source>
        <translation>Type d&apos;adresse %1</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Owner (user name, email or name)</source>
        <translation>Responsable (nom d&apos;utilisateur, e-mail ou nom)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>No column is a name: choose which column holds the last name (or the full name).</source>
        <translation>Aucune colonne ne contient de nom&#xa0;: choisissez la colonne qui contient le nom de famille (ou le nom complet).</translation>
    </message>
    <message>
        <source>To match by id, one column must hold the Rapport id.</source>
        <translation>Pour faire correspondre par ID, une colonne doit contenir l&apos;ID Rapport.</translation>
    </message>
    <message>
        <source>Contacts imported from a CSV file</source>
        <translation>Contacts importés depuis un fichier CSV</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>Il n&apos;y a pas de nom.</translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot; (or several are); the owner was left as it was.</source>
        <translation>Aucun utilisateur ne s&apos;appelle «&#xa0;%1&#xa0;» (ou plusieurs portent ce nom)&#xa0;; le responsable est resté inchangé.</translation>
    </message>
    <message>
        <source>The same person as on line %1 (same %2).</source>
        <translation>La même personne qu&apos;à la ligne %1 (même %2).</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Already in the book as %1; choose &quot;update&quot; or &quot;create or update&quot; to change it.</source>
        <translation>Déjà dans la base sous le nom %1&#xa0;; choisissez «&#xa0;mettre à jour&#xa0;» ou «&#xa0;créer ou mettre à jour&#xa0;» pour le modifier.</translation>
    </message>
    <message>
        <source>Another row of this file already updates %1.</source>
        <translation>Une autre ligne de ce fichier met déjà à jour %1.</translation>
    </message>
    <message>
        <source>The contact to update no longer exists.</source>
        <translation>Le contact à mettre à jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no id to find the contact by.</source>
        <translation>Aucun ID ne permet de trouver le contact.</translation>
    </message>
    <message>
        <source>Not in the book (matched by %1); choose &quot;create&quot; or &quot;create or update&quot; to add it.</source>
        <translation>Absent de la base (correspondance par %1)&#xa0;; choisissez «&#xa0;créer&#xa0;» ou «&#xa0;créer ou mettre à jour&#xa0;» pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1 (%2).</source>
        <translation>Peut-être la même personne que %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import stopped at line %1: %2 The rows before that line are in your book; import the file again with &quot;create or update&quot; to finish.</source>
        <translation>L&apos;import s&apos;est arrêté à la ligne %1&#xa0;: %2 Les lignes précédentes sont dans votre base&#xa0;; importez à nouveau le fichier avec «&#xa0;créer ou mettre à jour&#xa0;» pour terminer.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>separated by commas</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>separated by &quot;%1&quot;</source>
        <translation>séparé par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Opportunité créée</translation>
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
        <translation>Impossible de lire le client&#xa0;: %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>clôture prévue le %1</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Ce contact n&apos;existe plus (il a peut-être été supprimé ou retiré par la synchronisation).</translation>
    </message>
    <message>
        <source>This account no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Ce compte n&apos;existe plus (il a peut-être été supprimé ou retiré par la synchronisation).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be read. Check that it is a file and that you may open it.</source>
        <translation>Impossible de lire %1. Vérifiez qu&apos;il s&apos;agit bien d&apos;un fichier et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2: %3). The file was left unchanged; restore it from a backup or sync it again from the server.</source>
        <translation>%1 est endommagé et ne peut pas être ouvert (%2&#xa0;: %3). Le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde ou synchronisez-le à nouveau depuis le serveur.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database: it is not an SQLite file. The file was left unchanged.</source>
        <translation>%1 n&apos;est pas une base de données Rapport&#xa0;: ce n&apos;est pas un fichier SQLite. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Rapport database. The file was left unchanged.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Rapport. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (database schema %2; this version knows schema %3 at most). Please update Rapport. The file was left unchanged.</source>
        <translation>%1 a été écrit par une version plus récente de Rapport (schéma de base de données %2&#xa0;; cette version connaît au plus le schéma %3). Veuillez mettre à jour Rapport. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not ready to be read: open it once for writing first.</source>
        <translation>%1 n&apos;est pas prêt à être lu&#xa0;: ouvrez-le d&apos;abord une fois en écriture.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Internal error: the database connection &quot;%1&quot; is already open.</source>
        <translation>Erreur interne&#xa0;: la connexion à la base de données «&#xa0;%1&#xa0;» est déjà ouverte.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Internal error: the SQLite driver gave no native handle.</source>
        <translation>Erreur interne&#xa0;: le pilote SQLite n&apos;a fourni aucun handle natif.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Still linked to %1: %2. They stay as they are, and Edit → Undo brings %1 back.</source>
        <translation>Éléments encore liés à %1&#xa0;: %2. Ils restent tels quels, et Édition → Annuler rétablit %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>stopped</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>Demo data generation failed: %1</source>
        <translation>La génération des données de démonstration a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payment within 30 days of invoice, without deduction. Prices exclude delivery and travel. Our general terms and conditions apply.</source>
        <translation>Paiement à 30 jours date de facture, sans escompte. Prix hors frais de livraison et de déplacement. Nos conditions générales de vente s&apos;appliquent.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>An earlier demo data generation into this file was interrupted. Delete the file and start again.</source>
        <translation>Une précédente génération de données de démonstration dans ce fichier a été interrompue. Supprimez le fichier et recommencez.</translation>
    </message>
    <message>
        <source>The database already holds customer data. Demo data is only generated into an empty database; choose a new file with --db.</source>
        <translation>La base de données contient déjà des données clients. Les données de démonstration ne sont générées que dans une base vide&#xa0;; choisissez un nouveau fichier avec --db.</translation>
    </message>
    <message>
        <source>The number of demo contacts must be between 10 and 50,000,000.</source>
        <translation>Le nombre de contacts de démonstration doit être compris entre 10 et 50&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>The demo date is not a valid date.</source>
        <translation>La date de démonstration n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>Demo data: %1 contacts, seed %2</source>
        <translation>Données de démonstration&#xa0;: %1 contacts, graine %2</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the records written so far were kept.</source>
        <translation>La génération des données de démonstration a été annulée&#xa0;; les fiches déjà écrites ont été conservées.</translation>
    </message>
    <message>
        <source>Writing demo records</source>
        <translation>Écriture des fiches de démonstration</translation>
    </message>
    <message>
        <source>Demo data generation stopped early.</source>
        <translation>La génération des données de démonstration s&apos;est arrêtée prématurément.</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Construction des index</translation>
    </message>
</context>
<context>
    <name>DesktopLinks</name>
    <message>
        <source>No program on this computer makes phone calls: %1 is on the clipboard to dial.</source>
        <translation>Aucun programme de cet ordinateur ne permet de passer des appels&#xa0;: %1 a été copié dans le presse-papiers pour être composé.</translation>
    </message>
    <message>
        <source>No email program is set up on this computer: %1 is on the clipboard.</source>
        <translation>Aucun programme de messagerie n&apos;est configuré sur cet ordinateur&#xa0;: %1 a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1: the link is on the clipboard.</source>
        <translation>Aucun programme de cet ordinateur ne sait ouvrir %1&#xa0;: le lien a été copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>the same email address</source>
        <translation>la même adresse e-mail</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>le même numéro de téléphone</translation>
    </message>
    <message>
        <source>the same name at the same account</source>
        <translation>le même nom dans le même compte</translation>
    </message>
    <message>
        <source>the same name and email domain</source>
        <translation>le même nom et le même domaine e-mail</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: %1</source>
        <translation>Impossible de rechercher les doublons&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>La fiche n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>line item</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Changement d&apos;étape</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>changement d&apos;étape</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Catalogue de prix</translation>
    </message>
    <message>
        <source>Price books</source>
        <translation>Catalogues de prix</translation>
    </message>
    <message>
        <source>price book</source>
        <translation>catalogue de prix</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <source>order line</source>
        <translation>ligne de commande</translation>
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
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>Ticket entry</source>
        <translation>Entrée de ticket</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>ticket entry</source>
        <translation>entrée de ticket</translation>
    </message>
    <message>
        <source>Linked article</source>
        <translation>Article lié</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>linked article</source>
        <translation>article lié</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Article de la base de connaissances</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>knowledge article</source>
        <translation>article de la base de connaissances</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation>Membre de campagne</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Membres de campagne</translation>
    </message>
    <message>
        <source>campaign member</source>
        <translation>membre de campagne</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Réponse à une campagne</translation>
    </message>
    <message>
        <source>Campaign responses</source>
        <translation>Réponses aux campagnes</translation>
    </message>
    <message>
        <source>campaign response</source>
        <translation>réponse à une campagne</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>taux de change</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>devis</translation>
    </message>
    <message>
        <source>Stage setting</source>
        <translation>Paramètre d&apos;étape</translation>
    </message>
    <message>
        <source>Stage settings</source>
        <translation>Paramètres des étapes</translation>
    </message>
    <message>
        <source>stage setting</source>
        <translation>paramètre d&apos;étape</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>niveau de service</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rôle d&apos;achat</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Rôles d&apos;achat</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>rôle d&apos;achat</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>Agent de support</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable d&apos;équipe</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteurs</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobile</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Chimie</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>BTP</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Agroalimentaire</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administration publique</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industrie manufacturière</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Industrie pharmaceutique</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Télécommunications</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Entreprise moyenne</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Petite entreprise</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Prospection téléphonique</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Non qualifié</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospection</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Analyse des besoins</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Meilleur cas</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>TVA facturée</translation>
    </message>
    <message>
        <source>Reverse charge (EU business)</source>
        <translation>Autoliquidation (entreprise de l&apos;UE)</translation>
    </message>
    <message>
        <source>Export (customer abroad)</source>
        <translation>Export (client à l&apos;étranger)</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Décideur financier</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Prescripteur technique</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Opposant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>A réagi</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>campaign status</comment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>campaign status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Prix trop élevé</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Choix d&apos;un concurrent</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Pas de budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Pas de décision</translation>
    </message>
    <message>
        <source>Project postponed</source>
        <translation>Projet reporté</translation>
    </message>
    <message>
        <source>Missing feature</source>
        <translation>Fonctionnalité manquante</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation client</translation>
    </message>
    <message>
        <source>piece</source>
        <comment>unit of sale</comment>
        <translation>pièce</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>unit of sale</comment>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <comment>unit of sale</comment>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <comment>unit of sale</comment>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <comment>unit of sale</comment>
        <translation>an</translation>
    </message>
    <message>
        <source>project</source>
        <comment>unit of sale</comment>
        <translation>projet</translation>
    </message>
    <message>
        <source>user/year</source>
        <comment>unit of sale</comment>
        <translation>utilisateur/an</translation>
    </message>
    <message>
        <source>site/year</source>
        <comment>unit of sale</comment>
        <translation>site/an</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>ticket category</comment>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>ticket category</comment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>ticket category</comment>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>ticket category</comment>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>ticket category</comment>
        <translation>Formation</translation>
    </message>
    <message>
        <source>user</source>
        <comment>unit of sale</comment>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>box</source>
        <comment>unit of sale</comment>
        <translation>carton</translation>
    </message>
    <message>
        <source>kit</source>
        <comment>unit of sale</comment>
        <translation>kit</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>consent source</comment>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>consent source</comment>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>consent source</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>consent source</comment>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <comment>consent source</comment>
        <translation>Salon professionnel</translation>
    </message>
    <message>
        <source>Business card</source>
        <comment>consent source</comment>
        <translation>Carte de visite</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>consent source</comment>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Campaign reply</source>
        <comment>consent source</comment>
        <translation>Réponse à une campagne</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>consent source</comment>
        <translation>Désinscription</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Merge record</source>
        <translation>Données de fusion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable d&apos;équipe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Compte parent</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Formule de service</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Téléphone (E.164)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Communication consent</source>
        <translation>Consentement de communication</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Converti en compte</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Converti en contact</translation>
    </message>
    <message>
        <source>Converted to opportunity</source>
        <translation>Converti en opportunité</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti le</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Durée (secondes)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reminders (minutes before)</source>
        <translation>Rappels (minutes avant)</translation>
    </message>
    <message>
        <source>Reminders dismissed until</source>
        <translation>Rappels ignorés jusqu&apos;au</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Reporté jusqu&apos;au</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Prochain rappel</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Occurrences exclues</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Occurrence replaced</source>
        <translation>Occurrence remplacée</translation>
    </message>
    <message>
        <source>Repeats until</source>
        <translation>Se répète jusqu&apos;au</translation>
    </message>
    <message>
        <source>iCalendar UID</source>
        <translation>UID iCalendar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Catégorie de prévision</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount (basis points)</source>
        <translation>Remise (points de base)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Étape d&apos;origine</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Catalogue de prix</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Première réponse attendue le</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Résolution attendue le</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Waiting on customer since</source>
        <translation>En attente du client depuis</translation>
    </message>
    <message>
        <source>Working minutes waited</source>
        <translation>Minutes ouvrées d&apos;attente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé le</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Rate (millionths)</source>
        <translation>Taux (millionièmes)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Tax rate (basis points)</source>
        <translation>Taux de TVA (points de base)</translation>
    </message>
    <message>
        <source>Tax treatment</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilité par défaut</translation>
    </message>
    <message>
        <source>First response (working minutes)</source>
        <translation>Première réponse (minutes ouvrées)</translation>
    </message>
    <message>
        <source>Resolution (working minutes)</source>
        <translation>Résolution (minutes ouvrées)</translation>
    </message>
    <message>
        <source>Warn before (working minutes)</source>
        <translation>Alerter avant (minutes ouvrées)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>livraison</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln prospect</numerusform>
            <numerusform>%Ln prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln opportunité</numerusform>
            <numerusform>%Ln opportunités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln campagne</numerusform>
            <numerusform>%Ln campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln produit</numerusform>
            <numerusform>%Ln produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retard</translation>
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
        <translation>accord donné via %1 le %2</translation>
    </message>
    <message>
        <source>agreed via %1</source>
        <translation>accord donné via %1</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>accord donné le %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label before its value</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an unsubscribe, then its date</comment>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Le serveur a envoyé une réponse qui n&apos;est pas au format JSON.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>Impossible d&apos;effectuer une recherche dans la base de connaissances&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>Il n&apos;y a pas de prospect %1.</translation>
    </message>
    <message>
        <source>%1 was converted already.</source>
        <translation>%1 a déjà été converti.</translation>
    </message>
    <message>
        <source>%1: new business</source>
        <translation>%1&#xa0;: nouvelle affaire</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>decides: %1</source>
        <translation>décide&#xa0;: %1</translation>
    </message>
    <message>
        <source>leads a department: %1</source>
        <translation>dirige un service&#xa0;: %1</translation>
    </message>
    <message>
        <source>manages or buys: %1</source>
        <translation>encadre ou achète&#xa0;: %1</translation>
    </message>
    <message>
        <source>job title given</source>
        <translation>fonction renseignée</translation>
    </message>
    <message>
        <source>company named</source>
        <translation>entreprise indiquée</translation>
    </message>
    <message>
        <source>private email address</source>
        <translation>adresse e-mail personnelle</translation>
    </message>
    <message>
        <source>business email address</source>
        <translation>adresse e-mail professionnelle</translation>
    </message>
    <message>
        <source>phone number given</source>
        <translation>numéro de téléphone renseigné</translation>
    </message>
    <message>
        <source>country known</source>
        <translation>pays connu</translation>
    </message>
    <message>
        <source>came by referral or partner</source>
        <translation>venu par recommandation ou par un partenaire</translation>
    </message>
    <message>
        <source>came by website, event or campaign</source>
        <translation>venu par le site web, un événement ou une campagne</translation>
    </message>
    <message>
        <source>opted out of campaigns</source>
        <translation>a retiré son consentement aux campagnes</translation>
    </message>
    <message>
        <source>bought through a campaign</source>
        <translation>a acheté via une campagne</translation>
    </message>
    <message>
        <source>attended an event</source>
        <translation>a participé à un événement</translation>
    </message>
    <message>
        <source>registered for an event</source>
        <translation>s&apos;est inscrit à un événement</translation>
    </message>
    <message>
        <source>replied to a campaign</source>
        <translation>a répondu à une campagne</translation>
    </message>
    <message numerus="yes">
        <source>clicked a campaign %n time(s)</source>
        <translation>
            <numerusform>a cliqué %n fois dans une campagne</numerusform>
            <numerusform>a cliqué %n fois dans des campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened a campaign %n time(s)</source>
        <translation>
            <numerusform>a ouvert une campagne %n fois</numerusform>
            <numerusform>a ouvert des campagnes %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>responded to a campaign</source>
        <translation>a réagi à une campagne</translation>
    </message>
    <message>
        <source>in conversation</source>
        <translation>en discussion</translation>
    </message>
    <message>
        <source>new this month</source>
        <translation>nouveau ce mois-ci</translation>
    </message>
    <message>
        <source>new this quarter</source>
        <translation>nouveau ce trimestre</translation>
    </message>
    <message>
        <source>The lead&apos;s campaigns cannot be read: %1</source>
        <translation>Impossible de lire les campagnes du prospect&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Il n&apos;y a pas de prospect %1.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge into %1</source>
        <translation>Fusionner dans %1</translation>
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
        <translation>&#xa0;M</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>&#xa0;Md</translation>
    </message>
</context>
<context>
    <name>Normaliser</name>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2. A number without a country code is read in the contact&apos;s country, else in the region chosen in the settings: add the country code or the country.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone valide pour %2. Un numéro sans indicatif de pays est lu dans le pays du contact, sinon dans la région choisie dans les paramètres&#xa0;: ajoutez l&apos;indicatif de pays ou le pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>OpportunityDetailsReader</name>
    <message>
        <source>The opportunity no longer exists (it may have been removed by sync).</source>
        <translation>L&apos;opportunité n&apos;existe plus (elle a peut-être été retirée par la synchronisation).</translation>
    </message>
    <message>
        <source>The opportunity cannot be read: %1</source>
        <translation>Impossible de lire l&apos;opportunité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Impossible de lire le catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>The overview cannot be read: %1</source>
        <translation>Impossible de lire la vue d&apos;ensemble&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>There is no contact or lead with the id %1.</source>
        <translation>Il n&apos;existe aucun contact ni prospect avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>The records of %1 could not be read: %2</source>
        <translation>Impossible de lire les fiches de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The pipeline cannot be read: %1</source>
        <translation>Impossible de lire le pipeline&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>My open tickets</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>My customers&apos; open tickets</source>
        <translation>Tickets ouverts de mes clients</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Tous les tickets ouverts</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>SLA menacé</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>Il n&apos;y a pas d&apos;opportunité %1.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is priced in %2, the deal in %3: a quote has one currency.</source>
        <translation>La ligne «&#xa0;%1&#xa0;» est tarifée en %2, l&apos;opportunité en %3&#xa0;: un devis n&apos;a qu&apos;une seule devise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no line items to quote: add products to the opportunity first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucune ligne à chiffrer&#xa0;: ajoutez d&apos;abord des produits à l&apos;opportunité.</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>À l&apos;attention de %1</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>N° de TVA&#xa0;: %1</translation>
    </message>
    <message>
        <source>The quote template %1 cannot be read: %2</source>
        <translation>Impossible de lire le modèle de devis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Remise %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Votre interlocuteur</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>The quote template cannot be used: %1</source>
        <translation>Impossible d&apos;utiliser le modèle de devis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>The exchange rates cannot be read: %1</source>
        <translation>Impossible de lire les taux de change&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>avant-dernier</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The recurrence rule is too long.</source>
        <translation>La règle de récurrence est trop longue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recurrence rule (for example FREQ=WEEKLY;BYDAY=MO).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une règle de récurrence (par exemple FREQ=WEEKLY;BYDAY=MO).</translation>
    </message>
    <message>
        <source>Activities repeat daily at most.</source>
        <translation>Les activités se répètent au plus une fois par jour.</translation>
    </message>
    <message>
        <source>Recurrence in other calendars than the Gregorian one (RSCALE) is not supported.</source>
        <translation>La récurrence dans un calendrier autre que le grégorien (RSCALE) n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>The interval of a recurrence rule must be at least 1.</source>
        <translation>L&apos;intervalle d&apos;une règle de récurrence doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Chaque jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Chaque semaine</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Chaque mois</numerusform>
            <numerusform>Tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Chaque année</numerusform>
            <numerusform>Tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>day %1 from the end</source>
        <translation>%1e jour en partant de la fin</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>first</source>
        <comment>feminine</comment>
        <translation>première</translation>
    </message>
    <message>
        <source>second</source>
        <comment>feminine</comment>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <comment>feminine</comment>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>feminine</comment>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <comment>feminine</comment>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <comment>feminine</comment>
        <translation>dernière</translation>
    </message>
    <message>
        <source>second to last</source>
        <comment>feminine</comment>
        <translation>avant-dernière</translation>
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
        <translation>Le rapport ne peut pas être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Churn risk: how likely a customer has stopped buying, from how long they have been silent at their own pace and a year&apos;s churn in the book (%1).</source>
        <translation>Risque d&apos;attrition&#xa0;: probabilité qu&apos;un client ait cessé d&apos;acheter, d&apos;après la durée de son silence rapportée à son propre rythme d&apos;achat et l&apos;attrition annuelle du portefeuille (%1).</translation>
    </message>
    <message>
        <source>No customer ordered in the year before the last: the book&apos;s retention is assumed to be %1.</source>
        <translation>Aucun client n&apos;a commandé l&apos;avant-dernière année&#xa0;: le taux de rétention du portefeuille est supposé égal à %1.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% des clients</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Since last order</source>
        <translation>Depuis la dernière commande</translation>
    </message>
    <message>
        <source>Avg. orders</source>
        <translation>Commandes moy.</translation>
    </message>
    <message>
        <source>Avg. lifetime value</source>
        <translation>Valeur vie client moy.</translation>
    </message>
    <message>
        <source>Avg. churn risk</source>
        <translation>Risque d&apos;attrition moy.</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Catégorie principale</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>Recency, frequency and money are scored 1 to 5 by quintile among the %Ln customers: days since the last order, orders and revenue in the period.</source>
        <translation>
            <numerusform>Récence, fréquence et montant sont notés de 1 à 5 par quintile parmi %Ln client&#xa0;: jours depuis la dernière commande, commandes et chiffre d&apos;affaires de la période.</numerusform>
            <numerusform>Récence, fréquence et montant sont notés de 1 à 5 par quintile parmi les %Ln clients&#xa0;: jours depuis la dernière commande, commandes et chiffre d&apos;affaires de la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Orders every</source>
        <translation>Commande tous les</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message>
        <source>Revenue a year</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Chiffre d&apos;affaires menacé</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customers at risk</source>
        <translation>
            <numerusform>%Ln client à risque</numerusform>
            <numerusform>Les %Ln clients à risque</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers who ordered in the last year and whose churn risk is %1 or more, the most revenue at stake first: a year&apos;s revenue times the churn risk.</source>
        <translation>Clients ayant commandé au cours de la dernière année et dont le risque d&apos;attrition est d&apos;au moins %1, par chiffre d&apos;affaires menacé décroissant&#xa0;: le chiffre d&apos;affaires annuel multiplié par le risque d&apos;attrition.</translation>
    </message>
    <message>
        <source>The %1 with the most at stake are listed; the last line counts all %2.</source>
        <translation>Les %1 clients les plus menacés sont listés&#xa0;; la dernière ligne totalise l&apos;ensemble des %2.</translation>
    </message>
    <message>
        <source>Customers who buy → also buy</source>
        <translation>Clients qui achètent → achètent aussi</translation>
    </message>
    <message>
        <source>Customers who buy the first</source>
        <translation>Acheteurs de la première</translation>
    </message>
    <message>
        <source>Also buy the second</source>
        <translation>Achètent aussi la seconde</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Do not buy it yet</source>
        <translation>Ne l&apos;achètent pas encore</translation>
    </message>
    <message>
        <source>Potential revenue</source>
        <translation>Chiffre d&apos;affaires potentiel</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Lift: how much likelier the first category&apos;s customers are to buy the second than the %Ln customers as a whole.</source>
        <translation>
            <numerusform>Lift&#xa0;: combien de fois plus les clients de la première catégorie sont susceptibles d&apos;acheter la seconde que l&apos;ensemble de la clientèle (%Ln client).</numerusform>
            <numerusform>Lift&#xa0;: combien de fois plus les clients de la première catégorie sont susceptibles d&apos;acheter la seconde que l&apos;ensemble des %Ln clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Potential revenue: the customers who do not buy the second yet, times the share who do, times what its customers spent on it in the period.</source>
        <translation>Chiffre d&apos;affaires potentiel&#xa0;: les clients qui n&apos;achètent pas encore la seconde catégorie, multipliés par la part de ceux qui l&apos;achètent, multipliés par ce que ses clients y ont dépensé sur la période.</translation>
    </message>
    <message>
        <source>The customers cannot be scored: %1</source>
        <translation>Les clients ne peuvent pas être évalués&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Under 4 hours</source>
        <translation>Moins de 4 heures</translation>
    </message>
    <message>
        <source>4 to 24 hours</source>
        <translation>4 à 24 heures</translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation>1 à 3 jours</translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation>3 à 7 jours</translation>
    </message>
    <message>
        <source>1 to 4 weeks</source>
        <translation>1 à 4 semaines</translation>
    </message>
    <message>
        <source>Over 4 weeks</source>
        <translation>Plus de 4 semaines</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Tous les tickets ouverts</translation>
    </message>
    <message>
        <source>Open now: new, open and waiting on the customer, by the time since they were opened.</source>
        <translation>Ouverts actuellement&#xa0;: nouveaux, ouverts et en attente du client, selon le temps écoulé depuis leur création.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Tickets créés</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>Première réponse dans les délais</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Résolus dans les délais</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>Délai moyen de première réponse</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>Délai moyen de résolution</translation>
    </message>
    <message>
        <source>Open and breached</source>
        <translation>Ouverts, délai dépassé</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Tickets opened in the period. In time: the share of the clocks that stopped before their due time, of those that stopped or ran out; times in hours on the clock (working time is what the targets count).</source>
        <translation>Tickets créés sur la période. Dans les délais&#xa0;: part des compteurs arrêtés avant leur échéance, parmi ceux qui se sont arrêtés ou ont expiré&#xa0;; durées en heures réelles (les objectifs comptent le temps ouvré).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Ouverts en fin de période</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>La période n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <source>Open at the end: opened before the end of the period and not resolved by then (a reopened ticket counts as open).</source>
        <translation>Ouverts en fin de période&#xa0;: créés avant la fin de la période et non résolus à cette date (un ticket rouvert compte comme ouvert).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouverts actuellement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Received: assigned tickets opened in the period; resolved, resolution time, in time and satisfaction: tickets resolved in the period.</source>
        <translation>Reçus&#xa0;: tickets attribués créés sur la période&#xa0;; résolus, délai de résolution, dans les délais et satisfaction&#xa0;: tickets résolus sur la période.</translation>
    </message>
    <message>
        <source>Not a help-desk report.</source>
        <translation>Ce n&apos;est pas un rapport de support.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Meilleur cas</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Gagné / objectif</translation>
    </message>
    <message>
        <source>Won + commit of quota</source>
        <translation>Gagné + engagé / objectif</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Montant gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Montant moyen</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Cycle de vente</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(utilisateur inconnu)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Deals in stage</source>
        <translation>Opportunités à l&apos;étape</translation>
    </message>
    <message>
        <source>Average time in stage</source>
        <translation>Durée moyenne à l&apos;étape</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Avancées</translation>
    </message>
    <message>
        <source>Won from here</source>
        <translation>Gagnées ensuite</translation>
    </message>
    <message>
        <source>Time from stage to stage, for the deals won or lost in the period: a deal that passes every stage spends %1 days in them.</source>
        <translation>Durée d&apos;une étape à l&apos;autre, pour les opportunités gagnées ou perdues sur la période&#xa0;: une opportunité qui passe par toutes les étapes y reste %1 jours.</translation>
    </message>
    <message numerus="yes">
        <source>The %n deal(s) won took %1 days on average from their first stage to the close.</source>
        <translation>
            <numerusform>%n opportunité gagnée a mis en moyenne %1 jours de sa première étape à la conclusion.</numerusform>
            <numerusform>%n opportunités gagnées ont mis en moyenne %1 jours de leur première étape à la conclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no competitor named)</source>
        <translation>(aucun concurrent indiqué)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Montant perdu</translation>
    </message>
    <message>
        <source>All deals closed</source>
        <translation>Toutes les opportunités conclues</translation>
    </message>
    <message>
        <source>A deal against several competitors counts under each; the last line counts every deal once.</source>
        <translation>Une opportunité face à plusieurs concurrents compte pour chacun d&apos;eux&#xa0;; la dernière ligne compte chaque opportunité une seule fois.</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <source>Share of losses</source>
        <translation>Part des pertes</translation>
    </message>
    <message>
        <source>All deals lost</source>
        <translation>Toutes les opportunités perdues</translation>
    </message>
    <message>
        <source>Slipped deals</source>
        <translation>Opportunités décalées</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Average delay</source>
        <translation>Décalage moyen</translation>
    </message>
    <message>
        <source>Now after the period</source>
        <translation>Désormais après la période</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>Équipe commerciale</translation>
    </message>
    <message>
        <source>Win/loss</source>
        <translation>Gains/pertes</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Ticket backlog</source>
        <translation>Stock de tickets</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segments clients</translation>
    </message>
    <message>
        <source>Cross-selling</source>
        <translation>Ventes croisées</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The tickets of a person or team: those they work on, and those of the customers they look after.</source>
        <translation>Les tickets d&apos;une personne ou d&apos;une équipe&#xa0;: ceux qu&apos;elle traite et ceux des clients dont elle s&apos;occupe.</translation>
    </message>
    <message>
        <source>Lifetime value: the revenue so far and a year&apos;s revenue to come, kept at the book&apos;s retention of %1 a year and discounted at %2, while the customer still buys.</source>
        <translation>Valeur vie client&#xa0;: le chiffre d&apos;affaires réalisé plus le chiffre d&apos;affaires annuel à venir, maintenu au taux de rétention du portefeuille de %1 par an et actualisé à %2, tant que le client achète encore.</translation>
    </message>
    <message>
        <source>Revenue a year: the yearly average of the last two years (of the time since the first order, if shorter, at least a year). Orders every: the customer&apos;s usual time between orders, over all their orders.</source>
        <translation>Chiffre d’affaires annuel&#xa0;: la moyenne annuelle des deux dernières années (du temps écoulé depuis la première commande, s’il est plus court, au moins un an). Commande tous les&#xa0;: l’intervalle habituel entre deux commandes du client, sur toutes ses commandes.</translation>
    </message>
    <message>
        <source>&quot;Moved on&quot; counts the deals that later reached any stage further along: some skip a stage, so fewer enter the next one than moved on.</source>
        <translation>«&#xa0;Avancées&#xa0;» compte les opportunités qui ont ensuite atteint une étape plus avancée, quelle qu’elle soit&#xa0;: certaines sautent une étape, si bien que moins entrent dans la suivante qu’il n’en a avancé.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
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
        <translation>Usage&#xa0;: rapport-server [--data sqlite:CHEMIN | --data postgresql://UTILISATEUR@HÔTE:PORT/BASE]
                       [--listen HÔTE:PORT] [--tls-cert FICHIER --tls-key FICHIER] [--token-ttl SECONDES]
                       [--workers N]
        rapport-server [--data …] user add NOM --role rep|agent|manager|admin [--team T] [--manager NOM]
        rapport-server [--data …] user list | user disable NOM | user enable NOM | user passwd NOM
        rapport-server [--data …] team add NOM [--kind sales|service|marketing]
Les mots de passe sont lus dans RAPPORT_PASSWORD ou sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Commande inconnue.</translation>
    </message>
    <message>
        <source>Team %1 added (%2).</source>
        <translation>Équipe %1 créée (%2).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>user add needs NAME --role ROLE.</source>
        <translation>user add nécessite NOM --role RÔLE.</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>Utilisateur %1 créé (%2).</translation>
    </message>
    <message>
        <source>Password changed; the user&apos;s sessions are signed out.</source>
        <translation>Mot de passe modifié&#xa0;; les sessions de l&apos;utilisateur sont déconnectées.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option %1 inconnue.</translation>
    </message>
    <message>
        <source>--token-ttl needs a positive number of seconds.</source>
        <translation>--token-ttl nécessite un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>--workers needs a number from 1 to 64.</source>
        <translation>--workers nécessite un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, for example 127.0.0.1:8765.</source>
        <translation>--listen nécessite HÔTE:PORT, par exemple 127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Listening on %1 without TLS is refused: passwords and data would cross the network unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1.</source>
        <translation>L&apos;écoute sur %1 sans TLS est refusée&#xa0;: les mots de passe et les données circuleraient en clair sur le réseau. Indiquez --tls-cert et --tls-key, ou écoutez sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The TLS certificate or key file cannot be read.</source>
        <translation>Le fichier du certificat ou de la clé TLS ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>Le certificat ou la clé TLS n&apos;est pas au format PEM valide.</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Impossible d&apos;écouter sur %1.</translation>
    </message>
    <message>
        <source>rapport-server listening on %1:%2 (%3, %4)</source>
        <translation>rapport-server à l&apos;écoute sur %1:%2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>The server&apos;s database failed: %1</source>
        <translation>La base de données du serveur a rencontré une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; names no file.</source>
        <translation>L&apos;emplacement des données «&#xa0;%1&#xa0;» ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; is not a valid postgresql://USER@HOST:PORT/DB address.</source>
        <translation>L&apos;emplacement des données «&#xa0;%1&#xa0;» n&apos;est pas une adresse postgresql://UTILISATEUR@HÔTE:PORT/BASE valide.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; must start with sqlite: or postgresql://.</source>
        <translation>L&apos;emplacement des données «&#xa0;%1&#xa0;» doit commencer par sqlite: ou postgresql://.</translation>
    </message>
    <message>
        <source>The server&apos;s database could not be opened: %1</source>
        <translation>La base de données du serveur n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ticket number %1 is another ticket&apos;s.</source>
        <translation>Le numéro de ticket %1 appartient à un autre ticket.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Une équipe doit avoir un nom.</translation>
    </message>
    <message>
        <source>A team&apos;s kind is sales, service or marketing, not &quot;%1&quot;.</source>
        <translation>Le type d&apos;une équipe est sales, service ou marketing, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A team named &quot;%1&quot; exists already.</source>
        <translation>Une équipe nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>A user name must have 1 to 64 characters.</source>
        <translation>Un nom d&apos;utilisateur doit comporter de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use rep, agent, manager or admin.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez rep, agent, manager ou admin.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; exists already.</source>
        <translation>Un utilisateur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;; add it with: team add NAME</source>
        <translation>Aucune équipe ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; créez-la avec&#xa0;: team add NOM</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Le mot de passe n&apos;a pas pu être haché (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>There is no conflict with this id.</source>
        <translation>Aucun conflit ne correspond à cet identifiant.</translation>
    </message>
    <message>
        <source>You may not see this conflict.</source>
        <translation>Vous n&apos;êtes pas autorisé à voir ce conflit.</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>Vous n&apos;êtes pas autorisé à modifier cette fiche.</translation>
    </message>
    <message>
        <source>This record does not exist or is not yours to see.</source>
        <translation>Cette fiche n&apos;existe pas ou vous n&apos;êtes pas autorisé à la voir.</translation>
    </message>
    <message>
        <source>You may not create this record for someone outside your scope.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer cette fiche pour une personne hors de votre périmètre.</translation>
    </message>
    <message>
        <source>This mutation id was used by someone else.</source>
        <translation>Cet identifiant de modification a déjà été utilisé par quelqu&apos;un d&apos;autre.</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <source>The service levels cannot be read: %1</source>
        <translation>Les niveaux de service ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service levels cannot be checked: %1</source>
        <translation>Les niveaux de service ne peuvent pas être vérifiés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 cannot be written: the folder is not writable.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: it could not be put in place.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le fichier n&apos;a pas pu être mis en place.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A mutation must be a JSON object.</source>
        <translation>Une modification doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a mutation.</source>
        <translation>Membre «&#xa0;%1&#xa0;» inconnu dans une modification.</translation>
    </message>
    <message>
        <source>The mutation id is missing or not a UUID.</source>
        <translation>L&apos;identifiant de modification est absent ou n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>The record id is missing or not a UUID.</source>
        <translation>L&apos;identifiant de la fiche est absent ou n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>A conflict can only be marked as resolved.</source>
        <translation>Un conflit peut seulement être marqué comme résolu.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Type de fiche «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Opération «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>The clock stamp is missing or malformed.</source>
        <translation>L&apos;horodatage est absent ou mal formé.</translation>
    </message>
    <message>
        <source>The fields must be a JSON object.</source>
        <translation>Les champs doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for %2.</source>
        <translation>Champ «&#xa0;%1&#xa0;» inconnu pour %2.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» n&apos;est pas du bon type.</translation>
    </message>
    <message>
        <source>The base must be a JSON object.</source>
        <translation>La version de base doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The base of &quot;%1&quot; is malformed.</source>
        <translation>La version de base de «&#xa0;%1&#xa0;» est mal formée.</translation>
    </message>
    <message>
        <source>The record does not exist on the server.</source>
        <translation>La fiche n&apos;existe pas sur le serveur.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Le serveur n&apos;a pas accepté la connexion.</translation>
    </message>
    <message>
        <source>The server refused: you may not do this.</source>
        <translation>Le serveur a refusé&#xa0;: vous n&apos;êtes pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>This version of Rapport does not match the server&apos;s.</source>
        <translation>Cette version de Rapport ne correspond pas à celle du serveur.</translation>
    </message>
    <message>
        <source>Too many attempts; try again later.</source>
        <translation>Trop de tentatives&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Le serveur a répondu avec l&apos;erreur %1.</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>Le serveur a répondu avec l&apos;erreur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Le serveur a envoyé une réponse qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Sync was stopped; the next one goes on from where it stopped.</source>
        <translation>La synchronisation a été interrompue&#xa0;; la prochaine reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The server sent a page of changes this version cannot read.</source>
        <translation>Le serveur a envoyé une page de modifications que cette version ne peut pas lire.</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>the record was given to someone outside your scope and left this computer; your change is kept here</source>
        <translation>la fiche a été attribuée à une personne hors de votre périmètre et a quitté cet ordinateur&#xa0;; votre modification est conservée ici</translation>
    </message>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>Aucun conflit ouvert n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The number %1 belongs to another ticket; this ticket keeps %2. Dismiss the conflict once you have told whoever knew the old number.</source>
        <translation>Le numéro %1 appartient à un autre ticket&#xa0;; ce ticket conserve le numéro %2. Ignorez le conflit une fois que vous avez prévenu les personnes qui connaissaient l&apos;ancien numéro.</translation>
    </message>
    <message>
        <source>The conflict names a field this version does not know.</source>
        <translation>Le conflit mentionne un champ que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>The record of this conflict is not on this device (it was deleted or is no longer yours to see).</source>
        <translation>La fiche de ce conflit n&apos;est pas sur cet appareil (elle a été supprimée ou vous n&apos;êtes plus autorisé à la voir).</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Reverse charge: the recipient accounts for the VAT on services (Article 196); goods are an exempt intra-Community supply (Article 138 of Council Directive 2006/112/EC).</source>
        <translation>Autoliquidation&#xa0;: le preneur acquitte la TVA sur les services (article 196)&#xa0;; les biens constituent une livraison intracommunautaire exonérée (article 138 de la directive 2006/112/CE du Conseil).</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is outside the European Union.</source>
        <translation>TVA non applicable&#xa0;: le client est établi hors de l&apos;Union européenne.</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is abroad.</source>
        <translation>TVA non applicable&#xa0;: le client est établi à l&apos;étranger.</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is outside the seller&apos;s country (%1).</source>
        <translation>TVA non applicable&#xa0;: le client est établi hors du pays du vendeur (%1).</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;; it can go to: %3.</source>
        <translation>Un ticket ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#xa0;; il peut passer à&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The conversation cannot be read: %1</source>
        <translation>La conversation ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>Le ticket n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The tickets cannot be read: %1</source>
        <translation>Les tickets ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team has nobody to give the ticket to.</source>
        <translation>L&apos;équipe n&apos;a personne à qui attribuer le ticket.</translation>
    </message>
    <message>
        <source>The escalations cannot be worked out: %1</source>
        <translation>Les escalades ne peuvent pas être déterminées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Escalation: %1 has no first response in time</source>
        <translation>Escalade&#xa0;: %1 n&apos;a pas reçu de première réponse dans les délais</translation>
    </message>
    <message>
        <source>Escalation: %1 is not resolved in time</source>
        <translation>Escalade&#xa0;: %1 n&apos;est pas résolu dans les délais</translation>
    </message>
    <message>
        <source>%1 (nobody is assigned)</source>
        <translation>%1 (non attribué)</translation>
    </message>
    <message>
        <source>%1 (assigned to %2)</source>
        <translation>%1 (attribué à %2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy (another program is writing to it): %1</source>
        <translation>La base de données est occupée (un autre programme y écrit)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Internal error: commit without an active transaction.</source>
        <translation>Erreur interne&#xa0;: validation (commit) sans transaction active.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This line is not a vCard property (NAME:value).</source>
        <translation>Cette ligne n&apos;est pas une propriété vCard (NOM:valeur).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD before the next one begins.</source>
        <translation>Cette carte n&apos;a pas de END:VCARD avant le début de la suivante.</translation>
    </message>
    <message>
        <source>This line is outside any card (BEGIN:VCARD … END:VCARD).</source>
        <translation>Cette ligne est en dehors de toute carte (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>This card has no name (N or FN).</source>
        <translation>Cette carte n&apos;a pas de nom (N ou FN).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD.</source>
        <translation>Cette carte n&apos;a pas de END:VCARD.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>%1 est trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>%1 est trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1 doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://.</source>
        <translation>%1 doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise comme EUR ou USD.</translation>
    </message>
    <message>
        <source>%1 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>%1 n&apos;est pas une date valide (format attendu&#xa0;: AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code such as DE or US.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays comme FR ou US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT identification number such as DE123456789.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA intracommunautaire comme DE123456789.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value for %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur autorisée pour %2.</translation>
    </message>
    <message>
        <source>%1 does not refer to a valid record.</source>
        <translation>%1 ne fait pas référence à une fiche valide.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100.</source>
        <translation>%1 doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 is not a valid point in time.</source>
        <translation>%1 n&apos;est pas une date et heure valide.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 doit valoir oui ou non.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 n&apos;est pas un JSON valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a channel (email, phone, sms, post).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un canal (email, phone, sms, post).</translation>
    </message>
    <message>
        <source>%1: the %2 entry must be an object.</source>
        <translation>%1&#xa0;: l&apos;entrée %2 doit être un objet.</translation>
    </message>
    <message>
        <source>%1: %2 consent must be true or false.</source>
        <translation>%1&#xa0;: le consentement %2 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1: the consent date must be YYYY-MM-DD.</source>
        <translation>%1&#xa0;: la date du consentement doit être au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1: allowed days are numbers from 1 (Monday) to 7 (Sunday).</source>
        <translation>%1&#xa0;: les jours autorisés sont des nombres de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>%1: contact hours must be given as HH:MM.</source>
        <translation>%1&#xa0;: les heures de contact doivent être au format HH:MM.</translation>
    </message>
    <message>
        <source>%1 must be a JSON list.</source>
        <translation>%1 doit être une liste JSON.</translation>
    </message>
    <message>
        <source>%1 must be a list of words.</source>
        <translation>%1 doit être une liste de mots.</translation>
    </message>
    <message>
        <source>%1: &quot;%2…&quot; is too long.</source>
        <translation>%1&#xa0;: «&#xa0;%2…&#xa0;» est trop long.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an email type (work, home, other).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un type d&apos;e-mail (work, home, other).</translation>
    </message>
    <message>
        <source>%1: a phone number is empty.</source>
        <translation>%1&#xa0;: un numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone type (work, mobile, home, fax, other).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un type de téléphone (work, mobile, home, fax, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an address type (work, home, billing, shipping, other).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un type d&apos;adresse (work, home, billing, shipping, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-letter country code such as DE or US.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code pays à deux lettres comme FR ou US.</translation>
    </message>
    <message>
        <source>%1: an address is empty.</source>
        <translation>%1&#xa0;: une adresse est vide.</translation>
    </message>
    <message>
        <source>%1 must be a list of whole numbers from %2 to %3.</source>
        <translation>%1 doit être une liste de nombres entiers de %2 à %3.</translation>
    </message>
    <message>
        <source>%1: every item needs a description.</source>
        <translation>%1&#xa0;: chaque ligne doit avoir une description.</translation>
    </message>
    <message>
        <source>%1: the quantity of &quot;%2&quot; must be a whole number from 1.</source>
        <translation>%1&#xa0;: la quantité de «&#xa0;%2&#xa0;» doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>%1: the price of &quot;%2&quot; is not an amount.</source>
        <translation>%1&#xa0;: le prix de «&#xa0;%2&#xa0;» n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>%1: the discount of &quot;%2&quot; must be from 0 to 100%.</source>
        <translation>%1&#xa0;: la remise de «&#xa0;%2&#xa0;» doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>La fin ne doit pas précéder le début.</translation>
    </message>
    <message>
        <source>A meeting needs a start time.</source>
        <translation>Une réunion doit avoir une heure de début.</translation>
    </message>
    <message>
        <source>Only calls have an outcome.</source>
        <translation>Seuls les appels ont un résultat.</translation>
    </message>
    <message>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>Une activité récurrente doit avoir un début ou une échéance.</translation>
    </message>
    <message>
        <source>A changed occurrence of a series cannot repeat itself.</source>
        <translation>Une occurrence modifiée d&apos;une série ne peut pas elle-même se répéter.</translation>
    </message>
    <message>
        <source>A reminder after the start is only for an all-day entry (on the day, at a time).</source>
        <translation>Un rappel après le début n&apos;est possible que pour une entrée sur toute la journée (le jour même, à une heure donnée).</translation>
    </message>
    <message>
        <source>A changed occurrence names both its series and the occurrence it replaces.</source>
        <translation>Une occurrence modifiée indique à la fois sa série et l&apos;occurrence qu&apos;elle remplace.</translation>
    </message>
    <message>
        <source>Please give a reason why the deal was lost.</source>
        <translation>Veuillez indiquer pourquoi l&apos;opportunité a été perdue.</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>Le montant ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>A campaign member is either a contact or a lead.</source>
        <translation>Un membre de campagne est soit un contact, soit un prospect.</translation>
    </message>
    <message>
        <source>An amount needs a currency.</source>
        <translation>Un montant nécessite une devise.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>An incoming call from this number: show who is calling (in the running Rapport, if there is one).</source>
        <translation>Un appel entrant de ce numéro&#xa0;: afficher qui appelle (dans l&apos;instance de Rapport déjà ouverte, s&apos;il y en a une).</translation>
    </message>
    <message>
        <source>Rapport cannot start</source>
        <translation>Impossible de démarrer Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::AccountPage</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Organigramme</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Drag a person onto their new manager.</source>
        <translation>Faites glisser une personne sur son nouveau manager.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Nobody at this account yet.</source>
        <translation>Personne n&apos;est encore enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aucune opportunité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Aucun ticket pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Aucune commande pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hiérarchie</translation>
    </message>
    <message>
        <source>This account is not available</source>
        <translation>Ce compte n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>appartient à %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>This account was merged into %1.</source>
        <translation>Ce compte a été fusionné dans %1.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>annuler la fusion</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Issu de la fusion de&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segment client</translation>
    </message>
    <message>
        <source>Lifetime value, in %1</source>
        <translation>Valeur vie client, en %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Catégorie principale</translation>
    </message>
    <message numerus="yes">
        <source>Customer standing, scored on %1 among the book&apos;s %Ln customer(s): recency %2, frequency %3 and money %4 out of 5.</source>
        <translation>
            <numerusform>Position du client, évaluée le %1 sur un portefeuille de %Ln client&#xa0;: récence %2, fréquence %3 et montant %4 sur 5.</numerusform>
            <numerusform>Position du client, évaluée le %1 parmi les %Ln clients du portefeuille&#xa0;: récence %2, fréquence %3 et montant %4 sur 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment compares the customer with the others; the churn risk compares the time since their last order with their own pace of ordering, so a frequent buyer gone quiet rates high even in a good segment.</source>
        <translation>Le segment compare le client aux autres&#xa0;; le risque d&apos;attrition compare le temps écoulé depuis sa dernière commande à son propre rythme de commande&#xa0;: un acheteur fréquent devenu silencieux obtient donc un risque élevé, même dans un bon segment.</translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>Risque d&apos;attrition élevé&#xa0;: un risque d&apos;attrition d&apos;au moins 50&#xa0;% et une commande au cours de la dernière année.</translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>Les commandes en %1 ne sont pas comptées&#xa0;: il n&apos;existe aucun taux de change vers %2.</translation>
    </message>
    <message>
        <source>no orders when last scored</source>
        <translation>aucune commande lors de la dernière évaluation</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Customers scored on %1.</source>
        <translation>Clients évalués le %1.</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Chiffre d&apos;affaires (12 mois)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>People (first %1)</source>
        <translation>Personnes (%1 premières)</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Opportunités (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s); those won or lost are listed below them.</source>
        <translation>
            <numerusform>%n opportunité ouverte&#xa0;; les opportunités gagnées ou perdues figurent en dessous.</numerusform>
            <numerusform>%n opportunités ouvertes&#xa0;; les opportunités gagnées ou perdues figurent en dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s); those resolved are listed below them.</source>
        <translation>
            <numerusform>%n ticket ouvert&#xa0;; les tickets résolus figurent en dessous.</numerusform>
            <numerusform>%n tickets ouverts&#xa0;; les tickets résolus figurent en dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Ce compte</translation>
    </message>
    <message>
        <source>Hierarchy (first %1)</source>
        <translation>Hiérarchie (%1 premières)</translation>
    </message>
    <message>
        <source>Hierarchy (%1)</source>
        <translation>Hiérarchie (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>buys no category most</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no revenue</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no open pipeline</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityEditor</name>
    <message>
        <source>New %1</source>
        <translation>Nouvelle activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (repeating)</source>
        <translation>%1 (série)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Récurrence&#xa0;:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source> times</source>
        <translation> occurrences</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>O&amp;pportunité&#xa0;:</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket&#xa0;:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Ré&amp;sultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Respo&amp;nsable&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>R&amp;appels&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Invite a colleague…</source>
        <translation>Inviter un collègue…</translation>
    </message>
    <message>
        <source>Invite a contact…</source>
        <translation>Inviter un contact…</translation>
    </message>
    <message>
        <source>Free and busy that day:</source>
        <translation>Disponibilités ce jour-là&#xa0;:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>On the day at %1</source>
        <translation>Le jour même à %1</translation>
    </message>
    <message>
        <source>The day before at %1</source>
        <translation>La veille à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before at %1</source>
        <translation>
            <numerusform>%n semaine avant, à %1</numerusform>
            <numerusform>%n semaines avant, à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before at %1</source>
        <translation>
            <numerusform>%n jour avant, à %1</numerusform>
            <numerusform>%n jours avant, à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after the start</source>
        <translation>
            <numerusform>%n minute après le début</numerusform>
            <numerusform>%n minutes après le début</numerusform>
        </translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before</source>
        <translation>
            <numerusform>%n semaine avant</numerusform>
            <numerusform>%n semaines avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n heure avant</numerusform>
            <numerusform>%n heures avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Échéanc&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>That is %1 – %2 in %3.</source>
        <translation>Soit %1 – %2, heure de %3.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Toutes les semaines, le %1</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Tous les jours ouvrés (du lundi au vendredi)</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Tous les mois, le %1</translation>
    </message>
    <message>
        <source>Yearly on %1</source>
        <translation>Tous les ans, le %1</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Règle personnalisée…</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>an</numerusform>
            <numerusform>ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Give it a subject.</source>
        <translation>Indiquez un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, or type a place such as Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; choisissez-en un dans la liste ou saisissez un lieu, par exemple Paris.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the calendar.</source>
        <translation>«&#xa0;%1&#xa0;» est dans l&apos;agenda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted (Edit → Undo brings it back).</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé (Édition → Annuler pour le rétablir).</translation>
    </message>
</context>
<context>
    <name>rapport::ArticleSuggestions</name>
    <message>
        <source>Suggested articles</source>
        <translation>Articles suggérés</translation>
    </message>
    <message>
        <source>Type the problem to see matching articles.</source>
        <translation>Décrivez le problème pour voir les articles correspondants.</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>Insérer dans la réponse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Link the article to this ticket</source>
        <translation>Lier l&apos;article à ce ticket</translation>
    </message>
    <message>
        <source>Insert into note</source>
        <translation>Insérer dans la note</translation>
    </message>
    <message>
        <source>This article is linked to the ticket already</source>
        <translation>Cet article est déjà lié au ticket</translation>
    </message>
    <message>
        <source>No article matches these words yet.</source>
        <translation>Aucun article ne correspond encore à ces mots.</translation>
    </message>
    <message>
        <source>The articles that match are linked to the ticket already.</source>
        <translation>Les articles correspondants sont déjà liés au ticket.</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (équipe uniquement)</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarView</name>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Hide the month and the calendars, for the days to have the room (F9)</source>
        <translation>Masquer le mois et les agendas pour laisser la place aux jours (F9)</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Le mien uniquement</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>Superposés</translation>
    </message>
    <message>
        <source>A row each</source>
        <translation>Une ligne par personne</translation>
    </message>
    <message>
        <source>How several people&apos;s calendars are shown: their hours side by side or overlaid, or their week in a row each</source>
        <translation>Affichage des agendas de plusieurs personnes&#xa0;: leurs heures côte à côte ou superposées, ou leur semaine sur une ligne chacune</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>Back (Page Up)</source>
        <translation>Précédent (Page précédente)</translation>
    </message>
    <message>
        <source>On (Page Down)</source>
        <translation>Suivant (Page suivante)</translation>
    </message>
    <message>
        <source>Show the month and the calendars (F9)</source>
        <translation>Afficher le mois et les agendas (F9)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Un jour (D)</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Semaine de travail</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>The whole week (W)</source>
        <translation>Toute la semaine (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>The month (M)</source>
        <translation>Le mois (M)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>The next two weeks as a list (A)</source>
        <translation>Les deux prochaines semaines sous forme de liste (A)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>A new appointment (Ctrl+N); or drag over empty time</source>
        <translation>Nouveau rendez-vous (Ctrl+N)&#xa0;; ou faites glisser sur un créneau libre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Export the selected entries to iCalendar…</source>
        <translation>Exporter les entrées sélectionnées au format iCalendar…</translation>
    </message>
    <message>
        <source>Export the selected entries</source>
        <translation>Exporter les entrées sélectionnées</translation>
    </message>
    <message>
        <source>entries.ics</source>
        <translation>entrees.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance à %1</translation>
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
        <translation>Rien de prévu sur ces deux semaines.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists (it may have been deleted by sync).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe plus (la synchronisation l&apos;a peut-être supprimé).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now due %2.</source>
        <translation>«&#xa0;%1&#xa0;» a désormais pour échéance %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2 – %3.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais prévu %2 – %3.</translation>
    </message>
    <message>
        <source>Select the entries to export in the agenda first.</source>
        <translation>Sélectionnez d&apos;abord dans le planning les entrées à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n entrée d&apos;agenda écrite dans %1.</numerusform>
            <numerusform>%n entrées d&apos;agenda écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The week&apos;s working days; on a day off, the week ahead (R)</source>
        <translation>Les jours ouvrés de la semaine&#xa0;; un jour de repos, la semaine à venir (R)</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignPage</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Ajouter des personnes</translation>
    </message>
    <message>
        <source>Add every contact with a tag, the people at the customers of a segment, or the leads of a status; those without marketing consent on the campaign&apos;s channel are left out, with the reason. The contacts and leads lists add the people you select.</source>
        <translation>Ajouter tous les contacts ayant une étiquette, les personnes des clients d&apos;un segment ou les prospects d&apos;un statut&#xa0;; les personnes sans consentement marketing sur le canal de la campagne sont exclues, avec le motif. Les listes de contacts et de prospects ajoutent les personnes que vous sélectionnez.</translation>
    </message>
    <message>
        <source>With a tag…</source>
        <translation>Avec une étiquette…</translation>
    </message>
    <message>
        <source>At the customers of a segment…</source>
        <translation>Chez les clients d&apos;un segment…</translation>
    </message>
    <message>
        <source>Leads of a status…</source>
        <translation>Prospects ayant un statut…</translation>
    </message>
    <message>
        <source>Send to the planned…</source>
        <translation>Envoyer aux destinataires prévus…</translation>
    </message>
    <message>
        <source>Write the recipients as CSV for your mail tool and mark them sent, checking each one&apos;s consent again</source>
        <translation>Écrire les destinataires en CSV pour votre outil d&apos;e-mailing et les marquer comme envoyés, en revérifiant le consentement de chacun</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Enregistrer une réponse…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Motif d&apos;exclusion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>There are no leads to add.</source>
        <translation>Aucun prospect à ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln lead(s))</source>
        <translation>
            <numerusform>%1 (%Ln prospect)</numerusform>
            <numerusform>%1 (%Ln prospects)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the leads of a status</source>
        <translation>Ajouter les prospects ayant un statut</translation>
    </message>
    <message>
        <source>Lead status:</source>
        <translation>Statut du prospect&#xa0;:</translation>
    </message>
    <message>
        <source>No customer with people on record has been scored yet.</source>
        <translation>Aucun client ayant des personnes enregistrées n&apos;a encore été évalué.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1 (%Ln personne)</numerusform>
            <numerusform>%1 (%Ln personnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the people at customers of a segment</source>
        <translation>Ajouter les personnes des clients d&apos;un segment</translation>
    </message>
    <message>
        <source>Customer segment:</source>
        <translation>Segment client&#xa0;:</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>Aucun contact n&apos;a encore d&apos;étiquette.</translation>
    </message>
    <message>
        <source>Add people with a tag</source>
        <translation>Ajouter les personnes ayant une étiquette</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Save the recipients for your mail tool</source>
        <translation>Enregistrer les destinataires pour votre outil d&apos;e-mailing</translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation>destinataires.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Feuille de calcul (*.csv)</translation>
    </message>
    <message>
        <source>Select the member who responded.</source>
        <translation>Sélectionnez le membre qui a répondu.</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Enregistrer une réponse</translation>
    </message>
    <message>
        <source>%1 responded:</source>
        <translation>%1 a répondu&#xa0;:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>Send to the %n planned…</source>
        <translation>
            <numerusform>Envoyer au %n destinataire prévu…</numerusform>
            <numerusform>Envoyer aux %n destinataires prévus…</numerusform>
        </translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Leads from it</source>
        <translation>Prospects générés</translation>
    </message>
    <message>
        <source>Deals from it</source>
        <translation>Opportunités générées</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Cost per response</source>
        <translation>Coût par réponse</translation>
    </message>
    <message>
        <source>No contact has the tag %1.</source>
        <translation>Aucun contact n&apos;a l&apos;étiquette %1.</translation>
    </message>
    <message>
        <source>Add the contacts tagged %1 to the campaign</source>
        <translation>Ajouter à la campagne les contacts ayant l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1.</source>
        <translation>Personne n&apos;est enregistré chez les clients du segment %1.</translation>
    </message>
    <message>
        <source>Add the people at the customers in %1 to the campaign</source>
        <translation>Ajouter à la campagne les personnes des clients du segment %1</translation>
    </message>
    <message>
        <source>There are no leads with the status %1.</source>
        <translation>Aucun prospect n&apos;a le statut %1.</translation>
    </message>
    <message>
        <source>Add the leads with the status %1 to the campaign</source>
        <translation>Ajouter à la campagne les prospects ayant le statut %1</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Envoyer la campagne</translation>
    </message>
    <message>
        <source>%1. The recipients are in %2.</source>
        <translation>%1. Les destinataires sont dans %2.</translation>
    </message>
    <message>
        <source>Record %1&apos;s response</source>
        <translation>Enregistrer la réponse de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by currency, at today&apos;s rates</source>
        <translation>par devise, aux taux du jour</translation>
    </message>
    <message>
        <source>not counted, without a rate to %1</source>
        <translation>non comptés, sans taux en %1</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
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
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>e.g. web form</source>
        <translation>p. ex. formulaire web</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>only between</source>
        <translation>uniquement entre</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPage</name>
    <message>
        <source>Deal</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aucune opportunité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Aucun ticket pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Deals and tickets</source>
        <translation>Opportunités et tickets</translation>
    </message>
    <message>
        <source>Direct report</source>
        <translation>Collaborateur direct</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Nobody reports to this contact.</source>
        <translation>Personne ne rend compte à ce contact.</translation>
    </message>
    <message>
        <source>Manager and reports</source>
        <translation>Manager et collaborateurs</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Export everything held on %1</source>
        <translation>Exporter toutes les données détenues sur %1</translation>
    </message>
    <message>
        <source>JSON (*.json);;vCard (*.vcf)</source>
        <translation>JSON (*.json);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Toutes les données détenues sur %1 ont été écrites dans %2.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>Effacer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Every personal detail of %1 is blanked here and, with the next sync, on every laptop, including the history of changes. This cannot be undone.</source>
        <translation>Toutes les données personnelles de %1 sont effacées ici et, à la prochaine synchronisation, sur chaque ordinateur portable, y compris dans l&apos;historique des modifications. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>Les données de %1 ont été effacées.</translation>
    </message>
    <message>
        <source>This contact is not available</source>
        <translation>Ce contact n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>no</source>
        <comment>consent for a purpose</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>not asked</source>
        <comment>consent for a purpose</comment>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marketing: %1</source>
        <translation>Marketing&#xa0;: %1</translation>
    </message>
    <message>
        <source>No communication consent recorded.</source>
        <translation>Aucun consentement de communication enregistré.</translation>
    </message>
    <message>
        <source>This contact was merged into %1.</source>
        <translation>Ce contact a été fusionné dans %1.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>annuler la fusion</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Issu de la fusion de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Consigner un appel…</translation>
    </message>
    <message>
        <source>Manager and reports (%1)</source>
        <translation>Manager et collaborateurs (%1)</translation>
    </message>
    <message>
        <source>Reports to nobody at %1.</source>
        <translation>Ne rend compte à personne chez %1.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>ce compte</translation>
    </message>
    <message>
        <source>Reports to %1.</source>
        <translation>Rend compte à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deals and tickets (%n open)</source>
        <translation>
            <numerusform>Opportunités et tickets (%n ouvert)</numerusform>
            <numerusform>Opportunités et tickets (%n ouverts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointsEditor</name>
    <message>
        <source>Add phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Région ou État</translation>
    </message>
    <message>
        <source>Number, e.g. 030 1234567</source>
        <translation>Numéro, p. ex. 01 23 45 67 89</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;: utilisez uniquement des chiffres, des espaces et + ( ) - / .</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (for numbers from abroad, start with + and the country code).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone (pour un numéro étranger, commencez par + et l&apos;indicatif du pays).</translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <source>My team&apos;s contacts</source>
        <translation>Contacts de mon équipe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Find duplicate contacts…</source>
        <translation>Rechercher les doublons de contacts…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Mes comptes</translation>
    </message>
    <message>
        <source>My team&apos;s accounts</source>
        <translation>Comptes de mon équipe</translation>
    </message>
    <message>
        <source>Customers likely to churn</source>
        <translation>Clients à risque d&apos;attrition</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>Mes clients à risque d&apos;attrition</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Clients à risque d&apos;attrition de mon équipe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPage</name>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see everything about it.</source>
        <translation>Choisissez une entrée dans la liste pour tout voir à son sujet.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvelle fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fill in what you know; only the name is required.</source>
        <translation>Renseignez ce que vous savez&#xa0;; seul le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Won or lost, the latest %1</source>
        <translation>Gagnées ou perdues, les %1 dernières</translation>
    </message>
    <message>
        <source>Won or lost (%1)</source>
        <translation>Gagnées ou perdues (%1)</translation>
    </message>
    <message>
        <source>Resolved or closed, the latest %1</source>
        <translation>Résolus ou clos, les %1 derniers</translation>
    </message>
    <message>
        <source>Resolved or closed (%1)</source>
        <translation>Résolus ou clos (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>En cours (%1)</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Nouveau ticket…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nouvelle opportunité…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Appel en cours vers %1…</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Rédaction d&apos;un e-mail à %1…</translation>
    </message>
    <message>
        <source>Merge with duplicates…</source>
        <translation>Fusionner avec les doublons…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1 was deleted. Edit → Undo brings it back.</source>
        <translation>Suppression effectuée&#xa0;: %1. Édition → Annuler pour revenir en arrière.</translation>
    </message>
    <message>
        <source>Unmerge %1?</source>
        <translation>Annuler la fusion de %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 becomes a record of its own again and takes back what was moved from it in the merge (except what was changed since).</source>
        <translation>%1 redevient une fiche à part entière et récupère ce qui lui avait été retiré lors de la fusion (sauf ce qui a été modifié depuis).</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>%1 is a record of its own again.</source>
        <translation>%1 est de nouveau une fiche à part entière.</translation>
    </message>
    <message>
        <source>%1 reports to nobody</source>
        <translation>%1 ne rend compte à personne</translation>
    </message>
    <message>
        <source>%1 reports to %2</source>
        <translation>%1 rend compte à %2</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>Doublons de contacts</translation>
    </message>
    <message>
        <source>Looking through the whole book…</source>
        <translation>Analyse de tous les contacts…</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Probablement la même personne</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>No likely duplicates: every contact looks like a person of their own.</source>
        <translation>Aucun doublon probable&#xa0;: chaque contact semble correspondre à une personne distincte.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts that are probably one person. Select a group and choose Merge.</source>
        <translation>
            <numerusform>%n groupe de contacts correspondant probablement à une seule et même personne. Sélectionnez un groupe et choisissez Fusionner.</numerusform>
            <numerusform>%n groupes de contacts correspondant chacun probablement à une seule et même personne. Sélectionnez un groupe et choisissez Fusionner.</numerusform>
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
        <translation>Plus…</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
</context>
<context>
    <name>rapport::GlobalSearch</name>
    <message>
        <source>Search customers, deals, tickets… (%1)</source>
        <translation>Rechercher des clients, opportunités, tickets… (%1)</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rapport::HelpDeskView</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <source>Assign the selected tickets to yourself (A)</source>
        <translation>M&apos;attribuer les tickets sélectionnés (A)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Share the selected tickets among their team&apos;s agents</source>
        <translation>Répartir les tickets sélectionnés entre les agents de leur équipe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Close the selected tickets</source>
        <translation>Clore les tickets sélectionnés</translation>
    </message>
    <message>
        <source>Service levels…</source>
        <translation>Niveaux de service…</translation>
    </message>
    <message>
        <source>Response and resolution targets per priority, and the business hours they count in</source>
        <translation>Objectifs de réponse et de résolution par priorité, et heures ouvrées sur lesquelles ils sont calculés</translation>
    </message>
    <message>
        <source>Service levels saved.</source>
        <translation>Niveaux de service enregistrés.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Round robin within the team</source>
        <translation>À tour de rôle dans l&apos;équipe</translation>
    </message>
    <message>
        <source>To the least busy agent of the team</source>
        <translation>À l&apos;agent le moins occupé de l&apos;équipe</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Select the tickets to assign.</source>
        <translation>Sélectionnez les tickets à attribuer.</translation>
    </message>
    <message>
        <source>%1 has no team; assign it by name.</source>
        <translation>%1 n&apos;a pas d&apos;équipe&#xa0;; attribuez-le à une personne précise.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) to the least busy</source>
        <translation>
            <numerusform>Attribuer %n ticket à l&apos;agent le moins occupé</numerusform>
            <numerusform>Attribuer %n tickets aux agents les moins occupés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) round robin</source>
        <translation>
            <numerusform>Attribuer %n ticket à tour de rôle</numerusform>
            <numerusform>Attribuer %n tickets à tour de rôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to the least busy agents.</source>
        <translation>
            <numerusform>%n ticket attribué à l&apos;agent le moins occupé.</numerusform>
            <numerusform>%n tickets attribués aux agents les moins occupés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned round robin.</source>
        <translation>
            <numerusform>%n ticket attribué à tour de rôle.</numerusform>
            <numerusform>%n tickets attribués à tour de rôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to close.</source>
        <translation>Sélectionnez les tickets à clore.</translation>
    </message>
    <message numerus="yes">
        <source>Close %n ticket(s)</source>
        <translation>
            <numerusform>Clore %n ticket</numerusform>
            <numerusform>Clore %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) closed.</source>
        <translation>
            <numerusform>%n ticket clos.</numerusform>
            <numerusform>%n tickets clos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryView</name>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Tasks and notes</source>
        <translation>Tâches et notes</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing of these kinds yet.</source>
        <translation>Rien de ce type pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Stages and quotes</source>
        <translation>Étapes et devis</translation>
    </message>
    <message>
        <source>Choose what to show above.</source>
        <translation>Choisissez ci-dessus ce qu&apos;il faut afficher.</translation>
    </message>
</context>
<context>
    <name>rapport::HomeView</name>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>En jeu</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Gagné / objectif</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Deals won this quarter.</source>
        <translation>Opportunités gagnées ce trimestre.</translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date.</source>
        <translation>Toutes les opportunités en cours, quelle que soit leur date de clôture.</translation>
    </message>
    <message>
        <source>My deals closing this month</source>
        <translation>Mes opportunités à clôturer ce mois-ci</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>Mes clients à risque d&apos;attrition</translation>
    </message>
    <message>
        <source>Recently in touch</source>
        <translation>Échanges récents</translation>
    </message>
    <message>
        <source>My team this quarter</source>
        <translation>Mon équipe ce trimestre</translation>
    </message>
    <message>
        <source>Today&apos;s agenda</source>
        <translation>Agenda du jour</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Bonsoir, %1</translation>
    </message>
    <message>
        <source>My team&apos;s deals closing this month</source>
        <translation>Opportunités de mon équipe à clôturer ce mois-ci</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Clients à risque d&apos;attrition de mon équipe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>How likely the customer has stopped buying.</source>
        <translation>Probabilité que le client ait cessé d&apos;acheter.</translation>
    </message>
    <message>
        <source>A year&apos;s revenue times the churn risk.</source>
        <translation>Un an de chiffre d&apos;affaires multiplié par le risque d&apos;attrition.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>Nothing planned today.</source>
        <translation>Rien de prévu aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Aucune tâche en retard.</translation>
    </message>
    <message>
        <source>The close date has passed and the deal is still open.</source>
        <translation>La date de clôture est passée et l&apos;opportunité est toujours en cours.</translation>
    </message>
    <message>
        <source>No open deals close this month.</source>
        <translation>Aucune opportunité en cours à clôturer ce mois-ci.</translation>
    </message>
    <message>
        <source>No customer contact in the last two weeks.</source>
        <translation>Aucun contact client au cours des deux dernières semaines.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet.</source>
        <translation>Le score des clients n&apos;a pas encore été calculé.</translation>
    </message>
    <message>
        <source>None of your team&apos;s customers is likely to churn.</source>
        <translation>Aucun client de votre équipe ne présente de risque d&apos;attrition.</translation>
    </message>
    <message>
        <source>None of your customers is likely to churn.</source>
        <translation>Aucun de vos clients ne présente de risque d&apos;attrition.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;The team&lt;/a&gt;: %1 of quota · %2 won · %3 open&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;L&apos;équipe&lt;/a&gt;&#xa0;: %1 de l&apos;objectif · %2 gagnés · %3 en cours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No one in your team has deals this quarter.</source>
        <translation>Personne dans votre équipe n&apos;a d&apos;opportunité ce trimestre.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Quel fichier&#xa0;?</translation>
    </message>
    <message>
        <source>A CSV file from Outlook, Google Contacts, a spreadsheet or another Rapport, or a vCard address book (.vcf) from a phone, Apple Contacts or Thunderbird.</source>
        <translation>Un fichier CSV issu d&apos;Outlook, de Google Contacts, d&apos;un tableur ou d&apos;une autre instance de Rapport, ou un carnet d&apos;adresses vCard (.vcf) provenant d&apos;un téléphone, d&apos;Apple Contacts ou de Thunderbird.</translation>
    </message>
    <message>
        <source>Type or paste the path, or choose the file</source>
        <translation>Saisissez ou collez le chemin, ou choisissez le fichier</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a file: how it is read is shown here.</source>
        <translation>Choisissez un fichier&#xa0;: la façon dont il est lu s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Interprété comme&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCard address books (*.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.txt *.vcf *.vcard);;Fichiers CSV (*.csv *.txt);;Carnets d&apos;adresses vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Que contient chaque colonne&#xa0;?</translation>
    </message>
    <message>
        <source>Recognised from the header where possible; choose for the others, or leave them out.</source>
        <translation>Reconnu d&apos;après l&apos;en-tête quand c&apos;est possible&#xa0;; choisissez pour les autres colonnes, ou ignorez-les.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <source>New contacts, updates, or both?</source>
        <translation>Nouveaux contacts, mises à jour, ou les deux&#xa0;?</translation>
    </message>
    <message>
        <source>Rows are matched to contacts already in your book by the key you choose.</source>
        <translation>Les lignes sont rapprochées des contacts existants à l&apos;aide de la clé choisie.</translation>
    </message>
    <message>
        <source>Create new contacts only (rows already in the book are left out)</source>
        <translation>Créer uniquement de nouveaux contacts (les lignes déjà présentes sont ignorées)</translation>
    </message>
    <message>
        <source>Update contacts already in the book only</source>
        <translation>Mettre à jour uniquement les contacts existants</translation>
    </message>
    <message>
        <source>Create new contacts and update existing ones</source>
        <translation>Créer de nouveaux contacts et mettre à jour les contacts existants</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number (any spelling)</source>
        <translation>Numéro de téléphone (quelle que soit son écriture)</translation>
    </message>
    <message>
        <source>Rapport id (a file exported from Rapport)</source>
        <translation>Identifiant Rapport (fichier exporté de Rapport)</translation>
    </message>
    <message>
        <source>Match rows by:</source>
        <translation>Rapprocher les lignes par&#xa0;:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Nothing is written until you click Import.</source>
        <translation>Les premières lignes telles qu&apos;elles seront importées. Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>vCard address book · %n card(s)</source>
        <translation>
            <numerusform>Carnet d&apos;adresses vCard · %n carte</numerusform>
            <numerusform>Carnet d&apos;adresses vCard · %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>The first cards as they will be imported. Nothing is written until you click Import.</source>
        <translation>Les premières cartes telles qu&apos;elles seront importées. Rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>New contacts: %1; new accounts for their organisations: %2; cards left out: %3 (see why below).</source>
        <translation>Nouveaux contacts&#xa0;: %1&#xa0;; nouveaux comptes pour leurs organisations&#xa0;: %2&#xa0;; cartes ignorées&#xa0;: %3 (raisons ci-dessous).</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>Lignes du fichier&#xa0;: %1. Nouveaux contacts&#xa0;: %2, mises à jour de contacts existants&#xa0;: %3, lignes ignorées&#xa0;: %4 (raisons ci-dessous).</translation>
    </message>
    <message>
        <source>Of the first %1 rows: new contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>Sur les %1 premières lignes&#xa0;: nouveaux contacts&#xa0;: %2, mises à jour de contacts existants&#xa0;: %3, lignes ignorées&#xa0;: %4 (raisons ci-dessous).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 read; saving the contacts…</source>
        <translation>%1 lu&#xa0;; enregistrement des contacts…</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>L&apos;importation n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled at line %1. Contacts imported before it: %2. Import the file again with &quot;create and update&quot; to finish.</source>
        <translation>Annulé à la ligne %1. Contacts importés auparavant&#xa0;: %2. Importez à nouveau le fichier avec «&#xa0;créer et mettre à jour&#xa0;» pour terminer.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; cards left out: %4.</source>
        <translation>Contacts créés&#xa0;: %1, mis à jour&#xa0;: %2&#xa0;; nouveaux comptes&#xa0;: %3&#xa0;; cartes ignorées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Contacts créés&#xa0;: %1, mis à jour&#xa0;: %2&#xa0;; nouveaux comptes&#xa0;: %3&#xa0;; lignes ignorées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Every card worth a look is listed below.</source>
        <translation>Toutes les cartes à vérifier sont listées ci-dessous.</translation>
    </message>
    <message>
        <source>Every row worth a look is listed below.</source>
        <translation>Toutes les lignes à vérifier sont listées ci-dessous.</translation>
    </message>
</context>
<context>
    <name>rapport::IncomingCallDialog</name>
    <message>
        <source>Incoming call: %1</source>
        <translation>Appel entrant&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Double-click a ticket, or choose it and Open ticket, to work on it for this call</source>
        <translation>Double-cliquez sur un ticket, ou sélectionnez-le puis «&#xa0;Ouvrir le ticket&#xa0;», pour le traiter dans le cadre de cet appel</translation>
    </message>
    <message>
        <source>New ticket for this call</source>
        <translation>Nouveau ticket pour cet appel</translation>
    </message>
    <message>
        <source>What is the call about?</source>
        <translation>Quel est l&apos;objet de l&apos;appel&#xa0;?</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Ce que dit le client</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>The article will be linked to the new ticket.</source>
        <translation>L&apos;article sera lié au nouveau ticket.</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Créer le ticket</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, likely to churn (%3)</source>
        <translation>Client du segment %1, valeur vie client %2, à risque d&apos;attrition (%3)</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, churn risk %3</source>
        <translation>Client du segment %1, valeur vie client %2, risque d&apos;attrition %3</translation>
    </message>
    <message>
        <source>A lead has no tickets; convert it to a customer first.</source>
        <translation>Un prospect n&apos;a pas de tickets&#xa0;; convertissez-le d&apos;abord en client.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · opened %4</source>
        <translation>%1 · %2 · %3 · du %4</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>Aucun ticket ouvert.</translation>
    </message>
    <message>
        <source>New ticket from a call</source>
        <translation>Nouveau ticket à partir d&apos;un appel</translation>
    </message>
</context>
<context>
    <name>rapport::LeadConvertDialog</name>
    <message>
        <source>Convert %1</source>
        <translation>Convertir %1</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%1&lt;/b&gt; (new)</source>
        <translation>Compte&#xa0;: &lt;b&gt;%1&lt;/b&gt; (nouveau)</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%1&lt;/b&gt; (already a customer: the deal and the contact go there)</source>
        <translation>Compte&#xa0;: &lt;b&gt;%1&lt;/b&gt; (déjà client&#xa0;: l&apos;opportunité et le contact y seront rattachés)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1 is probably already in the book</source>
        <translation>%1 figure probablement déjà dans la base</translation>
    </message>
    <message>
        <source>Use %1 (%2) — %3</source>
        <translation>Utiliser %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Create a new contact %1</source>
        <translation>Créer un nouveau contact %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Open an opportunity</source>
        <translation>Créer une opportunité</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Clôture prévue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <source>%1 converted (Edit → Undo takes it back).</source>
        <translation>%1 converti (Édition → Annuler pour revenir en arrière).</translation>
    </message>
</context>
<context>
    <name>rapport::ListPanel</name>
    <message>
        <source>Added up per currency: there is no exchange rate from %1 to %2.</source>
        <translation>Totaux par devise&#xa0;: aucun taux de change de %1 vers %2.</translation>
    </message>
    <message>
        <source>%1, in %2 at today&apos;s exchange rates</source>
        <translation>%1, en %2 aux taux de change du jour</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Save or cancel the changes first.</source>
        <translation>Enregistrez ou annulez d&apos;abord les modifications.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New %1 (Ctrl+N)</source>
        <translation>Créer&#xa0;: %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Narrow the list by owner, team, tag, country…</source>
        <translation>Affiner la liste par responsable, équipe, étiquette, pays…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Showing the best %1 matches; type more to narrow them down.</source>
        <translation>Affichage des %1 meilleurs résultats&#xa0;; saisissez davantage de caractères pour affiner.</translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it.</source>
        <translation>
            <numerusform>La liste contient plus de %Ln fiche, trop pour la trier par %1. Filtrez ou lancez une recherche pour la réduire.</numerusform>
            <numerusform>La liste contient plus de %Ln fiches, trop pour la trier par %1. Filtrez ou lancez une recherche pour la réduire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it, or sort by %2.</source>
        <translation>
            <numerusform>La liste contient plus de %Ln fiche, trop pour la trier par %1. Filtrez ou lancez une recherche pour la réduire, ou triez par %2.</numerusform>
            <numerusform>La liste contient plus de %Ln fiches, trop pour la trier par %1. Filtrez ou lancez une recherche pour la réduire, ou triez par %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list now holds more than %Ln records, too many to sort by %1: it is sorted by %2 again.</source>
        <translation>
            <numerusform>La liste contient désormais plus de %Ln fiche, trop pour la trier par %1&#xa0;: elle est de nouveau triée par %2.</numerusform>
            <numerusform>La liste contient désormais plus de %Ln fiches, trop pour la trier par %1&#xa0;: elle est de nouveau triée par %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · sélection&#xa0;: %Ln</numerusform>
            <numerusform>%1 · sélection&#xa0;: %Ln</numerusform>
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
            <numerusform>Sélection&#xa0;: %Ln · %1</numerusform>
            <numerusform>Sélection&#xa0;: %Ln · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The best %L1 matches</source>
        <translation>Les %L1 meilleurs résultats</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>Plus de %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Show records tagged:</source>
        <translation>Afficher les fiches avec l&apos;étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>The first %L1 records are selected: a bulk action takes at most that many at once. Narrow the list with a filter or a search to reach the others.</source>
        <translation>Les %L1 premières fiches sont sélectionnées&#xa0;: une action groupée en traite au maximum ce nombre à la fois. Affinez la liste avec un filtre ou une recherche pour atteindre les autres.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln selected…</source>
        <translation>
            <numerusform>Fusionner la sélection (%Ln)…</numerusform>
            <numerusform>Fusionner la sélection (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or three records to merge.</source>
        <translation>Sélectionnez deux ou trois fiches à fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to</source>
        <translation>
            <numerusform>Attribuer %Ln fiche à</numerusform>
            <numerusform>Attribuer %Ln fiches à</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %Ln…</source>
        <translation>
            <numerusform>Ajouter une étiquette à %Ln fiche…</numerusform>
            <numerusform>Ajouter une étiquette à %Ln fiches…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>Tags (separated by commas):</source>
        <translation>Étiquettes (séparées par des virgules)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln</source>
        <translation>
            <numerusform>Supprimer %Ln fiche</numerusform>
            <numerusform>Supprimer %Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln…</source>
        <translation>
            <numerusform>Exporter %Ln fiche…</numerusform>
            <numerusform>Exporter %Ln fiches…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Tableur (*.csv);;Carnet d&apos;adresses (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln to a campaign…</source>
        <translation>
            <numerusform>Ajouter %Ln fiche à une campagne…</numerusform>
            <numerusform>Ajouter %Ln fiches à une campagne…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to %1</source>
        <translation>
            <numerusform>Attribuer %Ln fiche à %1</numerusform>
            <numerusform>Attribuer %Ln fiches à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now assigned to %2.</source>
        <translation>%2 est désormais responsable de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records are now assigned to %1.</source>
        <translation>
            <numerusform>%Ln fiche est désormais attribuée à %1.</numerusform>
            <numerusform>%Ln fiches sont désormais attribuées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record chosen is already tagged %1.</source>
        <translation>Toutes les fiches choisies ont déjà l&apos;étiquette %1.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln with %1</source>
        <translation>
            <numerusform>Ajouter l&apos;étiquette %1 à %Ln fiche</numerusform>
            <numerusform>Ajouter l&apos;étiquette %1 à %Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) tagged %1.</source>
        <translation>
            <numerusform>Étiquette %1 ajoutée à %Ln fiche.</numerusform>
            <numerusform>Étiquette %1 ajoutée à %Ln fiches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1 deleted. Edit → Undo brings it back.</source>
        <translation>Suppression effectuée&#xa0;: %1. Édition → Annuler pour revenir en arrière.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom du fichier doit se terminer par .csv ou .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to %1.</source>
        <translation>
            <numerusform>%Ln contact enregistré dans %1.</numerusform>
            <numerusform>%Ln contacts enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation>Filtrer les contacts…</translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtrer les comptes…</translation>
    </message>
    <message>
        <source>Filter leads…</source>
        <translation>Filtrer les prospects…</translation>
    </message>
    <message>
        <source>Filter opportunities…</source>
        <translation>Filtrer les opportunités…</translation>
    </message>
    <message>
        <source>Filter tickets…</source>
        <translation>Filtrer les tickets…</translation>
    </message>
    <message>
        <source>Filter campaigns…</source>
        <translation>Filtrer les campagnes…</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Filtrer les articles…</translation>
    </message>
    <message>
        <source>Filter the list…</source>
        <translation>Filtrer la liste…</translation>
    </message>
</context>
<context>
    <name>rapport::LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Consigner un appel</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Avec&#xa0;:</translation>
    </message>
    <message>
        <source>Deal:</source>
        <translation>Opportunité&#xa0;:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>What was said, what was agreed…</source>
        <translation>Ce qui a été dit, ce qui a été convenu…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Create a &amp;follow-up task</source>
        <translation>Créer une tâche de &amp;suivi</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Consigner l&apos;appel</translation>
    </message>
    <message>
        <source>Give the call a subject.</source>
        <translation>Donnez un objet à l&apos;appel.</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Consigner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call logged (%1 min) with a follow-up task.</source>
        <translation>Appel consigné (%1 min) avec une tâche de suivi.</translation>
    </message>
    <message>
        <source>Call logged (%1 min).</source>
        <translation>Appel consigné (%1 min).</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>%1 (%2 due)</source>
        <translation>%1 (%2 à traiter)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Incoming call: number</source>
        <translation>Appel entrant&#xa0;: numéro</translation>
    </message>
    <message>
        <source>Type or paste the caller&apos;s number and press Enter to find them</source>
        <translation>Saisissez ou collez le numéro de l&apos;appelant et appuyez sur Entrée pour le retrouver</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (données de démonstration)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>Nouvelle &amp;fiche</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>&amp;Opportunité</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>A new record of the kind in view (Ctrl+N)</source>
        <translation>Nouvelle fiche du type affiché (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exporter des contacts…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Tableur (*.csv);;Carnet d&apos;adresses (*.vcf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom du fichier doit se terminer par .csv ou .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contact enregistré dans %1.</numerusform>
            <numerusform>%n contacts enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ca&amp;lendar…</source>
        <translation>Importer un a&amp;genda…</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importer un agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar (*.ics *.ical *.ifb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation>Exporter un agen&amp;da…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Conflicts and waiting changes…</source>
        <translation>&amp;Conflits et modifications en attente…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Rechercher les &amp;doublons de contacts…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>À &amp;propos de Rapport</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>En attente de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflits à examiner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>Hors ligne (aucun serveur configuré)</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs.</source>
        <translation>Cette base de données contient des données de démonstration et n&apos;est jamais synchronisée.</translation>
    </message>
    <message>
        <source>This database is only on this computer. Sign in to a Rapport server in Settings to sync it.</source>
        <translation>Cette base de données se trouve uniquement sur cet ordinateur. Connectez-vous à un serveur Rapport dans les paramètres pour la synchroniser.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Changes stay on this computer until you sign in again (File → Settings).</source>
        <translation>Les modifications restent sur cet ordinateur jusqu&apos;à ce que vous vous reconnectiez (Fichier → Paramètres).</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchronisation… %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message>
        <source>Synced %1 ago</source>
        <translation>Synchronisé il y a %1</translation>
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
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1. Retrying automatically.</source>
        <translation>Dernière synchronisation réussie&#xa0;: %1. Nouvelle tentative automatique.</translation>
    </message>
    <message>
        <source>Retrying automatically.</source>
        <translation>Nouvelle tentative automatique.</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see File → Conflicts and waiting changes).</source>
        <translation>Refusé par le serveur&#xa0;: %1 (voir Fichier → Conflits et modifications en attente).</translation>
    </message>
    <message>
        <source>%1 records have no view of their own yet.</source>
        <translation>Les fiches de type «&#xa0;%1&#xa0;» n&apos;ont pas encore de vue dédiée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;: utilisez uniquement des chiffres, des espaces et + ( ) - / .</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Nobody in the database has the number %1. Create a contact with it?</source>
        <translation>Aucune fiche de la base de données n&apos;a le numéro %1. Créer un contact avec ce numéro&#xa0;?</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Créer le contact</translation>
    </message>
    <message>
        <source>New contact for %1: fill in the name.</source>
        <translation>Nouveau contact pour %1&#xa0;: saisissez le nom.</translation>
    </message>
    <message>
        <source>Ticket %1 created for the call.</source>
        <translation>Ticket %1 créé pour cet appel.</translation>
    </message>
    <message numerus="yes">
        <source>Call from %1; %n other record(s) have the same number.</source>
        <translation>
            <numerusform>Appel de %1&#xa0;; %n autre fiche a le même numéro.</numerusform>
            <numerusform>Appel de %1&#xa0;; %n autres fiches ont le même numéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call from %1.</source>
        <translation>Appel de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1%2</source>
        <translation>Ligne %1%2</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1&#xa0;: ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 entries will be created, %2 updated, %3 are unchanged; %4 cannot be imported.</source>
        <translation>%1 entrées seront créées, %2 mises à jour, %3 sont inchangées&#xa0;; %4 ne peuvent pas être importées.</translation>
    </message>
    <message>
        <source>The details name every entry left out or read differently, with its line.</source>
        <translation>Les détails indiquent chaque entrée ignorée ou interprétée différemment, avec sa ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>Importer %n entrée</numerusform>
            <numerusform>Importer %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calendar entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>Entrées d&apos;agenda&#xa0;: %1 créées, %2 mises à jour, %3 inchangées, %4 ignorées.</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>Exporter un agenda</translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation>Agendas&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>Au (inclus)&#xa0;:</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>calendar.ics</source>
        <translation>agenda.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n entrée d&apos;agenda enregistrée dans %1.</numerusform>
            <numerusform>%n entrées d&apos;agenda enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) waiting for an answer</source>
        <translation>
            <numerusform>%n rappel en attente de réponse</numerusform>
            <numerusform>%n rappels en attente de réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart Rapport?</source>
        <translation>Redémarrer Rapport&#xa0;?</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now?</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Offline-first sales force automation: contacts and accounts, calendar, opportunities, help desk and reports, on a local database that syncs with a Rapport server.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Automatisation des forces de vente conçue pour fonctionner hors ligne&#xa0;: contacts et comptes, agenda, opportunités, support et rapports, dans une base de données locale qui se synchronise avec un serveur Rapport.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, which value it keeps. Everything that belongs to the others (activities, deals, tickets, orders, people, campaign memberships) moves to it; the others stay hidden behind it and can be unmerged.</source>
        <translation>Choisissez la fiche à conserver et, là où les fiches diffèrent, la valeur qu&apos;elle garde. Tout ce qui appartient aux autres (activités, opportunités, tickets, commandes, personnes, appartenances aux campagnes) lui est transféré&#xa0;; les autres restent masquées derrière elle et leur fusion peut être annulée.</translation>
    </message>
    <message>
        <source>Add to the merge</source>
        <translation>Ajouter à la fusion</translation>
    </message>
    <message>
        <source>Another duplicate:</source>
        <translation>Autre doublon&#xa0;:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>At most three records are merged at a time.</source>
        <translation>Trois fiches au maximum peuvent être fusionnées à la fois.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>La fiche %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Conserver cette fiche</translation>
    </message>
    <message>
        <source>Leave this record out of the merge</source>
        <translation>Exclure cette fiche de la fusion</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Toutes les valeurs</translation>
    </message>
    <message>
        <source>No likely duplicate was found: choose the record to merge with above.</source>
        <translation>Aucun doublon probable trouvé&#xa0;: choisissez ci-dessus la fiche avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>These records hold the same details; only what belongs to them will move.</source>
        <translation>Ces fiches contiennent les mêmes informations&#xa0;; seul ce qui leur est rattaché sera transféré.</translation>
    </message>
    <message>
        <source>Add at least one duplicate to merge with.</source>
        <translation>Ajoutez au moins un doublon avec lequel fusionner.</translation>
    </message>
</context>
<context>
    <name>rapport::MonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
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
        <translation>Mes opportunités en cours</translation>
    </message>
    <message>
        <source>My team&apos;s open deals</source>
        <translation>Opportunités en cours de mon équipe</translation>
    </message>
    <message>
        <source>All open deals</source>
        <translation>Toutes les opportunités en cours</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Toutes les opportunités</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Prospects en cours</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Mes prospects</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les prospects</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convertir…</translation>
    </message>
    <message>
        <source>Turn the selected lead into an account, a contact and an opportunity</source>
        <translation>Convertir le prospect sélectionné en compte, contact et opportunité</translation>
    </message>
    <message>
        <source>Select one lead to convert.</source>
        <translation>Sélectionnez un prospect à convertir.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Score the selected leads from who they are (fit) and what they did (engagement)</source>
        <translation>Évaluer les prospects sélectionnés selon leur profil (adéquation) et leurs actions (engagement)</translation>
    </message>
    <message>
        <source>Select the leads to score.</source>
        <translation>Sélectionnez les prospects à évaluer.</translation>
    </message>
    <message numerus="yes">
        <source>Score %n lead(s)</source>
        <translation>
            <numerusform>Évaluer %n prospect</numerusform>
            <numerusform>Évaluer %n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3): %4</source>
        <translation>Score %1 (adéquation %2, engagement %3)&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) scored; %1 changed.</source>
        <translation>
            <numerusform>%n prospect évalué&#xa0;; score modifié pour %1.</numerusform>
            <numerusform>%n prospects évalués&#xa0;; score modifié pour %1.</numerusform>
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
        <translation>Consigner un appel…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Create quote…</source>
        <translation>Créer un devis…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Remise&#xa0;%</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Choose a product from the catalogue first.</source>
        <translation>Choisissez d&apos;abord un produit du catalogue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Rôles d&apos;achat</translation>
    </message>
    <message>
        <source>Choose a person first (type a name).</source>
        <translation>Choisissez d&apos;abord une personne (saisissez un nom).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>The deal is still being read; try again in a moment.</source>
        <translation>L&apos;opportunité est encore en cours de chargement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>clôturée le %1</translation>
    </message>
    <message>
        <source>was to close %1</source>
        <translation>devait être clôturée le %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>clôture prévue le %1</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Prix unitaire (%1)</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>No items yet: add products from the catalogue to quote them.</source>
        <translation>Aucune ligne pour l&apos;instant&#xa0;: ajoutez des produits du catalogue pour les inclure dans un devis.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), together %1</source>
        <translation>
            <numerusform>%n ligne, pour un total de %1</numerusform>
            <numerusform>%n lignes, pour un total de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No one yet: name who decides, who signs and who champions the deal (a person above, then Add).</source>
        <translation>Personne pour l&apos;instant&#xa0;: indiquez qui décide, qui signe et qui soutient l&apos;opportunité en interne (une personne ci-dessus, puis Ajouter).</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>Créée à l&apos;étape %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (amount, probability or close date changed)</source>
        <translation>%1 (montant, probabilité ou date de clôture modifiés)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>No quote yet: &quot;Create quote…&quot; issues one from the deal&apos;s items.</source>
        <translation>Aucun devis pour l&apos;instant&#xa0;: «&#xa0;Créer un devis…&#xa0;» en établit un à partir des lignes de l&apos;opportunité.</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <source>Buying roles (%1)</source>
        <translation>Rôles d&apos;achat (%1)</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Devis (%1)</translation>
    </message>
    <message>
        <source>The product has no price in %1.</source>
        <translation>Le produit n&apos;a pas de prix en %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choisissez d&apos;abord une ligne.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1 is already %2 in this deal.</source>
        <translation>%1 est déjà %2 dans cette opportunité.</translation>
    </message>
    <message>
        <source>Add a buying role</source>
        <translation>Ajouter un rôle d&apos;achat</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Choisissez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>Remove a buying role</source>
        <translation>Retirer un rôle d&apos;achat</translation>
    </message>
</context>
<context>
    <name>rapport::OrgChartView</name>
    <message>
        <source>%1 cannot report to %2, who reports to them.</source>
        <translation>%1 ne peut pas rendre compte à %2, qui lui rend déjà compte.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Reports to nobody</source>
        <translation>Ne rend compte à personne</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineBoard</name>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it (it can still be changed per deal). Everyone gets these with the next sync.</source>
        <translation>Le nom que votre entreprise donne à chaque étape, et la probabilité attribuée à une opportunité quand elle y entre (elle reste modifiable pour chaque opportunité). Tout le monde reçoit ces valeurs à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Your name for it</source>
        <translation>Votre libellé</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Change the stages</source>
        <translation>Modifier les étapes</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Toute date de clôture</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Clôture ce mois-ci</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Clôture ce trimestre</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>Clôture au trimestre prochain</translation>
    </message>
    <message>
        <source>Closing this year</source>
        <translation>Clôture cette année</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>sans date de clôture</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Mes opportunités</translation>
    </message>
    <message>
        <source>Everyone&apos;s deals</source>
        <translation>Toutes les opportunités</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>from </source>
        <translation>à partir de </translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>tout montant</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Étapes…</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it</source>
        <translation>Le nom que votre entreprise donne à chaque étape, et la probabilité attribuée à une opportunité quand elle y entre</translation>
    </message>
    <message>
        <source>%1 not converted</source>
        <translation>%1 non converti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, closed in the last %n day(s)</source>
        <translation>
            <numerusform>%1, clôturées depuis %n jour</numerusform>
            <numerusform>%1, clôturées ces %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
weighted %2</source>
        <translation>%1
pondéré %2</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates.</source>
        <translation>En %1 aux taux de change du jour.</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates; deals in %2 have no rate to %1 (rapport-cli rates set …).</source>
        <translation>En %1 aux taux de change du jour&#xa0;; les opportunités en %2 n&apos;ont pas de taux vers %1 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Pourquoi l&apos;opportunité a-t-elle été perdue&#xa0;?</translation>
    </message>
    <message>
        <source>Not moved: a lost deal needs a reason.</source>
        <translation>Non déplacée&#xa0;: une opportunité perdue nécessite un motif.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deals to %1</source>
        <translation>
            <numerusform>Déplacer %n opportunité vers %1</numerusform>
            <numerusform>Déplacer %n opportunités vers %1</numerusform>
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
%3 à %4
Clôture prévue&#xa0;: %5
Responsable&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineReportView</name>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline ouvert par étape</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Montants convertis en %1 aux taux de change du %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2 (rapport-cli rates set …).</source>
        <translation>Les opportunités en %1 sont comptées, mais pas dans les montants&#xa0;: il n&apos;y a pas de taux de change vers %2 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>%1: the deals behind the figures</source>
        <translation>%1&#xa0;: les opportunités derrière ces chiffres</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, %2 weighted (double-click one to open it).</source>
        <translation>
            <numerusform>%n opportunité, %1 au total, %2 en pondéré (double-cliquez dessus pour l&apos;ouvrir).</numerusform>
            <numerusform>%n opportunités, %1 au total, %2 en pondéré (double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Sans taux de change, les montants en %1 ne sont pas additionnés.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rapport::QuoteDialog</name>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>Le logo %1 n&apos;est pas une image que Rapport peut lire.</translation>
    </message>
    <message>
        <source>Quote %1, version %2</source>
        <translation>Devis %1, version %2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>A note to the customer (delivery, what is included…)</source>
        <translation>Une note pour le client (livraison, ce qui est inclus…)</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>TVA&#xa0;:</translation>
    </message>
    <message>
        <source>Tax rate:</source>
        <translation>Taux de TVA&#xa0;:</translation>
    </message>
    <message>
        <source>Discount on the quote:</source>
        <translation>Remise sur le devis&#xa0;:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <source>Issue and save PDF…</source>
        <translation>Émettre et enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Enregistrer le devis</translation>
    </message>
    <message>
        <source>%1 v%2.pdf</source>
        <translation>%1 v%2.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issue quote %1 v%2</source>
        <translation>Émettre le devis %1 v%2</translation>
    </message>
    <message>
        <source>Quote %1, version %2, is issued, but its PDF could not be saved (open it again from the deal&apos;s Quotes): %3</source>
        <translation>Le devis %1, version %2, est émis, mais son PDF n&apos;a pas pu être enregistré (rouvrez-le depuis les devis de l&apos;opportunité)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Quote %1, version %2, saved to %3.</source>
        <translation>Devis %1, version %2, enregistré dans %3.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListModel</name>
    <message numerus="yes">
        <source>Sorts a list of up to %Ln records: narrow a longer one with a filter or a search first.</source>
        <translation>
            <numerusform>Trie une liste de %Ln fiche au maximum&#xa0;: réduisez d&apos;abord une liste plus longue avec un filtre ou une recherche.</numerusform>
            <numerusform>Trie une liste de %Ln fiches au maximum&#xa0;: réduisez d&apos;abord une liste plus longue avec un filtre ou une recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clock stands while the ticket waits on the customer.</source>
        <translation>Le décompte est suspendu tant que le ticket attend le client.</translation>
    </message>
    <message>
        <source>No service level applies to this ticket.</source>
        <translation>Aucun niveau de service ne s&apos;applique à ce ticket.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 left in the working time of &quot;%2&quot;, %3 on the clock</source>
        <translation>Reste %1 en heures ouvrées de «&#xa0;%2&#xa0;», %3 en temps réel</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>Nouvel appel…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nouvelle tâche…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see its details.</source>
        <translation>Choisissez une entrée dans la liste pour en afficher le détail.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(non disponible)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la fiche %1.</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Fiche créée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This may be someone already in your book:</source>
        <translation>Cette personne figure peut-être déjà dans vos fiches&#xa0;:</translation>
    </message>
    <message>
        <source>Open one of them, or click Save again if this is someone else.</source>
        <translation>Ouvrez l&apos;une de ces fiches, ou cliquez à nouveau sur Enregistrer s&apos;il s&apos;agit de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPicker</name>
    <message>
        <source>Choose one of the %1 offered while you type, or clear the field.</source>
        <translation>Choisissez une des suggestions (%1) proposées pendant la saisie, ou videz le champ.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordStore</name>
    <message>
        <source>%1 cannot be merged.</source>
        <translation>Les fiches de type «&#xa0;%1&#xa0;» ne peuvent pas être fusionnées.</translation>
    </message>
    <message>
        <source>Choose two or three different %1 to merge.</source>
        <translation>Choisissez deux ou trois fiches différentes (%1) à fusionner.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged: it does not exist (it may have been deleted).</source>
        <translation>Impossible de fusionner la fiche %1 %2&#xa0;: elle n&apos;existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>%1 was already merged into %2.</source>
        <translation>La fiche %1 a déjà été fusionnée dans %2.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the merged %2: %3</source>
        <translation>Impossible de déplacer %1 vers la fiche %2 fusionnée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be merged or unmerged.</source>
        <translation>Impossible de fusionner les fiches de type «&#xa0;%1&#xa0;» ou d&apos;en annuler la fusion.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist (it may have been deleted).</source>
        <translation>La fiche %1 %2 n&apos;existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>%1 %2 is not merged into another record.</source>
        <translation>La fiche %1 %2 n&apos;est fusionnée dans aucune autre fiche.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Impossible de lire les fiches&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to does not exist.</source>
        <translation>%1&#xa0;: la fiche %2 référencée n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was deleted.</source>
        <translation>%1&#xa0;: la fiche %2 référencée a été supprimée.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was merged into %3.</source>
        <translation>%1&#xa0;: la fiche %2 référencée a été fusionnée dans %3.</translation>
    </message>
    <message>
        <source>%1 would make this %2 its own superior.</source>
        <translation>%1&#xa0;: cette fiche %2 se retrouverait au-dessus d&apos;elle-même dans la hiérarchie.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la fiche %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de fiche valide.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: a record with the id %2 already exists.</source>
        <translation>Impossible d&apos;enregistrer la fiche %1&#xa0;: une fiche avec l&apos;identifiant %2 existe déjà.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it does not exist (it may have been removed by sync).</source>
        <translation>Impossible d&apos;enregistrer la fiche %1&#xa0;: elle n&apos;existe pas (elle a peut-être été supprimée par la synchronisation).</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it was deleted in the meantime.</source>
        <translation>Impossible d&apos;enregistrer la fiche %1&#xa0;: elle a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The %1 could not be deleted: it does not exist.</source>
        <translation>Impossible de supprimer la fiche %1&#xa0;: elle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The %1 cannot be restored: it does not exist.</source>
        <translation>Impossible de restaurer la fiche %1&#xa0;: elle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 was erased on request and cannot be restored.</source>
        <translation>Les données de %1 ont été effacées sur demande et ne peuvent pas être restaurées.</translation>
    </message>
    <message>
        <source>Only contacts and leads are people who can be erased.</source>
        <translation>Seuls les contacts et les prospects sont des personnes dont les données peuvent être effacées.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Aucune fiche %1 avec l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>Aucun conflit non résolu avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordsView</name>
    <message>
        <source>Merged into %1.</source>
        <translation>Fusionné dans %1.</translation>
    </message>
    <message>
        <source>Select the leads to add to a campaign.</source>
        <translation>Sélectionnez les prospects à ajouter à une campagne.</translation>
    </message>
    <message>
        <source>Select the contacts to add to a campaign.</source>
        <translation>Sélectionnez les contacts à ajouter à une campagne.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no planned or running campaign to add them to.</source>
        <translation>Aucune campagne planifiée ou en cours à laquelle les ajouter.</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Ajouter à une campagne</translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to:</source>
        <translation>
            <numerusform>Ajouter %n prospect à&#xa0;:</numerusform>
            <numerusform>Ajouter %n prospects à&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to:</source>
        <translation>
            <numerusform>Ajouter %n contact à&#xa0;:</numerusform>
            <numerusform>Ajouter %n contacts à&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note %n left out of %1</source>
        <translation>
            <numerusform>Consigner %n personne écartée de %1</numerusform>
            <numerusform>Consigner %n personnes écartées de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to %1</source>
        <translation>
            <numerusform>Ajouter %n prospect à %1</numerusform>
            <numerusform>Ajouter %n prospects à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Ajouter %n contact à %1</numerusform>
            <numerusform>Ajouter %n contacts à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Add the selected leads to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Ajouter les prospects sélectionnés à une campagne (ceux sans consentement marketing sont écartés, avec le motif)…</translation>
    </message>
    <message>
        <source>Add the selected contacts to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Ajouter les contacts sélectionnés à une campagne (ceux sans consentement marketing sont écartés, avec le motif)…</translation>
    </message>
</context>
<context>
    <name>rapport::ReminderService</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>L&apos;entrée n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>rapport::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Tout &amp;ignorer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (reporté)</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>Rappels (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::ReportScope</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
</context>
<context>
    <name>rapport::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Gagnées ce trimestre</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Taux de réussite, 12 derniers mois</translation>
    </message>
    <message>
        <source>12-month win rate</source>
        <translation>Réussite (12 mois)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Chiffre d&apos;affaires, 12 derniers mois</translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation>CA (12 mois)</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation>Montants en</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · pondéré %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · weighted %1</source>
        <comment>in brief</comment>
        <translation>
            <numerusform>%n opportunité · pond. %1</numerusform>
            <numerusform>%n opportunités · pond. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date; weighted by each deal&apos;s probability.</source>
        <translation>Toutes les opportunités ouvertes, quelle que soit leur date de clôture&#xa0;; pondérées par la probabilité de chacune.</translation>
    </message>
    <message>
        <source>No quota for this quarter</source>
        <translation>Aucun objectif pour ce trimestre</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 de l&apos;objectif de %2</translation>
    </message>
    <message>
        <source>Won in Q%1</source>
        <comment>in brief: the quarter of the year</comment>
        <translation>Gagnées au T%1</translation>
    </message>
    <message>
        <source>Deals won %1; committed besides: %2.</source>
        <translation>Opportunités gagnées %1&#xa0;; engagées en plus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 gagnées sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <comment>in brief</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <translation>cycle de %1 jours</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <comment>in brief</comment>
        <translation>cycle %1 j</translation>
    </message>
    <message>
        <source>None closed</source>
        <translation>Aucune clôturée</translation>
    </message>
    <message>
        <source>Deals won and lost %1, and the average won deal&apos;s time from its first stage to its close.</source>
        <translation>Opportunités gagnées et perdues %1, et la durée moyenne d&apos;une opportunité gagnée entre sa première étape et sa clôture.</translation>
    </message>
    <message numerus="yes">
        <source>%n past their service level</source>
        <translation>
            <numerusform>%n hors niveau de service</numerusform>
            <numerusform>%n hors niveau de service</numerusform>
        </translation>
    </message>
    <message>
        <source>All within their service levels</source>
        <translation>Tous dans leur niveau de service</translation>
    </message>
    <message>
        <source>New, open and waiting on the customer.</source>
        <translation>Nouveaux, ouverts et en attente du client.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline ouvert par étape</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>tickets waiting on the customer, in a chart&apos;s legend</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Open tickets by priority</source>
        <translation>Tickets ouverts par priorité</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Aucune commande</translation>
    </message>
    <message>
        <source>Most from %1</source>
        <translation>Surtout&#xa0;: %1</translation>
    </message>
    <message>
        <source>Orders placed %1, not cancelled.</source>
        <translation>Commandes passées %1, hors annulations.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Revenue by product category</source>
        <translation>Chiffre d&apos;affaires par catégorie de produit</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Montants convertis en %1 aux taux de change du %2.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2; without a rate, amounts in %3 are counted but not summed.</source>
        <translation>Montants convertis en %1 aux taux de change du %2&#xa0;; sans taux, les montants en %3 sont comptés, mais pas additionnés.</translation>
    </message>
    <message>
        <source>%1 of the quota</source>
        <comment>in brief</comment>
        <translation>%1 de l&apos;objectif</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>in brief: tickets</comment>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>All on time</source>
        <comment>in brief: tickets</comment>
        <translation>Tous dans les délais</translation>
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
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
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
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>millions %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>milliers %1</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet…</source>
        <translation>CSV pour un tableur…</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Feuille de calcul (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Classeur Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>Document PDF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write the report to a file: CSV, XLSX or PDF</source>
        <translation>Écrire le rapport dans un fichier&#xa0;: CSV, XLSX ou PDF</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre dernier</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Trimestre prochain</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Année prochaine</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année dernière</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By loss reason</source>
        <translation>Par motif de perte</translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation>Par concurrent</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Days of your own choosing; pick again to change them.</source>
        <translation>Période de votre choix&#xa0;; choisissez à nouveau pour la modifier.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Double-click to see the deals behind this figure.</source>
        <translation>Double-cliquez pour voir les opportunités derrière ce chiffre.</translation>
    </message>
    <message>
        <source>Double-click to see the tickets behind this figure.</source>
        <translation>Double-cliquez pour voir les tickets derrière ce chiffre.</translation>
    </message>
    <message>
        <source>Double-click to see the customers behind this figure.</source>
        <translation>Double-cliquez pour voir les clients derrière ce chiffre.</translation>
    </message>
    <message>
        <source>Double-click to open %1.</source>
        <translation>Double-cliquez pour ouvrir %1.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Montants convertis en %1 aux taux de change du %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2.</source>
        <translation>Les opportunités en %1 sont comptées, mais pas dans les montants&#xa0;: il n&apos;y a pas de taux de change vers %2.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the deals behind it.</source>
        <translation>Cliquez sur une barre ou double-cliquez sur un chiffre pour voir les opportunités correspondantes.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the tickets behind it.</source>
        <translation>Cliquez sur une barre ou double-cliquez sur un chiffre pour voir les tickets correspondants.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a customer to open it; double-click the total to list them all.</source>
        <translation>Cliquez sur une barre ou double-cliquez sur un client pour l&apos;ouvrir&#xa0;; double-cliquez sur le total pour tous les lister.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the customers behind it.</source>
        <translation>Cliquez sur une barre ou double-cliquez sur un chiffre pour voir les clients correspondants.</translation>
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
        <translation>%1 — les %2 premiers sur %3</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1: the deals</source>
        <translation>%1&#xa0;: les opportunités</translation>
    </message>
    <message>
        <source>%1, %2: the deals</source>
        <translation>%1, %2&#xa0;: les opportunités</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest deals, %1 in all (double-click one to open it).</source>
        <translation>
            <numerusform>L&apos;opportunité la plus importante, %1 (double-cliquez dessus pour l&apos;ouvrir).</numerusform>
            <numerusform>Les %n opportunités les plus importantes, %1 au total (double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, largest first (double-click one to open it).</source>
        <translation>
            <numerusform>%n opportunité, %1 au total (double-cliquez dessus pour l&apos;ouvrir).</numerusform>
            <numerusform>%n opportunités, %1 au total, les plus importantes en premier (double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Sans taux de change, les montants en %1 ne sont pas additionnés.</translation>
    </message>
    <message>
        <source>%1: the tickets</source>
        <translation>%1&#xa0;: les tickets</translation>
    </message>
    <message>
        <source>%1, %2: the tickets</source>
        <translation>%1, %2&#xa0;: les tickets</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message numerus="yes">
        <source>The %n earliest opened tickets (double-click one to open it).</source>
        <translation>
            <numerusform>Le ticket le plus ancien (double-cliquez dessus pour l&apos;ouvrir).</numerusform>
            <numerusform>Les %n tickets les plus anciens (double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), the earliest opened first (double-click one to open it).</source>
        <translation>
            <numerusform>%n ticket (double-cliquez dessus pour l&apos;ouvrir).</numerusform>
            <numerusform>%n tickets, les plus anciens en premier (double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the customers</source>
        <translation>%1&#xa0;: les clients</translation>
    </message>
    <message>
        <source>%1, %2: the customers</source>
        <translation>%1, %2&#xa0;: les clients</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Achète surtout</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable customers (double-click one to open it).</source>
        <translation>
            <numerusform>Le client à plus forte valeur (double-cliquez dessus pour l&apos;ouvrir).</numerusform>
            <numerusform>Les %n clients à plus forte valeur (double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), the most valuable first (double-click one to open it).</source>
        <translation>
            <numerusform>%n client (double-cliquez dessus pour l&apos;ouvrir).</numerusform>
            <numerusform>%n clients, ceux à plus forte valeur en premier (double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by Rapport on %1.</source>
        <translation>Imprimé par Rapport le %1.</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when Rapport starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Rapport.</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without country code are in:</source>
        <translation>&amp;Pays des numéros de téléphone sans indicatif&#xa0;:</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone, %1</source>
        <translation>Fuseau horaire de cet ordinateur, %1</translation>
    </message>
    <message>
        <source>Calendar times are shown in this zone. Entries keep their own zone: a meeting at 09:00 in Berlin stays at 09:00 Berlin time.</source>
        <translation>Les heures de l&apos;agenda sont affichées dans ce fuseau. Les entrées conservent leur propre fuseau&#xa0;: une réunion à 09:00 à Berlin reste à 09:00, heure de Berlin.</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>Afficher les &amp;heures dans&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Quotes: the company&apos;s letterhead and terms</source>
        <translation>Devis&#xa0;: en-tête et conditions de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Phone · email · VAT number</source>
        <translation>Téléphone · e-mail · n° de TVA</translation>
    </message>
    <message>
        <source>Customers in this country are charged its VAT; businesses elsewhere in the EU get a reverse charge, customers further abroad none.</source>
        <translation>Les clients de ce pays se voient facturer sa TVA&#xa0;; les entreprises d&apos;autres pays de l&apos;UE relèvent de l&apos;autoliquidation, et les clients hors UE ne paient pas de TVA.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Quote template (*.html)</source>
        <translation>Modèle de devis (*.html)</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>Le modèle intégré</translation>
    </message>
    <message>
        <source>Start from the built-in one…</source>
        <translation>Partir du modèle intégré…</translation>
    </message>
    <message>
        <source>Saves the built-in template to a file you can edit, and uses that file from now on.</source>
        <translation>Enregistre le modèle intégré dans un fichier que vous pouvez modifier, puis utilise désormais ce fichier.</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>quote-template.html</source>
        <translation>modele-devis.html</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Contact line:</source>
        <translation>Coordonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>VAT rate at home:</source>
        <translation>Taux de TVA national&#xa0;:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs. Open your own database to connect to a server.</source>
        <translation>Cette base de données contient des données de démonstration et n&apos;est jamais synchronisée. Ouvrez votre propre base de données pour vous connecter à un serveur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://rapport.example.com:8765.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://rapport.example.com:8765.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed out. Changes stay on this computer until you sign in again.</source>
        <translation>Déconnecté. Les modifications restent sur cet ordinateur jusqu&apos;à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Not connected: this database is only on this computer.</source>
        <translation>Non connecté&#xa0;: cette base de données n&apos;existe que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
</context>
<context>
    <name>rapport::SlaPoliciesDialog</name>
    <message>
        <source>never open</source>
        <translation>jamais ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n jour férié</numerusform>
            <numerusform>%n jours fériés</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>Working time to a first response and to a resolution per priority, counted in each policy&apos;s business hours. A policy for a service tier wins over the general one. They apply to tickets opened or re-prioritised from now on.</source>
        <translation>Temps ouvré jusqu&apos;à la première réponse et jusqu&apos;à la résolution, par priorité, compté selon les heures ouvrées de chaque règle. Une règle propre à une formule de service l&apos;emporte sur la règle générale. Ces règles s&apos;appliquent aux tickets ouverts ou dont la priorité est modifiée à partir de maintenant.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Formule de service</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Warn before</source>
        <translation>Alerter avant</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Business hours…</source>
        <translation>Heures ouvrées…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Double-click to change the business hours</source>
        <translation>Double-cliquez pour modifier les heures ouvrées</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Ouvert&#xa0;:</translation>
    </message>
    <message>
        <source>One date per line, e.g. 2026-12-25</source>
        <translation>Une date par ligne, p. ex. 2026-12-25</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>Change the service levels</source>
        <translation>Modifier les niveaux de service</translation>
    </message>
</context>
<context>
    <name>rapport::SlaWatch</name>
    <message numerus="yes">
        <source>%n ticket(s) past their service level</source>
        <translation>
            <numerusform>%n ticket hors niveau de service</numerusform>
            <numerusform>%n tickets hors niveau de service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within the warning time</source>
        <translation>
            <numerusform>%n arrive à échéance dans le délai d&apos;alerte</numerusform>
            <numerusform>%n arrivent à échéance dans le délai d&apos;alerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached ticket(s) escalated to the team&apos;s manager.</source>
        <translation>
            <numerusform>%n ticket hors niveau de service escaladé au responsable d&apos;équipe.</numerusform>
            <numerusform>%n tickets hors niveau de service escaladés au responsable d&apos;équipe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SyncReviewDialog</name>
    <message>
        <source>Conflicts and waiting changes</source>
        <translation>Conflits et modifications en attente</translation>
    </message>
    <message>
        <source>Two people changed the same field at the same time. The value shown now is the one that won; the other is kept here until someone decides. A new ticket whose number another ticket already had was given the next free number.</source>
        <translation>Deux personnes ont modifié le même champ au même moment. La valeur affichée est celle qui l&apos;a emporté&#xa0;; l&apos;autre est conservée ici jusqu&apos;à ce que quelqu&apos;un tranche. Un nouveau ticket dont le numéro était déjà pris par un autre ticket a reçu le numéro libre suivant.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now shown</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conserver la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conserver l&apos;&amp;autre</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(absent de cet appareil)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a new number</source>
        <translation>un nouveau numéro</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>l&apos;autre</translation>
    </message>
    <message>
        <source>%1 was already another ticket&apos;s number; the server gave this ticket the next free one.</source>
        <translation>%1 était déjà le numéro d&apos;un autre ticket&#xa0;; le serveur a attribué à ce ticket le numéro libre suivant.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Résolution de conflit</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refusée par le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Waiting changes (%1)</source>
        <translation>Modifications en attente (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::TagsEditor</name>
    <message>
        <source>Words separated by commas, e.g. vip, newsletter</source>
        <translation>Mots séparés par des virgules, p. ex. vip, newsletter</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>rapport::TicketPage</name>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Marquer comme ouvert</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>Mettre en attente du client</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <source>Create article…</source>
        <translation>Créer un article…</translation>
    </message>
    <message>
        <source>Draft a knowledge-base article from this resolved ticket</source>
        <translation>Rédiger un article de la base de connaissances à partir de ce ticket résolu</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>A public reply goes to the customer; an internal note is for the team only</source>
        <translation>Une réponse publique est envoyée au client&#xa0;; une note interne est réservée à l&apos;équipe</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Return sends)</source>
        <translation>Rédiger une réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Send and wait on customer</source>
        <translation>Envoyer et attendre le client</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Write a note for the team… (Ctrl+Return adds it)</source>
        <translation>Rédiger une note pour l&apos;équipe… (Ctrl+Entrée pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Aucun ticket sélectionné</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue to work on it.</source>
        <translation>Choisissez un ticket dans la file d&apos;attente pour le traiter.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(non disponible)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Nothing has been written on this ticket yet.</source>
        <translation>Rien n&apos;a encore été écrit sur ce ticket.</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (réservé à l&apos;équipe)</translation>
    </message>
    <message>
        <source>(%1 in working time)</source>
        <translation>(%1 en heures ouvrées)</translation>
    </message>
    <message>
        <source>Waiting on the customer: the resolution clock is stopped.</source>
        <translation>En attente du client&#xa0;: le décompte du délai de résolution est suspendu.</translation>
    </message>
    <message>
        <source>Waiting on the customer since %1: the resolution clock is stopped.</source>
        <translation>En attente du client depuis %1&#xa0;: le décompte du délai de résolution est suspendu.</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Première réponse&#xa0;:</translation>
    </message>
    <message>
        <source>First response %1 late</source>
        <translation>Première réponse en retard de %1</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>No service level applies.</source>
        <translation>Aucun niveau de service ne s&apos;applique.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Clos le %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolu le %1</translation>
    </message>
    <message>
        <source>Resolved %1 late</source>
        <translation>Résolu avec %1 de retard</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Satisfaction&#xa0;: %1 sur 5</translation>
    </message>
    <message>
        <source>The ticket is still being read; try again in a moment.</source>
        <translation>Le ticket est encore en cours de lecture&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Rédigez d&apos;abord la note.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Rédigez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Réponse sur %1</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>Note ajoutée à %1.</translation>
    </message>
    <message>
        <source>Reply sent on %1.</source>
        <translation>Réponse envoyée sur %1.</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>Résoudre %1</translation>
    </message>
    <message>
        <source>How was it resolved? The cause and what fixed it, for the next agent and the knowledge base.</source>
        <translation>Comment a-t-il été résolu&#xa0;? La cause et ce qui a réglé le problème, pour le prochain agent et la base de connaissances.</translation>
    </message>
    <message>
        <source>%1 stays open: say how it was resolved.</source>
        <translation>%1 reste ouvert&#xa0;: indiquez comment il a été résolu.</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Attribuer %1</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge-base article(s) match what the ticket says</source>
        <translation>
            <numerusform>%n article de la base de connaissances correspond au contenu du ticket</numerusform>
            <numerusform>%n articles de la base de connaissances correspondent au contenu du ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>For the team only: add &quot;%1&quot; to an internal note, not to a reply.</source>
        <translation>Réservé à l&apos;équipe&#xa0;: ajoutez «&#xa0;%1&#xa0;» à une note interne, pas à une réponse.</translation>
    </message>
    <message>
        <source>Save the ticket first; then articles can be linked to it.</source>
        <translation>Enregistrez d&apos;abord le ticket&#xa0;; des articles pourront ensuite y être liés.</translation>
    </message>
    <message>
        <source>Link an article to %1</source>
        <translation>Lier un article à %1</translation>
    </message>
    <message>
        <source>Resolve the ticket first: an article tells how a problem was solved.</source>
        <translation>Résolvez d&apos;abord le ticket&#xa0;: un article explique comment un problème a été résolu.</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Article issu de %1</translation>
    </message>
    <message>
        <source>Draft article &quot;%1&quot; created; edit and publish it.</source>
        <translation>Brouillon d&apos;article «&#xa0;%1&#xa0;» créé&#xa0;; modifiez-le, puis publiez-le.</translation>
    </message>
    <message>
        <source>We are on it</source>
        <translation>Nous nous en occupons</translation>
    </message>
    <message>
        <source>Hello {customer},

thank you for contacting us about &quot;{subject}&quot; ({number}). We are looking into it and will get back to you as soon as we know more.

Kind regards,
{agent}</source>
        <translation>Bonjour {customer},

Merci de nous avoir contactés au sujet de «&#xa0;{subject}&#xa0;» ({number}). Nous examinons votre demande et reviendrons vers vous dès que nous en saurons plus.

Cordialement,
{agent}</translation>
    </message>
    <message>
        <source>Need more information</source>
        <translation>Besoin de plus d&apos;informations</translation>
    </message>
    <message>
        <source>Hello {customer},

to help you with {number}, could you please send us the exact error message, the product version and the steps that lead to the problem?

Kind regards,
{agent}</source>
        <translation>Bonjour {customer},

Afin de vous aider concernant {number}, pourriez-vous nous envoyer le message d&apos;erreur exact, la version du produit et les étapes qui mènent au problème&#xa0;?

Cordialement,
{agent}</translation>
    </message>
    <message>
        <source>Solved — please confirm</source>
        <translation>Résolu — merci de confirmer</translation>
    </message>
    <message>
        <source>Hello {customer},

we believe the problem reported in {number} is solved. Please let us know if anything is still not working; otherwise we will close the ticket in a few days.

Kind regards,
{agent}</source>
        <translation>Bonjour {customer},

Nous pensons que le problème signalé dans {number} est résolu. N&apos;hésitez pas à nous indiquer si quelque chose ne fonctionne toujours pas&#xa0;; sans retour de votre part, nous clôturerons le ticket dans quelques jours.

Cordialement,
{agent}</translation>
    </message>
    <message>
        <source>No answer yet — reminder</source>
        <translation>Toujours pas de réponse — relance</translation>
    </message>
    <message>
        <source>Hello {customer},

we are still waiting for your answer on {number}. Could you let us know whether the problem persists?

Kind regards,
{agent}</source>
        <translation>Bonjour {customer},

Nous attendons toujours votre réponse concernant {number}. Pourriez-vous nous indiquer si le problème persiste&#xa0;?

Cordialement,
{agent}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Save this reply as a canned response…</source>
        <translation>Enregistrer cette réponse comme réponse type…</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Réponse type</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; among your canned responses.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée parmi vos réponses types.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field, its new value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>a field, its value before and after</comment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a message&apos;s kind, its text</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing has happened on this ticket yet.</source>
        <translation>Rien ne s’est encore passé sur ce ticket.</translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <comment>how the ticket came in: Email, Phone…</comment>
        <translation>Ouvert (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::TimeGrid</name>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
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
            <numerusform>%n autre élément à cette heure (cliquez pour voir la journée)&#xa0;:</numerusform>
            <numerusform>%n autres éléments à cette heure (cliquez pour voir la journée)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Agenda de %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Récurrent</translation>
    </message>
</context>
<context>
    <name>rapport::sync::SyncWorker</name>
    <message>
        <source>Sync is stopping.</source>
        <translation>Arrêt de la synchronisation en cours.</translation>
    </message>
</context>
</TS>
