<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityEdits</name>
    <message>
        <source>Change %1</source>
        <translation>Modificar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>ActivitySeries</name>
    <message>
        <source>The series no longer exists (it may have been deleted by sync).</source>
        <translation>La serie ya no existe (puede que la sincronización la haya eliminado).</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La solicitud no es un objeto JSON.</translation>
    </message>
    <message>
        <source>A sign-in needs a user name and a password.</source>
        <translation>Para iniciar sesión se necesitan un nombre de usuario y una contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins; try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos; vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos; vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot sign you in right now; try again shortly.</source>
        <translation>El servidor no puede iniciar la sesión en este momento; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <source>This user is disabled.</source>
        <translation>Este usuario está desactivado.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Sign in again: the session is unknown, expired or revoked.</source>
        <translation>Vuelva a iniciar sesión: la sesión es desconocida, ha caducado o se ha revocado.</translation>
    </message>
    <message>
        <source>This server speaks sync protocol %1; the client speaks %2. Update the older of the two.</source>
        <translation>Este servidor usa la versión %1 del protocolo de sincronización; el cliente, la %2. Actualice el más antiguo de los dos.</translation>
    </message>
    <message>
        <source>This server has data schema %1; the client has %2. Update the older of the two.</source>
        <translation>Este servidor tiene el esquema de datos %1; el cliente, el %2. Actualice el más antiguo de los dos.</translation>
    </message>
    <message>
        <source>A push needs a list of mutations.</source>
        <translation>Un push necesita una lista de cambios.</translation>
    </message>
    <message>
        <source>A push may carry at most %1 mutations.</source>
        <translation>Un push puede contener como máximo %1 cambios.</translation>
    </message>
    <message>
        <source>Mutation %1: %2</source>
        <translation>Cambio %1: %2</translation>
    </message>
    <message>
        <source>A pull needs a cursor (a number, 0 at first).</source>
        <translation>Un pull necesita un cursor (un número; 0 la primera vez).</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Call anyway?</source>
        <translation>¿Llamar de todos modos?</translation>
    </message>
    <message>
        <source>Write anyway?</source>
        <translation>¿Escribir de todos modos?</translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation>Llamar de todos modos</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Escribir de todos modos</translation>
    </message>
    <message>
        <source>Delete a repeating entry</source>
        <translation>Eliminar una entrada periódica</translation>
    </message>
    <message>
        <source>Change a repeating entry</source>
        <translation>Modificar una entrada periódica</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to delete?</source>
        <translation>«%1» se repite. ¿Qué repeticiones desea eliminar?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats. Which occurrences do you want to change?</source>
        <translation>«%1» se repite. ¿Qué repeticiones desea modificar?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>Solo esta</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Esta y las siguientes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>BusinessHours</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>«%1» no es una zona horaria (por ejemplo, Europe/Madrid).</translation>
    </message>
    <message>
        <source>Day %1: opening hours are two times of day, HH:MM, the first not after the second.</source>
        <translation>Día %1: el horario de apertura son dos horas del día (HH:MM) y la primera no puede ser posterior a la segunda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>No se puede leer el calendario: %1</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>It changes one occurrence of a repeating entry that is neither in the file nor in the calendar.</source>
        <translation>Modifica una repetición de una entrada periódica que no está ni en el archivo ni en el calendario.</translation>
    </message>
    <message>
        <source>Another entry of the file has the same UID (%1).</source>
        <translation>Otra entrada del archivo tiene el mismo UID (%1).</translation>
    </message>
    <message>
        <source>The entry it updates no longer exists.</source>
        <translation>La entrada que actualiza ya no existe.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
</context>
<context>
    <name>CalendarReader</name>
    <message>
        <source>Line %1: BEGIN:%2 outside of a calendar (BEGIN:VCALENDAR).</source>
        <translation>Línea %1: BEGIN:%2 fuera de un calendario (BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation>Línea %1: END:%2 no cierra %3.</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (there is no BEGIN:VCALENDAR).</source>
        <translation>No es un archivo iCalendar (no hay BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>BEGIN:%1 on line %2 is never ended: the file is cut off.</source>
        <translation>BEGIN:%1 de la línea %2 nunca se cierra: el archivo está cortado.</translation>
    </message>
    <message>
        <source>(No subject)</source>
        <translation>(Sin asunto)</translation>
    </message>
    <message>
        <source>The subject was shortened to 200 characters.</source>
        <translation>El asunto se ha acortado a 200 caracteres.</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>Se ha cancelado.</translation>
    </message>
    <message>
        <source>It has no start (DTSTART).</source>
        <translation>No tiene inicio (DTSTART).</translation>
    </message>
    <message>
        <source>The task has neither a start nor a due date.</source>
        <translation>La tarea no tiene ni inicio ni fecha de vencimiento.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Termina antes de empezar.</translation>
    </message>
    <message>
        <source>Its repetition cannot be kept: %1</source>
        <translation>No se puede conservar su repetición: %1</translation>
    </message>
    <message>
        <source>A reminder after the start or more than four weeks before it was left out.</source>
        <translation>Se ha omitido un recordatorio posterior al inicio o de más de cuatro semanas antes.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown; the time was read as %2 time.</source>
        <translation>La zona horaria «%1» es desconocida; la hora se ha interpretado en la zona horaria %2.</translation>
    </message>
    <message>
        <source>The file cannot be read as iCalendar.</source>
        <translation>El archivo no se puede leer como iCalendar.</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <source>The phone index could not be read: %1</source>
        <translation>No se ha podido leer el índice de teléfonos: %1</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>The campaign cannot be read: %1</source>
        <translation>No se puede leer la campaña: %1</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>No existe la campaña %1.</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>por SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>Converted to a contact: add the contact</source>
        <translation>Convertido en contacto: añada el contacto</translation>
    </message>
    <message>
        <source>Nowhere to reach them %1</source>
        <translation>Sin forma de contacto %1</translation>
    </message>
    <message>
        <source>Never asked about marketing %1</source>
        <translation>Nunca consultado sobre marketing %1</translation>
    </message>
    <message>
        <source>Declined marketing %1</source>
        <translation>Rechazó el marketing %1</translation>
    </message>
    <message>
        <source>Declined marketing by email as the contact %1</source>
        <translation>Rechazó el marketing por correo electrónico como el contacto %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent or address</source>
        <translation>
            <numerusform>%n omitido por falta de consentimiento o dirección</numerusform>
            <numerusform>%n omitidos por falta de consentimiento o dirección</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s)</source>
        <translation>
            <numerusform>%n ya era miembro</numerusform>
            <numerusform>%n ya eran miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has ended (%2): nobody can be added to it.</source>
        <translation>%1 ha finalizado (%2): ya no se puede añadir a nadie.</translation>
    </message>
    <message>
        <source>There is no contact or lead %1.</source>
        <translation>No existe ningún contacto ni candidato %1.</translation>
    </message>
    <message>
        <source>%1 has ended: it cannot go out.</source>
        <translation>%1 ha finalizado: ya no se puede enviar.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ficha eliminada</translation>
    </message>
    <message>
        <source>There is no campaign member %1.</source>
        <translation>No existe el miembro de campaña %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a response: %2.</source>
        <translation>«%1» no es una respuesta; valores posibles: %2.</translation>
    </message>
    <message>
        <source>The campaign has not reached this member: there is no response to record.</source>
        <translation>La campaña no ha llegado a este miembro: no hay ninguna respuesta que registrar.</translation>
    </message>
    <message>
        <source>Consent given since: add them again</source>
        <translation>Ha dado su consentimiento desde entonces: vuelva a añadirlo</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Europe/Berlin).</source>
        <translation>«%1» no es una zona horaria (por ejemplo, Europe/Madrid).</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>antes de las %1</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>se repite</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>First day (default: today).</source>
        <translation>Primer día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Day after the last (default: a week on).</source>
        <translation>Día siguiente al último (predeterminado: una semana después).</translation>
    </message>
    <message>
        <source>Whose calendar (user name; repeatable).</source>
        <translation>De quién es el calendario (nombre de usuario; se puede repetir).</translation>
    </message>
    <message>
        <source>Time zone to show times in.</source>
        <translation>Zona horaria en la que se muestran las horas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--to must be a date after --from.</source>
        <translation>--to debe ser una fecha posterior a --from.</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Nada previsto.</translation>
    </message>
    <message>
        <source>call, meeting, task, email or note (default: meeting).</source>
        <translation>call, meeting, task, email o note (predeterminado: meeting).</translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation>De qué trata.</translation>
    </message>
    <message>
        <source>When it starts.</source>
        <translation>Cuándo empieza.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation>Cuándo termina.</translation>
    </message>
    <message>
        <source>How long it lasts (instead of --end).</source>
        <translation>Cuánto dura (en lugar de --end).</translation>
    </message>
    <message>
        <source>When a task is due.</source>
        <translation>Cuándo vence una tarea.</translation>
    </message>
    <message>
        <source>A whole day (or days): --start and --end are dates.</source>
        <translation>Todo el día (uno o varios días): --start y --end son fechas.</translation>
    </message>
    <message>
        <source>The time zone the times are in (default: the system&apos;s).</source>
        <translation>La zona horaria de las horas indicadas (predeterminada: la del sistema).</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>Dónde.</translation>
    </message>
    <message>
        <source>More text.</source>
        <translation>Más texto.</translation>
    </message>
    <message>
        <source>The contact it is with.</source>
        <translation>El contacto relacionado.</translation>
    </message>
    <message>
        <source>The account it is for.</source>
        <translation>La cuenta relacionada.</translation>
    </message>
    <message>
        <source>The opportunity it belongs to.</source>
        <translation>La oportunidad a la que pertenece.</translation>
    </message>
    <message>
        <source>The ticket it belongs to.</source>
        <translation>El ticket al que pertenece.</translation>
    </message>
    <message>
        <source>Repetition as an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Repetición como regla RFC 5545, p. ej., FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>Reminders, minutes before (comma-separated); an all-day entry&apos;s may ring on its day: -540 is at 9:00.</source>
        <translation>Recordatorios, en minutos antes (separados por comas); los de una entrada de todo el día pueden sonar ese mismo día: -540 es a las 9:00.</translation>
    </message>
    <message>
        <source>A user name or an email address (repeatable).</source>
        <translation>Un nombre de usuario o una dirección de correo electrónico (se puede repetir).</translation>
    </message>
    <message>
        <source>Whose it is (user name; default: yours).</source>
        <translation>Responsable (nombre de usuario; predeterminado: usted).</translation>
    </message>
    <message>
        <source>activity needs add: activity add --subject TEXT --start DATETIME …</source>
        <translation>activity necesita add: activity add --subject TEXTO --start FECHAHORA …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>«%1» no es una fecha y hora (AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>--remind takes minutes before the start, such as 15 or 15,60; &quot;%1&quot; is not a number.</source>
        <translation>--remind espera los minutos antes del inicio, como 15 o 15,60; «%1» no es un número.</translation>
    </message>
    <message>
        <source>As if it were then (default: now).</source>
        <translation>Como si fuera ese momento (predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Whose reminders (user name).</source>
        <translation>De quién son los recordatorios (nombre de usuario).</translation>
    </message>
    <message>
        <source>snooze: for how long.</source>
        <translation>snooze: durante cuánto tiempo.</translation>
    </message>
    <message>
        <source>reminders takes dismiss ID or snooze ID [--minutes N].</source>
        <translation>reminders espera dismiss ID o snooze ID [--minutes N].</translation>
    </message>
    <message>
        <source>There is no activity %1.</source>
        <translation>No existe la actividad %1.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Descartado.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Pospuesto hasta %1.</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>No hay recordatorios pendientes.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Dry run: %1 entries would be created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>Simulación: se crearían %1 entradas, se actualizarían %2, %3 quedarían sin cambios y se omitirían %4.</translation>
    </message>
    <message>
        <source>%1 entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>%1 entradas creadas, %2 actualizadas, %3 sin cambios, %4 omitidas.</translation>
    </message>
    <message>
        <source>line %1%2: left out: %3</source>
        <translation>línea %1%2: omitida: %3</translation>
    </message>
    <message>
        <source>line %1%2: note: %3</source>
        <translation>línea %1%2: nota: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a calendar is written to an .ics file.</source>
        <translation>«%1»: un calendario se escribe en un archivo .ics.</translation>
    </message>
    <message>
        <source>--from and --to must be dates (YYYY-MM-DD), --to after --from.</source>
        <translation>--from y --to deben ser fechas (AAAA-MM-DD), --to posterior a --from.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>%n entrada de calendario escrita en %1.</numerusform>
            <numerusform>%n entradas de calendario escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the calendar day by day, repeating entries expanded.</source>
        <translation>Mostrar el calendario día a día, con cada repetición de las entradas periódicas.</translation>
    </message>
    <message>
        <source>Add a call, meeting, task, email or note.</source>
        <translation>Añadir una llamada, reunión, tarea, correo electrónico o nota.</translation>
    </message>
    <message>
        <source>List the reminders that are due, or dismiss or snooze one.</source>
        <translation>Listar los recordatorios pendientes, o descartar o posponer uno.</translation>
    </message>
    <message>
        <source>Run &quot;rapport-cli --help&quot; for the list of commands.</source>
        <translation>Ejecute «rapport-cli --help» para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>No existe ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;.</source>
        <translation>No existe ningún equipo llamado «%1».</translation>
    </message>
    <message>
        <source>Country for numbers without a country code (ISO 3166, e.g. DE).</source>
        <translation>País de los números sin prefijo de país (ISO 3166, p. ej., ES).</translation>
    </message>
    <message>
        <source>%1 needs a phone number.</source>
        <translation>%1 necesita un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«%1» no es un número de teléfono: use solo dígitos, espacios y + ( ) - / .</translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as DE or US.</source>
        <translation>--region necesita un código de país de dos letras, como ES o US.</translation>
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
        <translation>Uso: rapport-cli [--db RUTA] [--json] COMANDO [ARGUMENTOS]

Trabaja con una base de datos de Rapport desde la línea de comandos.

Opciones:
  --db RUTA    el archivo de base de datos (predeterminado: el de la aplicación de escritorio, %1)
  --json       salida legible por máquina
  --help       este texto
  --version    la versión del programa

Comandos:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 bad input or a failed operation, 2 wrong usage.
</source>
        <translation>
Códigos de salida: 0 éxito, 1 entrada incorrecta u operación fallida, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init no admite argumentos.</translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2.</translation>
    </message>
    <message>
        <source>Number of contacts.</source>
        <translation>Número de contactos.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>The day the data centres on.</source>
        <translation>El día en torno al cual se generan los datos.</translation>
    </message>
    <message>
        <source>Do nothing if the database already holds data.</source>
        <translation>No hacer nada si la base de datos ya contiene datos.</translation>
    </message>
    <message>
        <source>demo needs --contacts N.</source>
        <translation>demo necesita --contacts N.</translation>
    </message>
    <message>
        <source>--contacts needs a whole number.</source>
        <translation>--contacts necesita un número entero.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed necesita un número entero.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today necesita una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The database already holds data; no demo data was added.</source>
        <translation>La base de datos ya contiene datos; no se han añadido datos de demostración.</translation>
    </message>
    <message>
        <source>Wrote %1 demo records in %2 s (%3 records/s). You are signed in as %4.</source>
        <translation>Se han escrito %1 fichas de demostración en %2 s (%3 fichas/s). Ha iniciado sesión como %4.</translation>
    </message>
    <message>
        <source>Counting %1 failed: %2</source>
        <translation>Error al contar %1: %2</translation>
    </message>
    <message>
        <source>Maximum number of hits.</source>
        <translation>Número máximo de resultados.</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>Qué buscar.</translation>
    </message>
    <message>
        <source>search needs a text to search for.</source>
        <translation>search necesita un texto que buscar.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000.</source>
        <translation>--limit necesita un número del 1 al 1000.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>No se ha encontrado nada para «%1».</translation>
    </message>
    <message>
        <source>The phone number, in any spelling.</source>
        <translation>El número de teléfono, escrito de cualquier forma.</translation>
    </message>
    <message>
        <source>No contact, account or lead has the number %1.</source>
        <translation>Ningún contacto, cuenta ni candidato tiene el número %1.</translation>
    </message>
    <message>
        <source>(same last digits)</source>
        <translation>(mismas últimas cifras)</translation>
    </message>
    <message>
        <source>Maximum number of groups.</source>
        <translation>Número máximo de grupos.</translation>
    </message>
    <message>
        <source>duplicates takes no arguments.</source>
        <translation>duplicates no admite argumentos.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 100000.</source>
        <translation>--limit necesita un número del 1 al 100000.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>No hay duplicados probables.</translation>
    </message>
    <message>
        <source>merge needs the record to keep and one or two duplicates: merge SURVIVOR OTHER [OTHER]</source>
        <translation>merge necesita la ficha que se conserva y uno o dos duplicados: merge CONSERVADA DUPLICADO [DUPLICADO]</translation>
    </message>
    <message>
        <source>No contact or account has the id %1.</source>
        <translation>Ningún contacto ni cuenta tiene el ID %1.</translation>
    </message>
    <message>
        <source>Contacts and accounts cannot be merged with each other (%1: %2, %3: %4).</source>
        <translation>Los contactos y las cuentas no se pueden fusionar entre sí (%1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3); %4 related records moved. rapport-cli unmerge ID undoes it.</source>
        <translation>%1 fusionado en %2 (%3); %4 fichas relacionadas trasladadas. rapport-cli unmerge ID lo deshace.</translation>
    </message>
    <message>
        <source>unmerge needs the id of a merged record: unmerge ID</source>
        <translation>unmerge necesita el ID de una ficha fusionada: unmerge ID</translation>
    </message>
    <message>
        <source>%1 (%2) is a record of its own again.</source>
        <translation>%1 (%2) vuelve a ser una ficha independiente.</translation>
    </message>
    <message>
        <source>Create or upgrade the database and print its schema version.</source>
        <translation>Crear o actualizar la base de datos y mostrar su versión de esquema.</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data scaled from N contacts.</source>
        <translation>Llenar una base de datos vacía con datos de demostración realistas, a escala de N contactos.</translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>Contar las fichas de cada tipo.</translation>
    </message>
    <message>
        <source>Search accounts, contacts, leads, opportunities, tickets and articles.</source>
        <translation>Buscar en cuentas, contactos, candidatos, oportunidades, tickets y artículos.</translation>
    </message>
    <message>
        <source>List groups of contacts that are probably the same person, with a score.</source>
        <translation>Listar grupos de contactos que probablemente son la misma persona, con una puntuación.</translation>
    </message>
    <message>
        <source>Merge duplicate contacts or accounts into the first; everything related moves to it.</source>
        <translation>Fusionar contactos o cuentas duplicados en el primero; todo lo relacionado pasa a este.</translation>
    </message>
    <message>
        <source>Undo the merge of a contact or account that was merged into another.</source>
        <translation>Deshacer la fusión de un contacto o una cuenta que se fusionó con otra ficha.</translation>
    </message>
    <message>
        <source>Find whose phone number this is, in any spelling (exit code 1: nobody&apos;s).</source>
        <translation>Averiguar de quién es este número de teléfono, escrito de cualquier forma (código de salida 1: de nadie).</translation>
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
        <translation>Comprobar en este momento (AAAA-MM-DDTHH:MM, hora local; predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Give the manager of each breached ticket&apos;s team a task about it (once per ticket).</source>
        <translation>Crear una tarea para el responsable del equipo de cada ticket que incumpla el nivel de servicio (una vez por ticket).</translation>
    </message>
    <message>
        <source>sla takes check [--at DATETIME] [--escalate].</source>
        <translation>sla espera check [--at FECHAHORA] [--escalate].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM).</source>
        <translation>«%1» no es una fecha y hora (AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) escalated to their team&apos;s manager.</source>
        <translation>
            <numerusform>%n ticket escalado al responsable de su equipo.</numerusform>
            <numerusform>%n tickets escalados al responsable de su equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is breaching or about to.</source>
        <translation>Ningún ticket incumple el nivel de servicio ni está a punto de hacerlo.</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>primera respuesta</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>breached %1 of working time ago</source>
        <translation>incumplido hace %1 de tiempo laborable</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>quedan %1 de tiempo laborable</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>No existe el ticket %1.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Round robin and least busy choose within a team: give --team.</source>
        <translation>La asignación rotatoria y al menos ocupado se hacen dentro de un equipo: indique --team.</translation>
    </message>
    <message>
        <source>Assign to this user (user name).</source>
        <translation>Asignar a este usuario (nombre de usuario).</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent given a ticket longest ago.</source>
        <translation>Asignar al agente del equipo que lleva más tiempo sin recibir un ticket.</translation>
    </message>
    <message>
        <source>Assign to the team&apos;s agent with the fewest open tickets.</source>
        <translation>Asignar al agente del equipo con menos tickets abiertos.</translation>
    </message>
    <message>
        <source>The team (name).</source>
        <translation>El equipo (nombre).</translation>
    </message>
    <message>
        <source>What the ticket is about (required).</source>
        <translation>De qué trata el ticket (obligatorio).</translation>
    </message>
    <message>
        <source>The customer&apos;s words.</source>
        <translation>Las palabras del cliente.</translation>
    </message>
    <message>
        <source>The customer (contact id).</source>
        <translation>El cliente (ID de contacto).</translation>
    </message>
    <message>
        <source>The customer, found by phone number.</source>
        <translation>El cliente, buscado por su número de teléfono.</translation>
    </message>
    <message>
        <source>low, normal, high or urgent (default normal).</source>
        <translation>low, normal, high o urgent (predeterminado: normal).</translation>
    </message>
    <message>
        <source>phone, email, web or walk_in (default phone).</source>
        <translation>phone, email, web o walk_in (predeterminado: phone).</translation>
    </message>
    <message>
        <source>A category.</source>
        <translation>Una categoría.</translation>
    </message>
    <message>
        <source>ticket add needs --subject.</source>
        <translation>ticket add necesita --subject.</translation>
    </message>
    <message>
        <source>No contact has the number %1.</source>
        <translation>Ningún contacto tiene el número %1.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>No existe el contacto %1.</translation>
    </message>
    <message>
        <source>Ticket %1 created (%2, %3).</source>
        <translation>Ticket %1 creado (%2, %3).</translation>
    </message>
    <message>
        <source>mine, unassigned, customers (your customers&apos; open tickets), open, breaching, waiting or all (default open).</source>
        <translation>mine, unassigned, customers (tickets abiertos de sus clientes), open, breaching, waiting o all (predeterminado: open).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Como máximo esta cantidad (predeterminado: 50).</translation>
    </message>
    <message>
        <source>There is no queue &quot;%1&quot;; the queues are mine, unassigned, customers, open, breaching, waiting and all.</source>
        <translation>No existe la cola «%1»; las colas son mine, unassigned, customers, open, breaching, waiting y all.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit necesita un número positivo.</translation>
    </message>
    <message>
        <source>The queue &quot;%1&quot; is empty.</source>
        <translation>La cola «%1» está vacía.</translation>
    </message>
    <message>
        <source>ticket show takes a ticket number or id.</source>
        <translation>ticket show espera un número o ID de ticket.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Assign to yourself.</source>
        <translation>Asignárselo a usted.</translation>
    </message>
    <message>
        <source>The ticket&apos;s number or id.</source>
        <translation>El número o ID del ticket.</translation>
    </message>
    <message>
        <source>ticket assign takes a ticket and --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>ticket assign espera un ticket y --assign USUARIO, --me, --round-robin o --least-busy.</translation>
    </message>
    <message>
        <source>Say whom: --assign USER, --me, --round-robin or --least-busy.</source>
        <translation>Indique a quién: --assign USUARIO, --me, --round-robin o --least-busy.</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to %3.</source>
        <translation>%1 (%2) está asignado a %3.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Cómo se resolvió.</translation>
    </message>
    <message>
        <source>The customer&apos;s rating, 1 to 5.</source>
        <translation>La valoración del cliente, de 1 a 5.</translation>
    </message>
    <message>
        <source>ticket status takes a ticket and a status (new, open, pending, resolved, closed).</source>
        <translation>ticket status espera un ticket y un estado (new, open, pending, resolved, closed).</translation>
    </message>
    <message>
        <source>--satisfaction needs a number from 1 to 5.</source>
        <translation>--satisfaction necesita un número del 1 al 5.</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3).</source>
        <translation>%1 está ahora en estado %2 (%3).</translation>
    </message>
    <message>
        <source>An internal note, not sent to the customer.</source>
        <translation>Una nota interna, que no se envía al cliente.</translation>
    </message>
    <message>
        <source>Record a message from the customer.</source>
        <translation>Registrar un mensaje del cliente.</translation>
    </message>
    <message>
        <source>The ticket&apos;s status afterwards (e.g. pending).</source>
        <translation>El estado del ticket después (p. ej., pending).</translation>
    </message>
    <message>
        <source>What to write.</source>
        <translation>Qué escribir.</translation>
    </message>
    <message>
        <source>ticket reply takes a ticket and the text.</source>
        <translation>ticket reply espera un ticket y el texto.</translation>
    </message>
    <message>
        <source>A note is the team&apos;s, a message the customer&apos;s: give one of --note and --customer.</source>
        <translation>Una nota es del equipo; un mensaje, del cliente: indique solo una de las opciones --note y --customer.</translation>
    </message>
    <message>
        <source>ticket reply needs some text.</source>
        <translation>ticket reply necesita un texto.</translation>
    </message>
    <message>
        <source>Added to %1 (%2, %3).</source>
        <translation>Añadido a %1 (%2, %3).</translation>
    </message>
    <message>
        <source>ticket takes one of: %1.</source>
        <translation>ticket espera uno de estos: %1.</translation>
    </message>
    <message>
        <source>The caller&apos;s number, in any spelling.</source>
        <translation>El número de quien llama, escrito de cualquier forma.</translation>
    </message>
    <message>
        <source>Unknown caller: nobody has the number %1. Create the contact with &quot;rapport-cli create contact&quot;.</source>
        <translation>Llamada desconocida: nadie tiene el número %1. Cree el contacto con «rapport-cli create contact».</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>No hay tickets abiertos.</translation>
    </message>
    <message>
        <source>At most this many (default 5).</source>
        <translation>Como máximo esta cantidad (predeterminado: 5).</translation>
    </message>
    <message>
        <source>A ticket&apos;s subject and description.</source>
        <translation>El asunto y la descripción de un ticket.</translation>
    </message>
    <message>
        <source>kb takes suggest TEXT [--limit N].</source>
        <translation>kb espera suggest TEXTO [--limit N].</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>Ningún artículo coincide.</translation>
    </message>
    <message>
        <source>Tickets: add one, list a queue, show one with its conversation, assign (to someone, round robin or least busy), move its status, reply or add a note.</source>
        <translation>Tickets: añadir uno, listar una cola, mostrar uno con su conversación, asignarlo (a alguien, de forma rotatoria o al menos ocupado), cambiar su estado, responder o añadir una nota.</translation>
    </message>
    <message>
        <source>An incoming call: who is calling (any spelling of the number) and their open tickets (exit code 1: unknown caller).</source>
        <translation>Una llamada entrante: quién llama (número escrito de cualquier forma) y sus tickets abiertos (código de salida 1: llamada desconocida).</translation>
    </message>
    <message>
        <source>Knowledge-base articles that match a ticket&apos;s words, best first.</source>
        <translation>Artículos de la base de conocimiento que coinciden con las palabras de un ticket, los más pertinentes primero.</translation>
    </message>
    <message>
        <source>Tickets breaching their service level or about to (working time on each policy&apos;s hours).</source>
        <translation>Tickets que incumplen su nivel de servicio o están a punto de hacerlo (tiempo laborable según el horario de cada política).</translation>
    </message>
    <message>
        <source>Only these contacts (comma-separated ids).</source>
        <translation>Solo estos contactos (ID separados por comas).</translation>
    </message>
    <message>
        <source>Calendar: from this day on.</source>
        <translation>Calendario: desde este día.</translation>
    </message>
    <message>
        <source>Calendar: up to this day.</source>
        <translation>Calendario: hasta este día.</translation>
    </message>
    <message>
        <source>Calendar: whose (user name; repeatable).</source>
        <translation>Calendario: de quién (nombre de usuario; se puede repetir).</translation>
    </message>
    <message>
        <source>export needs what and where: export contacts FILE.csv|FILE.vcf or export calendar FILE.ics</source>
        <translation>export necesita qué y adónde: export contacts ARCHIVO.csv|ARCHIVO.vcf o export calendar ARCHIVO.ics</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«%1»: el nombre del archivo debe terminar en .csv o .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contacto escrito en %1.</numerusform>
            <numerusform>%n contactos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--mode is create, update or upsert.</source>
        <translation>--mode es create, update o upsert.</translation>
    </message>
    <message>
        <source>--match is email, phone or id.</source>
        <translation>--match es email, phone o id.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1, to update: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Simulación, no se ha escrito nada. Contactos que crear: %1; que actualizar: %2; cuentas nuevas: %3; filas omitidas: %4.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Contactos creados: %1; actualizados: %2; cuentas nuevas: %3; filas omitidas: %4.</translation>
    </message>
    <message>
        <source>Stopped at line %1: the rows before it are in the book; import the file again with --mode upsert to finish.</source>
        <translation>Detenido en la línea %1: las filas anteriores ya están guardadas; vuelva a importar el archivo con --mode upsert para terminar.</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>línea %1: omitida: %2</translation>
    </message>
    <message>
        <source>line %1: note: %2</source>
        <translation>línea %1: nota: %2</translation>
    </message>
    <message>
        <source>Check the file; write nothing.</source>
        <translation>Comprobar el archivo sin escribir nada.</translation>
    </message>
    <message>
        <source>CSV: create new contacts, update existing ones, or upsert (both).</source>
        <translation>CSV: crear contactos nuevos, actualizar los existentes o upsert (ambas cosas).</translation>
    </message>
    <message>
        <source>CSV: how a row finds its contact.</source>
        <translation>CSV: cómo encuentra cada fila su contacto.</translation>
    </message>
    <message>
        <source>import needs what and from where: import contacts FILE.csv|FILE.vcf or import calendar FILE.ics</source>
        <translation>import necesita qué y de dónde: import contacts ARCHIVO.csv|ARCHIVO.vcf o import calendar ARCHIVO.ics</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: contacts are imported from CSV files (.csv) and vCard files (.vcf).</source>
        <translation>«%1»: los contactos se importan desde archivos CSV (.csv) y vCard (.vcf).</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Contacts to create: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Simulación, no se ha escrito nada. Contactos que crear: %1; cuentas nuevas: %2; tarjetas omitidas: %3.</translation>
    </message>
    <message>
        <source>Contacts created: %1; new accounts: %2; cards left out: %3.</source>
        <translation>Contactos creados: %1; cuentas nuevas: %2; tarjetas omitidas: %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>privacy needs export ID FILE.json|FILE.vcf or erase ID.</source>
        <translation>privacy necesita export ID ARCHIVO.json|ARCHIVO.vcf o erase ID.</translation>
    </message>
    <message>
        <source>%1 was erased; the erase reaches the server and every laptop with the next sync.</source>
        <translation>%1 se ha borrado; el borrado llegará al servidor y a todos los portátiles con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Only contacts are written as vCards; use a .json file.</source>
        <translation>Solo los contactos se escriben como vCard; use un archivo .json.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .json or .vcf.</source>
        <translation>«%1»: el nombre del archivo debe terminar en .json o .vcf.</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Todos los datos guardados sobre %1 se han escrito en %2.</translation>
    </message>
    <message>
        <source>Write contacts to a CSV file (spreadsheets) or a vCard file (address books), by its extension, or a calendar to an iCalendar file.</source>
        <translation>Escribir contactos en un archivo CSV (hojas de cálculo) o vCard (libretas de direcciones), según su extensión, o un calendario en un archivo iCalendar.</translation>
    </message>
    <message>
        <source>Read contacts from a CSV or vCard file, or a calendar from an iCalendar file; every row or entry left out is listed with its line and why.</source>
        <translation>Leer contactos de un archivo CSV o vCard, o un calendario de un archivo iCalendar; cada fila o entrada omitida se indica con su línea y el motivo.</translation>
    </message>
    <message>
        <source>Export everything held on a person, or erase them everywhere (both recorded in the audit log).</source>
        <translation>Exportar todos los datos guardados sobre una persona, o borrarla en todas partes (ambas acciones quedan en el registro de auditoría).</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline abierto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln oportunidad, ponderado: %1</numerusform>
            <numerusform>%Ln oportunidades, ponderado: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Ganado este trimestre</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>sin cuota</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Tasa de éxito, últimos 12 meses</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>ninguna cerrada</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 de %2 ganadas</translation>
    </message>
    <message>
        <source>, sales cycle %1 days</source>
        <translation>, ciclo de ventas de %1 días</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past their service level</source>
        <translation>
            <numerusform>%Ln fuera del nivel de servicio</numerusform>
            <numerusform>%Ln fuera del nivel de servicio</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Ingresos, últimos 12 meses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overview in %1 at the exchange rates of %2</source>
        <translation>Resumen en %1 con los tipos de cambio del %2</translation>
    </message>
    <message>
        <source>Not in the amounts (no exchange rate to %1): %2</source>
        <translation>No incluido en los importes (sin tipo de cambio a %1): %2</translation>
    </message>
    <message>
        <source>Only this team&apos;s deals (team name).</source>
        <translation>Solo las oportunidades de este equipo (nombre del equipo).</translation>
    </message>
    <message>
        <source>Only these people&apos;s deals (user name; repeatable).</source>
        <translation>Solo las oportunidades de estas personas (nombre de usuario; se puede repetir).</translation>
    </message>
    <message>
        <source>The period from this day (pipeline: deals expected to close from it).</source>
        <translation>El periodo desde este día (pipeline: oportunidades con cierre previsto a partir de él).</translation>
    </message>
    <message>
        <source>The period up to this day.</source>
        <translation>El periodo hasta este día.</translation>
    </message>
    <message>
        <source>forecast: month or quarter (default); winloss: reason (default) or competitor.</source>
        <translation>forecast: month o quarter (predeterminado); winloss: reason (predeterminado) o competitor.</translation>
    </message>
    <message>
        <source>Reporting currency (default: EUR).</source>
        <translation>Moneda de los informes (predeterminada: EUR).</translation>
    </message>
    <message>
        <source>table, csv, json or xlsx (default: table).</source>
        <translation>table, csv, json o xlsx (predeterminado: table).</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>Escribir en este archivo en lugar de en la pantalla.</translation>
    </message>
    <message>
        <source>report takes what to report: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn or crosssell.</source>
        <translation>report espera qué informe generar: overview, pipeline, forecast, reps, cycle, winloss, slipped, tickets, sla, backlog, agents, customers, churn o crosssell.</translation>
    </message>
    <message>
        <source>The overview is everyone&apos;s, of this quarter and the last twelve months: --%1 does not apply to it.</source>
        <translation>El resumen abarca a todos, este trimestre y los últimos doce meses: --%1 no se aplica a él.</translation>
    </message>
    <message>
        <source>--format is table, csv, json or xlsx.</source>
        <translation>--format es table, csv, json o xlsx.</translation>
    </message>
    <message>
        <source>An xlsx report needs --out FILE.xlsx.</source>
        <translation>Un informe xlsx necesita --out ARCHIVO.xlsx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example EUR).</source>
        <translation>«%1» no es un código de moneda (por ejemplo, EUR).</translation>
    </message>
    <message>
        <source>The overview is written as a table or as JSON.</source>
        <translation>El resumen se escribe como tabla o como JSON.</translation>
    </message>
    <message>
        <source>--by is month or quarter for the forecast, reason or competitor for win/loss.</source>
        <translation>--by es month o quarter para la previsión, y reason o competitor para ganadas/perdidas.</translation>
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
        <translation>En qué moneda se expresa el tipo (predeterminada: EUR).</translation>
    </message>
    <message>
        <source>Valid from this day (default: today).</source>
        <translation>Válido desde este día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>rates takes list, or set CUR RATE [--base CUR] [--from DATE].</source>
        <translation>rates espera list, o set MONEDA TIPO [--base MONEDA] [--from FECHA].</translation>
    </message>
    <message>
        <source>A rate is between two different currency codes (for example USD in EUR).</source>
        <translation>Un tipo de cambio relaciona dos códigos de moneda distintos (por ejemplo, USD en EUR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate (a positive number such as 0.92).</source>
        <translation>«%1» no es un tipo de cambio (un número positivo como 0.92).</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4.</source>
        <translation>1 %1 = %2 %3 desde el %4.</translation>
    </message>
    <message>
        <source>What the company calls the stage (empty: its usual name).</source>
        <translation>Cómo llama la empresa a la etapa (vacío: su nombre habitual).</translation>
    </message>
    <message>
        <source>stages set takes a stage (%1) and a percentage from 0 to 100.</source>
        <translation>stages set espera una etapa (%1) y un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>stages takes list, or set STAGE PERCENT.</source>
        <translation>stages espera list, o set ETAPA PORCENTAJE.</translation>
    </message>
    <message>
        <source>lead score takes lead ids, or --all.</source>
        <translation>lead score espera ID de candidatos, o --all.</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>No existe el candidato %1.</translation>
    </message>
    <message>
        <source>%1: %2 (fit %3, engagement %4) — %5</source>
        <translation>%1: %2 (perfil %3, interacción %4) — %5</translation>
    </message>
    <message>
        <source>%1 leads scored, %2 scores changed.</source>
        <translation>%1 candidatos puntuados, %2 puntuaciones cambiadas.</translation>
    </message>
    <message>
        <source>The currency of revenue and lifetime value (default: EUR).</source>
        <translation>La moneda de los ingresos y del valor de vida del cliente (predeterminada: EUR).</translation>
    </message>
    <message>
        <source>customers takes score [--currency CUR], or show ACCOUNT.</source>
        <translation>customers espera score [--currency MONEDA], o show CUENTA.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) scored on their orders from %1 to %2, in %3.</source>
        <translation>
            <numerusform>%Ln cliente puntuado según sus pedidos del %1 al %2, en %3.</numerusform>
            <numerusform>%Ln clientes puntuados según sus pedidos del %1 al %2, en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>Los pedidos en %1 no se cuentan: no hay tipo de cambio a %2.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet: run rapport-cli customers score.</source>
        <translation>Los clientes aún no se han puntuado: ejecute rapport-cli customers score.</translation>
    </message>
    <message>
        <source>%1 had no orders when the customers were last scored (%2).</source>
        <translation>%1 no tenía pedidos cuando se puntuó a los clientes por última vez (%2).</translation>
    </message>
    <message>
        <source>%1: %2 (recency %3, frequency %4, money %5 out of 5), scored on %6.</source>
        <translation>%1: %2 (recencia %3, frecuencia %4, importe %5 de 5), puntuado el %6.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value %1; churn risk %2; last order %3; %Ln order(s) for %4 in the last 12 months; buys most: %5.</source>
        <translation>
            <numerusform>Valor de vida del cliente %1; riesgo de abandono %2; último pedido %3; %Ln pedido por %4 en los últimos 12 meses; lo que más compra: %5.</numerusform>
            <numerusform>Valor de vida del cliente %1; riesgo de abandono %2; último pedido %3; %Ln pedidos por %4 en los últimos 12 meses; lo que más compra: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>Probable abandono: un riesgo de abandono de la mitad o más y algún pedido en el último año.</translation>
    </message>
    <message>
        <source>add: every contact with this tag.</source>
        <translation>add: todos los contactos con esta etiqueta.</translation>
    </message>
    <message>
        <source>respond: when (YYYY-MM-DDTHH:MM, UTC; default: now).</source>
        <translation>respond: cuándo (AAAA-MM-DDTHH:MM, UTC; predeterminado: ahora).</translation>
    </message>
    <message>
        <source>send: write the recipients to this CSV file, for the mail tool (names, company, language, address).</source>
        <translation>send: escribir los destinatarios en este archivo CSV, para la herramienta de envío (nombres, empresa, idioma, dirección).</translation>
    </message>
    <message>
        <source>add: the people at the customers of this segment, as last scored (%1).</source>
        <translation>add: las personas de los clientes de este segmento, según la última puntuación (%1).</translation>
    </message>
    <message>
        <source>add: the leads with this status (%1).</source>
        <translation>add: los candidatos con este estado (%1).</translation>
    </message>
    <message>
        <source>campaign takes add CAMPAIGN PERSON… (contacts or leads; or --tag TAG, --segment SEGMENT, --leads STATUS), send CAMPAIGN, respond MEMBER KIND or show CAMPAIGN.</source>
        <translation>campaign espera add CAMPAÑA PERSONA… (contactos o candidatos; o --tag ETIQUETA, --segment SEGMENTO, --leads ESTADO), send CAMPAÑA, respond MIEMBRO TIPO o show CAMPAÑA.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer segment; one of: %2.</source>
        <translation>«%1» no es un segmento de clientes; valores posibles: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the status of a lead to reach; one of: %2.</source>
        <translation>«%1» no es un estado de candidato al que contactar; valores posibles: %2.</translation>
    </message>
    <message>
        <source>No contact has the tag &quot;%1&quot;.</source>
        <translation>Ningún contacto tiene la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1 (as last scored: rapport-cli customers score scores them again).</source>
        <translation>No hay nadie registrado en los clientes de %1 (según la última puntuación: rapport-cli customers score los vuelve a puntuar).</translation>
    </message>
    <message>
        <source>No lead has the status %1.</source>
        <translation>Ningún candidato tiene el estado %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a moment (YYYY-MM-DDTHH:MM).</source>
        <translation>«%1» no es una fecha y hora (AAAA-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>Reached %1, responded %2%3</source>
        <translation>Alcanzados: %1; han respondido: %2%3</translation>
    </message>
    <message>
        <source>Leads %1, deals %2, won %3%4</source>
        <translation>Candidatos: %1; oportunidades: %2; ganadas: %3%4</translation>
    </message>
    <message>
        <source>Use this contact already in the book instead of a new one.</source>
        <translation>Usar este contacto ya existente en lugar de uno nuevo.</translation>
    </message>
    <message>
        <source>Make a new contact even though a likely duplicate exists.</source>
        <translation>Crear un contacto nuevo aunque exista un duplicado probable.</translation>
    </message>
    <message>
        <source>Do not open an opportunity.</source>
        <translation>No abrir ninguna oportunidad.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s name.</source>
        <translation>El nombre de la oportunidad.</translation>
    </message>
    <message>
        <source>The opportunity&apos;s amount (e.g. 12500.00).</source>
        <translation>El importe de la oportunidad (p. ej., 12500.00).</translation>
    </message>
    <message>
        <source>Its currency (default: EUR).</source>
        <translation>Su moneda (predeterminada: EUR).</translation>
    </message>
    <message>
        <source>Its expected close (YYYY-MM-DD).</source>
        <translation>Su cierre previsto (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>score: every lead not yet converted.</source>
        <translation>score: todos los candidatos aún no convertidos.</translation>
    </message>
    <message>
        <source>lead takes convert ID, or score ID… (or score --all).</source>
        <translation>lead espera convert ID, o score ID… (o score --all).</translation>
    </message>
    <message>
        <source>%1 is probably already in the book:</source>
        <translation>Probablemente %1 ya existe:</translation>
    </message>
    <message>
        <source>Nothing converted: say --contact ID to use one of them, or --new-contact.</source>
        <translation>No se ha convertido nada: indique --contact ID para usar uno de ellos, o --new-contact.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (for example 12500.00).</source>
        <translation>«%1» no es un importe (por ejemplo, 12500.00).</translation>
    </message>
    <message>
        <source>Converted: account %1 (%2), contact %3 (%4)%5</source>
        <translation>Convertido: cuenta %1 (%2), contacto %3 (%4)%5</translation>
    </message>
    <message>
        <source>new</source>
        <translation>de nueva creación</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>ya existente</translation>
    </message>
    <message>
        <source>, opportunity %1.</source>
        <translation>, oportunidad %1.</translation>
    </message>
    <message>
        <source>Write the quote as a PDF file.</source>
        <translation>Escribir el presupuesto como archivo PDF.</translation>
    </message>
    <message>
        <source>Write the quote as an HTML file.</source>
        <translation>Escribir el presupuesto como archivo HTML.</translation>
    </message>
    <message>
        <source>VAT rate at home in percent (default: the settings&apos;).</source>
        <translation>Tipo de IVA nacional en porcentaje (predeterminado: el de la configuración).</translation>
    </message>
    <message>
        <source>domestic, reverse-charge or export (default: by where the customer is).</source>
        <translation>domestic, reverse-charge o export (predeterminado: según dónde esté el cliente).</translation>
    </message>
    <message>
        <source>A discount on the whole quote, in percent.</source>
        <translation>Un descuento sobre todo el presupuesto, en porcentaje.</translation>
    </message>
    <message>
        <source>Days the quote is valid for.</source>
        <translation>Días de validez del presupuesto.</translation>
    </message>
    <message>
        <source>A note printed above the terms.</source>
        <translation>Una nota impresa encima de las condiciones.</translation>
    </message>
    <message>
        <source>A quote template (Mustache HTML).</source>
        <translation>Una plantilla de presupuesto (HTML de Mustache).</translation>
    </message>
    <message>
        <source>Print this issued version again instead of issuing a new one.</source>
        <translation>Volver a imprimir esta versión emitida en lugar de emitir una nueva.</translation>
    </message>
    <message>
        <source>quote takes an opportunity id and --pdf FILE (or --html FILE).</source>
        <translation>quote espera el ID de una oportunidad y --pdf ARCHIVO (o --html ARCHIVO).</translation>
    </message>
    <message>
        <source>--tax and --discount are percentages from 0 to 100.</source>
        <translation>--tax y --discount son porcentajes de 0 a 100.</translation>
    </message>
    <message>
        <source>--tax-treatment is domestic, reverse-charge or export.</source>
        <translation>--tax-treatment es domestic, reverse-charge o export.</translation>
    </message>
    <message>
        <source>--valid-days is a number of days.</source>
        <translation>--valid-days es un número de días.</translation>
    </message>
    <message>
        <source>The opportunity has no quote version %1.</source>
        <translation>La oportunidad no tiene la versión %1 del presupuesto.</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>El logotipo %1 no es una imagen que Rapport pueda leer.</translation>
    </message>
    <message>
        <source>Quote %1, version %2: %3 (%4)</source>
        <translation>Presupuesto %1, versión %2: %3 (%4)</translation>
    </message>
    <message>
        <source>The manager&apos;s reports: the overview of them all, pipeline, forecast against quota, sales team, sales cycle, win/loss and slipped deals, in one currency; the help desk&apos;s: open tickets by age and priority, service levels, backlog, agents; and the customers&apos;: RFM segments with lifetime value, churn risk, cross-selling.</source>
        <translation>Los informes de gestión: el resumen general, pipeline, previsión frente a cuota, equipo de ventas, ciclo de ventas, oportunidades ganadas/perdidas y retrasadas, en una sola moneda; los de soporte: tickets abiertos por antigüedad y prioridad, niveles de servicio, tickets pendientes, agentes; y los de clientes: segmentos RFM con valor de vida del cliente, riesgo de abandono y venta cruzada.</translation>
    </message>
    <message>
        <source>Issue the next version of a deal&apos;s quote from its line items and print it to PDF.</source>
        <translation>Emitir la siguiente versión del presupuesto de una oportunidad a partir de sus líneas e imprimirla en PDF.</translation>
    </message>
    <message>
        <source>Turn a lead into an account, a contact and an opportunity, duplicates checked first; or score leads by fit and engagement.</source>
        <translation>Convertir un candidato en cuenta, contacto y oportunidad, comprobando antes los duplicados; o puntuar candidatos por perfil e interacción.</translation>
    </message>
    <message>
        <source>Marketing campaigns by consent: add contacts and leads (those without marketing consent on the campaign&apos;s channel are left out, with the reason), send (consent checked again), record a response (an unsubscribe withdraws consent), show what it achieved.</source>
        <translation>Campañas de marketing según el consentimiento: añadir contactos y candidatos (se omiten, con el motivo, los que no han dado su consentimiento de marketing en el canal de la campaña), enviar (se vuelve a comprobar el consentimiento), registrar una respuesta (una baja retira el consentimiento) y mostrar los resultados.</translation>
    </message>
    <message>
        <source>Score every customer on their orders (RFM segment, lifetime value, churn risk), as the accounts list and page show it; or show one account&apos;s standing.</source>
        <translation>Puntuar a cada cliente según sus pedidos (segmento RFM, valor de vida del cliente, riesgo de abandono), tal como lo muestran la lista y la ficha de cuentas; o mostrar la situación de una cuenta.</translation>
    </message>
    <message>
        <source>Each stage&apos;s name and default probability: the company&apos;s, or the usual ones.</source>
        <translation>El nombre y la probabilidad predeterminada de cada etapa: los de la empresa o los habituales.</translation>
    </message>
    <message>
        <source>The exchange rates reports convert with.</source>
        <translation>Los tipos de cambio con los que convierten los informes.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Tipo de ficha desconocido «%1».</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 necesita un número entero, no «%2».</translation>
    </message>
    <message>
        <source>%1 needs true or false, not &quot;%2&quot;.</source>
        <translation>%1 necesita true o false, no «%2».</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Dirección del servidor.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <source>sync needs --server URL and --user NAME.</source>
        <translation>sync necesita --server URL y --user NOMBRE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>«%1» no es una dirección http:// ni https://.</translation>
    </message>
    <message>
        <source>Synced: %1 pushed, %2 pulled, %3 conflicts, %4 rejected, %5 removed from this device (no longer yours to see).</source>
        <translation>Sincronizado: %1 enviados, %2 recibidos, %3 conflictos, %4 rechazados, %5 quitados de este dispositivo (ya no tiene acceso a ellos).</translation>
    </message>
    <message>
        <source>outbox takes no arguments.</source>
        <translation>outbox no admite argumentos.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be synced.</source>
        <translation>No hay nada pendiente de sincronizar.</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>mine, theirs or dismiss.</source>
        <translation>mine, theirs o dismiss.</translation>
    </message>
    <message>
        <source>Include resolved conflicts.</source>
        <translation>Incluir los conflictos resueltos.</translation>
    </message>
    <message>
        <source>Use: conflicts resolve ID --keep mine|theirs|dismiss</source>
        <translation>Uso: conflicts resolve ID --keep mine|theirs|dismiss</translation>
    </message>
    <message>
        <source>--keep takes mine, theirs or dismiss.</source>
        <translation>--keep espera mine, theirs o dismiss.</translation>
    </message>
    <message>
        <source>Conflict resolved; the choice syncs with the next sync.</source>
        <translation>Conflicto resuelto; la elección se transmitirá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <source>kept:   %1 (%2)</source>
        <translation>conservado: %1 (%2)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>lost:   %1 (%2)</source>
        <translation>perdido:    %1 (%2)</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>antes:      %1</translation>
    </message>
    <message>
        <source>%1 was another ticket&apos;s number; the server gave this ticket %2.</source>
        <translation>%1 era el número de otro ticket; el servidor ha asignado a este ticket el %2.</translation>
    </message>
    <message>
        <source>Use: get TYPE ID</source>
        <translation>Uso: get TIPO ID</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>No hay ninguna ficha de tipo %1 con el ID %2.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be set.</source>
        <translation>%1 no tiene ningún campo modificable «%2».</translation>
    </message>
    <message>
        <source>Use: set TYPE ID FIELD VALUE</source>
        <translation>Uso: set TIPO ID CAMPO VALOR</translation>
    </message>
    <message>
        <source>Use: create TYPE FIELD=VALUE …</source>
        <translation>Uso: create TIPO CAMPO=VALOR …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«%1» no tiene la forma CAMPO=VALOR.</translation>
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
        <translation>Enviar los cambios locales al servidor y recibir los de los demás (contraseña desde RAPPORT_PASSWORD o la entrada estándar).</translation>
    </message>
    <message>
        <source>List the changes not yet accepted by the server.</source>
        <translation>Listar los cambios que el servidor aún no ha aceptado.</translation>
    </message>
    <message>
        <source>List conflicting edits, or resolve one.</source>
        <translation>Listar las modificaciones en conflicto, o resolver una.</translation>
    </message>
    <message>
        <source>Print one record.</source>
        <translation>Mostrar una ficha.</translation>
    </message>
    <message>
        <source>Change one field of a record (an empty VALUE clears it).</source>
        <translation>Cambiar un campo de una ficha (un VALOR vacío lo borra).</translation>
    </message>
    <message>
        <source>Create a record; prints its id.</source>
        <translation>Crear una ficha; muestra su ID.</translation>
    </message>
    <message>
        <source>Delete a record (a tombstone that syncs).</source>
        <translation>Eliminar una ficha (una marca de borrado que se sincroniza).</translation>
    </message>
    <message>
        <source>Bring back a deleted record (the restore syncs and wins over the delete).</source>
        <translation>Recuperar una ficha eliminada (la restauración se sincroniza y prevalece sobre la eliminación).</translation>
    </message>
    <message>
        <source>%1: none has the id or name &quot;%2&quot;.</source>
        <translation>%1: nada con el identificador o el nombre «%2».</translation>
    </message>
    <message>
        <source>Several records are named &quot;%1&quot;; give the id of the one meant: %2.</source>
        <translation>Varios registros se llaman «%1»; indique el identificador del que quiere: %2.</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 de la cuota de %2</translation>
    </message>
    <message>
        <source>  (usually %1)</source>
        <translation>  (normalmente %1)</translation>
    </message>
    <message>
        <source>rapport-cli: possibly the same person as %1 (%2, %3): %4</source>
        <translation>rapport-cli: posiblemente la misma persona que %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>%1 = %2 at today&apos;s rates</source>
        <translation>%1 = %2 a los tipos de hoy</translation>
    </message>
    <message>
        <source>; not counted, without a rate to %1: %2</source>
        <translation>; sin contar, sin tipo de cambio a %1: %2</translation>
    </message>
    <message>
        <source>Members: none</source>
        <translation>Miembros: ninguno</translation>
    </message>
    <message>
        <source>Members: %1 (%2)</source>
        <translation>Miembros: %1 (%2)</translation>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segmento de cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Cuenta matriz</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Plan de servicio</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida del cliente</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Plazo de resolución</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de empresa</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>service %1, marketing %2</source>
        <translation>servicio %1, marketing %2</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>por SMS</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>No consent to marketing %1 is recorded for this customer.</source>
        <translation>No consta que este cliente haya dado su consentimiento al marketing %1.</translation>
    </message>
    <message>
        <source>No consent to being contacted %1 is recorded for this customer.</source>
        <translation>No consta que este cliente haya dado su consentimiento para ser contactado %1.</translation>
    </message>
    <message>
        <source>This customer declined marketing %1.</source>
        <translation>Este cliente rechazó el marketing %1.</translation>
    </message>
    <message>
        <source>This customer declined being contacted %1.</source>
        <translation>Este cliente rechazó ser contactado %1.</translation>
    </message>
    <message>
        <source>It is %1 for this customer, outside the times they agreed to (%2).</source>
        <translation>Para este cliente es %1, fuera del horario que aceptó (%2).</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>Se dio de baja en %1</translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Otros correos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Otros teléfonos</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>No se han podido leer los contactos: %1</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>Contacts imported from a vCard file</source>
        <translation>Contactos importados desde un archivo vCard</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The birthday &quot;%1&quot; is not a date this import can read; it was left out.</source>
        <translation>El cumpleaños «%1» no es una fecha que esta importación pueda leer; se ha omitido.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>Esta importación no reconoce el idioma «%1»; se ha omitido.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not one this import knows; it was left out.</source>
        <translation>Esta importación no reconoce el país «%1»; se ha omitido.</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>Rapport id (to update)</source>
        <translation>ID de Rapport (para actualizar)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Company (account)</source>
        <translation>Empresa (cuenta)</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>Correo (%1)</translation>
    </message>
    <message>
        <source>Email addresses, several</source>
        <translation>Direcciones de correo, varias</translation>
    </message>
    <message>
        <source>Kind of email %1</source>
        <translation>Tipo de correo %1</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Teléfono (%1)</translation>
    </message>
    <message>
        <source>Phone numbers, several</source>
        <translation>Números de teléfono, varios</translation>
    </message>
    <message>
        <source>Kind of phone %1</source>
        <translation>Tipo de teléfono %1</translation>
    </message>
    <message>
        <source>Street (%1)</source>
        <translation>Calle (%1)</translation>
    </message>
    <message>
        <source>Postal code (%1)</source>
        <translation>Código postal (%1)</translation>
    </message>
    <message>
        <source>City (%1)</source>
        <translation>Ciudad (%1)</translation>
    </message>
    <message>
        <source>Region (%1)</source>
        <translation>Región (%1)</translation>
    </message>
    <message>
        <source>Country (%1)</source>
        <translation>País (%1)</translation>
    </message>
    <message>
        <source>Kind of address %1</source>
        <translation>Tipo de dirección %1</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Owner (user name, email or name)</source>
        <translation>Responsable (nombre de usuario, correo o nombre)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>El archivo no tiene línea de encabezado.</translation>
    </message>
    <message>
        <source>No column is a name: choose which column holds the last name (or the full name).</source>
        <translation>Ninguna columna es un nombre: elija qué columna contiene los apellidos (o el nombre completo).</translation>
    </message>
    <message>
        <source>To match by id, one column must hold the Rapport id.</source>
        <translation>Para buscar coincidencias por ID, una columna debe contener el ID de Rapport.</translation>
    </message>
    <message>
        <source>Contacts imported from a CSV file</source>
        <translation>Contactos importados desde un archivo CSV</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>No hay ningún nombre.</translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot; (or several are); the owner was left as it was.</source>
        <translation>Ningún usuario se llama «%1» (o se llaman así varios); el responsable no se ha cambiado.</translation>
    </message>
    <message>
        <source>The same person as on line %1 (same %2).</source>
        <translation>La misma persona que en la línea %1 (coincide: %2).</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Already in the book as %1; choose &quot;update&quot; or &quot;create or update&quot; to change it.</source>
        <translation>Ya existe como %1; elija «actualizar» o «crear o actualizar» para modificarlo.</translation>
    </message>
    <message>
        <source>Another row of this file already updates %1.</source>
        <translation>Otra fila de este archivo ya actualiza %1.</translation>
    </message>
    <message>
        <source>The contact to update no longer exists.</source>
        <translation>El contacto que se iba a actualizar ya no existe.</translation>
    </message>
    <message>
        <source>There is no id to find the contact by.</source>
        <translation>No hay ningún ID con el que buscar el contacto.</translation>
    </message>
    <message>
        <source>Not in the book (matched by %1); choose &quot;create&quot; or &quot;create or update&quot; to add it.</source>
        <translation>No existe (coincidencia por %1); elija «crear» o «crear o actualizar» para añadirlo.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1 (%2).</source>
        <translation>Posiblemente la misma persona que %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>The import stopped at line %1: %2 The rows before that line are in your book; import the file again with &quot;create or update&quot; to finish.</source>
        <translation>La importación se detuvo en la línea %1: %2 Las filas anteriores ya están guardadas; vuelva a importar el archivo con «crear o actualizar» para terminar.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>separated by commas</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>separado por puntos y coma</translation>
    </message>
    <message>
        <source>separated by tabs</source>
        <translation>separado por tabuladores</translation>
    </message>
    <message>
        <source>separated by &quot;%1&quot;</source>
        <translation>separado por «%1»</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Línea %1: un campo entre comillas nunca se cierra.</translation>
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
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Oportunidad abierta</translation>
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
        <translation>No se puede leer el cliente: %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>cierre previsto el %1</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Este contacto ya no existe (puede que se haya eliminado o que la sincronización lo haya quitado).</translation>
    </message>
    <message>
        <source>This account no longer exists (it may have been deleted or removed by sync).</source>
        <translation>Esta cuenta ya no existe (puede que se haya eliminado o que la sincronización la haya quitado).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be read. Check that it is a file and that you may open it.</source>
        <translation>No se puede leer %1. Compruebe que es un archivo y que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2: %3). The file was left unchanged; restore it from a backup or sync it again from the server.</source>
        <translation>%1 está dañado y no se puede abrir (%2: %3). El archivo no se ha modificado; restáurelo desde una copia de seguridad o vuelva a sincronizarlo desde el servidor.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database: it is not an SQLite file. The file was left unchanged.</source>
        <translation>%1 no es una base de datos de Rapport: no es un archivo SQLite. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Rapport database. The file was left unchanged.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de Rapport. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (database schema %2; this version knows schema %3 at most). Please update Rapport. The file was left unchanged.</source>
        <translation>%1 se escribió con una versión más reciente de Rapport (esquema de base de datos %2; esta versión admite como máximo el esquema %3). Actualice Rapport. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is not ready to be read: open it once for writing first.</source>
        <translation>%1 aún no se puede leer: ábralo primero una vez en modo de escritura.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Internal error: the database connection &quot;%1&quot; is already open.</source>
        <translation>Error interno: la conexión a la base de datos «%1» ya está abierta.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Internal error: the SQLite driver gave no native handle.</source>
        <translation>Error interno: el controlador de SQLite no ha proporcionado ningún identificador nativo.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Error al actualizar la base de datos al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>Still linked to %1: %2. They stay as they are, and Edit → Undo brings %1 back.</source>
        <translation>Aún vinculados a %1: %2. Se mantienen tal cual, y Edición → Deshacer recupera %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>stopped</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>Demo data generation failed: %1</source>
        <translation>Falló la generación de datos de demostración: %1</translation>
    </message>
    <message>
        <source>Payment within 30 days of invoice, without deduction. Prices exclude delivery and travel. Our general terms and conditions apply.</source>
        <translation>Pago a 30 días fecha factura, sin deducciones. Precios sin gastos de envío ni de desplazamiento. Se aplican nuestras condiciones generales.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>An earlier demo data generation into this file was interrupted. Delete the file and start again.</source>
        <translation>Se interrumpió una generación anterior de datos de demostración en este archivo. Elimine el archivo y vuelva a empezar.</translation>
    </message>
    <message>
        <source>The database already holds customer data. Demo data is only generated into an empty database; choose a new file with --db.</source>
        <translation>La base de datos ya contiene datos de clientes. Los datos de demostración solo se generan en una base de datos vacía; elija un archivo nuevo con --db.</translation>
    </message>
    <message>
        <source>The number of demo contacts must be between 10 and 50,000,000.</source>
        <translation>El número de contactos de demostración debe estar entre 10 y 50.000.000.</translation>
    </message>
    <message>
        <source>The demo date is not a valid date.</source>
        <translation>La fecha de demostración no es una fecha válida.</translation>
    </message>
    <message>
        <source>Demo data: %1 contacts, seed %2</source>
        <translation>Datos de demostración: %1 contactos, semilla %2</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the records written so far were kept.</source>
        <translation>Se canceló la generación de datos de demostración; se conservaron las fichas escritas hasta ese momento.</translation>
    </message>
    <message>
        <source>Writing demo records</source>
        <translation>Escribiendo fichas de demostración</translation>
    </message>
    <message>
        <source>Demo data generation stopped early.</source>
        <translation>La generación de datos de demostración se detuvo antes de tiempo.</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Creando índices</translation>
    </message>
</context>
<context>
    <name>DesktopLinks</name>
    <message>
        <source>No program on this computer makes phone calls: %1 is on the clipboard to dial.</source>
        <translation>Ningún programa de este ordenador puede hacer llamadas: %1 está en el portapapeles para marcarlo.</translation>
    </message>
    <message>
        <source>No email program is set up on this computer: %1 is on the clipboard.</source>
        <translation>No hay ningún programa de correo configurado en este ordenador: %1 está en el portapapeles.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1: the link is on the clipboard.</source>
        <translation>Ningún programa de este ordenador puede abrir %1: el enlace está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>the same email address</source>
        <translation>el mismo correo electrónico</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>el mismo número de teléfono</translation>
    </message>
    <message>
        <source>the same name at the same account</source>
        <translation>el mismo nombre en la misma cuenta</translation>
    </message>
    <message>
        <source>the same name and email domain</source>
        <translation>el mismo nombre y dominio de correo</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: %1</source>
        <translation>No se pudieron buscar duplicados: %1</translation>
    </message>
</context>
<context>
    <name>EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>La ficha ya no existe.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>oportunidad</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>line item</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Cambio de etapa</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>cambio de etapa</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Lista de precios</translation>
    </message>
    <message>
        <source>Price books</source>
        <translation>Listas de precios</translation>
    </message>
    <message>
        <source>price book</source>
        <translation>lista de precios</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Línea de pedido</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas de pedido</translation>
    </message>
    <message>
        <source>order line</source>
        <translation>línea de pedido</translation>
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
        <translation>Entrada de ticket</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>ticket entry</source>
        <translation>entrada de ticket</translation>
    </message>
    <message>
        <source>Linked article</source>
        <translation>Artículo vinculado</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Artículos vinculados</translation>
    </message>
    <message>
        <source>linked article</source>
        <translation>artículo vinculado</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Artículo de la base de conocimiento</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>knowledge article</source>
        <translation>artículo de la base de conocimiento</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation>Miembro de campaña</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>Miembros de campaña</translation>
    </message>
    <message>
        <source>campaign member</source>
        <translation>miembro de campaña</translation>
    </message>
    <message>
        <source>Campaign response</source>
        <translation>Respuesta a campaña</translation>
    </message>
    <message>
        <source>Campaign responses</source>
        <translation>Respuestas a campañas</translation>
    </message>
    <message>
        <source>campaign response</source>
        <translation>respuesta a campaña</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>tipo de cambio</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>cuota</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>Stage setting</source>
        <translation>Configuración de etapa</translation>
    </message>
    <message>
        <source>Stage settings</source>
        <translation>Configuración de etapas</translation>
    </message>
    <message>
        <source>stage setting</source>
        <translation>configuración de etapa</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>nivel de servicio</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rol de compra</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Roles de compra</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>rol de compra</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>Agente de soporte</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable de equipo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Leales</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Cannot lose them</source>
        <translation>No se pueden perder</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>En hibernación</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automoción</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banca</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Química</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Alimentación y bebidas</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sanidad</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguros</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Farmacéutica</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Comercio minorista</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecomunicaciones</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Gran empresa</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Mediana empresa</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Pequeña empresa</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Llamada en frío</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>No calificado</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Mensaje en el buzón de voz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Análisis de necesidades</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Mejor escenario</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>Con IVA</translation>
    </message>
    <message>
        <source>Reverse charge (EU business)</source>
        <translation>Inversión del sujeto pasivo (empresa de la UE)</translation>
    </message>
    <message>
        <source>Export (customer abroad)</source>
        <translation>Exportación (cliente en el extranjero)</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decisor</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Comprador económico</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Comprador técnico</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenciador</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expedido</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
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
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluido</translation>
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
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>campaign status</comment>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>campaign status</comment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign status</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign status</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Precio demasiado alto</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Optó por un competidor</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Sin decisión</translation>
    </message>
    <message>
        <source>Project postponed</source>
        <translation>Proyecto aplazado</translation>
    </message>
    <message>
        <source>Missing feature</source>
        <translation>Falta una funcionalidad</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación con el cliente</translation>
    </message>
    <message>
        <source>piece</source>
        <comment>unit of sale</comment>
        <translation>unidad</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>unit of sale</comment>
        <translation>hora</translation>
    </message>
    <message>
        <source>day</source>
        <comment>unit of sale</comment>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <comment>unit of sale</comment>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <comment>unit of sale</comment>
        <translation>año</translation>
    </message>
    <message>
        <source>project</source>
        <comment>unit of sale</comment>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>user/year</source>
        <comment>unit of sale</comment>
        <translation>usuario/año</translation>
    </message>
    <message>
        <source>site/year</source>
        <comment>unit of sale</comment>
        <translation>sede/año</translation>
    </message>
    <message>
        <source>Technical</source>
        <comment>ticket category</comment>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>ticket category</comment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>ticket category</comment>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>ticket category</comment>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>ticket category</comment>
        <translation>Formación</translation>
    </message>
    <message>
        <source>user</source>
        <comment>unit of sale</comment>
        <translation>usuario</translation>
    </message>
    <message>
        <source>box</source>
        <comment>unit of sale</comment>
        <translation>caja</translation>
    </message>
    <message>
        <source>kit</source>
        <comment>unit of sale</comment>
        <translation>kit</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>consent source</comment>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>consent source</comment>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>consent source</comment>
        <translation>Correo</translation>
    </message>
    <message>
        <source>In person</source>
        <comment>consent source</comment>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <comment>consent source</comment>
        <translation>Feria comercial</translation>
    </message>
    <message>
        <source>Business card</source>
        <comment>consent source</comment>
        <translation>Tarjeta de visita</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>consent source</comment>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Campaign reply</source>
        <comment>consent source</comment>
        <translation>Respuesta a una campaña</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>consent source</comment>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <source>Merge record</source>
        <translation>Datos de fusión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable de equipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Cuenta matriz</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de empresa</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Plan de servicio</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Teléfono (E.164)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Ingresos anuales</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Direcciones de correo</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Communication consent</source>
        <translation>Consentimiento de comunicación</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Converted to account</source>
        <translation>Convertido en cuenta</translation>
    </message>
    <message>
        <source>Converted to contact</source>
        <translation>Convertido en contacto</translation>
    </message>
    <message>
        <source>Converted to opportunity</source>
        <translation>Convertido en oportunidad</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Fecha de conversión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Duración (segundos)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reminders (minutes before)</source>
        <translation>Recordatorios (minutos antes)</translation>
    </message>
    <message>
        <source>Reminders dismissed until</source>
        <translation>Recordatorios descartados hasta</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Pospuesto hasta</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>Próximo recordatorio</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Repeticiones omitidas</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Occurrence replaced</source>
        <translation>Repetición sustituida</translation>
    </message>
    <message>
        <source>Repeats until</source>
        <translation>Se repite hasta</translation>
    </message>
    <message>
        <source>iCalendar UID</source>
        <translation>UID de iCalendar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoría de previsión</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competidores</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto del cliente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount (basis points)</source>
        <translation>Descuento (puntos básicos)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Etapa nueva</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Lista de precios</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Plazo de primera respuesta</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Plazo de resolución</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Fecha de resolución</translation>
    </message>
    <message>
        <source>Waiting on customer since</source>
        <translation>Esperando al cliente desde</translation>
    </message>
    <message>
        <source>Working minutes waited</source>
        <translation>Minutos laborables en espera</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Fecha de escalado</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Rate (millionths)</source>
        <translation>Tipo (millonésimas)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Tax rate (basis points)</source>
        <translation>Tipo impositivo (puntos básicos)</translation>
    </message>
    <message>
        <source>Tax treatment</source>
        <translation>Régimen de IVA</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilidad predeterminada</translation>
    </message>
    <message>
        <source>First response (working minutes)</source>
        <translation>Primera respuesta (minutos laborables)</translation>
    </message>
    <message>
        <source>Resolution (working minutes)</source>
        <translation>Resolución (minutos laborables)</translation>
    </message>
    <message>
        <source>Warn before (working minutes)</source>
        <translation>Avisar antes (minutos laborables)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario laboral</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>envío</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln candidato</numerusform>
            <numerusform>%Ln candidatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunidad</numerusform>
            <numerusform>%Ln oportunidades</numerusform>
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
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln campaña</numerusform>
            <numerusform>%Ln campañas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln producto</numerusform>
            <numerusform>%Ln productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln ficha</numerusform>
            <numerusform>%Ln fichas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>En pausa</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 de retraso</translation>
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
        <translation>aceptado mediante %1 el %2</translation>
    </message>
    <message>
        <source>agreed via %1</source>
        <translation>aceptado mediante %1</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>aceptado el %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>an unsubscribe, then its date</comment>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>El servidor envió una respuesta que no es JSON.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>The knowledge base cannot be searched: %1</source>
        <translation>No se puede buscar en la base de conocimiento: %1</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>No existe el candidato %1.</translation>
    </message>
    <message>
        <source>%1 was converted already.</source>
        <translation>%1 ya se convirtió.</translation>
    </message>
    <message>
        <source>%1: new business</source>
        <translation>%1: nuevo negocio</translation>
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
        <translation>dirige un departamento: %1</translation>
    </message>
    <message>
        <source>manages or buys: %1</source>
        <translation>gestiona o compra: %1</translation>
    </message>
    <message>
        <source>job title given</source>
        <translation>cargo indicado</translation>
    </message>
    <message>
        <source>company named</source>
        <translation>empresa indicada</translation>
    </message>
    <message>
        <source>private email address</source>
        <translation>correo electrónico personal</translation>
    </message>
    <message>
        <source>business email address</source>
        <translation>correo electrónico de empresa</translation>
    </message>
    <message>
        <source>phone number given</source>
        <translation>teléfono indicado</translation>
    </message>
    <message>
        <source>country known</source>
        <translation>país conocido</translation>
    </message>
    <message>
        <source>came by referral or partner</source>
        <translation>llegó por recomendación o por un socio</translation>
    </message>
    <message>
        <source>came by website, event or campaign</source>
        <translation>llegó por el sitio web, un evento o una campaña</translation>
    </message>
    <message>
        <source>opted out of campaigns</source>
        <translation>se dio de baja de las campañas</translation>
    </message>
    <message>
        <source>bought through a campaign</source>
        <translation>compró a través de una campaña</translation>
    </message>
    <message>
        <source>attended an event</source>
        <translation>asistió a un evento</translation>
    </message>
    <message>
        <source>registered for an event</source>
        <translation>se inscribió en un evento</translation>
    </message>
    <message>
        <source>replied to a campaign</source>
        <translation>respondió a una campaña</translation>
    </message>
    <message numerus="yes">
        <source>clicked a campaign %n time(s)</source>
        <translation>
            <numerusform>hizo clic en una campaña %n vez</numerusform>
            <numerusform>hizo clic en campañas %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened a campaign %n time(s)</source>
        <translation>
            <numerusform>abrió una campaña %n vez</numerusform>
            <numerusform>abrió campañas %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>responded to a campaign</source>
        <translation>reaccionó a una campaña</translation>
    </message>
    <message>
        <source>in conversation</source>
        <translation>en conversación</translation>
    </message>
    <message>
        <source>new this month</source>
        <translation>nuevo este mes</translation>
    </message>
    <message>
        <source>new this quarter</source>
        <translation>nuevo este trimestre</translation>
    </message>
    <message>
        <source>The lead&apos;s campaigns cannot be read: %1</source>
        <translation>No se pueden leer las campañas del candidato: %1</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>No existe el candidato %1.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge into %1</source>
        <translation>Fusionar en %1</translation>
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
        <translation>&#xa0;mil M</translation>
    </message>
</context>
<context>
    <name>Normaliser</name>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2. A number without a country code is read in the contact&apos;s country, else in the region chosen in the settings: add the country code or the country.</source>
        <translation>«%1» no es un número de teléfono de %2. Un número sin prefijo de país se interpreta en el país del contacto o, si no lo tiene, en la región elegida en la configuración: añada el prefijo de país o el país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>OpportunityDetailsReader</name>
    <message>
        <source>The opportunity no longer exists (it may have been removed by sync).</source>
        <translation>La oportunidad ya no existe (puede que la sincronización la haya eliminado).</translation>
    </message>
    <message>
        <source>The opportunity cannot be read: %1</source>
        <translation>No se puede leer la oportunidad: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>No se puede leer el catálogo: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>The overview cannot be read: %1</source>
        <translation>No se puede leer el resumen: %1</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>There is no contact or lead with the id %1.</source>
        <translation>No hay ningún contacto ni candidato con el ID %1.</translation>
    </message>
    <message>
        <source>The records of %1 could not be read: %2</source>
        <translation>No se pudieron leer las fichas de %1: %2</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The pipeline cannot be read: %1</source>
        <translation>No se puede leer el pipeline: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>My open tickets</source>
        <translation>Mis tickets abiertos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>My customers&apos; open tickets</source>
        <translation>Tickets abiertos de mis clientes</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Todos los tickets abiertos</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>SLA en riesgo</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Todos los tickets</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>No existe la oportunidad %1.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is priced in %2, the deal in %3: a quote has one currency.</source>
        <translation>La línea «%1» tiene el precio en %2 y la oportunidad en %3: un presupuesto tiene una sola moneda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no line items to quote: add products to the opportunity first.</source>
        <translation>«%1» no tiene líneas que presupuestar: añada primero productos a la oportunidad.</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>A la atención de %1</translation>
    </message>
    <message>
        <source>VAT ID: %1</source>
        <translation>NIF-IVA: %1</translation>
    </message>
    <message>
        <source>The quote template %1 cannot be read: %2</source>
        <translation>No se puede leer la plantilla de presupuesto %1: %2</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Descuento %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>IVA %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Su contacto</translation>
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
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>The quote template cannot be used: %1</source>
        <translation>No se puede usar la plantilla de presupuesto: %1</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>The exchange rates cannot be read: %1</source>
        <translation>No se pueden leer los tipos de cambio: %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>The recurrence rule is too long.</source>
        <translation>La regla de repetición es demasiado larga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recurrence rule (for example FREQ=WEEKLY;BYDAY=MO).</source>
        <translation>«%1» no es una regla de repetición (por ejemplo, FREQ=WEEKLY;BYDAY=MO).</translation>
    </message>
    <message>
        <source>Activities repeat daily at most.</source>
        <translation>Las actividades se repiten como máximo a diario.</translation>
    </message>
    <message>
        <source>Recurrence in other calendars than the Gregorian one (RSCALE) is not supported.</source>
        <translation>No se admite la repetición en calendarios distintos del gregoriano (RSCALE).</translation>
    </message>
    <message>
        <source>The interval of a recurrence rule must be at least 1.</source>
        <translation>El intervalo de una regla de repetición debe ser como mínimo 1.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>penúltimo</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Cada %n semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Cada %n mes</numerusform>
            <numerusform>Cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Cada año</translation>
    </message>
    <message numerus="yes">
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Cada %n año</numerusform>
            <numerusform>Cada %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>day %1 from the end</source>
        <translation>día %1 contando desde el final</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>first</source>
        <comment>feminine</comment>
        <translation>primera</translation>
    </message>
    <message>
        <source>second</source>
        <comment>feminine</comment>
        <translation>segunda</translation>
    </message>
    <message>
        <source>third</source>
        <comment>feminine</comment>
        <translation>tercera</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>feminine</comment>
        <translation>cuarta</translation>
    </message>
    <message>
        <source>fifth</source>
        <comment>feminine</comment>
        <translation>quinta</translation>
    </message>
    <message>
        <source>last</source>
        <comment>feminine</comment>
        <translation>última</translation>
    </message>
    <message>
        <source>second to last</source>
        <comment>feminine</comment>
        <translation>penúltima</translation>
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
        <translation>No se puede calcular el informe: %1</translation>
    </message>
    <message>
        <source>Churn risk: how likely a customer has stopped buying, from how long they have been silent at their own pace and a year&apos;s churn in the book (%1).</source>
        <translation>Riesgo de abandono: probabilidad de que un cliente haya dejado de comprar, según el tiempo que lleva sin comprar en relación con su propio ritmo y el abandono anual de la cartera (%1).</translation>
    </message>
    <message>
        <source>No customer ordered in the year before the last: the book&apos;s retention is assumed to be %1.</source>
        <translation>Ningún cliente hizo pedidos en el penúltimo año: se supone una retención de la cartera del %1.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% de clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% de ingresos</translation>
    </message>
    <message>
        <source>Since last order</source>
        <translation>Desde el último pedido</translation>
    </message>
    <message>
        <source>Avg. orders</source>
        <translation>Pedidos (media)</translation>
    </message>
    <message>
        <source>Avg. lifetime value</source>
        <translation>Valor de vida (media)</translation>
    </message>
    <message>
        <source>Avg. churn risk</source>
        <translation>Riesgo de abandono (media)</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Categoría principal</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message numerus="yes">
        <source>Recency, frequency and money are scored 1 to 5 by quintile among the %Ln customers: days since the last order, orders and revenue in the period.</source>
        <translation>
            <numerusform>Recencia, frecuencia e importe se puntúan de 1 a 5 por quintiles entre %Ln cliente: días desde el último pedido, pedidos e ingresos del periodo.</numerusform>
            <numerusform>Recencia, frecuencia e importe se puntúan de 1 a 5 por quintiles entre los %Ln clientes: días desde el último pedido, pedidos e ingresos del periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Orders every</source>
        <translation>Pide cada</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Revenue a year</source>
        <translation>Ingresos anuales</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customers at risk</source>
        <translation>
            <numerusform>El %Ln cliente en riesgo</numerusform>
            <numerusform>Los %Ln clientes en riesgo</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers who ordered in the last year and whose churn risk is %1 or more, the most revenue at stake first: a year&apos;s revenue times the churn risk.</source>
        <translation>Clientes que hicieron pedidos en el último año y cuyo riesgo de abandono es del %1 o más, primero los de más ingresos en riesgo: los ingresos de un año multiplicados por el riesgo de abandono.</translation>
    </message>
    <message>
        <source>The %1 with the most at stake are listed; the last line counts all %2.</source>
        <translation>Se muestran los %1 clientes con más ingresos en riesgo; la última fila cuenta los %2.</translation>
    </message>
    <message>
        <source>Customers who buy → also buy</source>
        <translation>Clientes que compran → también compran</translation>
    </message>
    <message>
        <source>Customers who buy the first</source>
        <translation>Compran la primera</translation>
    </message>
    <message>
        <source>Also buy the second</source>
        <translation>También compran la segunda</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Do not buy it yet</source>
        <translation>Aún no la compran</translation>
    </message>
    <message>
        <source>Potential revenue</source>
        <translation>Ingresos potenciales</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Lift: how much likelier the first category&apos;s customers are to buy the second than the %Ln customers as a whole.</source>
        <translation>
            <numerusform>Lift: cuánto más probable es que los clientes de la primera categoría compren la segunda que el conjunto de clientes (%Ln cliente).</numerusform>
            <numerusform>Lift: cuánto más probable es que los clientes de la primera categoría compren la segunda que el conjunto de los %Ln clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Potential revenue: the customers who do not buy the second yet, times the share who do, times what its customers spent on it in the period.</source>
        <translation>Ingresos potenciales: los clientes que aún no compran la segunda, por la proporción de los que sí la compran, por lo que sus clientes gastaron en ella en el periodo.</translation>
    </message>
    <message>
        <source>The customers cannot be scored: %1</source>
        <translation>No se puede puntuar a los clientes: %1</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Tiempo abierto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Under 4 hours</source>
        <translation>Menos de 4 horas</translation>
    </message>
    <message>
        <source>4 to 24 hours</source>
        <translation>De 4 a 24 horas</translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation>De 1 a 3 días</translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation>De 3 a 7 días</translation>
    </message>
    <message>
        <source>1 to 4 weeks</source>
        <translation>De 1 a 4 semanas</translation>
    </message>
    <message>
        <source>Over 4 weeks</source>
        <translation>Más de 4 semanas</translation>
    </message>
    <message>
        <source>All open tickets</source>
        <translation>Todos los tickets abiertos</translation>
    </message>
    <message>
        <source>Open now: new, open and waiting on the customer, by the time since they were opened.</source>
        <translation>Abiertos ahora: nuevos, abiertos y esperando al cliente, según el tiempo transcurrido desde su apertura.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Tickets creados</translation>
    </message>
    <message>
        <source>First response in time</source>
        <translation>Primera respuesta a tiempo</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Resueltos a tiempo</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>Primera respuesta media</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>Resolución media</translation>
    </message>
    <message>
        <source>Open and breached</source>
        <translation>Abiertos e incumplidos</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <source>Tickets opened in the period. In time: the share of the clocks that stopped before their due time, of those that stopped or ran out; times in hours on the clock (working time is what the targets count).</source>
        <translation>Tickets creados en el periodo. A tiempo: proporción de los contadores que se detuvieron antes de su vencimiento, entre los que se detuvieron o vencieron; tiempos en horas de reloj (los objetivos cuentan tiempo laborable).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Abiertos al final</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>El periodo aún no ha comenzado.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>En el periodo</translation>
    </message>
    <message>
        <source>Open at the end: opened before the end of the period and not resolved by then (a reopened ticket counts as open).</source>
        <translation>Abiertos al final: creados antes del final del periodo y no resueltos para entonces (un ticket reabierto cuenta como abierto).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abiertos ahora</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacción (1–5)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Received: assigned tickets opened in the period; resolved, resolution time, in time and satisfaction: tickets resolved in the period.</source>
        <translation>Recibidos: tickets asignados creados en el periodo; resueltos, tiempo de resolución, a tiempo y satisfacción: tickets resueltos en el periodo.</translation>
    </message>
    <message>
        <source>Not a help-desk report.</source>
        <translation>No es un informe de soporte.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Mejor escenario</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Ganado / cuota</translation>
    </message>
    <message>
        <source>Won + commit of quota</source>
        <translation>Ganado + comprometido / cuota</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Importe ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Importe medio</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclo de ventas</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline abierto</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(usuario desconocido)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Deals in stage</source>
        <translation>Oportunidades en la etapa</translation>
    </message>
    <message>
        <source>Average time in stage</source>
        <translation>Tiempo medio en la etapa</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Avanzaron</translation>
    </message>
    <message>
        <source>Won from here</source>
        <translation>Ganadas desde aquí</translation>
    </message>
    <message>
        <source>Time from stage to stage, for the deals won or lost in the period: a deal that passes every stage spends %1 days in them.</source>
        <translation>Tiempo de etapa a etapa, para las oportunidades ganadas o perdidas en el periodo: una oportunidad que pasa por todas las etapas permanece %1 días en ellas.</translation>
    </message>
    <message numerus="yes">
        <source>The %n deal(s) won took %1 days on average from their first stage to the close.</source>
        <translation>
            <numerusform>%n oportunidad ganada tardó %1 días desde su primera etapa hasta el cierre.</numerusform>
            <numerusform>Las %n oportunidades ganadas tardaron %1 días de media desde su primera etapa hasta el cierre.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no competitor named)</source>
        <translation>(ningún competidor indicado)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(ningún motivo indicado)</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Importe perdido</translation>
    </message>
    <message>
        <source>All deals closed</source>
        <translation>Todas las oportunidades cerradas</translation>
    </message>
    <message>
        <source>A deal against several competitors counts under each; the last line counts every deal once.</source>
        <translation>Una oportunidad con varios competidores cuenta para cada uno; la última fila cuenta cada oportunidad una sola vez.</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <source>Share of losses</source>
        <translation>Proporción de pérdidas</translation>
    </message>
    <message>
        <source>All deals lost</source>
        <translation>Todas las oportunidades perdidas</translation>
    </message>
    <message>
        <source>Slipped deals</source>
        <translation>Oportunidades retrasadas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Average delay</source>
        <translation>Retraso medio</translation>
    </message>
    <message>
        <source>Now after the period</source>
        <translation>Ahora fuera del periodo</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Sales team</source>
        <translation>Equipo de ventas</translation>
    </message>
    <message>
        <source>Win/loss</source>
        <translation>Ganadas/perdidas</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>Ticket backlog</source>
        <translation>Tickets pendientes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
    <message>
        <source>Cross-selling</source>
        <translation>Venta cruzada</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El periodo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The tickets of a person or team: those they work on, and those of the customers they look after.</source>
        <translation>Los tickets de una persona o un equipo: los que atiende y los de los clientes a su cargo.</translation>
    </message>
    <message>
        <source>Lifetime value: the revenue so far and a year&apos;s revenue to come, kept at the book&apos;s retention of %1 a year and discounted at %2, while the customer still buys.</source>
        <translation>Valor de vida del cliente: los ingresos obtenidos hasta ahora más los ingresos anuales futuros, mantenidos con la retención de la cartera del %1 anual y descontados al %2, mientras el cliente siga comprando.</translation>
    </message>
    <message>
        <source>Revenue a year: the yearly average of the last two years (of the time since the first order, if shorter, at least a year). Orders every: the customer&apos;s usual time between orders, over all their orders.</source>
        <translation>Ingresos anuales: la media anual de los dos últimos años (del tiempo desde el primer pedido, si es más corto, al menos un año). Pide cada: el intervalo habitual entre pedidos del cliente, sobre el conjunto de sus pedidos.</translation>
    </message>
    <message>
        <source>&quot;Moved on&quot; counts the deals that later reached any stage further along: some skip a stage, so fewer enter the next one than moved on.</source>
        <translation>«Avanzaron» cuenta las oportunidades que después llegaron a cualquier etapa más avanzada: algunas se saltan una etapa, así que entran menos en la siguiente de las que avanzaron.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
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
        <translation>Uso: rapport-server [--data sqlite:RUTA | --data postgresql://USUARIO@HOST:PUERTO/BD]
                    [--listen HOST:PUERTO] [--tls-cert ARCHIVO --tls-key ARCHIVO] [--token-ttl SEGUNDOS]
                    [--workers N]
     rapport-server [--data …] user add NOMBRE --role rep|agent|manager|admin [--team T] [--manager NOMBRE]
     rapport-server [--data …] user list | user disable NOMBRE | user enable NOMBRE | user passwd NOMBRE
     rapport-server [--data …] team add NOMBRE [--kind sales|service|marketing]
Las contraseñas se leen de RAPPORT_PASSWORD o de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Comando desconocido.</translation>
    </message>
    <message>
        <source>Team %1 added (%2).</source>
        <translation>Equipo %1 añadido (%2).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>user add needs NAME --role ROLE.</source>
        <translation>user add necesita NOMBRE --role ROL.</translation>
    </message>
    <message>
        <source>User %1 added (%2).</source>
        <translation>Usuario %1 añadido (%2).</translation>
    </message>
    <message>
        <source>Password changed; the user&apos;s sessions are signed out.</source>
        <translation>Contraseña cambiada; se han cerrado las sesiones del usuario.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción %1 desconocida.</translation>
    </message>
    <message>
        <source>--token-ttl needs a positive number of seconds.</source>
        <translation>--token-ttl necesita un número positivo de segundos.</translation>
    </message>
    <message>
        <source>--workers needs a number from 1 to 64.</source>
        <translation>--workers necesita un número del 1 al 64.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, for example 127.0.0.1:8765.</source>
        <translation>--listen necesita HOST:PUERTO, por ejemplo 127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Listening on %1 without TLS is refused: passwords and data would cross the network unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1.</source>
        <translation>Se rechaza escuchar en %1 sin TLS: las contraseñas y los datos viajarían sin cifrar por la red. Indique --tls-cert y --tls-key, o escuche en 127.0.0.1.</translation>
    </message>
    <message>
        <source>The TLS certificate or key file cannot be read.</source>
        <translation>No se puede leer el archivo del certificado o de la clave TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>El certificado o la clave TLS no es un PEM válido.</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>No se puede escuchar en %1.</translation>
    </message>
    <message>
        <source>rapport-server listening on %1:%2 (%3, %4)</source>
        <translation>rapport-server escuchando en %1:%2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>The server&apos;s database failed: %1</source>
        <translation>Error en la base de datos del servidor: %1</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>No se pudo inicializar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; names no file.</source>
        <translation>La ubicación de datos «%1» no indica ningún archivo.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; is not a valid postgresql://USER@HOST:PORT/DB address.</source>
        <translation>La ubicación de datos «%1» no es una dirección postgresql://USUARIO@HOST:PUERTO/BD válida.</translation>
    </message>
    <message>
        <source>The data location &quot;%1&quot; must start with sqlite: or postgresql://.</source>
        <translation>La ubicación de datos «%1» debe empezar por sqlite: o postgresql://.</translation>
    </message>
    <message>
        <source>The server&apos;s database could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos del servidor: %1</translation>
    </message>
    <message>
        <source>The ticket number %1 is another ticket&apos;s.</source>
        <translation>El número de ticket %1 pertenece a otro ticket.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Un equipo necesita un nombre.</translation>
    </message>
    <message>
        <source>A team&apos;s kind is sales, service or marketing, not &quot;%1&quot;.</source>
        <translation>El tipo de un equipo es sales, service o marketing, no «%1».</translation>
    </message>
    <message>
        <source>A team named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un equipo llamado «%1».</translation>
    </message>
    <message>
        <source>A user name must have 1 to 64 characters.</source>
        <translation>Un nombre de usuario debe tener entre 1 y 64 caracteres.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use rep, agent, manager or admin.</source>
        <translation>Rol «%1» desconocido; use rep, agent, manager o admin.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un usuario llamado «%1».</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot;; add it with: team add NAME</source>
        <translation>No hay ningún equipo llamado «%1»; créelo con: team add NOMBRE</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>No hay ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>No se pudo calcular el hash de la contraseña (memoria insuficiente).</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>There is no conflict with this id.</source>
        <translation>No hay ningún conflicto con este ID.</translation>
    </message>
    <message>
        <source>You may not see this conflict.</source>
        <translation>No tiene permiso para ver este conflicto.</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>No tiene permiso para modificar esta ficha.</translation>
    </message>
    <message>
        <source>This record does not exist or is not yours to see.</source>
        <translation>Esta ficha no existe o no tiene permiso para verla.</translation>
    </message>
    <message>
        <source>You may not create this record for someone outside your scope.</source>
        <translation>No tiene permiso para crear esta ficha para alguien fuera de su ámbito.</translation>
    </message>
    <message>
        <source>This mutation id was used by someone else.</source>
        <translation>Otra persona ya ha usado este ID de cambio.</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <source>The service levels cannot be read: %1</source>
        <translation>No se pueden leer los niveles de servicio: %1</translation>
    </message>
    <message>
        <source>The service levels cannot be checked: %1</source>
        <translation>No se pueden comprobar los niveles de servicio: %1</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 cannot be written: the folder is not writable.</source>
        <translation>No se puede escribir %1: la carpeta no admite escritura.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: it could not be put in place.</source>
        <translation>No se puede escribir %1: no se pudo colocar en su sitio.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A mutation must be a JSON object.</source>
        <translation>Un cambio debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a mutation.</source>
        <translation>Miembro «%1» desconocido en un cambio.</translation>
    </message>
    <message>
        <source>The mutation id is missing or not a UUID.</source>
        <translation>Falta el ID del cambio o no es un UUID.</translation>
    </message>
    <message>
        <source>The record id is missing or not a UUID.</source>
        <translation>Falta el ID de la ficha o no es un UUID.</translation>
    </message>
    <message>
        <source>A conflict can only be marked as resolved.</source>
        <translation>Un conflicto solo se puede marcar como resuelto.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;.</source>
        <translation>Tipo de ficha «%1» desconocido.</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>Operación «%1» desconocida.</translation>
    </message>
    <message>
        <source>The clock stamp is missing or malformed.</source>
        <translation>Falta la marca de tiempo o tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>The fields must be a JSON object.</source>
        <translation>Los campos deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for %2.</source>
        <translation>Campo «%1» desconocido para %2.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>El valor de «%1» tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>The base must be a JSON object.</source>
        <translation>La versión base debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The base of &quot;%1&quot; is malformed.</source>
        <translation>La versión base de «%1» tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>The record does not exist on the server.</source>
        <translation>La ficha no existe en el servidor.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>El servidor no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The server refused: you may not do this.</source>
        <translation>El servidor lo ha rechazado: no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>This version of Rapport does not match the server&apos;s.</source>
        <translation>Esta versión de Rapport no coincide con la del servidor.</translation>
    </message>
    <message>
        <source>Too many attempts; try again later.</source>
        <translation>Demasiados intentos; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>El servidor respondió con el error %1.</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>El servidor respondió con el error %1: %2</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>El servidor envió una respuesta que no es JSON.</translation>
    </message>
    <message>
        <source>Sync was stopped; the next one goes on from where it stopped.</source>
        <translation>Se detuvo la sincronización; la próxima continuará desde donde se quedó.</translation>
    </message>
    <message>
        <source>The server sent a page of changes this version cannot read.</source>
        <translation>El servidor envió una página de cambios que esta versión no puede leer.</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>the record was given to someone outside your scope and left this computer; your change is kept here</source>
        <translation>la ficha se asignó a alguien fuera de su ámbito y salió de este ordenador; su cambio se conserva aquí</translation>
    </message>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>No hay ningún conflicto pendiente con el ID %1.</translation>
    </message>
    <message>
        <source>The number %1 belongs to another ticket; this ticket keeps %2. Dismiss the conflict once you have told whoever knew the old number.</source>
        <translation>El número %1 pertenece a otro ticket; este ticket conserva el %2. Descarte el conflicto cuando haya avisado a quienes conocían el número anterior.</translation>
    </message>
    <message>
        <source>The conflict names a field this version does not know.</source>
        <translation>El conflicto menciona un campo que esta versión no conoce.</translation>
    </message>
    <message>
        <source>The record of this conflict is not on this device (it was deleted or is no longer yours to see).</source>
        <translation>La ficha de este conflicto no está en este dispositivo (se eliminó o ya no tiene permiso para verla).</translation>
    </message>
</context>
<context>
    <name>Tax</name>
    <message>
        <source>Reverse charge: the recipient accounts for the VAT on services (Article 196); goods are an exempt intra-Community supply (Article 138 of Council Directive 2006/112/EC).</source>
        <translation>Inversión del sujeto pasivo: el destinatario liquida el IVA de los servicios (artículo 196); los bienes constituyen una entrega intracomunitaria exenta (artículo 138 de la Directiva 2006/112/CE del Consejo).</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is outside the European Union.</source>
        <translation>Sin IVA: el cliente está establecido fuera de la Unión Europea.</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is abroad.</source>
        <translation>Sin IVA: el cliente está establecido en el extranjero.</translation>
    </message>
    <message>
        <source>No VAT charged: the customer is outside the seller&apos;s country (%1).</source>
        <translation>Sin IVA: el cliente está establecido fuera del país del vendedor (%1).</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;; it can go to: %3.</source>
        <translation>Un ticket no puede pasar de «%1» a «%2»; puede pasar a: %3.</translation>
    </message>
    <message>
        <source>The conversation cannot be read: %1</source>
        <translation>No se puede leer la conversación: %1</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>El ticket ya no existe.</translation>
    </message>
    <message>
        <source>The tickets cannot be read: %1</source>
        <translation>No se pueden leer los tickets: %1</translation>
    </message>
    <message>
        <source>The team has nobody to give the ticket to.</source>
        <translation>El equipo no tiene a nadie a quien asignar el ticket.</translation>
    </message>
    <message>
        <source>The escalations cannot be worked out: %1</source>
        <translation>No se pueden determinar los escalados: %1</translation>
    </message>
    <message>
        <source>Escalation: %1 has no first response in time</source>
        <translation>Escalado: %1 no ha tenido primera respuesta a tiempo</translation>
    </message>
    <message>
        <source>Escalation: %1 is not resolved in time</source>
        <translation>Escalado: %1 no se ha resuelto a tiempo</translation>
    </message>
    <message>
        <source>%1 (nobody is assigned)</source>
        <translation>%1 (sin asignar)</translation>
    </message>
    <message>
        <source>%1 (assigned to %2)</source>
        <translation>%1 (asignado a %2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy (another program is writing to it): %1</source>
        <translation>La base de datos está ocupada (otro programa está escribiendo en ella): %1</translation>
    </message>
    <message>
        <source>Internal error: commit without an active transaction.</source>
        <translation>Error interno: commit sin una transacción activa.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This line is not a vCard property (NAME:value).</source>
        <translation>Esta línea no es una propiedad vCard (NOMBRE:valor).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD before the next one begins.</source>
        <translation>A esta tarjeta le falta END:VCARD antes de que empiece la siguiente.</translation>
    </message>
    <message>
        <source>This line is outside any card (BEGIN:VCARD … END:VCARD).</source>
        <translation>Esta línea está fuera de cualquier tarjeta (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>This card has no name (N or FN).</source>
        <translation>Esta tarjeta no tiene nombre (N o FN).</translation>
    </message>
    <message>
        <source>This card has no END:VCARD.</source>
        <translation>A esta tarjeta le falta END:VCARD.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>%1 es demasiado largo: se permite como máximo %n carácter.</numerusform>
            <numerusform>%1 es demasiado largo: se permiten como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation>%1 debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://.</source>
        <translation>%1 debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD.</source>
        <translation>«%1» no es un código de moneda como EUR o USD.</translation>
    </message>
    <message>
        <source>%1 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>%1 no es una fecha válida (se espera AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>«%1» no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code such as DE or US.</source>
        <translation>«%1» no es un código de país como ES o US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VAT identification number such as DE123456789.</source>
        <translation>«%1» no es un NIF-IVA como DE123456789.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value for %2.</source>
        <translation>«%1» no es un valor permitido para %2.</translation>
    </message>
    <message>
        <source>%1 does not refer to a valid record.</source>
        <translation>%1 no hace referencia a una ficha válida.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100.</source>
        <translation>%1 debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 is not a valid point in time.</source>
        <translation>%1 no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 debe ser sí o no.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 no es un JSON válido: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a channel (email, phone, sms, post).</source>
        <translation>%1: «%2» no es un canal (email, phone, sms, post).</translation>
    </message>
    <message>
        <source>%1: the %2 entry must be an object.</source>
        <translation>%1: la entrada %2 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: %2 consent must be true or false.</source>
        <translation>%1: el consentimiento de %2 debe ser true o false.</translation>
    </message>
    <message>
        <source>%1: the consent date must be YYYY-MM-DD.</source>
        <translation>%1: la fecha del consentimiento debe tener el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1: allowed days are numbers from 1 (Monday) to 7 (Sunday).</source>
        <translation>%1: los días permitidos son números del 1 (lunes) al 7 (domingo).</translation>
    </message>
    <message>
        <source>%1: contact hours must be given as HH:MM.</source>
        <translation>%1: las horas de contacto deben indicarse como HH:MM.</translation>
    </message>
    <message>
        <source>%1 must be a JSON list.</source>
        <translation>%1 debe ser una lista JSON.</translation>
    </message>
    <message>
        <source>%1 must be a list of words.</source>
        <translation>%1 debe ser una lista de palabras.</translation>
    </message>
    <message>
        <source>%1: &quot;%2…&quot; is too long.</source>
        <translation>%1: «%2…» es demasiado largo.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an email type (work, home, other).</source>
        <translation>%1: «%2» no es un tipo de correo (work, home, other).</translation>
    </message>
    <message>
        <source>%1: a phone number is empty.</source>
        <translation>%1: hay un número de teléfono vacío.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone type (work, mobile, home, fax, other).</source>
        <translation>%1: «%2» no es un tipo de teléfono (work, mobile, home, fax, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an address type (work, home, billing, shipping, other).</source>
        <translation>%1: «%2» no es un tipo de dirección (work, home, billing, shipping, other).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a two-letter country code such as DE or US.</source>
        <translation>%1: «%2» no es un código de país de dos letras como ES o US.</translation>
    </message>
    <message>
        <source>%1: an address is empty.</source>
        <translation>%1: hay una dirección vacía.</translation>
    </message>
    <message>
        <source>%1 must be a list of whole numbers from %2 to %3.</source>
        <translation>%1 debe ser una lista de números enteros del %2 al %3.</translation>
    </message>
    <message>
        <source>%1: every item needs a description.</source>
        <translation>%1: cada línea necesita una descripción.</translation>
    </message>
    <message>
        <source>%1: the quantity of &quot;%2&quot; must be a whole number from 1.</source>
        <translation>%1: la cantidad de «%2» debe ser un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>%1: the price of &quot;%2&quot; is not an amount.</source>
        <translation>%1: el precio de «%2» no es un importe.</translation>
    </message>
    <message>
        <source>%1: the discount of &quot;%2&quot; must be from 0 to 100%.</source>
        <translation>%1: el descuento de «%2» debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es un campo obligatorio.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>El fin no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>A meeting needs a start time.</source>
        <translation>Una reunión necesita una hora de inicio.</translation>
    </message>
    <message>
        <source>Only calls have an outcome.</source>
        <translation>Solo las llamadas tienen resultado.</translation>
    </message>
    <message>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>Una actividad que se repite necesita un inicio o un vencimiento.</translation>
    </message>
    <message>
        <source>A changed occurrence of a series cannot repeat itself.</source>
        <translation>Una repetición modificada de una serie no puede repetirse a su vez.</translation>
    </message>
    <message>
        <source>A reminder after the start is only for an all-day entry (on the day, at a time).</source>
        <translation>Un recordatorio posterior al inicio solo es posible en una entrada de todo el día (ese mismo día, a una hora concreta).</translation>
    </message>
    <message>
        <source>A changed occurrence names both its series and the occurrence it replaces.</source>
        <translation>Una repetición modificada indica tanto su serie como la repetición a la que sustituye.</translation>
    </message>
    <message>
        <source>Please give a reason why the deal was lost.</source>
        <translation>Indique el motivo por el que se perdió la oportunidad.</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>A campaign member is either a contact or a lead.</source>
        <translation>Un miembro de campaña es o bien un contacto o bien un candidato.</translation>
    </message>
    <message>
        <source>An amount needs a currency.</source>
        <translation>Un importe necesita una moneda.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>Abrir este archivo de base de datos.</translation>
    </message>
    <message>
        <source>An incoming call from this number: show who is calling (in the running Rapport, if there is one).</source>
        <translation>Una llamada entrante de este número: mostrar quién llama (en el Rapport en ejecución, si lo hay).</translation>
    </message>
    <message>
        <source>Rapport cannot start</source>
        <translation>Rapport no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>rapport::AccountPage</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Organigrama</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Drag a person onto their new manager.</source>
        <translation>Arrastre a una persona sobre su nuevo jefe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Nobody at this account yet.</source>
        <translation>Aún no hay nadie en esta cuenta.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aún no hay oportunidades.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Aún no hay tickets.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Aún no hay pedidos.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Jerarquía</translation>
    </message>
    <message>
        <source>This account is not available</source>
        <translation>Esta cuenta no está disponible</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>filial de %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>This account was merged into %1.</source>
        <translation>Esta cuenta se fusionó con %1.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Deshacer la fusión</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>deshacer la fusión</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Fusionada a partir de: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Segmento de cliente</translation>
    </message>
    <message>
        <source>Lifetime value, in %1</source>
        <translation>Valor de vida del cliente, en %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida del cliente</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Categoría principal</translation>
    </message>
    <message numerus="yes">
        <source>Customer standing, scored on %1 among the book&apos;s %Ln customer(s): recency %2, frequency %3 and money %4 out of 5.</source>
        <translation>
            <numerusform>Situación del cliente, evaluada el %1 en una cartera de %Ln cliente: recencia %2, frecuencia %3 e importe %4 sobre 5.</numerusform>
            <numerusform>Situación del cliente, evaluada el %1 entre los %Ln clientes de la cartera: recencia %2, frecuencia %3 e importe %4 sobre 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment compares the customer with the others; the churn risk compares the time since their last order with their own pace of ordering, so a frequent buyer gone quiet rates high even in a good segment.</source>
        <translation>El segmento compara al cliente con los demás; el riesgo de abandono compara el tiempo transcurrido desde su último pedido con su propio ritmo de compra, de modo que un comprador frecuente que deja de comprar obtiene un riesgo alto incluso en un buen segmento.</translation>
    </message>
    <message>
        <source>Likely to churn: a churn risk of one half or more, and an order in the last year.</source>
        <translation>Probable abandono: un riesgo de abandono de la mitad o más y algún pedido en el último año.</translation>
    </message>
    <message>
        <source>Orders in %1 are not counted: there is no exchange rate into %2.</source>
        <translation>No se cuentan los pedidos en %1: no hay tipo de cambio a %2.</translation>
    </message>
    <message>
        <source>no orders when last scored</source>
        <translation>sin pedidos en la última evaluación</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>aún sin evaluar</translation>
    </message>
    <message>
        <source>Customers scored on %1.</source>
        <translation>Clientes evaluados el %1.</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Ingresos, últimos 12 meses</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline abierto</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>People (first %1)</source>
        <translation>Personas (las %1 primeras)</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personas (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Oportunidades (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s); those won or lost are listed below them.</source>
        <translation>
            <numerusform>%n oportunidad abierta; las ganadas o perdidas aparecen debajo.</numerusform>
            <numerusform>%n oportunidades abiertas; las ganadas o perdidas aparecen debajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s); those resolved are listed below them.</source>
        <translation>
            <numerusform>%n ticket abierto; los resueltos aparecen debajo.</numerusform>
            <numerusform>%n tickets abiertos; los resueltos aparecen debajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Esta cuenta</translation>
    </message>
    <message>
        <source>Hierarchy (first %1)</source>
        <translation>Jerarquía (las %1 primeras)</translation>
    </message>
    <message>
        <source>Hierarchy (%1)</source>
        <translation>Jerarquía (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>buys no category most</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no revenue</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no open pipeline</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>rapport::ActivityEditor</name>
    <message>
        <source>New %1</source>
        <translation>Nueva actividad: %1</translation>
    </message>
    <message>
        <source>%1 (repeating)</source>
        <translation>%1 (se repite)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetición:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después de</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta el</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>O&amp;portunidad:</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Responsa&amp;ble:</translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>Recordatorio&amp;s:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Invite a colleague…</source>
        <translation>Invitar a un compañero…</translation>
    </message>
    <message>
        <source>Invite a contact…</source>
        <translation>Invitar a un contacto…</translation>
    </message>
    <message>
        <source>Free and busy that day:</source>
        <translation>Disponibilidad ese día:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>On the day at %1</source>
        <translation>El mismo día a las %1</translation>
    </message>
    <message>
        <source>The day before at %1</source>
        <translation>El día anterior a las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before at %1</source>
        <translation>
            <numerusform>%n semana antes, a las %1</numerusform>
            <numerusform>%n semanas antes, a las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before at %1</source>
        <translation>
            <numerusform>%n día antes, a las %1</numerusform>
            <numerusform>%n días antes, a las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after the start</source>
        <translation>
            <numerusform>%n minuto después del inicio</numerusform>
            <numerusform>%n minutos después del inicio</numerusform>
        </translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al inicio</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before</source>
        <translation>
            <numerusform>%n semana antes</numerusform>
            <numerusform>%n semanas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hora antes</numerusform>
            <numerusform>%n horas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>That is %1 – %2 in %3.</source>
        <translation>Es decir, %1 – %2 en %3.</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Cada semana, el %1</translation>
    </message>
    <message>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Todos los días laborables (de lunes a viernes)</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Cada mes, el día %1</translation>
    </message>
    <message>
        <source>Yearly on %1</source>
        <translation>Cada año, el %1</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Regla personalizada…</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>día</numerusform>
            <numerusform>días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mes</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>año</numerusform>
            <numerusform>años</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Give it a subject.</source>
        <translation>Indique un asunto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; choose one from the list, or type a place such as Berlin.</source>
        <translation>«%1» no es una zona horaria; elija una de la lista o escriba un lugar, como Madrid.</translation>
    </message>
    <message>
        <source>It ends before it starts.</source>
        <translation>Termina antes de empezar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the calendar.</source>
        <translation>«%1» está en el calendario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>Se ha guardado «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted (Edit → Undo brings it back).</source>
        <translation>Se ha eliminado «%1» (Edición → Deshacer lo recupera).</translation>
    </message>
</context>
<context>
    <name>rapport::ArticleSuggestions</name>
    <message>
        <source>Suggested articles</source>
        <translation>Artículos sugeridos</translation>
    </message>
    <message>
        <source>Type the problem to see matching articles.</source>
        <translation>Describa el problema para ver los artículos relacionados.</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>Insertar en la respuesta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link the article to this ticket</source>
        <translation>Vincular el artículo a este ticket</translation>
    </message>
    <message>
        <source>Insert into note</source>
        <translation>Insertar en la nota</translation>
    </message>
    <message>
        <source>This article is linked to the ticket already</source>
        <translation>Este artículo ya está vinculado al ticket</translation>
    </message>
    <message>
        <source>No article matches these words yet.</source>
        <translation>Ningún artículo coincide aún con estas palabras.</translation>
    </message>
    <message>
        <source>The articles that match are linked to the ticket already.</source>
        <translation>Los artículos que coinciden ya están vinculados al ticket.</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (solo para el equipo)</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarView</name>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>Hide the month and the calendars, for the days to have the room (F9)</source>
        <translation>Ocultar el mes y los calendarios para dejar espacio a los días (F9)</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Solo el mío</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>Superpuestos</translation>
    </message>
    <message>
        <source>A row each</source>
        <translation>Una fila por persona</translation>
    </message>
    <message>
        <source>How several people&apos;s calendars are shown: their hours side by side or overlaid, or their week in a row each</source>
        <translation>Cómo se muestran los calendarios de varias personas: sus horas en paralelo o superpuestas, o su semana en una fila por persona</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir a hoy (T)</translation>
    </message>
    <message>
        <source>Back (Page Up)</source>
        <translation>Anterior (Re Pág)</translation>
    </message>
    <message>
        <source>On (Page Down)</source>
        <translation>Siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Show the month and the calendars (F9)</source>
        <translation>Mostrar el mes y los calendarios (F9)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Un día (D)</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Semana laboral</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>The whole week (W)</source>
        <translation>La semana completa (W)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>The month (M)</source>
        <translation>El mes (M)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The next two weeks as a list (A)</source>
        <translation>Las dos próximas semanas en forma de lista (A)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>A new appointment (Ctrl+N); or drag over empty time</source>
        <translation>Nueva cita (Ctrl+N); o arrastre sobre un hueco libre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Export the selected entries to iCalendar…</source>
        <translation>Exportar las entradas seleccionadas a iCalendar…</translation>
    </message>
    <message>
        <source>Export the selected entries</source>
        <translation>Exportar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>entries.ics</source>
        <translation>entradas.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (yo)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence a las %1</translation>
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
        <translation>Nada previsto en estas dos semanas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists (it may have been deleted by sync).</source>
        <translation>«%1» ya no existe (puede que la sincronización lo haya eliminado).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now due %2.</source>
        <translation>Nuevo vencimiento de «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2 – %3.</source>
        <translation>Nuevo horario de «%1»: %2 – %3.</translation>
    </message>
    <message>
        <source>Select the entries to export in the agenda first.</source>
        <translation>Seleccione primero en la agenda las entradas que quiere exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entries written to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n entrada de calendario en %1.</numerusform>
            <numerusform>Se han escrito %n entradas de calendario en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The week&apos;s working days; on a day off, the week ahead (R)</source>
        <translation>Los días laborables de la semana; en un día libre, la semana siguiente (R)</translation>
    </message>
</context>
<context>
    <name>rapport::CampaignPage</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Añadir personas</translation>
    </message>
    <message>
        <source>Add every contact with a tag, the people at the customers of a segment, or the leads of a status; those without marketing consent on the campaign&apos;s channel are left out, with the reason. The contacts and leads lists add the people you select.</source>
        <translation>Añadir todos los contactos con una etiqueta, las personas de los clientes de un segmento o los candidatos con un estado; quienes no tienen consentimiento de marketing en el canal de la campaña quedan excluidos, con el motivo. Las listas de contactos y candidatos añaden las personas que seleccione.</translation>
    </message>
    <message>
        <source>With a tag…</source>
        <translation>Con una etiqueta…</translation>
    </message>
    <message>
        <source>At the customers of a segment…</source>
        <translation>De los clientes de un segmento…</translation>
    </message>
    <message>
        <source>Leads of a status…</source>
        <translation>Candidatos con un estado…</translation>
    </message>
    <message>
        <source>Send to the planned…</source>
        <translation>Enviar a los pendientes…</translation>
    </message>
    <message>
        <source>Write the recipients as CSV for your mail tool and mark them sent, checking each one&apos;s consent again</source>
        <translation>Escribir los destinatarios en CSV para su herramienta de correo y marcarlos como enviados, volviendo a comprobar el consentimiento de cada uno</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Registrar respuesta…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Motivo de exclusión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>There are no leads to add.</source>
        <translation>No hay candidatos que añadir.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln lead(s))</source>
        <translation>
            <numerusform>%1 (%Ln candidato)</numerusform>
            <numerusform>%1 (%Ln candidatos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the leads of a status</source>
        <translation>Añadir los candidatos con un estado</translation>
    </message>
    <message>
        <source>Lead status:</source>
        <translation>Estado del candidato:</translation>
    </message>
    <message>
        <source>No customer with people on record has been scored yet.</source>
        <translation>Aún no se ha evaluado ningún cliente con personas registradas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1 (%Ln persona)</numerusform>
            <numerusform>%1 (%Ln personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the people at customers of a segment</source>
        <translation>Añadir las personas de los clientes de un segmento</translation>
    </message>
    <message>
        <source>Customer segment:</source>
        <translation>Segmento de cliente:</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>Aún no hay ningún contacto con etiquetas.</translation>
    </message>
    <message>
        <source>Add people with a tag</source>
        <translation>Añadir personas con una etiqueta</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Save the recipients for your mail tool</source>
        <translation>Guardar los destinatarios para su herramienta de correo</translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation>destinatarios.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Select the member who responded.</source>
        <translation>Seleccione el miembro que ha respondido.</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Registrar respuesta</translation>
    </message>
    <message>
        <source>%1 responded:</source>
        <translation>Respuesta de %1:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message numerus="yes">
        <source>Send to the %n planned…</source>
        <translation>
            <numerusform>Enviar a %n destinatario pendiente…</numerusform>
            <numerusform>Enviar a los %n destinatarios pendientes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Miembros (%1)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzados</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Han respondido</translation>
    </message>
    <message>
        <source>Leads from it</source>
        <translation>Candidatos generados</translation>
    </message>
    <message>
        <source>Deals from it</source>
        <translation>Oportunidades generadas</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Cost per response</source>
        <translation>Coste por respuesta</translation>
    </message>
    <message>
        <source>No contact has the tag %1.</source>
        <translation>Ningún contacto tiene la etiqueta %1.</translation>
    </message>
    <message>
        <source>Add the contacts tagged %1 to the campaign</source>
        <translation>Añadir a la campaña los contactos con la etiqueta %1</translation>
    </message>
    <message>
        <source>Nobody is on record at the customers in %1.</source>
        <translation>No hay nadie registrado en los clientes de %1.</translation>
    </message>
    <message>
        <source>Add the people at the customers in %1 to the campaign</source>
        <translation>Añadir a la campaña las personas de los clientes de %1</translation>
    </message>
    <message>
        <source>There are no leads with the status %1.</source>
        <translation>No hay candidatos con el estado %1.</translation>
    </message>
    <message>
        <source>Add the leads with the status %1 to the campaign</source>
        <translation>Añadir a la campaña los candidatos con el estado %1</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>Enviar la campaña</translation>
    </message>
    <message>
        <source>%1. The recipients are in %2.</source>
        <translation>%1. Los destinatarios están en %2.</translation>
    </message>
    <message>
        <source>Record %1&apos;s response</source>
        <translation>Registrar la respuesta de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by currency, at today&apos;s rates</source>
        <translation>por moneda, a los tipos de hoy</translation>
    </message>
    <message>
        <source>not counted, without a rate to %1</source>
        <translation>sin contar, sin tipo de cambio a %1</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Sin respuesta aún</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>presupuesto %1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentEditor</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no solicitado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>e.g. web form</source>
        <translation>p. ej., formulario web</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>only between</source>
        <translation>solo entre</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPage</name>
    <message>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aún no hay oportunidades.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Aún no hay tickets.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Deals and tickets</source>
        <translation>Oportunidades y tickets</translation>
    </message>
    <message>
        <source>Direct report</source>
        <translation>Subordinado directo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Nobody reports to this contact.</source>
        <translation>Nadie depende de este contacto.</translation>
    </message>
    <message>
        <source>Manager and reports</source>
        <translation>Jefe y subordinados</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar datos personales…</translation>
    </message>
    <message>
        <source>Export everything held on %1</source>
        <translation>Exportar todos los datos de %1</translation>
    </message>
    <message>
        <source>JSON (*.json);;vCard (*.vcf)</source>
        <translation>JSON (*.json);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Everything held on %1 was written to %2.</source>
        <translation>Todos los datos de %1 se han escrito en %2.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>¿Borrar %1?</translation>
    </message>
    <message>
        <source>Every personal detail of %1 is blanked here and, with the next sync, on every laptop, including the history of changes. This cannot be undone.</source>
        <translation>Todos los datos personales de %1 se borran aquí y, con la próxima sincronización, en todos los portátiles, incluido el historial de cambios. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>Se han borrado los datos de %1.</translation>
    </message>
    <message>
        <source>This contact is not available</source>
        <translation>Este contacto no está disponible</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>no</source>
        <comment>consent for a purpose</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>not asked</source>
        <comment>consent for a purpose</comment>
        <translation>no solicitado</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>Marketing: %1</source>
        <translation>Marketing: %1</translation>
    </message>
    <message>
        <source>No communication consent recorded.</source>
        <translation>No hay consentimiento de comunicación registrado.</translation>
    </message>
    <message>
        <source>This contact was merged into %1.</source>
        <translation>Este contacto se fusionó con %1.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Deshacer la fusión</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>deshacer la fusión</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Fusionado a partir de: %1</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Registrar una llamada…</translation>
    </message>
    <message>
        <source>Manager and reports (%1)</source>
        <translation>Jefe y subordinados (%1)</translation>
    </message>
    <message>
        <source>Reports to nobody at %1.</source>
        <translation>No depende de nadie en %1.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <source>Reports to %1.</source>
        <translation>Depende de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deals and tickets (%n open)</source>
        <translation>
            <numerusform>Oportunidades y tickets (%n abierto)</numerusform>
            <numerusform>Oportunidades y tickets (%n abiertos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>when a deal closes or closed</comment>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointsEditor</name>
    <message>
        <source>Add phone number</source>
        <translation>Añadir número de teléfono</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>Añadir correo electrónico</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Región o provincia</translation>
    </message>
    <message>
        <source>Number, e.g. 030 1234567</source>
        <translation>Número, p. ej., 912 345 678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«%1» no es un número de teléfono: use solo dígitos, espacios y + ( ) - / .</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (for numbers from abroad, start with + and the country code).</source>
        <translation>«%1» no es un número de teléfono (para números del extranjero, empiece por + y el prefijo del país).</translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mis contactos</translation>
    </message>
    <message>
        <source>My team&apos;s contacts</source>
        <translation>Contactos de mi equipo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Find duplicate contacts…</source>
        <translation>Buscar contactos duplicados…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Mis cuentas</translation>
    </message>
    <message>
        <source>My team&apos;s accounts</source>
        <translation>Cuentas de mi equipo</translation>
    </message>
    <message>
        <source>Customers likely to churn</source>
        <translation>Clientes con riesgo de abandono</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>Mis clientes con riesgo de abandono</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Clientes de mi equipo con riesgo de abandono</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPage</name>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see everything about it.</source>
        <translation>Elija una entrada de la lista para ver toda su información.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nueva ficha: %1</translation>
    </message>
    <message>
        <source>Fill in what you know; only the name is required.</source>
        <translation>Rellene lo que sepa; solo el nombre es obligatorio.</translation>
    </message>
    <message>
        <source>Won or lost, the latest %1</source>
        <translation>Ganadas o perdidas, las %1 últimas</translation>
    </message>
    <message>
        <source>Won or lost (%1)</source>
        <translation>Ganadas o perdidas (%1)</translation>
    </message>
    <message>
        <source>Resolved or closed, the latest %1</source>
        <translation>Resueltos o cerrados, los %1 últimos</translation>
    </message>
    <message>
        <source>Resolved or closed (%1)</source>
        <translation>Resueltos o cerrados (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>En curso (%1)</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>Nuevo ticket…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nueva oportunidad…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Escribiendo a %1…</translation>
    </message>
    <message>
        <source>Merge with duplicates…</source>
        <translation>Fusionar con duplicados…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>%1 was deleted. Edit → Undo brings it back.</source>
        <translation>Se ha eliminado %1. Edición → Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Unmerge %1?</source>
        <translation>¿Deshacer la fusión de %1?</translation>
    </message>
    <message>
        <source>%1 becomes a record of its own again and takes back what was moved from it in the merge (except what was changed since).</source>
        <translation>%1 vuelve a ser una ficha independiente y recupera lo que se le quitó en la fusión (salvo lo que se haya cambiado desde entonces).</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Deshacer la fusión</translation>
    </message>
    <message>
        <source>%1 is a record of its own again.</source>
        <translation>%1 vuelve a ser una ficha independiente.</translation>
    </message>
    <message>
        <source>%1 reports to nobody</source>
        <translation>%1 no depende de nadie</translation>
    </message>
    <message>
        <source>%1 reports to %2</source>
        <translation>%1 depende de %2</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contactos duplicados</translation>
    </message>
    <message>
        <source>Looking through the whole book…</source>
        <translation>Revisando toda la cartera…</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Probablemente la misma persona</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>No likely duplicates: every contact looks like a person of their own.</source>
        <translation>No hay duplicados probables: cada contacto parece una persona distinta.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts that are probably one person. Select a group and choose Merge.</source>
        <translation>
            <numerusform>%n grupo de contactos que probablemente son la misma persona. Seleccione un grupo y elija Fusionar.</numerusform>
            <numerusform>%n grupos de contactos que probablemente son, cada uno, la misma persona. Seleccione un grupo y elija Fusionar.</numerusform>
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
        <translation>Más…</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
</context>
<context>
    <name>rapport::GlobalSearch</name>
    <message>
        <source>Search customers, deals, tickets… (%1)</source>
        <translation>Buscar clientes, oportunidades, tickets… (%1)</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>No se ha encontrado nada para «%1»</translation>
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
        <translation>Asignarme</translation>
    </message>
    <message>
        <source>Assign the selected tickets to yourself (A)</source>
        <translation>Asignarme los tickets seleccionados (A)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Share the selected tickets among their team&apos;s agents</source>
        <translation>Repartir los tickets seleccionados entre los agentes de su equipo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the selected tickets</source>
        <translation>Cerrar los tickets seleccionados</translation>
    </message>
    <message>
        <source>Service levels…</source>
        <translation>Niveles de servicio…</translation>
    </message>
    <message>
        <source>Response and resolution targets per priority, and the business hours they count in</source>
        <translation>Objetivos de respuesta y resolución por prioridad, y el horario laboral en el que se cuentan</translation>
    </message>
    <message>
        <source>Service levels saved.</source>
        <translation>Niveles de servicio guardados.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Round robin within the team</source>
        <translation>Por turnos dentro del equipo</translation>
    </message>
    <message>
        <source>To the least busy agent of the team</source>
        <translation>Al agente menos ocupado del equipo</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Select the tickets to assign.</source>
        <translation>Seleccione los tickets que quiere asignar.</translation>
    </message>
    <message>
        <source>%1 has no team; assign it by name.</source>
        <translation>El ticket %1 no tiene equipo; asígnelo a una persona concreta.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) to the least busy</source>
        <translation>
            <numerusform>Asignar %n ticket al agente menos ocupado</numerusform>
            <numerusform>Asignar %n tickets a los agentes menos ocupados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s) round robin</source>
        <translation>
            <numerusform>Asignar %n ticket por turnos</numerusform>
            <numerusform>Asignar %n tickets por turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to the least busy agents.</source>
        <translation>
            <numerusform>%n ticket asignado al agente menos ocupado.</numerusform>
            <numerusform>%n tickets asignados a los agentes menos ocupados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned round robin.</source>
        <translation>
            <numerusform>%n ticket asignado por turnos.</numerusform>
            <numerusform>%n tickets asignados por turnos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tickets to close.</source>
        <translation>Seleccione los tickets que quiere cerrar.</translation>
    </message>
    <message numerus="yes">
        <source>Close %n ticket(s)</source>
        <translation>
            <numerusform>Cerrar %n ticket</numerusform>
            <numerusform>Cerrar %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) closed.</source>
        <translation>
            <numerusform>%n ticket cerrado.</numerusform>
            <numerusform>%n tickets cerrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryView</name>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Tasks and notes</source>
        <translation>Tareas y notas</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Mostrar u ocultar: %1</translation>
    </message>
    <message>
        <source>Nothing of these kinds yet.</source>
        <translation>Aún no hay nada de estos tipos.</translation>
    </message>
    <message>
        <source>Stages and quotes</source>
        <translation>Etapas y presupuestos</translation>
    </message>
    <message>
        <source>Choose what to show above.</source>
        <translation>Elija arriba qué mostrar.</translation>
    </message>
</context>
<context>
    <name>rapport::HomeView</name>
    <message>
        <source>Alarm</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>En juego</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Cuota alcanzada</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline abierto</translation>
    </message>
    <message>
        <source>Deals won this quarter.</source>
        <translation>Oportunidades ganadas este trimestre.</translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date.</source>
        <translation>Todas las oportunidades abiertas, sea cual sea su fecha de cierre.</translation>
    </message>
    <message>
        <source>My deals closing this month</source>
        <translation>Mis oportunidades que cierran este mes</translation>
    </message>
    <message>
        <source>My customers likely to churn</source>
        <translation>Mis clientes con riesgo de abandono</translation>
    </message>
    <message>
        <source>Recently in touch</source>
        <translation>Contactos recientes</translation>
    </message>
    <message>
        <source>My team this quarter</source>
        <translation>Mi equipo este trimestre</translation>
    </message>
    <message>
        <source>Today&apos;s agenda</source>
        <translation>Agenda de hoy</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Buenos días, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Buenas tardes, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Buenas noches, %1</translation>
    </message>
    <message>
        <source>My team&apos;s deals closing this month</source>
        <translation>Oportunidades de mi equipo que cierran este mes</translation>
    </message>
    <message>
        <source>My team&apos;s customers likely to churn</source>
        <translation>Clientes de mi equipo con riesgo de abandono</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>How likely the customer has stopped buying.</source>
        <translation>Probabilidad de que el cliente haya dejado de comprar.</translation>
    </message>
    <message>
        <source>A year&apos;s revenue times the churn risk.</source>
        <translation>Los ingresos de un año multiplicados por el riesgo de abandono.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>antes de las %1</translation>
    </message>
    <message>
        <source>Nothing planned today.</source>
        <translation>Nada previsto para hoy.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>No hay tareas vencidas.</translation>
    </message>
    <message>
        <source>The close date has passed and the deal is still open.</source>
        <translation>La fecha de cierre ha pasado y la oportunidad sigue abierta.</translation>
    </message>
    <message>
        <source>No open deals close this month.</source>
        <translation>Ninguna oportunidad abierta cierra este mes.</translation>
    </message>
    <message>
        <source>No customer contact in the last two weeks.</source>
        <translation>Ningún contacto con clientes en las dos últimas semanas.</translation>
    </message>
    <message>
        <source>The customers have not been scored yet.</source>
        <translation>Los clientes aún no se han evaluado.</translation>
    </message>
    <message>
        <source>None of your team&apos;s customers is likely to churn.</source>
        <translation>Ningún cliente de su equipo tiene riesgo de abandono.</translation>
    </message>
    <message>
        <source>None of your customers is likely to churn.</source>
        <translation>Ninguno de sus clientes tiene riesgo de abandono.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;The team&lt;/a&gt;: %1 of quota · %2 won · %3 open&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;a href=&quot;report&quot;&gt;El equipo&lt;/a&gt;: %1 de la cuota · %2 ganados · %3 en curso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No one in your team has deals this quarter.</source>
        <translation>Nadie de su equipo tiene oportunidades este trimestre.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>¿Qué archivo?</translation>
    </message>
    <message>
        <source>A CSV file from Outlook, Google Contacts, a spreadsheet or another Rapport, or a vCard address book (.vcf) from a phone, Apple Contacts or Thunderbird.</source>
        <translation>Un archivo CSV de Outlook, Google Contacts, una hoja de cálculo u otro Rapport, o una libreta de direcciones vCard (.vcf) de un teléfono, Apple Contacts o Thunderbird.</translation>
    </message>
    <message>
        <source>Type or paste the path, or choose the file</source>
        <translation>Escriba o pegue la ruta, o elija el archivo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Choose a file: how it is read is shown here.</source>
        <translation>Elija un archivo: aquí se mostrará cómo se lee.</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Leído como:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv *.txt);;vCard address books (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.txt *.vcf *.vcard);;Archivos CSV (*.csv *.txt);;Libretas de direcciones vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>¿Qué contiene cada columna?</translation>
    </message>
    <message>
        <source>Recognised from the header where possible; choose for the others, or leave them out.</source>
        <translation>Se reconoce por el encabezado cuando es posible; elija para las demás columnas u omítalas.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>New contacts, updates, or both?</source>
        <translation>¿Contactos nuevos, actualizaciones o ambos?</translation>
    </message>
    <message>
        <source>Rows are matched to contacts already in your book by the key you choose.</source>
        <translation>Las filas se asocian con los contactos que ya están en su cartera mediante la clave que elija.</translation>
    </message>
    <message>
        <source>Create new contacts only (rows already in the book are left out)</source>
        <translation>Crear solo contactos nuevos (se omiten las filas que ya están en la cartera)</translation>
    </message>
    <message>
        <source>Update contacts already in the book only</source>
        <translation>Actualizar solo los contactos que ya están en la cartera</translation>
    </message>
    <message>
        <source>Create new contacts and update existing ones</source>
        <translation>Crear contactos nuevos y actualizar los existentes</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone number (any spelling)</source>
        <translation>Número de teléfono (en cualquier formato)</translation>
    </message>
    <message>
        <source>Rapport id (a file exported from Rapport)</source>
        <translation>ID de Rapport (un archivo exportado de Rapport)</translation>
    </message>
    <message>
        <source>Match rows by:</source>
        <translation>Asociar filas por:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué ocurrirá</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Nothing is written until you click Import.</source>
        <translation>Las primeras filas tal como se importarán. No se escribe nada hasta que haga clic en Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>vCard address book · %n card(s)</source>
        <translation>
            <numerusform>Libreta de direcciones vCard · %n tarjeta</numerusform>
            <numerusform>Libreta de direcciones vCard · %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elija primero un archivo.</translation>
    </message>
    <message>
        <source>The first cards as they will be imported. Nothing is written until you click Import.</source>
        <translation>Las primeras tarjetas tal como se importarán. No se escribe nada hasta que haga clic en Importar.</translation>
    </message>
    <message>
        <source>New contacts: %1; new accounts for their organisations: %2; cards left out: %3 (see why below).</source>
        <translation>Contactos nuevos: %1; cuentas nuevas para sus organizaciones: %2; tarjetas omitidas: %3 (vea el motivo abajo).</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>Filas del archivo: %1. Contactos nuevos: %2; actualizaciones de contactos de su cartera: %3; omitidas: %4 (vea el motivo abajo).</translation>
    </message>
    <message>
        <source>Of the first %1 rows: new contacts: %2, updates of contacts in your book: %3, left out: %4 (see why below).</source>
        <translation>De las %1 primeras filas: contactos nuevos: %2; actualizaciones de contactos de su cartera: %3; omitidas: %4 (vea el motivo abajo).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 read; saving the contacts…</source>
        <translation>%1 leído; guardando los contactos…</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>La importación no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled at line %1. Contacts imported before it: %2. Import the file again with &quot;create and update&quot; to finish.</source>
        <translation>Cancelado en la línea %1. Contactos importados hasta entonces: %2. Vuelva a importar el archivo con «crear y actualizar» para terminar.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; cards left out: %4.</source>
        <translation>Contactos creados: %1; actualizados: %2; cuentas nuevas: %3; tarjetas omitidas: %4.</translation>
    </message>
    <message>
        <source>Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4.</source>
        <translation>Contactos creados: %1; actualizados: %2; cuentas nuevas: %3; filas omitidas: %4.</translation>
    </message>
    <message>
        <source>Every card worth a look is listed below.</source>
        <translation>Abajo se muestran todas las tarjetas que conviene revisar.</translation>
    </message>
    <message>
        <source>Every row worth a look is listed below.</source>
        <translation>Abajo se muestran todas las filas que conviene revisar.</translation>
    </message>
</context>
<context>
    <name>rapport::IncomingCallDialog</name>
    <message>
        <source>Incoming call: %1</source>
        <translation>Llamada entrante: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Double-click a ticket, or choose it and Open ticket, to work on it for this call</source>
        <translation>Haga doble clic en un ticket, o selecciónelo y pulse Abrir ticket, para trabajar en él durante esta llamada</translation>
    </message>
    <message>
        <source>New ticket for this call</source>
        <translation>Nuevo ticket para esta llamada</translation>
    </message>
    <message>
        <source>What is the call about?</source>
        <translation>¿De qué trata la llamada?</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Lo que dice el cliente</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>The article will be linked to the new ticket.</source>
        <translation>El artículo se vinculará al nuevo ticket.</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Crear ticket</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Abrir ticket</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, likely to churn (%3)</source>
        <translation>Cliente del segmento %1, valor de vida del cliente %2, probable abandono (%3)</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2, churn risk %3</source>
        <translation>Cliente del segmento %1, valor de vida del cliente %2, riesgo de abandono %3</translation>
    </message>
    <message>
        <source>A lead has no tickets; convert it to a customer first.</source>
        <translation>Un candidato no tiene tickets; conviértalo primero en cliente.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · opened %4</source>
        <translation>%1 · %2 · %3 · del %4</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>No hay tickets abiertos.</translation>
    </message>
    <message>
        <source>New ticket from a call</source>
        <translation>Nuevo ticket desde una llamada</translation>
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
        <translation>Cuenta: &lt;b&gt;%1&lt;/b&gt; (nueva)</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%1&lt;/b&gt; (already a customer: the deal and the contact go there)</source>
        <translation>Cuenta: &lt;b&gt;%1&lt;/b&gt; (ya es cliente: la oportunidad y el contacto se asignan a ella)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>%1 is probably already in the book</source>
        <translation>%1 probablemente ya está en la cartera</translation>
    </message>
    <message>
        <source>Use %1 (%2) — %3</source>
        <translation>Usar %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Create a new contact %1</source>
        <translation>Crear el contacto nuevo %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Open an opportunity</source>
        <translation>Crear una oportunidad</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Importe (%1):</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Cierre previsto:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>%1 converted (Edit → Undo takes it back).</source>
        <translation>Se ha convertido %1 (Edición → Deshacer lo revierte).</translation>
    </message>
</context>
<context>
    <name>rapport::ListPanel</name>
    <message>
        <source>Added up per currency: there is no exchange rate from %1 to %2.</source>
        <translation>Sumado por moneda: no hay tipo de cambio de %1 a %2.</translation>
    </message>
    <message>
        <source>%1, in %2 at today&apos;s exchange rates</source>
        <translation>%1, en %2 al tipo de cambio de hoy</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Volver a la lista (Esc)</translation>
    </message>
    <message>
        <source>Save or cancel the changes first.</source>
        <translation>Primero guarde o cancele los cambios.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New %1 (Ctrl+N)</source>
        <translation>Crear: %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Narrow the list by owner, team, tag, country…</source>
        <translation>Acotar la lista por responsable, equipo, etiqueta, país…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Showing the best %1 matches; type more to narrow them down.</source>
        <translation>Se muestran las %1 mejores coincidencias; escriba más para acotarlas.</translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it.</source>
        <translation>
            <numerusform>La lista tiene más de %Ln ficha, demasiadas para ordenarla por %1. Filtre o busque para acotarla.</numerusform>
            <numerusform>La lista tiene más de %Ln fichas, demasiadas para ordenarla por %1. Filtre o busque para acotarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list holds more than %Ln records, too many to sort by %1. Filter or search to narrow it, or sort by %2.</source>
        <translation>
            <numerusform>La lista tiene más de %Ln ficha, demasiadas para ordenarla por %1. Filtre o busque para acotarla, u ordénela por %2.</numerusform>
            <numerusform>La lista tiene más de %Ln fichas, demasiadas para ordenarla por %1. Filtre o busque para acotarla, u ordénela por %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list now holds more than %Ln records, too many to sort by %1: it is sorted by %2 again.</source>
        <translation>
            <numerusform>La lista tiene ahora más de %Ln ficha, demasiadas para ordenarla por %1: vuelve a estar ordenada por %2.</numerusform>
            <numerusform>La lista tiene ahora más de %Ln fichas, demasiadas para ordenarla por %1: vuelve a estar ordenada por %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · selección: %Ln</numerusform>
            <numerusform>%1 · selección: %Ln</numerusform>
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
            <numerusform>Selección: %Ln · %1</numerusform>
            <numerusform>Selección: %Ln · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The best %L1 matches</source>
        <translation>Las %L1 mejores coincidencias</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>Más de %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Columnas predeterminadas</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Show records tagged:</source>
        <translation>Mostrar fichas con la etiqueta:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>The first %L1 records are selected: a bulk action takes at most that many at once. Narrow the list with a filter or a search to reach the others.</source>
        <translation>Se han seleccionado las %L1 primeras fichas: una acción masiva abarca como máximo ese número a la vez. Acote la lista con un filtro o una búsqueda para llegar a las demás.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln selected…</source>
        <translation>
            <numerusform>Fusionar selección (%Ln)…</numerusform>
            <numerusform>Fusionar selección (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or three records to merge.</source>
        <translation>Seleccione dos o tres fichas para fusionarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to</source>
        <translation>
            <numerusform>Asignar %Ln ficha a</numerusform>
            <numerusform>Asignar %Ln fichas a</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to %Ln…</source>
        <translation>
            <numerusform>Añadir una etiqueta a %Ln ficha…</numerusform>
            <numerusform>Añadir una etiqueta a %Ln fichas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Tags (separated by commas):</source>
        <translation>Etiquetas (separadas por comas):</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln</source>
        <translation>
            <numerusform>Eliminar %Ln ficha</numerusform>
            <numerusform>Eliminar %Ln fichas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln…</source>
        <translation>
            <numerusform>Exportar %Ln ficha…</numerusform>
            <numerusform>Exportar %Ln fichas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contactos.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Hoja de cálculo (*.csv);;Libreta de direcciones (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln to a campaign…</source>
        <translation>
            <numerusform>Añadir %Ln ficha a una campaña…</numerusform>
            <numerusform>Añadir %Ln fichas a una campaña…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln to %1</source>
        <translation>
            <numerusform>Asignar %Ln ficha a %1</numerusform>
            <numerusform>Asignar %Ln fichas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now assigned to %2.</source>
        <translation>%1 se ha asignado a %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records are now assigned to %1.</source>
        <translation>
            <numerusform>Se ha asignado %Ln ficha a %1.</numerusform>
            <numerusform>Se han asignado %Ln fichas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record chosen is already tagged %1.</source>
        <translation>Todas las fichas elegidas ya tienen la etiqueta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln with %1</source>
        <translation>
            <numerusform>Etiquetar %Ln ficha con %1</numerusform>
            <numerusform>Etiquetar %Ln fichas con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) tagged %1.</source>
        <translation>
            <numerusform>%Ln ficha etiquetada con %1.</numerusform>
            <numerusform>%Ln fichas etiquetadas con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln ficha</numerusform>
            <numerusform>%Ln fichas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>%1 deleted. Edit → Undo brings it back.</source>
        <translation>Eliminado: %1. Edición → Deshacer revierte la acción.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«%1»: el nombre del archivo debe terminar en .csv o .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to %1.</source>
        <translation>
            <numerusform>%Ln contacto escrito en %1.</numerusform>
            <numerusform>%Ln contactos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation>Filtrar contactos…</translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtrar cuentas…</translation>
    </message>
    <message>
        <source>Filter leads…</source>
        <translation>Filtrar candidatos…</translation>
    </message>
    <message>
        <source>Filter opportunities…</source>
        <translation>Filtrar oportunidades…</translation>
    </message>
    <message>
        <source>Filter tickets…</source>
        <translation>Filtrar tickets…</translation>
    </message>
    <message>
        <source>Filter campaigns…</source>
        <translation>Filtrar campañas…</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Filtrar artículos…</translation>
    </message>
    <message>
        <source>Filter the list…</source>
        <translation>Filtrar la lista…</translation>
    </message>
</context>
<context>
    <name>rapport::LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>Deal:</source>
        <translation>Oportunidad:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Llamada con %1</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>What was said, what was agreed…</source>
        <translation>Lo que se dijo, lo que se acordó…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Create a &amp;follow-up task</source>
        <translation>Crear una tarea de &amp;seguimiento</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Seguimiento con %1</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>Re&amp;gistrar llamada</translation>
    </message>
    <message>
        <source>Give the call a subject.</source>
        <translation>Indique un asunto para la llamada.</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Registrar %1</translation>
    </message>
    <message>
        <source>Call logged (%1 min) with a follow-up task.</source>
        <translation>Llamada registrada (%1 min) con una tarea de seguimiento.</translation>
    </message>
    <message>
        <source>Call logged (%1 min).</source>
        <translation>Llamada registrada (%1 min).</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>%1 (%2 due)</source>
        <translation>%1 (%2 pendientes)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Incoming call: number</source>
        <translation>Llamada entrante: número</translation>
    </message>
    <message>
        <source>Type or paste the caller&apos;s number and press Enter to find them</source>
        <translation>Escriba o pegue el número de quien llama y pulse Intro para encontrarlo</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (datos de demostración)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>Nueva &amp;ficha</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>C&amp;andidato</translation>
    </message>
    <message>
        <source>&amp;Opportunity</source>
        <translation>&amp;Oportunidad</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>C&amp;ita</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>A new record of the kind in view (Ctrl+N)</source>
        <translation>Nueva ficha del tipo que se está viendo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contactos.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Address book (*.vcf)</source>
        <translation>Hoja de cálculo (*.csv);;Libreta de direcciones (*.vcf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .csv or .vcf.</source>
        <translation>«%1»: el nombre del archivo debe terminar en .csv o .vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.</source>
        <translation>
            <numerusform>%n contacto guardado en %1.</numerusform>
            <numerusform>%n contactos guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ca&amp;lendar…</source>
        <translation>Importar ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importar un calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar (*.ics *.ical *.ifb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation>Exportar c&amp;alendario…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Conflicts and waiting changes…</source>
        <translation>C&amp;onflictos y cambios pendientes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Buscar contactos d&amp;uplicados…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Acerca de Rapport</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>Pendiente de sincronizar: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflictos por revisar: %1</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>Sin conexión (no hay ningún servidor configurado)</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs.</source>
        <translation>Esta base de datos contiene datos de demostración y nunca se sincroniza.</translation>
    </message>
    <message>
        <source>This database is only on this computer. Sign in to a Rapport server in Settings to sync it.</source>
        <translation>Esta base de datos solo está en este ordenador. Inicie sesión en un servidor Rapport en Configuración para sincronizarla.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Changes stay on this computer until you sign in again (File → Settings).</source>
        <translation>Los cambios se quedan en este ordenador hasta que vuelva a iniciar sesión (Archivo → Configuración).</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Sincronizando… %1 de %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <source>Synced %1 ago</source>
        <translation>Sincronizado hace %1</translation>
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
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1. Retrying automatically.</source>
        <translation>Última sincronización correcta: %1. Se reintentará automáticamente.</translation>
    </message>
    <message>
        <source>Retrying automatically.</source>
        <translation>Se reintentará automáticamente.</translation>
    </message>
    <message>
        <source>Refused by the server: %1 (see File → Conflicts and waiting changes).</source>
        <translation>Rechazado por el servidor: %1 (consulte Archivo → Conflictos y cambios pendientes).</translation>
    </message>
    <message>
        <source>%1 records have no view of their own yet.</source>
        <translation>Las fichas de tipo «%1» aún no tienen vista propia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + ( ) - / . only.</source>
        <translation>«%1» no es un número de teléfono: use solo dígitos, espacios y + ( ) - / .</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>Nobody in the database has the number %1. Create a contact with it?</source>
        <translation>Nadie en la base de datos tiene el número %1. ¿Crear un contacto con él?</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Crear contacto</translation>
    </message>
    <message>
        <source>New contact for %1: fill in the name.</source>
        <translation>Nuevo contacto para %1: escriba el nombre.</translation>
    </message>
    <message>
        <source>Ticket %1 created for the call.</source>
        <translation>Ticket %1 creado para la llamada.</translation>
    </message>
    <message numerus="yes">
        <source>Call from %1; %n other record(s) have the same number.</source>
        <translation>
            <numerusform>Llamada de %1; hay %n ficha más con el mismo número.</numerusform>
            <numerusform>Llamada de %1; hay %n fichas más con el mismo número.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call from %1.</source>
        <translation>Llamada de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Line %1%2</source>
        <translation>Línea %1%2</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: omitida: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 entries will be created, %2 updated, %3 are unchanged; %4 cannot be imported.</source>
        <translation>Se crearán %1 entradas y se actualizarán %2; %3 no cambian y %4 no se pueden importar.</translation>
    </message>
    <message>
        <source>The details name every entry left out or read differently, with its line.</source>
        <translation>En los detalles figura, con su línea, cada entrada omitida o interpretada de otra forma.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>Importar %n entrada</numerusform>
            <numerusform>Importar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calendar entries created, %2 updated, %3 unchanged, %4 left out.</source>
        <translation>Entradas de calendario: %1 creadas, %2 actualizadas, %3 sin cambios, %4 omitidas.</translation>
    </message>
    <message>
        <source>Export a calendar</source>
        <translation>Exportar un calendario</translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation>Calendarios:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>Hasta (incluido):</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>El último día es anterior al primero.</translation>
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
            <numerusform>%n entrada de calendario guardada en %1.</numerusform>
            <numerusform>%n entradas de calendario guardadas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) waiting for an answer</source>
        <translation>
            <numerusform>%n recordatorio pendiente de respuesta</numerusform>
            <numerusform>%n recordatorios pendientes de respuesta</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart Rapport?</source>
        <translation>¿Reiniciar Rapport?</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now?</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Acerca de Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Offline-first sales force automation: contacts and accounts, calendar, opportunities, help desk and reports, on a local database that syncs with a Rapport server.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Automatización de la fuerza de ventas que funciona sin conexión: contactos y cuentas, calendario, oportunidades, soporte e informes, en una base de datos local que se sincroniza con un servidor Rapport.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Fusionar %1</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, which value it keeps. Everything that belongs to the others (activities, deals, tickets, orders, people, campaign memberships) moves to it; the others stay hidden behind it and can be unmerged.</source>
        <translation>Elija la ficha que se conserva y, donde difieran, qué valor conserva. Todo lo que pertenece a las demás (actividades, oportunidades, tickets, pedidos, personas, participación en campañas) pasa a ella; las demás quedan ocultas tras ella y se puede deshacer la fusión.</translation>
    </message>
    <message>
        <source>Add to the merge</source>
        <translation>Añadir a la fusión</translation>
    </message>
    <message>
        <source>Another duplicate:</source>
        <translation>Otro duplicado:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>At most three records are merged at a time.</source>
        <translation>Se pueden fusionar como máximo tres fichas a la vez.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>La ficha %1 ya no existe.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Conservar esta ficha</translation>
    </message>
    <message>
        <source>Leave this record out of the merge</source>
        <translation>Excluir esta ficha de la fusión</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Todos los valores</translation>
    </message>
    <message>
        <source>No likely duplicate was found: choose the record to merge with above.</source>
        <translation>No se ha encontrado ningún duplicado probable: elija arriba la ficha con la que fusionar.</translation>
    </message>
    <message>
        <source>These records hold the same details; only what belongs to them will move.</source>
        <translation>Estas fichas tienen los mismos datos; solo se trasladará lo que les pertenece.</translation>
    </message>
    <message>
        <source>Add at least one duplicate to merge with.</source>
        <translation>Añada al menos un duplicado con el que fusionar.</translation>
    </message>
</context>
<context>
    <name>rapport::MonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
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
        <translation>Mis oportunidades abiertas</translation>
    </message>
    <message>
        <source>My team&apos;s open deals</source>
        <translation>Oportunidades abiertas de mi equipo</translation>
    </message>
    <message>
        <source>All open deals</source>
        <translation>Todas las oportunidades abiertas</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Todas las oportunidades</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Candidatos abiertos</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Mis candidatos</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Todos los candidatos</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convertir…</translation>
    </message>
    <message>
        <source>Turn the selected lead into an account, a contact and an opportunity</source>
        <translation>Convertir el candidato seleccionado en una cuenta, un contacto y una oportunidad</translation>
    </message>
    <message>
        <source>Select one lead to convert.</source>
        <translation>Seleccione un candidato para convertirlo.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuar</translation>
    </message>
    <message>
        <source>Score the selected leads from who they are (fit) and what they did (engagement)</source>
        <translation>Puntuar los candidatos seleccionados según quiénes son (perfil) y qué han hecho (interacción)</translation>
    </message>
    <message>
        <source>Select the leads to score.</source>
        <translation>Seleccione los candidatos que desea puntuar.</translation>
    </message>
    <message numerus="yes">
        <source>Score %n lead(s)</source>
        <translation>
            <numerusform>Puntuar %n candidato</numerusform>
            <numerusform>Puntuar %n candidatos</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3): %4</source>
        <translation>Puntuación %1 (perfil %2, interacción %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) scored; %1 changed.</source>
        <translation>
            <numerusform>%n candidato puntuado; %1 con cambios.</numerusform>
            <numerusform>%n candidatos puntuados; %1 con cambios.</numerusform>
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
        <translation>Registrar llamada…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Create quote…</source>
        <translation>Crear presupuesto…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Choose a product from the catalogue first.</source>
        <translation>Elija primero un producto del catálogo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>«%1» no es un valor válido para «%2».</translation>
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
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Roles de compra</translation>
    </message>
    <message>
        <source>Choose a person first (type a name).</source>
        <translation>Elija primero una persona (escriba un nombre).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <source>The deal is still being read; try again in a moment.</source>
        <translation>La oportunidad aún se está cargando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>cerrada el %1</translation>
    </message>
    <message>
        <source>was to close %1</source>
        <translation>debía cerrarse el %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>cierre previsto el %1</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Precio unitario (%1)</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Doble clic para cambiar</translation>
    </message>
    <message>
        <source>No items yet: add products from the catalogue to quote them.</source>
        <translation>Aún no hay líneas: añada productos del catálogo para incluirlos en un presupuesto.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), together %1</source>
        <translation>
            <numerusform>%n línea, en total %1</numerusform>
            <numerusform>%n líneas, en total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No one yet: name who decides, who signs and who champions the deal (a person above, then Add).</source>
        <translation>Aún no hay nadie: indique quién decide, quién firma y quién impulsa la oportunidad (una persona arriba y, después, Añadir).</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>Creada en la etapa %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (amount, probability or close date changed)</source>
        <translation>%1 (cambio de importe, probabilidad o fecha de cierre)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>No quote yet: &quot;Create quote…&quot; issues one from the deal&apos;s items.</source>
        <translation>Aún no hay presupuestos: «Crear presupuesto…» emite uno a partir de las líneas de la oportunidad.</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Líneas (%1)</translation>
    </message>
    <message>
        <source>Buying roles (%1)</source>
        <translation>Roles de compra (%1)</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Presupuestos (%1)</translation>
    </message>
    <message>
        <source>The product has no price in %1.</source>
        <translation>El producto no tiene precio en %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Elija primero una línea.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>%1 is already %2 in this deal.</source>
        <translation>%1 ya es %2 en esta oportunidad.</translation>
    </message>
    <message>
        <source>Add a buying role</source>
        <translation>Añadir un rol de compra</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Elija primero una persona.</translation>
    </message>
    <message>
        <source>Remove a buying role</source>
        <translation>Quitar un rol de compra</translation>
    </message>
</context>
<context>
    <name>rapport::OrgChartView</name>
    <message>
        <source>%1 cannot report to %2, who reports to them.</source>
        <translation>%1 no puede depender de %2, que a su vez depende de esa persona.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reports to nobody</source>
        <translation>No depende de nadie</translation>
    </message>
</context>
<context>
    <name>rapport::PipelineBoard</name>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it (it can still be changed per deal). Everyone gets these with the next sync.</source>
        <translation>Cómo llama su empresa a cada etapa y la probabilidad que recibe una oportunidad al entrar en ella (se puede seguir cambiando en cada oportunidad). Todos reciben estos valores con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Your name for it</source>
        <translation>Nombre en su empresa</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Change the stages</source>
        <translation>Cambiar las etapas</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Cualquier fecha de cierre</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Cierre este mes</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Cierre este trimestre</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>Cierre el próximo trimestre</translation>
    </message>
    <message>
        <source>Closing this year</source>
        <translation>Cierre este año</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>sin fecha de cierre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Mis oportunidades</translation>
    </message>
    <message>
        <source>Everyone&apos;s deals</source>
        <translation>Oportunidades de todos</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>from </source>
        <translation>desde </translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>cualquier importe</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Etapas…</translation>
    </message>
    <message>
        <source>What your company calls each stage, and the probability a deal gets when it enters it</source>
        <translation>Cómo llama su empresa a cada etapa y la probabilidad que recibe una oportunidad al entrar en ella</translation>
    </message>
    <message>
        <source>%1 not converted</source>
        <translation>%1 sin convertir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, closed in the last %n day(s)</source>
        <translation>
            <numerusform>%1, cerradas en el último día</numerusform>
            <numerusform>%1, cerradas en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
weighted %2</source>
        <translation>%1
ponderado %2</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates.</source>
        <translation>En %1 a los tipos de cambio de hoy.</translation>
    </message>
    <message>
        <source>In %1 at today&apos;s exchange rates; deals in %2 have no rate to %1 (rapport-cli rates set …).</source>
        <translation>En %1 a los tipos de cambio de hoy; las oportunidades en %2 no tienen tipo de cambio a %1 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>¿Por qué se perdió la oportunidad?</translation>
    </message>
    <message>
        <source>Not moved: a lost deal needs a reason.</source>
        <translation>No se ha movido: una oportunidad perdida necesita un motivo.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deals to %1</source>
        <translation>
            <numerusform>Mover %n oportunidad a %1</numerusform>
            <numerusform>Mover %n oportunidades a %1</numerusform>
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
Cierre previsto: %5
Responsable: %6</translation>
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
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline abierto por etapa</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Importes convertidos a %1 con los tipos de cambio del %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2 (rapport-cli rates set …).</source>
        <translation>Las oportunidades en %1 se cuentan, pero no en los importes: no hay tipo de cambio a %2 (rapport-cli rates set …).</translation>
    </message>
    <message>
        <source>%1: the deals behind the figures</source>
        <translation>%1: las oportunidades que hay detrás de las cifras</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, %2 weighted (double-click one to open it).</source>
        <translation>
            <numerusform>%n oportunidad, %1 en total, %2 ponderado (doble clic para abrirla).</numerusform>
            <numerusform>%n oportunidades, %1 en total, %2 ponderado (doble clic en una para abrirla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Sin tipo de cambio, los importes en %1 no se suman.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::QuoteDialog</name>
    <message>
        <source>Quote %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>The logo %1 is not an image Rapport can read.</source>
        <translation>El logotipo %1 no es una imagen que Rapport pueda leer.</translation>
    </message>
    <message>
        <source>Quote %1, version %2</source>
        <translation>Presupuesto %1, versión %2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>A note to the customer (delivery, what is included…)</source>
        <translation>Una nota para el cliente (entrega, qué incluye…)</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Impuesto:</translation>
    </message>
    <message>
        <source>Tax rate:</source>
        <translation>Tipo impositivo:</translation>
    </message>
    <message>
        <source>Discount on the quote:</source>
        <translation>Descuento en el presupuesto:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Issue and save PDF…</source>
        <translation>Emitir y guardar PDF…</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Guardar el presupuesto</translation>
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
        <translation>Emitir presupuesto %1 v%2</translation>
    </message>
    <message>
        <source>Quote %1, version %2, is issued, but its PDF could not be saved (open it again from the deal&apos;s Quotes): %3</source>
        <translation>El presupuesto %1, versión %2, se ha emitido, pero no se ha podido guardar su PDF (vuelva a abrirlo desde los presupuestos de la oportunidad): %3</translation>
    </message>
    <message>
        <source>Quote %1, version %2, saved to %3.</source>
        <translation>Presupuesto %1, versión %2, guardado en %3.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordListModel</name>
    <message numerus="yes">
        <source>Sorts a list of up to %Ln records: narrow a longer one with a filter or a search first.</source>
        <translation>
            <numerusform>Ordena listas de hasta %Ln ficha: acote primero una lista más larga con un filtro o una búsqueda.</numerusform>
            <numerusform>Ordena listas de hasta %Ln fichas: acote primero una lista más larga con un filtro o una búsqueda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clock stands while the ticket waits on the customer.</source>
        <translation>El reloj se detiene mientras el ticket espera al cliente.</translation>
    </message>
    <message>
        <source>No service level applies to this ticket.</source>
        <translation>A este ticket no se le aplica ningún nivel de servicio.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence: %1</translation>
    </message>
    <message>
        <source>%1 left in the working time of &quot;%2&quot;, %3 on the clock</source>
        <translation>Quedan %1 del horario laboral de «%2», %3 en tiempo real</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Nueva reunión…</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>Nueva llamada…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nueva tarea…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Esta ficha ya no existe.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ninguna selección</translation>
    </message>
    <message>
        <source>Choose an entry in the list to see its details.</source>
        <translation>Elija una entrada de la lista para ver sus detalles.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nueva ficha: %1</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(no disponible)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es un campo obligatorio.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>No se ha podido guardar la ficha de %1.</translation>
    </message>
    <message>
        <source>%1 was created.</source>
        <translation>Se ha creado %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>This may be someone already in your book:</source>
        <translation>Puede que esta persona ya figure en sus fichas:</translation>
    </message>
    <message>
        <source>Open one of them, or click Save again if this is someone else.</source>
        <translation>Abra una de ellas o vuelva a hacer clic en Guardar si se trata de otra persona.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
</context>
<context>
    <name>rapport::RecordPicker</name>
    <message>
        <source>Choose one of the %1 offered while you type, or clear the field.</source>
        <translation>Elija una de las sugerencias (%1) que aparecen al escribir o vacíe el campo.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
</context>
<context>
    <name>rapport::RecordStore</name>
    <message>
        <source>%1 cannot be merged.</source>
        <translation>No se pueden fusionar fichas de tipo «%1».</translation>
    </message>
    <message>
        <source>Choose two or three different %1 to merge.</source>
        <translation>Elija dos o tres fichas distintas (%1) para fusionarlas.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged: it does not exist (it may have been deleted).</source>
        <translation>No se puede fusionar la ficha de %1 %2: no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>%1 was already merged into %2.</source>
        <translation>%1 ya se había fusionado con %2.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the merged %2: %3</source>
        <translation>No se ha podido trasladar %1 a la ficha de %2 fusionada: %3</translation>
    </message>
    <message>
        <source>%1 cannot be merged or unmerged.</source>
        <translation>No se pueden fusionar fichas de tipo «%1» ni deshacer su fusión.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist (it may have been deleted).</source>
        <translation>La ficha de %1 %2 no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>%1 %2 is not merged into another record.</source>
        <translation>La ficha de %1 %2 no está fusionada con ninguna otra.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se ha podido guardar el cambio: %1</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>No se han podido leer las fichas: %1</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to does not exist.</source>
        <translation>%1: la ficha de %2 a la que hace referencia no existe.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was deleted.</source>
        <translation>%1: la ficha de %2 a la que hace referencia se ha eliminado.</translation>
    </message>
    <message>
        <source>%1: the %2 it refers to was merged into %3.</source>
        <translation>%1: la ficha de %2 a la que hace referencia se ha fusionado con %3.</translation>
    </message>
    <message>
        <source>%1 would make this %2 its own superior.</source>
        <translation>Con «%1», esta ficha de %2 dependería de sí misma.</translation>
    </message>
    <message>
        <source>The %1 could not be saved.</source>
        <translation>No se ha podido guardar la ficha de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id.</source>
        <translation>«%1» no es un ID de ficha válido.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: a record with the id %2 already exists.</source>
        <translation>No se ha podido guardar la ficha de %1: ya existe una ficha con el ID %2.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it does not exist (it may have been removed by sync).</source>
        <translation>No se ha podido guardar la ficha de %1: no existe (puede que la sincronización la haya eliminado).</translation>
    </message>
    <message>
        <source>The %1 could not be saved: it was deleted in the meantime.</source>
        <translation>No se ha podido guardar la ficha de %1: se ha eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>The %1 could not be deleted: it does not exist.</source>
        <translation>No se ha podido eliminar la ficha de %1: no existe.</translation>
    </message>
    <message>
        <source>The %1 cannot be restored: it does not exist.</source>
        <translation>No se puede restaurar la ficha de %1: no existe.</translation>
    </message>
    <message>
        <source>%1 was erased on request and cannot be restored.</source>
        <translation>Los datos de %1 se borraron a petición del interesado y no se pueden restaurar.</translation>
    </message>
    <message>
        <source>Only contacts and leads are people who can be erased.</source>
        <translation>Solo los contactos y los candidatos son personas cuyos datos se pueden borrar.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>No existe ninguna ficha de %1 con el ID %2.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>There is no open conflict with the id %1.</source>
        <translation>No hay ningún conflicto pendiente con el ID %1.</translation>
    </message>
</context>
<context>
    <name>rapport::RecordsView</name>
    <message>
        <source>Merged into %1.</source>
        <translation>Fusionado con %1.</translation>
    </message>
    <message>
        <source>Select the leads to add to a campaign.</source>
        <translation>Seleccione los candidatos que desea añadir a una campaña.</translation>
    </message>
    <message>
        <source>Select the contacts to add to a campaign.</source>
        <translation>Seleccione los contactos que desea añadir a una campaña.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no planned or running campaign to add them to.</source>
        <translation>No hay ninguna campaña pendiente o activa a la que añadirlos.</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Añadir a campaña</translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to:</source>
        <translation>
            <numerusform>Añadir %n candidato a:</numerusform>
            <numerusform>Añadir %n candidatos a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to:</source>
        <translation>
            <numerusform>Añadir %n contacto a:</numerusform>
            <numerusform>Añadir %n contactos a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note %n left out of %1</source>
        <translation>
            <numerusform>Registrar %n persona excluida de %1</numerusform>
            <numerusform>Registrar %n personas excluidas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n lead(s) to %1</source>
        <translation>
            <numerusform>Añadir %n candidato a %1</numerusform>
            <numerusform>Añadir %n candidatos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Añadir %n contacto a %1</numerusform>
            <numerusform>Añadir %n contactos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Add the selected leads to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Añadir los candidatos seleccionados a una campaña (los que no tienen consentimiento de marketing se excluyen, con el motivo)…</translation>
    </message>
    <message>
        <source>Add the selected contacts to a campaign (those without marketing consent are left out, with the reason)…</source>
        <translation>Añadir los contactos seleccionados a una campaña (los que no tienen consentimiento de marketing se excluyen, con el motivo)…</translation>
    </message>
</context>
<context>
    <name>rapport::ReminderService</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>La entrada ya no existe.</translation>
    </message>
</context>
<context>
    <name>rapport::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Mañana por la mañana</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Descartar &amp;todos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (pospuesto)</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>Recordatorios (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::ReportScope</name>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
</context>
<context>
    <name>rapport::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline abierto</translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Ganado este trimestre</translation>
    </message>
    <message>
        <source>Win rate, last 12 months</source>
        <translation>Tasa de éxito, últimos 12 meses</translation>
    </message>
    <message>
        <source>12-month win rate</source>
        <translation>Éxito (12 m)</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Ingresos, últimos 12 meses</translation>
    </message>
    <message>
        <source>12-month revenue</source>
        <translation>Ingresos (12 m)</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation>Importes en</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · ponderado %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · weighted %1</source>
        <comment>in brief</comment>
        <translation>
            <numerusform>%n oportunidad · pond. %1</numerusform>
            <numerusform>%n oportunidades · pond. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every open deal, whatever its close date; weighted by each deal&apos;s probability.</source>
        <translation>Todas las oportunidades abiertas, sea cual sea su fecha de cierre; ponderadas por la probabilidad de cada una.</translation>
    </message>
    <message>
        <source>No quota for this quarter</source>
        <translation>Sin cuota para este trimestre</translation>
    </message>
    <message>
        <source>%1 of the quota of %2</source>
        <translation>%1 de la cuota de %2</translation>
    </message>
    <message>
        <source>Won in Q%1</source>
        <comment>in brief: the quarter of the year</comment>
        <translation>Ganado en T%1</translation>
    </message>
    <message>
        <source>Deals won %1; committed besides: %2.</source>
        <translation>Oportunidades ganadas (%1); además, comprometido: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 de %2 ganadas</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <comment>in brief</comment>
        <translation>%1 de %2 ganadas</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <translation>ciclo de %1 días</translation>
    </message>
    <message>
        <source>cycle %1 days</source>
        <comment>in brief</comment>
        <translation>ciclo %1 d</translation>
    </message>
    <message>
        <source>None closed</source>
        <translation>Ninguna cerrada</translation>
    </message>
    <message>
        <source>Deals won and lost %1, and the average won deal&apos;s time from its first stage to its close.</source>
        <translation>Oportunidades ganadas y perdidas (%1) y tiempo medio de una oportunidad ganada desde su primera etapa hasta el cierre.</translation>
    </message>
    <message numerus="yes">
        <source>%n past their service level</source>
        <translation>
            <numerusform>%n fuera de su nivel de servicio</numerusform>
            <numerusform>%n fuera de su nivel de servicio</numerusform>
        </translation>
    </message>
    <message>
        <source>All within their service levels</source>
        <translation>Todos dentro de su nivel de servicio</translation>
    </message>
    <message>
        <source>New, open and waiting on the customer.</source>
        <translation>Nuevos, abiertos y esperando al cliente.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Pipeline abierto por etapa</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>tickets waiting on the customer, in a chart&apos;s legend</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Open tickets by priority</source>
        <translation>Tickets abiertos por prioridad</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Sin pedidos</translation>
    </message>
    <message>
        <source>Most from %1</source>
        <translation>Sobre todo: %1</translation>
    </message>
    <message>
        <source>Orders placed %1, not cancelled.</source>
        <translation>Pedidos realizados (%1), sin contar los cancelados.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue by product category</source>
        <translation>Ingresos por categoría de producto</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Importes convertidos a %1 con los tipos de cambio del %2.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2; without a rate, amounts in %3 are counted but not summed.</source>
        <translation>Importes convertidos a %1 con los tipos de cambio del %2; sin tipo de cambio, los importes en %3 se cuentan, pero no se suman.</translation>
    </message>
    <message>
        <source>%1 of the quota</source>
        <comment>in brief</comment>
        <translation>%1 de la cuota</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>in brief: tickets</comment>
        <translation>
            <numerusform>%n con retraso</numerusform>
            <numerusform>%n con retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>All on time</source>
        <comment>in brief: tickets</comment>
        <translation>Ninguno con retraso</translation>
    </message>
</context>
<context>
    <name>rapport::RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>millones de %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>miles de %1</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet…</source>
        <translation>CSV para hoja de cálculo…</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Libro de Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
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
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the report to a file: CSV, XLSX or PDF</source>
        <translation>Guardar el informe en un archivo: CSV, XLSX o PDF</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>El informe se ha guardado en %1.</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Próximo trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Próximo año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By loss reason</source>
        <translation>Por motivo de pérdida</translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation>Por competidor</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Days of your own choosing; pick again to change them.</source>
        <translation>Periodo elegido por usted; vuelva a seleccionarlo para cambiarlo.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Double-click to see the deals behind this figure.</source>
        <translation>Doble clic para ver las oportunidades que hay detrás de esta cifra.</translation>
    </message>
    <message>
        <source>Double-click to see the tickets behind this figure.</source>
        <translation>Doble clic para ver los tickets que hay detrás de esta cifra.</translation>
    </message>
    <message>
        <source>Double-click to see the customers behind this figure.</source>
        <translation>Doble clic para ver los clientes que hay detrás de esta cifra.</translation>
    </message>
    <message>
        <source>Double-click to open %1.</source>
        <translation>Doble clic para abrir %1.</translation>
    </message>
    <message>
        <source>Amounts converted to %1 at the exchange rates of %2.</source>
        <translation>Importes convertidos a %1 con los tipos de cambio del %2.</translation>
    </message>
    <message>
        <source>Deals in %1 are counted but not in the amounts: there is no exchange rate to %2.</source>
        <translation>Las oportunidades en %1 se cuentan, pero no en los importes: no hay tipo de cambio a %2.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the deals behind it.</source>
        <translation>Haga clic en una barra o doble clic en una cifra para ver las oportunidades correspondientes.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the tickets behind it.</source>
        <translation>Haga clic en una barra o doble clic en una cifra para ver los tickets correspondientes.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a customer to open it; double-click the total to list them all.</source>
        <translation>Haga clic en una barra o doble clic en un cliente para abrirlo; doble clic en el total para verlos todos.</translation>
    </message>
    <message>
        <source>Click a bar or double-click a figure to see the customers behind it.</source>
        <translation>Haga clic en una barra o doble clic en una cifra para ver los clientes correspondientes.</translation>
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
        <translation>%1 — los %2 primeros de %3</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
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
        <translation>clientes</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>oportunidades</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1: the deals</source>
        <translation>%1: las oportunidades</translation>
    </message>
    <message>
        <source>%1, %2: the deals</source>
        <translation>%1, %2: las oportunidades</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest deals, %1 in all (double-click one to open it).</source>
        <translation>
            <numerusform>La oportunidad más grande, %1 (doble clic para abrirla).</numerusform>
            <numerusform>Las %n oportunidades más grandes, %1 en total (doble clic en una para abrirla).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %1 in all, largest first (double-click one to open it).</source>
        <translation>
            <numerusform>%n oportunidad, %1 en total (doble clic para abrirla).</numerusform>
            <numerusform>%n oportunidades, %1 en total, de mayor a menor (doble clic en una para abrirla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an exchange rate, amounts in %1 are not summed.</source>
        <translation>Sin tipo de cambio, los importes en %1 no se suman.</translation>
    </message>
    <message>
        <source>%1: the tickets</source>
        <translation>%1: los tickets</translation>
    </message>
    <message>
        <source>%1, %2: the tickets</source>
        <translation>%1, %2: los tickets</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message numerus="yes">
        <source>The %n earliest opened tickets (double-click one to open it).</source>
        <translation>
            <numerusform>El ticket más antiguo (doble clic para abrirlo).</numerusform>
            <numerusform>Los %n tickets más antiguos (doble clic en uno para abrirlo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), the earliest opened first (double-click one to open it).</source>
        <translation>
            <numerusform>%n ticket (doble clic para abrirlo).</numerusform>
            <numerusform>%n tickets, del más antiguo al más reciente (doble clic en uno para abrirlo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the customers</source>
        <translation>%1: los clientes</translation>
    </message>
    <message>
        <source>%1, %2: the customers</source>
        <translation>%1, %2: los clientes</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Buys most</source>
        <translation>Categoría principal</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor de vida del cliente</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message numerus="yes">
        <source>The %n most valuable customers (double-click one to open it).</source>
        <translation>
            <numerusform>El cliente más valioso (doble clic para abrirlo).</numerusform>
            <numerusform>Los %n clientes más valiosos (doble clic en uno para abrirlo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), the most valuable first (double-click one to open it).</source>
        <translation>
            <numerusform>%n cliente (doble clic para abrirlo).</numerusform>
            <numerusform>%n clientes, de más a menos valioso (doble clic en uno para abrirlo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by Rapport on %1.</source>
        <translation>Impreso por Rapport el %1.</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when Rapport starts again.</source>
        <translation>Un nuevo idioma se aplica cuando Rapport se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without country code are in:</source>
        <translation>&amp;Los números de teléfono sin prefijo de país son de:</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone, %1</source>
        <translation>Zona horaria de este ordenador, %1</translation>
    </message>
    <message>
        <source>Calendar times are shown in this zone. Entries keep their own zone: a meeting at 09:00 in Berlin stays at 09:00 Berlin time.</source>
        <translation>Las horas del calendario se muestran en esta zona. Las entradas conservan su propia zona: una reunión a las 09:00 en Berlín sigue a las 09:00 hora de Berlín.</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>Mostrar las &amp;horas en:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Quotes: the company&apos;s letterhead and terms</source>
        <translation>Presupuestos: membrete y condiciones de la empresa</translation>
    </message>
    <message>
        <source>Phone · email · VAT number</source>
        <translation>Teléfono · correo electrónico · NIF-IVA</translation>
    </message>
    <message>
        <source>Customers in this country are charged its VAT; businesses elsewhere in the EU get a reverse charge, customers further abroad none.</source>
        <translation>A los clientes de este país se les cobra su IVA; a las empresas de otros países de la UE se les aplica la inversión del sujeto pasivo, y a los clientes de fuera de la UE, ningún IVA.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Quote template (*.html)</source>
        <translation>Plantilla de presupuesto (*.html)</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>La plantilla integrada</translation>
    </message>
    <message>
        <source>Start from the built-in one…</source>
        <translation>Partir de la integrada…</translation>
    </message>
    <message>
        <source>Saves the built-in template to a file you can edit, and uses that file from now on.</source>
        <translation>Guarda la plantilla integrada en un archivo que puede editar y, a partir de ahora, usa ese archivo.</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Guardar la plantilla</translation>
    </message>
    <message>
        <source>quote-template.html</source>
        <translation>plantilla-presupuesto.html</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Contact line:</source>
        <translation>Línea de contacto:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>VAT rate at home:</source>
        <translation>Tipo de IVA nacional:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>This database holds demo data and never syncs. Open your own database to connect to a server.</source>
        <translation>Esta base de datos contiene datos de demostración y nunca se sincroniza. Abra su propia base de datos para conectarse a un servidor.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://rapport.example.com:8765.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://rapport.example.com:8765.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed out. Changes stay on this computer until you sign in again.</source>
        <translation>Sesión cerrada. Los cambios se quedan en este ordenador hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Not connected: this database is only on this computer.</source>
        <translation>No conectado: esta base de datos solo está en este ordenador.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
</context>
<context>
    <name>rapport::SlaPoliciesDialog</name>
    <message>
        <source>never open</source>
        <translation>nunca abierto</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n festivo</numerusform>
            <numerusform>%n festivos</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>Working time to a first response and to a resolution per priority, counted in each policy&apos;s business hours. A policy for a service tier wins over the general one. They apply to tickets opened or re-prioritised from now on.</source>
        <translation>Tiempo laborable hasta la primera respuesta y hasta la resolución por prioridad, contado en el horario laboral de cada política. Una política para un plan de servicio prevalece sobre la general. Se aplican a los tickets que se abran o cambien de prioridad a partir de ahora.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>Plan de servicio</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Warn before</source>
        <translation>Avisar antes</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Añadir política</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Business hours…</source>
        <translation>Horario laboral…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Double-click to change the business hours</source>
        <translation>Doble clic para cambiar el horario laboral</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Nueva política</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Abierto:</translation>
    </message>
    <message>
        <source>One date per line, e.g. 2026-12-25</source>
        <translation>Una fecha por línea, p. ej. 2026-12-25</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Festivos:</translation>
    </message>
    <message>
        <source>Change the service levels</source>
        <translation>Cambiar los niveles de servicio</translation>
    </message>
</context>
<context>
    <name>rapport::SlaWatch</name>
    <message numerus="yes">
        <source>%n ticket(s) past their service level</source>
        <translation>
            <numerusform>%n ticket fuera de su nivel de servicio</numerusform>
            <numerusform>%n tickets fuera de su nivel de servicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within the warning time</source>
        <translation>
            <numerusform>%n vence dentro del plazo de aviso</numerusform>
            <numerusform>%n vencen dentro del plazo de aviso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached ticket(s) escalated to the team&apos;s manager.</source>
        <translation>
            <numerusform>%n ticket fuera de su nivel de servicio escalado al responsable de equipo.</numerusform>
            <numerusform>%n tickets fuera de su nivel de servicio escalados al responsable de equipo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SyncReviewDialog</name>
    <message>
        <source>Conflicts and waiting changes</source>
        <translation>Conflictos y cambios pendientes</translation>
    </message>
    <message>
        <source>Two people changed the same field at the same time. The value shown now is the one that won; the other is kept here until someone decides. A new ticket whose number another ticket already had was given the next free number.</source>
        <translation>Dos personas cambiaron el mismo campo a la vez. El valor que se muestra ahora es el que prevaleció; el otro se guarda aquí hasta que alguien decida. A un ticket nuevo cuyo número ya tenía otro ticket se le ha asignado el siguiente número libre.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now shown</source>
        <translation>Mostrado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar el &amp;otro</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(no está en este dispositivo)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a new number</source>
        <translation>un número nuevo</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>el suyo</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>el otro</translation>
    </message>
    <message>
        <source>%1 was already another ticket&apos;s number; the server gave this ticket the next free one.</source>
        <translation>%1 ya era el número de otro ticket; el servidor ha asignado a este ticket el siguiente número libre.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Resolución de conflicto</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Waiting changes (%1)</source>
        <translation>Cambios pendientes (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::TagsEditor</name>
    <message>
        <source>Words separated by commas, e.g. vip, newsletter</source>
        <translation>Palabras separadas por comas, p. ej. vip, newsletter</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
</context>
<context>
    <name>rapport::TicketPage</name>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Marcar como abierto</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>Esperar al cliente</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignarme</translation>
    </message>
    <message>
        <source>Create article…</source>
        <translation>Crear artículo…</translation>
    </message>
    <message>
        <source>Draft a knowledge-base article from this resolved ticket</source>
        <translation>Redactar un artículo de la base de conocimiento a partir de este ticket resuelto</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>A public reply goes to the customer; an internal note is for the team only</source>
        <translation>Una respuesta pública se envía al cliente; una nota interna es solo para el equipo</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Return sends)</source>
        <translation>Escriba una respuesta… (Ctrl+Intro para enviar)</translation>
    </message>
    <message>
        <source>Send and wait on customer</source>
        <translation>Enviar y esperar al cliente</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Write a note for the team… (Ctrl+Return adds it)</source>
        <translation>Escriba una nota para el equipo… (Ctrl+Intro para añadirla)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Linked articles</source>
        <translation>Artículos vinculados</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Ningún ticket seleccionado</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue to work on it.</source>
        <translation>Elija un ticket de la cola para trabajar en él.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(no disponible)</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nothing has been written on this ticket yet.</source>
        <translation>Todavía no se ha escrito nada en este ticket.</translation>
    </message>
    <message>
        <source>%1 (for the team only)</source>
        <translation>%1 (solo para el equipo)</translation>
    </message>
    <message>
        <source>(%1 in working time)</source>
        <translation>(%1 en horario laboral)</translation>
    </message>
    <message>
        <source>Waiting on the customer: the resolution clock is stopped.</source>
        <translation>Esperando al cliente: el reloj de resolución está detenido.</translation>
    </message>
    <message>
        <source>Waiting on the customer since %1: the resolution clock is stopped.</source>
        <translation>Esperando al cliente desde %1: el reloj de resolución está detenido.</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Primera respuesta:</translation>
    </message>
    <message>
        <source>First response %1 late</source>
        <translation>Primera respuesta con %1 de retraso</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>No service level applies.</source>
        <translation>No se aplica ningún nivel de servicio.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Cerrado el %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Resuelto el %1</translation>
    </message>
    <message>
        <source>Resolved %1 late</source>
        <translation>Resuelto con %1 de retraso</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Satisfacción: %1 de 5</translation>
    </message>
    <message>
        <source>The ticket is still being read; try again in a moment.</source>
        <translation>El ticket aún se está cargando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Escriba primero la respuesta.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota en %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Respuesta en %1</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>Nota añadida a %1.</translation>
    </message>
    <message>
        <source>Reply sent on %1.</source>
        <translation>Respuesta enviada en %1.</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>Resolver %1</translation>
    </message>
    <message>
        <source>How was it resolved? The cause and what fixed it, for the next agent and the knowledge base.</source>
        <translation>¿Cómo se resolvió? La causa y qué lo solucionó, para el próximo agente y la base de conocimiento.</translation>
    </message>
    <message>
        <source>%1 stays open: say how it was resolved.</source>
        <translation>%1 sigue abierto: indique cómo se resolvió.</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Artículos (%1)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge-base article(s) match what the ticket says</source>
        <translation>
            <numerusform>%n artículo de la base de conocimiento coincide con el contenido del ticket</numerusform>
            <numerusform>%n artículos de la base de conocimiento coinciden con el contenido del ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>For the team only: add &quot;%1&quot; to an internal note, not to a reply.</source>
        <translation>Solo para el equipo: añada «%1» a una nota interna, no a una respuesta.</translation>
    </message>
    <message>
        <source>Save the ticket first; then articles can be linked to it.</source>
        <translation>Guarde primero el ticket; después podrá vincularle artículos.</translation>
    </message>
    <message>
        <source>Link an article to %1</source>
        <translation>Vincular un artículo a %1</translation>
    </message>
    <message>
        <source>Resolve the ticket first: an article tells how a problem was solved.</source>
        <translation>Resuelva primero el ticket: un artículo explica cómo se resolvió un problema.</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Artículo a partir de %1</translation>
    </message>
    <message>
        <source>Draft article &quot;%1&quot; created; edit and publish it.</source>
        <translation>Borrador del artículo «%1» creado; edítelo y publíquelo.</translation>
    </message>
    <message>
        <source>We are on it</source>
        <translation>Estamos en ello</translation>
    </message>
    <message>
        <source>Hello {customer},

thank you for contacting us about &quot;{subject}&quot; ({number}). We are looking into it and will get back to you as soon as we know more.

Kind regards,
{agent}</source>
        <translation>Hola, {customer}:

Gracias por ponerse en contacto con nosotros en relación con «{subject}» ({number}). Lo estamos revisando y le responderemos en cuanto sepamos más.

Saludos cordiales,
{agent}</translation>
    </message>
    <message>
        <source>Need more information</source>
        <translation>Se necesita más información</translation>
    </message>
    <message>
        <source>Hello {customer},

to help you with {number}, could you please send us the exact error message, the product version and the steps that lead to the problem?

Kind regards,
{agent}</source>
        <translation>Hola, {customer}:

Para poder ayudarle con {number}, ¿podría enviarnos el mensaje de error exacto, la versión del producto y los pasos que llevan al problema?

Saludos cordiales,
{agent}</translation>
    </message>
    <message>
        <source>Solved — please confirm</source>
        <translation>Resuelto — confírmelo, por favor</translation>
    </message>
    <message>
        <source>Hello {customer},

we believe the problem reported in {number} is solved. Please let us know if anything is still not working; otherwise we will close the ticket in a few days.

Kind regards,
{agent}</source>
        <translation>Hola, {customer}:

Creemos que el problema indicado en {number} está resuelto. Díganos si algo sigue sin funcionar; de lo contrario, cerraremos el ticket dentro de unos días.

Saludos cordiales,
{agent}</translation>
    </message>
    <message>
        <source>No answer yet — reminder</source>
        <translation>Aún sin respuesta — recordatorio</translation>
    </message>
    <message>
        <source>Hello {customer},

we are still waiting for your answer on {number}. Could you let us know whether the problem persists?

Kind regards,
{agent}</source>
        <translation>Hola, {customer}:

Seguimos esperando su respuesta sobre {number}. ¿Podría indicarnos si el problema persiste?

Saludos cordiales,
{agent}</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Save this reply as a canned response…</source>
        <translation>Guardar esta respuesta como respuesta predefinida…</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Respuesta predefinida</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; among your canned responses.</source>
        <translation>«%1» guardada en sus respuestas predefinidas.</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a message&apos;s kind, its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has happened on this ticket yet.</source>
        <translation>Aún no ha pasado nada en este ticket.</translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <comment>how the ticket came in: Email, Phone…</comment>
        <translation>Abierto (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::TimeGrid</name>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence a las %1</translation>
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
            <numerusform>%n más a esta hora (haga clic para ver el día):</numerusform>
            <numerusform>%n más a esta hora (haga clic para ver el día):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
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
        <translation>Calendario de %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
</context>
<context>
    <name>rapport::sync::SyncWorker</name>
    <message>
        <source>Sync is stopping.</source>
        <translation>La sincronización se está deteniendo.</translation>
    </message>
</context>
</TS>
