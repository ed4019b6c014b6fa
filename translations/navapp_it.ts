<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Printing</source>
        <comment>cannot open a buffer for the PDF</comment>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot start painting the PDF</comment>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot add a page to the PDF</comment>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot finish the PDF</comment>
        <translation>Stampa</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>non installato</translation>
    </message>
    <message>
        <source>see its package</source>
        <translation>vedi il suo pacchetto</translation>
    </message>
    <message>
        <source>navapp {version}

Navigation and roadbook app for rally-raid crews.

Licence: GNU General Public License, version 3 or later ({licence}).

Show Details for the credits and the libraries navapp uses.</source>
        <translation>navapp {version}

App di navigazione e roadbook per equipaggi di rally-raid.

Licenza: GNU General Public License, versione 3 o successiva ({licence}).

Mostra dettagli per i riconoscimenti e le librerie usate da navapp.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Librerie</translation>
    </message>
    <message>
        <source>About navapp</source>
        <translation>Informazioni su navapp</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Trip +</source>
        <translation>Trip +</translation>
    </message>
    <message>
        <source>Trip −</source>
        <translation>Trip −</translation>
    </message>
    <message>
        <source>Reset partial</source>
        <translation>Azzera parziale</translation>
    </message>
    <message>
        <source>Set total to box</source>
        <translation>Imposta totale alla casella</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Casella successiva</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Casella precedente</translation>
    </message>
    <message>
        <source>Resume auto-advance</source>
        <translation>Riprendi avanzamento auto</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Modalità notte</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Lista waypoint</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>Pausa riproduzione</translation>
    </message>
    <message>
        <source>Dimmer: darker</source>
        <translation>Attenuazione: più scuro</translation>
    </message>
    <message>
        <source>Dimmer: brighter</source>
        <translation>Attenuazione: più chiaro</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Map: zoom in</source>
        <translation>Mappa: ingrandisci</translation>
    </message>
    <message>
        <source>Map: zoom out</source>
        <translation>Mappa: riduci</translation>
    </message>
    <message>
        <source>Map: course up / north up</source>
        <translation>Mappa: rotta in alto / nord in alto</translation>
    </message>
    <message>
        <source>Map: re-centre on the car</source>
        <translation>Mappa: ricentra sull&apos;auto</translation>
    </message>
</context>
<context>
    <name>BoxDetail</name>
    <message>
        <source>No box selected</source>
        <translation>Nessuna casella selezionata</translation>
    </message>
    <message>
        <source>Edit tulip…</source>
        <translation>Modifica tulipano…</translation>
    </message>
    <message>
        <source>Remove tulip</source>
        <translation>Rimuovi tulipano</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>CAP °</source>
        <translation>CAP °</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Pericolo</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>Azzera a</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Trip</translation>
    </message>
    <message>
        <source>Stop s</source>
        <translation>Stop s</translation>
    </message>
    <message>
        <source>Neutral. s</source>
        <translation>Neutral. s</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>name / number</source>
        <translation>nome / numero</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Empty: the default of the rules table (greyed). Type to override.</source>
        <translation>Vuoto: valore predefinito della tabella regole (in grigio). Scrivi per sostituirlo.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>validazione</translation>
    </message>
    <message>
        <source>Radii m</source>
        <translation>Raggi m</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Total {unit}</source>
        <translation>Totale {unit}</translation>
    </message>
    <message>
        <source>Speed {unit}</source>
        <translation>Velocità {unit}</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>Casella {number}</translation>
    </message>
    <message>
        <source>Box {number}  (no position)</source>
        <translation>Casella {number}  (senza posizione)</translation>
    </message>
    <message>
        <source>no tulip</source>
        <translation>nessun tulipano</translation>
    </message>
    <message>
        <source>cannot show</source>
        <translation>impossibile mostrare</translation>
    </message>
    <message>
        <source>also: {waypoints}</source>
        <translation>anche: {waypoints}</translation>
    </message>
    <message>
        <source>DZ limit</source>
        <translation>Limite DZ</translation>
    </message>
    <message>
        <source>only on a DZ box</source>
        <translation>solo su una casella DZ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totale</translation>
    </message>
    <message>
        <source>total: a box needs a total distance</source>
        <translation>totale: una casella richiede una distanza totale</translation>
    </message>
    <message>
        <source>Total of box {number}</source>
        <translation>Totale della casella {number}</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>CAP of box {number}</source>
        <translation>CAP della casella {number}</translation>
    </message>
    <message>
        <source>Danger of box {number}</source>
        <translation>Pericolo della casella {number}</translation>
    </message>
    <message>
        <source>Reset of box {number}</source>
        <translation>Azzeramento della casella {number}</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>azzeramento</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>Stop of box {number}</source>
        <translation>Stop della casella {number}</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralizzazione</translation>
    </message>
    <message>
        <source>Neutralisation of box {number}</source>
        <translation>Neutralizzazione della casella {number}</translation>
    </message>
    <message>
        <source>speed limit</source>
        <translation>limite di velocità</translation>
    </message>
    <message>
        <source>Speed limit of box {number}</source>
        <translation>Limite di velocità della casella {number}</translation>
    </message>
    <message>
        <source>Notes of box {number}</source>
        <translation>Note della casella {number}</translation>
    </message>
    <message>
        <source>{symbol} on box {number}</source>
        <translation>{symbol} sulla casella {number}</translation>
    </message>
    <message>
        <source>Remove tulip of box {number}</source>
        <translation>Rimuovi tulipano della casella {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint della casella {number}</translation>
    </message>
    <message>
        <source>open radius</source>
        <translation>raggio di apertura</translation>
    </message>
    <message>
        <source>clear radius</source>
        <translation>raggio di validazione</translation>
    </message>
</context>
<context>
    <name>BoxFields</name>
    <message>
        <source>Fuel</source>
        <translation>Carburante</translation>
    </message>
    <message>
        <source>Show coords</source>
        <translation>Mostra coord.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medico</translation>
    </message>
    <message>
        <source>Helicopter</source>
        <translation>Elicottero</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polizia</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Pompieri</translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation>Spettatori</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>0 — none</source>
        <translation>0 — nessuno</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}: &apos;{text}&apos; non è un numero</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: &apos;{text}&apos; non è un numero intero</translation>
    </message>
    <message>
        <source>never opens</source>
        <translation>non si apre mai</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>sempre aperto</translation>
    </message>
</context>
<context>
    <name>BoxRow</name>
    <message>
        <source>MASKED</source>
        <translation>MASCHERATO</translation>
    </message>
</context>
<context>
    <name>BoxStrip</name>
    <message>
        <source>TO NEXT BOX</source>
        <translation>ALLA PROSSIMA</translation>
    </message>
    <message>
        <source>AUTO OFF</source>
        <translation>AUTO OFF</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALE</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>ALLA CASELLA {number}</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>ALLENAMENTO MASCHERATO</translation>
    </message>
</context>
<context>
    <name>BoxTable</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parziale</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulipano</translation>
    </message>
    <message>
        <source>Notes drawing</source>
        <translation>Disegno note</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reset {distance}</source>
        <translation>Azzera {distance}</translation>
    </message>
    <message>
        <source>Stop {seconds} s</source>
        <translation>Stop {seconds} s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Neutralisation {duration}</source>
        <translation>Neutralizzazione {duration}</translation>
    </message>
    <message>
        <source>Time control {minutes} min</source>
        <translation>Controllo orario {minutes} min</translation>
    </message>
    <message>
        <source>Time control</source>
        <translation>Controllo orario</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburante</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>the tile cache limit must be over 0 MB, not {limit}</source>
        <translation>il limite della cache dei tile deve superare 0 MB, non {limit}</translation>
    </message>
    <message>
        <source>{folder}: cannot make the tile cache: {reason}</source>
        <translation>{folder}: impossibile creare la cache dei tile: {reason}</translation>
    </message>
    <message>
        <source>bad tile cache source name {source}</source>
        <translation>nome di sorgente della cache dei tile non valido: {source}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>nessun tile {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>CapReferenceBox</name>
    <message>
        <source>CAP and course</source>
        <translation>CAP e rotta</translation>
    </message>
    <message>
        <source>True north (as roadbooks print them)</source>
        <translation>Nord vero (come stampato nei roadbook)</translation>
    </message>
    <message>
        <source>Magnetic (World Magnetic Model at the car&apos;s position)</source>
        <translation>Magnetico (World Magnetic Model alla posizione dell&apos;auto)</translation>
    </message>
    <message>
        <source>Magnetic, fixed declination</source>
        <translation>Magnetico, declinazione fissa</translation>
    </message>
    <message>
        <source>Degrees east of true north; west is negative.</source>
        <translation>Gradi a est del nord vero; ovest è negativo.</translation>
    </message>
</context>
<context>
    <name>CapWidget</name>
    <message>
        <source>COURSE °{north}</source>
        <translation>ROTTA °{north}</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>GIRA</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a map entry is not a table of values</source>
        <translation>una voce mappa non è una tabella di valori</translation>
    </message>
    <message>
        <source>a map entry has an unknown kind {kind}</source>
        <translation>una voce mappa ha un tipo sconosciuto: {kind}</translation>
    </message>
    <message>
        <source>a map entry has no name</source>
        <translation>una voce mappa non ha nome</translation>
    </message>
    <message>
        <source>{name}: the map entry has no file</source>
        <translation>{name}: la voce mappa non ha file</translation>
    </message>
    <message>
        <source>{name}: its zooms run backwards ({low} &gt; {high})</source>
        <translation>{name}: gli zoom sono invertiti ({low} &gt; {high})</translation>
    </message>
    <message>
        <source>{name}: its {field} is not one line of text</source>
        <translation>{name}: {field} non è una sola riga di testo</translation>
    </message>
    <message>
        <source>{name}: its {field} is not a zoom {low}..{high}</source>
        <translation>{name}: {field} non è uno zoom {low}..{high}</translation>
    </message>
    <message>
        <source>the map entry has no file</source>
        <translation>la voce mappa non ha file</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>crew {number}</source>
        <translation>equipaggio {number}</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Add a second judged crew&apos;s track to compare crews.</source>
        <translation>Aggiungi la traccia valutata di un secondo equipaggio per confrontarli.</translation>
    </message>
    <message>
        <source>{table} — in red, where each crew lost most</source>
        <translation>{table} — in rosso, dove ogni equipaggio ha perso di più</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>navapp hit a bug</source>
        <translation>navapp ha incontrato un errore</translation>
    </message>
    <message>
        <source>The details are in
{path}</source>
        <translation>I dettagli sono in
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved ({error}); they were printed.</source>
        <translation>Impossibile salvare i dettagli ({error}); sono stati stampati.</translation>
    </message>
    <message>
        <source>navapp hit a bug: what you just did may not have been done.
Please report it with the log file.</source>
        <translation>navapp ha incontrato un errore: l&apos;ultima azione potrebbe non essere stata eseguita.
Segnalalo allegando il file di log.</translation>
    </message>
</context>
<context>
    <name>CrewFiles</name>
    <message>
        <source>{path}: the track has no points</source>
        <translation>{path}: la traccia non ha punti</translation>
    </message>
    <message>
        <source>The crews are compared once every crew is reviewed.</source>
        <translation>Gli equipaggi sono confrontati quando tutti gli equipaggi sono analizzati.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} crews reviewed</source>
        <translation>Annullato: {done} equipaggi analizzati su {total}</translation>
    </message>
    <message>
        <source>{total} crews reviewed</source>
        <translation>{total} equipaggi analizzati</translation>
    </message>
    <message>
        <source>Open crews&apos; tracks</source>
        <translation>Apri le tracce degli equipaggi</translation>
    </message>
</context>
<context>
    <name>CrewProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop reviewing: the crews already reviewed stay in the window</source>
        <translation>Interrompi l&apos;analisi: gli equipaggi già analizzati restano nella finestra</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v di %m</translation>
    </message>
    <message>
        <source>Reviewing crews…</source>
        <translation>Analisi degli equipaggi…</translation>
    </message>
    <message>
        <source>Reviewing crews {done}/{total} — {name}</source>
        <translation>Analisi degli equipaggi {done}/{total} — {name}</translation>
    </message>
</context>
<context>
    <name>Csvwaypoints</name>
    <message>
        <source>file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>no latitude and longitude columns (a header such as &apos;name,lat,lon&apos;, or coordinates in the first line)</source>
        <translation>nessuna colonna di latitudine e longitudine (un&apos;intestazione come &apos;name,lat,lon&apos;, o coordinate nella prima riga)</translation>
    </message>
    <message>
        <source>line skipped: {error}: {line}</source>
        <translation>riga saltata: {error}: {line}</translation>
    </message>
    <message>
        <source>{count} more lines skipped</source>
        <translation>altre righe saltate: {count}</translation>
    </message>
    <message>
        <source>damaged ({what}); read {count} waypoints before it</source>
        <translation>danneggiato ({what}); waypoint letti prima del danno: {count}</translation>
    </message>
    <message>
        <source>no line reads as a waypoint; {message}</source>
        <translation>nessuna riga si legge come waypoint; {message}</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>nessun waypoint</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Waypoint opened</source>
        <translation>Waypoint aperto</translation>
    </message>
    <message>
        <source>Waypoint validated</source>
        <translation>Waypoint validato</translation>
    </message>
    <message>
        <source>Waypoint missed</source>
        <translation>Waypoint mancato</translation>
    </message>
    <message>
        <source>Entering a speed zone</source>
        <translation>Ingresso zona di velocità</translation>
    </message>
    <message>
        <source>Leaving a speed zone</source>
        <translation>Uscita zona di velocità</translation>
    </message>
    <message>
        <source>Over the speed limit</source>
        <translation>Oltre il limite di velocità</translation>
    </message>
    <message>
        <source>Neutralisation time ended</source>
        <translation>Neutralizzazione finita</translation>
    </message>
    <message>
        <source>Danger box ahead</source>
        <translation>Casella di pericolo in arrivo</translation>
    </message>
    <message>
        <source>Next box near</source>
        <translation>Prossima casella vicina</translation>
    </message>
    <message>
        <source>GPS lost</source>
        <translation>GPS perso</translation>
    </message>
    <message>
        <source>GPS back</source>
        <translation>GPS tornato</translation>
    </message>
    <message>
        <source>Off the route</source>
        <translation>Fuori percorso</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound output on this computer: the cues are not heard.</source>
        <translation>Nessuna uscita audio su questo computer: gli avvisi non si sentono.</translation>
    </message>
    <message>
        <source>sound of “{cue}” unreadable: {error}</source>
        <translation>suono di “{cue}” illeggibile: {error}</translation>
    </message>
    <message>
        <source>“{cue}” cannot be played on this sound device.</source>
        <translation>“{cue}” non può essere riprodotto su questo dispositivo audio.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message>
        <source>{number} metres</source>
        <translation>{number} metri</translation>
    </message>
    <message>
        <source>{number} kilometre</source>
        <translation>{number} chilometro</translation>
    </message>
    <message>
        <source>{number} kilometres</source>
        <translation>{number} chilometri</translation>
    </message>
    <message>
        <source>{number} yards</source>
        <translation>{number} iarde</translation>
    </message>
    <message>
        <source>{number} mile</source>
        <translation>{number} miglio</translation>
    </message>
    <message>
        <source>{number} miles</source>
        <translation>{number} miglia</translation>
    </message>
    <message>
        <source>straight on</source>
        <translation>dritto</translation>
    </message>
    <message>
        <source>bear left</source>
        <translation>tieni sinistra</translation>
    </message>
    <message>
        <source>bear right</source>
        <translation>tieni destra</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistra</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destra</translation>
    </message>
    <message>
        <source>sharp left</source>
        <translation>sinistra stretta</translation>
    </message>
    <message>
        <source>sharp right</source>
        <translation>destra stretta</translation>
    </message>
    <message>
        <source>U-turn</source>
        <translation>inversione</translation>
    </message>
    <message>
        <source>{distance}, {turn}, CAP {cap}</source>
        <translation>a {distance}, {turn}, CAP {cap}</translation>
    </message>
    <message>
        <source>{distance}, {turn}</source>
        <translation>a {distance}, {turn}</translation>
    </message>
    <message>
        <source>{distance}, CAP {cap}</source>
        <translation>a {distance}, CAP {cap}</translation>
    </message>
    <message>
        <source>danger {level}</source>
        <translation>pericolo {level}</translation>
    </message>
</context>
<context>
    <name>DriveMap</name>
    <message>
        <source>FOLLOW OFF — CENTRE</source>
        <extracomment>One zoom step of a key, a touch control or a wheel notch: the scale changes by this factor. The scale a new map opens at: some 2 km across a tablet&apos;s map pane. In course up, the car sits this share of the height below the centre: more road ahead. Below this speed the course is the receiver&apos;s noise: course up keeps the last one. A press that moves less than this is no pan (a finger shakes in a moving car).</extracomment>
        <translation>INSEGUI OFF — CENTRA</translation>
    </message>
    <message>
        <source>No position yet: waiting for a GPS fix</source>
        <translation>Nessuna posizione: in attesa del fix GPS</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>NORTH</source>
        <translation>NORD</translation>
    </message>
    <message>
        <source>CENTRE</source>
        <translation>CENTRA</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>ROTTA</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>NO GPS</translation>
    </message>
</context>
<context>
    <name>DriveSession</name>
    <message>
        <source>GPS: none — GPS › Source…</source>
        <translation>GPS: nessuno — GPS › Sorgente…</translation>
    </message>
    <message>
        <source>track log of the stopped stage not mended: {error}</source>
        <translation>registro traccia della tappa interrotta non riparato: {error}</translation>
    </message>
</context>
<context>
    <name>DriveView</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTALE</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARZIALE</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>ALLA CASELLA {number}</translation>
    </message>
</context>
<context>
    <name>DriverDisplay</name>
    <message>
        <source>navapp — driver</source>
        <translation>navapp — pilota</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>GIRA</translation>
    </message>
    <message>
        <source>NEXT BOX</source>
        <translation>PROSSIMA CASELLA</translation>
    </message>
    <message>
        <source>LIMIT {limit}</source>
        <translation>LIMITE {limit}</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>NO GPS</translation>
    </message>
    <message>
        <source>OVER {limit}</source>
        <translation>OLTRE {limit}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is no box {index} (the roadbook has {count})</source>
        <translation>la casella {index} non esiste (caselle nel roadbook: {count})</translation>
    </message>
    <message>
        <source>a box&apos;s number and partial follow from its place and total</source>
        <translation>numero e parziale di una casella derivano dalla sua posizione e dal totale</translation>
    </message>
    <message>
        <source>cannot insert at {position} (1 to {last})</source>
        <translation>impossibile inserire in posizione {position} (da 1 a {last})</translation>
    </message>
    <message>
        <source>the roadbook has no route line to place boxes on</source>
        <translation>il roadbook non ha una linea di percorso su cui posizionare le caselle</translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation>la tappa deve avere un nome</translation>
    </message>
</context>
<context>
    <name>EditorBoxModel</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parziale</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulipano</translation>
    </message>
    <message>
        <source>CAP °T</source>
        <translation>CAP °T</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook senza titolo</translation>
    </message>
    <message>
        <source>a new roadbook</source>
        <translation>un nuovo roadbook</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} were kept at {time} when the editor last stopped. Recover them?</source>
        <translation>Le modifiche non salvate a {file} sono state conservate alle {time}, all&apos;ultima chiusura dell&apos;editor. Recuperarle?</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>KML waypoint lists (*.kml *.KML *.kmz *.KMZ);;All files (*)</source>
        <translation>Liste waypoint KML (*.kml *.KML *.kmz *.KMZ);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recupera</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Open roadbook</source>
        <translation>Apri roadbook</translation>
    </message>
    <message>
        <source>Import roadbook as new</source>
        <translation>Importa roadbook come nuovo</translation>
    </message>
    <message>
        <source>Import KML waypoints</source>
        <translation>Importa waypoint KML</translation>
    </message>
    <message>
        <source>Route for these waypoints (Cancel: none, or the KML&apos;s own line)</source>
        <translation>Percorso per questi waypoint (Annulla: nessuno, o la linea del KML)</translation>
    </message>
    <message>
        <source>Generate from track</source>
        <translation>Genera da traccia</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Impossibile generare</translation>
    </message>
    <message>
        <source>Set route from track</source>
        <translation>Imposta percorso da traccia</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Vai a posizione</translation>
    </message>
    <message>
        <source>Latitude, longitude (e.g. 31.52, -4.21):</source>
        <translation>Latitudine, longitudine (es. 31.52, -4.21):</translation>
    </message>
    <message>
        <source>Save roadbook as</source>
        <translation>Salva roadbook come</translation>
    </message>
    <message>
        <source>A5 pages</source>
        <translation>Pagine A5</translation>
    </message>
    <message>
        <source>Roll (roadbook reader)</source>
        <translation>Rotolo (lettore roadbook)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Impaginazione</translation>
    </message>
    <message>
        <source>Quit navapp</source>
        <translation>Esci da navapp</translation>
    </message>
    <message>
        <source>A drive is following the GPS in the main window. End it and quit?</source>
        <translation>Una sessione segue il GPS nella finestra principale. Terminarla e uscire?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Import roadbook as new…</source>
        <translation>&amp;Importa roadbook come nuovo…</translation>
    </message>
    <message>
        <source>Import &amp;KML waypoints…</source>
        <translation>Importa waypoint &amp;KML…</translation>
    </message>
    <message>
        <source>&amp;Generate from track…</source>
        <translation>&amp;Genera da traccia…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salva c&amp;ome…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close every editor window, asking about unsaved changes, and navapp</source>
        <translation>Chiudi tutte le finestre dell&apos;editor, chiedendo delle modifiche non salvate, e navapp</translation>
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
        <source>&amp;Insert box after</source>
        <translation>&amp;Inserisci casella dopo</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>&amp;Elimina casella</translation>
    </message>
    <message>
        <source>&amp;Move box up</source>
        <translation>Sposta casella &amp;su</translation>
    </message>
    <message>
        <source>Move box d&amp;own</source>
        <translation>Sposta casella &amp;giù</translation>
    </message>
    <message>
        <source>Edit &amp;tulip…</source>
        <translation>Modifica &amp;tulipano…</translation>
    </message>
    <message>
        <source>Stage &amp;properties…</source>
        <translation>&amp;Proprietà tappa…</translation>
    </message>
    <message>
        <source>The stage&apos;s name, units (km or miles) and description</source>
        <translation>Nome, unità (km o miglia) e descrizione della tappa</translation>
    </message>
    <message>
        <source>Re&amp;compute totals and CAPs from route</source>
        <translation>Ri&amp;calcola totali e CAP dal percorso</translation>
    </message>
    <message>
        <source>Every placed box gets its total, partial and CAP from the route line</source>
        <translation>Ogni casella posizionata prende totale, parziale e CAP dalla linea del percorso</translation>
    </message>
    <message>
        <source>Set route from trac&amp;k…</source>
        <translation>Imposta percorso &amp;da traccia…</translation>
    </message>
    <message>
        <source>Remo&amp;ve route</source>
        <translation>Rimuo&amp;vi percorso</translation>
    </message>
    <message>
        <source>Dra&amp;w route</source>
        <translation>Disegna percors&amp;o</translation>
    </message>
    <message>
        <source>Draw the route on the map (Ctrl+D; Esc on the map: done)</source>
        <translation>Disegna il percorso sulla mappa (Ctrl+D; Esc sulla mappa: fine)</translation>
    </message>
    <message>
        <source>Click the map to add route points, drag them, Delete or right-click to remove</source>
        <translation>Clic sulla mappa per aggiungere punti, trascinali, Canc o clic destro per rimuoverli</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Adatta mappa</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>&amp;Vai a posizione…</translation>
    </message>
    <message>
        <source>Centre the map on a place</source>
        <translation>Centra la mappa su un luogo</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Vai a…</translation>
    </message>
    <message>
        <source>Centre the map on a typed latitude, longitude (Ctrl+G)</source>
        <translation>Centra la mappa su latitudine, longitudine digitate (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Large map</source>
        <translation>Mappa &amp;grande</translation>
    </message>
    <message>
        <source>The map takes the box table&apos;s room too (Ctrl+M)</source>
        <translation>La mappa occupa anche lo spazio della tabella caselle (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Salvataggio automatico non riuscito: {reason}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Cronologia annullamenti</translation>
    </message>
    <message>
        <source>{edit}: {error}</source>
        <translation>{edit}: {error}</translation>
    </message>
    <message>
        <source>Edit box {number}</source>
        <translation>Modifica casella {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint della casella {number}</translation>
    </message>
    <message>
        <source>Insert box {number}</source>
        <translation>Inserisci casella {number}</translation>
    </message>
    <message>
        <source>Delete box {number}</source>
        <translation>Elimina casella {number}</translation>
    </message>
    <message>
        <source>Move box {number} up</source>
        <translation>Sposta su casella {number}</translation>
    </message>
    <message>
        <source>Move box {number} down</source>
        <translation>Sposta giù casella {number}</translation>
    </message>
    <message>
        <source>Insert box on the route</source>
        <translation>Inserisci casella sul percorso</translation>
    </message>
    <message>
        <source>Slide box {number}</source>
        <translation>Scorri casella {number}</translation>
    </message>
    <message>
        <source>Recompute from route</source>
        <translation>Ricalcola dal percorso</translation>
    </message>
    <message>
        <source>Stage properties</source>
        <translation>Proprietà tappa</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Rimuovi percorso</translation>
    </message>
    <message>
        <source>Set route</source>
        <translation>Imposta percorso</translation>
    </message>
    <message>
        <source>Cannot read route</source>
        <translation>Impossibile leggere il percorso</translation>
    </message>
    <message>
        <source>Set route from {file}</source>
        <translation>Imposta percorso da {file}</translation>
    </message>
    <message>
        <source>Route set from {file}</source>
        <translation>Percorso impostato da {file}</translation>
    </message>
    <message>
        <source>Drawing: click adds at the end, Shift+click before the start, click on the line inserts, drag moves, Del or right-click removes, Esc ends</source>
        <translation>Disegno: clic aggiunge alla fine, Maiusc+clic prima dell&apos;inizio, clic sulla linea inserisce, trascina sposta, Canc o clic destro rimuove, Esc termina</translation>
    </message>
    <message>
        <source>Route drawing ended</source>
        <translation>Disegno percorso terminato</translation>
    </message>
    <message>
        <source>Add route point {number}</source>
        <translation>Aggiungi punto percorso {number}</translation>
    </message>
    <message>
        <source>Add route point before the start</source>
        <translation>Aggiungi punto prima dell&apos;inizio</translation>
    </message>
    <message>
        <source>Insert route point</source>
        <translation>Inserisci punto percorso</translation>
    </message>
    <message>
        <source>Move route point {number}</source>
        <translation>Sposta punto percorso {number}</translation>
    </message>
    <message>
        <source>Delete route point {number}</source>
        <translation>Elimina punto percorso {number}</translation>
    </message>
    <message>
        <source>Go to: {error}</source>
        <translation>Vai a: {error}</translation>
    </message>
    <message>
        <source>Map centred on {position}</source>
        <translation>Mappa centrata su {position}</translation>
    </message>
    <message>
        <source>Tulip of box {number}</source>
        <translation>Tulipano della casella {number}</translation>
    </message>
    <message>
        <source>Select a box to draw its tulip</source>
        <translation>Seleziona una casella per disegnarne il tulipano</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 casella</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Caselle: {count}</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Nessun problema</translation>
    </message>
    <message>
        <source>⚠ 1 finding</source>
        <translation>⚠ 1 problema</translation>
    </message>
    <message>
        <source>⚠ {count} findings</source>
        <translation>⚠ Problemi: {count}</translation>
    </message>
    <message>
        <source>Roadbook: {finding}</source>
        <translation>Roadbook: {finding}</translation>
    </message>
    <message>
        <source>Box {number}: {finding}</source>
        <translation>Casella {number}: {finding}</translation>
    </message>
    <message>
        <source>from {file}, not saved</source>
        <translation>da {file}, non salvato</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non salvato</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>{roadbook}[*] — {where} — Roadbook editor</source>
        <translation>{roadbook}[*] — {where} — Editor roadbook</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{count} more failed</source>
        <translation>altri non riusciti: {count}</translation>
    </message>
    <message>
        <source>{count} not asked after that</source>
        <translation>non richiesti dopo: {count}</translation>
    </message>
    <message>
        <source>{map}: {lost} of {total} tiles could not be fetched ({reasons}); they are blank</source>
        <translation>{map}: impossibile scaricare {lost} tile su {total} ({reasons}); restano vuoti</translation>
    </message>
    <message>
        <source>{size} bytes, over the {limit} limit</source>
        <translation>{size} byte, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>oltre il limite di {limit} byte</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>nessuna risposta in {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>server non trovato</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>connessione sicura non riuscita</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>il server ha chiuso la connessione</translation>
    </message>
    <message>
        <source>{map}: offline, {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: offline, {missing} tile su {total} non sono in cache; restano vuoti</translation>
    </message>
    <message>
        <source>{map}: {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}: {missing} tile su {total} non sono in cache; restano vuoti</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Not opened: {files}</source>
        <translation>Non aperti: {files}</translation>
    </message>
    <message>
        <source>one roadbook at a time: {files}</source>
        <translation>un roadbook alla volta: {files}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Aperto {file}</translation>
    </message>
    <message>
        <source>Map: {map}</source>
        <translation>Mappa: {map}</translation>
    </message>
    <message>
        <source>{files}: open a roadbook first, then drop its drives</source>
        <translation>{files}: apri prima un roadbook, poi trascina le sue sessioni</translation>
    </message>
    <message>
        <source>Replaying {file}</source>
        <translation>Riproduzione di {file}</translation>
    </message>
    <message>
        <source>Reviewing {files}</source>
        <translation>Analisi di {files}</translation>
    </message>
    <message>
        <source>{files}: a drive, not a roadbook</source>
        <translation>{files}: una sessione, non un roadbook</translation>
    </message>
    <message>
        <source>{files}: a roadbook; drop it on the main window to review on it</source>
        <translation>{files}: un roadbook; trascinalo sulla finestra principale per analizzare su di esso</translation>
    </message>
    <message>
        <source>Added {files}</source>
        <translation>Aggiunti {files}</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>All recorded drives</source>
        <translation>Tutte le sessioni registrate</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Impossibile aprire il roadbook</translation>
    </message>
    <message>
        <source>Opened what is whole of {file}, unsaved</source>
        <translation>Aperta la parte integra di {file}, non salvato</translation>
    </message>
    <message>
        <source>Opened {file}; Save asks for a new file and leaves this one as it is</source>
        <translation>Aperto {file}; Salva chiede un nuovo file e lascia questo invariato</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Aperto {file}</translation>
    </message>
    <message>
        <source>Cannot import roadbook</source>
        <translation>Impossibile importare il roadbook</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>Importato {file}</translation>
    </message>
    <message>
        <source>Cannot import KML</source>
        <translation>Impossibile importare il KML</translation>
    </message>
    <message>
        <source>Imported {count} waypoints from {file}</source>
        <translation>Waypoint importati da {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>Impossibile esportare il PDF</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}</source>
        <translation>Esportata 1 pagina in {file}</translation>
    </message>
    <message>
        <source>Exported {pages} pages to {file}</source>
        <translation>Pagine esportate in {file}: {pages}</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Impossibile generare</translation>
    </message>
    <message>
        <source>recording {number} of {count}</source>
        <translation>registrazione {number} di {count}</translation>
    </message>
    <message>
        <source>waypoints far from it left out: {count}</source>
        <translation>waypoint lontani esclusi: {count}</translation>
    </message>
    <message>
        <source>Generate from {file}</source>
        <translation>Genera da {file}</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file} ({notes})</source>
        <translation>Caselle generate da {file}: {count} ({notes})</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file}</source>
        <translation>Caselle generate da {file}: {count}</translation>
    </message>
    <message>
        <source>Cannot recover: {error}</source>
        <translation>Impossibile recuperare: {error}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {file}</source>
        <translation>Recuperate le modifiche non salvate a {file}</translation>
    </message>
    <message>
        <source>{roadbook} has changes that are not saved. Save them?</source>
        <translation>{roadbook} ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>The roadbook has changes that are not saved. Save them?</source>
        <translation>Il roadbook ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>{done} — warning: {warnings}</source>
        <translation>{done} — attenzione: {warnings}</translation>
    </message>
    <message>
        <source>Cannot save roadbook</source>
        <translation>Impossibile salvare il roadbook</translation>
    </message>
    <message>
        <source>Saved without some of the roadbook</source>
        <translation>Salvato senza una parte del roadbook</translation>
    </message>
    <message>
        <source>Saved {file} — {lost}</source>
        <translation>Salvato {file} — {lost}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Salvato {file}</translation>
    </message>
    <message>
        <source>Recover unsaved roadbook</source>
        <translation>Recupera roadbook non salvato</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossibile leggere: {reason}</translation>
    </message>
    <message>
        <source>not a map file navapp reads (MBTiles or PMTiles)</source>
        <translation>non è un file mappa che navapp legge (MBTiles o PMTiles)</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>not a FIT file (no &apos;.FIT&apos; header)</source>
        <translation>non è un file FIT (manca l&apos;intestazione &apos;.FIT&apos;)</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>checksum errato</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>il file finisce prima del previsto</translation>
    </message>
    <message>
        <source>damaged ({reason})</source>
        <translation>danneggiato ({reason})</translation>
    </message>
    <message>
        <source>{damage}; no positioned record before it</source>
        <translation>{damage}; nessun record con posizione prima del danno</translation>
    </message>
    <message>
        <source>no records with a position</source>
        <translation>nessun record con posizione</translation>
    </message>
    <message>
        <source>{damage}; read {count} points</source>
        <translation>{damage}; punti letti: {count}</translation>
    </message>
    <message>
        <source>{no_position} records without a position skipped</source>
        <translation>record senza posizione saltati: {no_position}</translation>
    </message>
    <message>
        <source>times relative to power-on, not dated: dropped</source>
        <translation>orari relativi all&apos;accensione, senza data: scartati</translation>
    </message>
    <message>
        <source>{count} records out of range skipped</source>
        <translation>record fuori intervallo saltati: {count}</translation>
    </message>
    <message>
        <source>{out} course points out of range skipped</source>
        <translation>punti di percorso fuori intervallo saltati: {out}</translation>
    </message>
</context>
<context>
    <name>FixPath</name>
    <message>
        <source>{count} marked no-fix by the receiver</source>
        <translation>segnati senza fix dal ricevitore: {count}</translation>
    </message>
    <message>
        <source>{count} cold-start</source>
        <translation>avvio a freddo: {count}</translation>
    </message>
    <message>
        <source>{count} in GPS jumps</source>
        <translation>in salti GPS: {count}</translation>
    </message>
    <message>
        <source>{count} with a time going back</source>
        <translation>con l&apos;orario che torna indietro: {count}</translation>
    </message>
    <message>
        <source>{total} points are not positions and were left out: {reasons}</source>
        <translation>punti che non sono posizioni, esclusi: {total} ({reasons})</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>EXCLUSION</source>
        <comment>a crew put out of the stage; as the rally rules say it (FR: EXCLUSION)</comment>
        <translation>ESCLUSIONE</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <source>the track needs at least two positions (it has {size})</source>
        <translation>la traccia richiede almeno due posizioni (ne ha: {size})</translation>
    </message>
    <message>
        <source>the track is only {length} m long</source>
        <translation>la traccia è lunga solo {length} m</translation>
    </message>
    <message>
        <source>spacing and turn settings must be positive numbers</source>
        <translation>spaziatura e impostazioni di svolta devono essere numeri positivi</translation>
    </message>
    <message>
        <source>none of the track&apos;s {count} points is a position (the receiver had no fix)</source>
        <translation>nessuno dei punti della traccia ({count}) è una posizione (il ricevitore non aveva il fix)</translation>
    </message>
    <message>
        <source>the track needs at least two positions (it has {usable})</source>
        <translation>la traccia richiede almeno due posizioni (ne ha: {usable})</translation>
    </message>
    <message>
        <source>recording {number} of {count}: {error}</source>
        <translation>registrazione {number} di {count}: {error}</translation>
    </message>
    <message>
        <source>{left_out} of the file&apos;s {count} waypoints are more than {distance} m from this route and were left out</source>
        <translation>waypoint del file a più di {distance} m da questo percorso, esclusi: {left_out} su {count}</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate roadbook from track</source>
        <translation>Genera roadbook da traccia</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e altre {count}</translation>
    </message>
    <message>
        <source>This file holds {count} recordings (split at gaps of more than {hours} h or {distance} km). A roadbook is made from one of them:</source>
        <translation>Registrazioni in questo file: {count} (divise a interruzioni di oltre {hours} h o {distance} km). Il roadbook si crea da una di esse:</translation>
    </message>
    <message>
        <source>{recording}  (longest)</source>
        <translation>{recording}  (la più lunga)</translation>
    </message>
    <message>
        <source>The recording the roadbook is made from</source>
        <translation>La registrazione da cui si crea il roadbook</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>A turn at least this sharp gets a box</source>
        <translation>Una svolta almeno così stretta riceve una casella</translation>
    </message>
    <message>
        <source>Box at turns sharper than</source>
        <translation>Casella a svolte oltre</translation>
    </message>
    <message>
        <source>No two boxes farther apart than this</source>
        <translation>Nessuna coppia di caselle più distante di così</translation>
    </message>
    <message>
        <source>Boxes at most every</source>
        <translation>Caselle al massimo ogni</translation>
    </message>
    <message>
        <source>Turns closer than this to another box are left out</source>
        <translation>Le svolte più vicine di così a un&apos;altra casella sono escluse</translation>
    </message>
    <message>
        <source>Boxes at least</source>
        <translation>Caselle almeno ogni</translation>
    </message>
</context>
<context>
    <name>GpsFeed</name>
    <message>
        <source>NO GPS</source>
        <translation>NO GPS</translation>
    </message>
    <message>
        <source>GPS LOST</source>
        <translation>GPS PERSO</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>IN PAUSA</translation>
    </message>
    <message>
        <source>REPLAY END</source>
        <translation>FINE RIPROD.</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>nessun fix</translation>
    </message>
    <message>
        <source>{source} — fix, {count} satellites</source>
        <translation>{source} — fix, satelliti: {count}</translation>
    </message>
    <message>
        <source>{source} — fix</source>
        <translation>{source} — fix</translation>
    </message>
    <message>
        <source>NO GPS {seconds} s</source>
        <translation>NO GPS {seconds} s</translation>
    </message>
    <message>
        <source>NO FIX {seconds} s</source>
        <translation>NO FIX {seconds} s</translation>
    </message>
    <message>
        <source>REPLAY PAUSED</source>
        <translation>RIPROD. IN PAUSA</translation>
    </message>
    <message>
        <source>no GPS source</source>
        <translation>nessuna sorgente GPS</translation>
    </message>
    <message>
        <source>no fix for {seconds} s — {source} reports no position</source>
        <translation>nessun fix da {seconds} s — {source} non fornisce posizione</translation>
    </message>
    <message>
        <source>{source} — waiting for data</source>
        <translation>{source} — in attesa di dati</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {link}</source>
        <translation>nessun dato GPS da {seconds} s — {link}</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {source} has gone silent</source>
        <translation>nessun dato GPS da {seconds} s — {source} è muto</translation>
    </message>
</context>
<context>
    <name>GpsLink</name>
    <message>
        <source>no position service on this machine (Qt Positioning has no backend)</source>
        <translation>nessun servizio di posizione su questo computer (Qt Positioning non ha backend)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{source}: no answer from the position service in {wait} — is it running? Or choose serial or gpsd in GPS › Source…</source>
        <translation>{source}: nessuna risposta dal servizio di posizione in {wait} — è attivo? Oppure scegli seriale o gpsd in GPS › Sorgente…</translation>
    </message>
    <message>
        <source>{source}{detail} — waiting for data</source>
        <translation>{source}{detail} — in attesa di dati</translation>
    </message>
    <message>
        <source>{source}: port gone — reconnecting in {wait}</source>
        <translation>{source}: porta scomparsa — riconnessione tra {wait}</translation>
    </message>
    <message>
        <source>{source}: {reason} — retrying in {wait}</source>
        <translation>{source}: {reason} — nuovo tentativo tra {wait}</translation>
    </message>
    <message>
        <source>{source} {reason} — reconnecting in {wait}</source>
        <translation>{source} {reason} — riconnessione tra {wait}</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} fermato</translation>
    </message>
</context>
<context>
    <name>GpsSource</name>
    <message>
        <source>no replay file chosen</source>
        <translation>nessun file di riproduzione scelto</translation>
    </message>
</context>
<context>
    <name>GpsdSource</name>
    <message>
        <source>connecting to {host}:{port}…</source>
        <translation>connessione a {host}:{port}…</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perso</translation>
    </message>
</context>
<context>
    <name>Gpx</name>
    <message>
        <source>not a GPX file</source>
        <translation>non è un file GPX</translation>
    </message>
    <message>
        <source>not a usable GPX file: {reason}</source>
        <translation>file GPX non utilizzabile: {reason}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; plain GPX needs them</source>
        <translation>la casella {index} non ha coordinate; il GPX semplice le richiede</translation>
    </message>
</context>
<context>
    <name>Gpxtrack</name>
    <message>
        <source>bad time {text}</source>
        <translation>orario non valido: {text}</translation>
    </message>
    <message>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} non è un numero</translation>
    </message>
    <message>
        <source>&lt;{local}&gt; without lat/lon</source>
        <translation>&lt;{local}&gt; senza lat/lon</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} is not a number</source>
        <translation>lat/lon {lat}, {lon} non è un numero</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} out of range</source>
        <translation>lat/lon {lat}, {lon} fuori intervallo</translation>
    </message>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTD ed entità non sono ammessi nei file navapp</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>non è un file GPX (elemento radice &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early, before its first complete point</source>
        <translation>XML non valido: il file finisce prima del primo punto completo</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>il file finisce prima del previsto; punti letti: {count}</translation>
    </message>
    <message>
        <source>no track points</source>
        <translation>nessun punto traccia</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossibile leggere: {reason}</translation>
    </message>
</context>
<context>
    <name>Igc</name>
    <message>
        <source>file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>no fixes (IGC B records)</source>
        <translation>nessun fix (record B IGC)</translation>
    </message>
    <message>
        <source>{bad} unreadable fixes skipped</source>
        <translation>fix illeggibili saltati: {bad}</translation>
    </message>
    <message>
        <source>no flight date (HFDTE): times dropped</source>
        <translation>nessuna data di volo (HFDTE): orari scartati</translation>
    </message>
    <message>
        <source>{count} fixes out of range skipped</source>
        <translation>fix fuori intervallo saltati: {count}</translation>
    </message>
    <message>
        <source>no fixes (IGC B records) in range</source>
        <translation>nessun fix (record B IGC) entro i limiti</translation>
    </message>
</context>
<context>
    <name>KeyLabel</name>
    <message>
        <source>Vol +</source>
        <extracomment>How often the controller polls the tracker while a key is held for a hold or a repeat. Keys that do nothing in a text field, so they reach the controller even while one has focus. Widgets where the keyboard is for typing: the controller leaves their keys alone. Shifted characters and the key that types them on a US keyboard, for platforms that give no scan code: Shift+= is pressed as &quot;+&quot; and, once Shift is up, released as &quot;=&quot;.</extracomment>
        <translation>Vol +</translation>
    </message>
    <message>
        <source>Vol −</source>
        <translation>Vol −</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Next track</source>
        <translation>Brano succ.</translation>
    </message>
    <message>
        <source>Prev. track</source>
        <translation>Brano prec.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Play/Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Pag Su</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Pag Giù</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>Kml</name>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>coordinate KML non valide: {token}</translation>
    </message>
    <message>
        <source>KML coordinates out of range: {token}</source>
        <translation>coordinate KML fuori intervallo: {token}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} placemarks</source>
        <translation>il file finisce prima del previsto; segnaposto letti: {count}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>non è un file KML (elemento radice &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>placemark {label} has no coordinates</source>
        <translation>il segnaposto {label} non ha coordinate</translation>
    </message>
    <message>
        <source>no route line in this file</source>
        <translation>nessuna linea di percorso in questo file</translation>
    </message>
    <message>
        <source>no placemarks with a point in this KML</source>
        <translation>nessun segnaposto con un punto in questo KML</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language ({language})</source>
        <translation>Lingua di sistema ({language})</translation>
    </message>
    <message>
        <source>navapp speaks the chosen language from its next start. Rally terms (CAP, DSS, ASS, WPM, DZ…) stay as crews use them; trip meters and roadbook boxes keep the decimal point, as printed roadbooks and trip meters do.</source>
        <translation>navapp usa la lingua scelta dal prossimo avvio. I termini rally (CAP, DSS, ASS, WPM, DZ…) restano come li usano gli equipaggi; trip master e caselle del roadbook mantengono il punto decimale, come i roadbook stampati e i trip master.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Figures and dates</source>
        <translation>Numeri e date</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a roadbook: File › Open…</source>
        <translation>Apri un roadbook: File › Apri…</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>GPS: {error}</source>
        <translation>GPS: {error}</translation>
    </message>
    <message>
        <source>Resume the stage?</source>
        <translation>Riprendere la tappa?</translation>
    </message>
    <message>
        <source>Cannot replay drive</source>
        <translation>Impossibile riprodurre la sessione</translation>
    </message>
    <message>
        <source>{file}: no GPS fixes</source>
        <translation>{file}: nessun fix GPS</translation>
    </message>
    <message>
        <source>Replaying a damaged drive</source>
        <translation>Riproduzione di una sessione danneggiata</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Aperto {file}</translation>
    </message>
    <message>
        <source>Roadbook damaged</source>
        <translation>Roadbook danneggiato</translation>
    </message>
    <message>
        <source>Open roadbook</source>
        <translation>Apri roadbook</translation>
    </message>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Impossibile aprire il roadbook</translation>
    </message>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook senza titolo</translation>
    </message>
    <message>
        <source>{roadbook}{list} — navapp</source>
        <translation>{roadbook}{list} — navapp</translation>
    </message>
    <message>
        <source>Review recorded drives</source>
        <translation>Analizza sessioni registrate</translation>
    </message>
    <message>
        <source>open a roadbook first, then review drives against it</source>
        <translation>apri prima un roadbook, poi analizza le sessioni su di esso</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Analisi</translation>
    </message>
</context>
<context>
    <name>MapAction</name>
    <message>
        <source>Map &amp;controls</source>
        <translation>&amp;Comandi mappa</translation>
    </message>
    <message>
        <source>Map &amp;source</source>
        <translation>&amp;Sorgente mappa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Show the whole stage (Home)</source>
        <translation>Mostra tutta la tappa (Home)</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Equipaggio {number}</translation>
    </message>
    <message>
        <source>over the speed limit</source>
        <translation>oltre il limite di velocità</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>fuori percorso</translation>
    </message>
    <message>
        <source>speed zone</source>
        <translation>zona di velocità</translation>
    </message>
    <message>
        <source>missed waypoint</source>
        <translation>waypoint mancato</translation>
    </message>
    <message>
        <source>Speed ({unit})</source>
        <translation>Velocità ({unit})</translation>
    </message>
    <message>
        <source>+ {count} more crews</source>
        <translation>+ altri {count} equipaggi</translation>
    </message>
    <message>
        <source>closest {distance} m</source>
        <translation>min. {distance} m</translation>
    </message>
</context>
<context>
    <name>MapPainting</name>
    <message>
        <source>No roadbook</source>
        <translation>Nessun roadbook</translation>
    </message>
    <message>
        <source>The boxes have no positions to map</source>
        <translation>Le caselle non hanno posizioni da mostrare</translation>
    </message>
    <message>
        <source>An empty map: Go to a place (Ctrl+G) to draw the route there</source>
        <translation>Mappa vuota: vai a un luogo (Ctrl+G) per disegnarvi il percorso</translation>
    </message>
    <message>
        <source>Box {number} · {total}</source>
        <translation>Casella {number} · {total}</translation>
    </message>
    <message>
        <source>Drawing the route · click: add at the end · Shift+click: add before the start · click the line: insert · click a box: select it · drag: move · Del or right-click: remove · Esc: done</source>
        <translation>Disegno del percorso · clic: aggiungi alla fine · Maiusc+clic: aggiungi prima dell&apos;inizio · clic sulla linea: inserisci · clic su una casella: selezionala · trascina: sposta · Canc o clic destro: rimuovi · Esc: fine</translation>
    </message>
    <message>
        <source>Drawing the route · Esc: done</source>
        <translation>Disegno del percorso · Esc: fine</translation>
    </message>
    <message>
        <source>No route line: draw one (Ctrl+D) to place boxes on the map</source>
        <translation>Nessuna linea di percorso: disegnala (Ctrl+D) per posizionare le caselle sulla mappa</translation>
    </message>
    <message>
        <source>Click the route to add a box · drag a box along the route</source>
        <translation>Clic sul percorso per aggiungere una casella · trascina una casella lungo il percorso</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Show the whole route (Home)</source>
        <translation>Mostra tutto il percorso (Home)</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>{name} is {count} bytes, over the {limit} limit</source>
        <translation>{name}: {count} byte, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG or WebP image</source>
        <translation>{name} non è un&apos;immagine PNG, JPEG o WebP</translation>
    </message>
    <message>
        <source>is a folder, not a map file</source>
        <translation>è una cartella, non un file mappa</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossibile leggere: {reason}</translation>
    </message>
</context>
<context>
    <name>MapSourceBar</name>
    <message>
        <source>No map</source>
        <translation>Nessuna mappa</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Aggiungi file mappa…</translation>
    </message>
    <message>
        <source>The map under the route</source>
        <translation>La mappa sotto il percorso</translation>
    </message>
    <message>
        <source>How strongly the map shows under the route</source>
        <translation>Quanto è visibile la mappa sotto il percorso</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Show only map files and tiles already cached: no network</source>
        <translation>Mostra solo file mappa e tile già in cache: niente rete</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Aggiungi un file mappa</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Aggiungi file mappa…</translation>
    </message>
    <message>
        <source>An offline map: MBTiles or PMTiles with raster tiles</source>
        <translation>Una mappa offline: MBTiles o PMTiles con tile raster</translation>
    </message>
    <message>
        <source>e.g. Topo at home</source>
        <translation>es. Topo da casa</translation>
    </message>
    <message>
        <source>© whose map it is, as the server asks</source>
        <translation>© di chi è la mappa, come richiesto dal server</translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation>Aggiungi server di tile</translation>
    </message>
    <message>
        <source>Offline: never fetch tiles (map files and cached tiles only)</source>
        <translation>Offline: non scaricare mai tile (solo file mappa e tile in cache)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Svuota cache</translation>
    </message>
    <message>
        <source>Maps to choose from</source>
        <translation>Mappe disponibili</translation>
    </message>
    <message>
        <source>Add a tile server</source>
        <translation>Aggiungi un server di tile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribuzione</translation>
    </message>
    <message>
        <source>Max zoom</source>
        <translation>Zoom max</translation>
    </message>
    <message>
        <source>Network and cache</source>
        <translation>Rete e cache</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Conserva al massimo</translation>
    </message>
    <message>
        <source>Cached now</source>
        <translation>In cache ora</translation>
    </message>
    <message>
        <source>Dropped a saved map: {map}</source>
        <translation>Rimossa una mappa salvata: {map}</translation>
    </message>
    <message>
        <source>{map}: navapp already lists this server</source>
        <translation>{map}: navapp ha già questo server</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Aggiungi un file mappa</translation>
    </message>
    <message>
        <source>{map}  (tile server, built in)</source>
        <translation>{map}  (server di tile, integrato)</translation>
    </message>
    <message>
        <source>{map}  (map file)</source>
        <translation>{map}  (file mappa)</translation>
    </message>
    <message>
        <source>{map}  (tile server)</source>
        <translation>{map}  (server di tile)</translation>
    </message>
</context>
<context>
    <name>Mbtiles</name>
    <message>
        <source>tile {z}/{x}/{y} is {size} bytes, over the {limit} limit</source>
        <translation>tile {z}/{x}/{y}: {size} byte, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} is not an image but text</source>
        <translation>il tile {z}/{x}/{y} non è un&apos;immagine ma testo</translation>
    </message>
    <message>
        <source>not an MBTiles map: it has no tiles table</source>
        <translation>non è una mappa MBTiles: manca la tabella tiles</translation>
    </message>
    <message>
        <source>no metadata table: name, zooms and bounds are guessed</source>
        <translation>nessuna tabella metadata: nome, zoom e limiti sono stimati</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contiene tile vettoriali; navapp disegna solo mappe raster</translation>
    </message>
    <message>
        <source>unknown tile format {fmt}</source>
        <translation>formato tile sconosciuto: {fmt}</translation>
    </message>
    <message>
        <source>no tile format in the metadata: taken from each tile</source>
        <translation>nessun formato tile nei metadati: ricavato da ogni tile</translation>
    </message>
    <message>
        <source>bad minzoom/maxzoom in the metadata: taken from the tiles</source>
        <translation>minzoom/maxzoom non validi nei metadati: ricavati dai tile</translation>
    </message>
    <message>
        <source>the map has no tiles</source>
        <translation>la mappa non ha tile</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>livelli di zoom {low}..{high} fuori intervallo</translation>
    </message>
    <message>
        <source>no tile index: tiles load slowly from a large file</source>
        <translation>nessun indice dei tile: caricamento lento da un file grande</translation>
    </message>
    <message>
        <source>bad bounds {text} in the metadata: ignored</source>
        <translation>limiti {text} non validi nei metadati: ignorati</translation>
    </message>
    <message>
        <source>the map file is damaged (unreadable database)</source>
        <translation>il file mappa è danneggiato (database illeggibile)</translation>
    </message>
    <message>
        <source>not an MBTiles map (not an SQLite database)</source>
        <translation>non è una mappa MBTiles (non è un database SQLite)</translation>
    </message>
    <message>
        <source>the map file is damaged (malformed database)</source>
        <translation>il file mappa è danneggiato (database malformato)</translation>
    </message>
    <message>
        <source>not an MBTiles map ({reason})</source>
        <translation>non è una mappa MBTiles ({reason})</translation>
    </message>
    <message>
        <source>cannot read the map file: {reason}</source>
        <translation>impossibile leggere il file mappa: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit roadbook…</source>
        <translation>&amp;Modifica roadbook…</translation>
    </message>
    <message>
        <source>&amp;Review a drive…</source>
        <translation>A&amp;nalizza una sessione…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Sorgente…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Trip</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Drive view</source>
        <translation>Vista &amp;guida</translation>
    </message>
    <message>
        <source>&amp;Roadbook boxes</source>
        <translation>Caselle del &amp;roadbook</translation>
    </message>
    <message>
        <source>D&amp;immer (night)</source>
        <translation>A&amp;ttenuazione (notte)</translation>
    </message>
    <message>
        <source>Driver displa&amp;y</source>
        <translation>Schermo &amp;pilota</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Allenamento</translation>
    </message>
    <message>
        <source>&amp;Masked: only the current box</source>
        <translation>&amp;Mascherato: solo la casella attuale</translation>
    </message>
    <message>
        <source>&amp;No CAP</source>
        <translation>&amp;Senza CAP</translation>
    </message>
    <message>
        <source>&amp;Distance only</source>
        <translation>Solo &amp;distanza</translation>
    </message>
    <message>
        <source>&amp;Zoom PDF roll: distances / whole page</source>
        <translation>&amp;Zoom rotolo PDF: distanze / pagina intera</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Pagina di benvenuto</translation>
    </message>
    <message>
        <source>&amp;About navapp</source>
        <translation>&amp;Informazioni su navapp</translation>
    </message>
    <message>
        <source>hold {key}</source>
        <translation>tieni premuto {key}</translation>
    </message>
    <message>
        <source>{path}
+ waypoints from {list}</source>
        <translation>{path}
+ waypoint da {list}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Keep the stage</source>
        <translation>Mantieni la tappa</translation>
    </message>
    <message>
        <source>Start a new stage</source>
        <translation>Nuova tappa</translation>
    </message>
    <message>
        <source>GPS source changed</source>
        <translation>Sorgente GPS cambiata</translation>
    </message>
    <message>
        <source>The GPS source changes to {source} during the stage.</source>
        <translation>La sorgente GPS passa a {source} durante la tappa.</translation>
    </message>
    <message>
        <source>Keep the stage: the trip, the box and the waypoints go on from here.
Start a new stage: everything starts again from zero.</source>
        <translation>Mantieni la tappa: trip, casella e waypoint proseguono da qui.
Nuova tappa: tutto riparte da zero.</translation>
    </message>
    <message>
        <source>navapp stopped during this stage (trip {trip} {unit}, box {box}). Resume where it stopped?</source>
        <translation>navapp si è fermata durante questa tappa (trip {trip} {unit}, casella {box}). Riprendere da lì?</translation>
    </message>
</context>
<context>
    <name>NightControl</name>
    <message>
        <source>The dimmer works at night: View › Night mode</source>
        <extracomment>The co-driver actions of the dimmer and the steps they move it by.</extracomment>
        <translation>L&apos;attenuazione funziona di notte: Visualizza › Modalità notte</translation>
    </message>
    <message>
        <source>Dimmer {level} %</source>
        <translation>Attenuazione {level} %</translation>
    </message>
    <message>
        <source>Dimmer off</source>
        <translation>Attenuazione off</translation>
    </message>
</context>
<context>
    <name>Nmea</name>
    <message>
        <source>no NMEA sentences found</source>
        <translation>nessuna frase NMEA trovata</translation>
    </message>
</context>
<context>
    <name>OdometerWidget</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTALE</translation>
    </message>
</context>
<context>
    <name>Openrally</name>
    <message>
        <source>{what} is not a number: {text}</source>
        <translation>{what} non è un numero: {text}</translation>
    </message>
    <message>
        <source>{what} is not a finite number: {text}</source>
        <translation>{what} non è un numero finito: {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number: {text}</source>
        <translation>{what} deve essere un numero intero: {text}</translation>
    </message>
    <message>
        <source>negative {what}: {value}</source>
        <translation>{what} negativo: {value}</translation>
    </message>
    <message>
        <source>{attr} radius must be positive: {text}</source>
        <translation>il raggio {attr} deve essere positivo: {text}</translation>
    </message>
    <message>
        <source>speed limit must be positive: {value}</source>
        <translation>il limite di velocità deve essere positivo: {value}</translation>
    </message>
    <message>
        <source>unknown units {raw} (expected metric or statute)</source>
        <translation>unità sconosciute {raw} (attese metric o statute)</translation>
    </message>
    <message>
        <source>waypoint has no OpenRally distance</source>
        <translation>il waypoint non ha distanza OpenRally</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>non è un file GPX (elemento radice &lt;{local}&gt;)</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the PDF is protected by a password; save an unprotected copy</source>
        <translation>il PDF è protetto da password; salvane una copia non protetta</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection; save an unprotected copy</source>
        <translation>il PDF usa una protezione non supportata; salvane una copia non protetta</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged)</source>
        <translation>PDF illeggibile (danneggiato)</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, or it has no pages)</source>
        <translation>PDF illeggibile (danneggiato o senza pagine)</translation>
    </message>
    <message>
        <source>the PDF is {mb} MB; navapp reads PDFs up to {limit} MB</source>
        <translation>il PDF pesa {mb} MB; navapp legge PDF fino a {limit} MB</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>non è un file PDF (manca l&apos;intestazione %PDF)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>il PDF non ha pagine</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; navapp reads up to {limit}</source>
        <translation>pagine del PDF: {count}; navapp ne legge fino a {limit}</translation>
    </message>
    <message>
        <source>page {page} cannot be read (damaged PDF)</source>
        <translation>impossibile leggere la pagina {page} (PDF danneggiato)</translation>
    </message>
    <message>
        <source>page {page} is {width} x {height} points, not a page size a roadbook is printed on</source>
        <translation>la pagina {page} misura {width} x {height} punti, non è un formato su cui si stampa un roadbook</translation>
    </message>
    <message>
        <source>page {page} cannot be drawn (damaged PDF)</source>
        <translation>impossibile disegnare la pagina {page} (PDF danneggiato)</translation>
    </message>
</context>
<context>
    <name>PdfRoadbook</name>
    <message>
        <source>no box rows found on the pages: nothing to follow</source>
        <translation>nessuna riga di casella trovata nelle pagine: niente da seguire</translation>
    </message>
    <message>
        <source>no text layer (a scan): {rows} rows found, but the roll cannot follow the trip meter; scroll it by hand</source>
        <translation>nessun livello di testo (una scansione): righe trovate: {rows}, ma il rotolo non può seguire il trip master; scorrilo a mano</translation>
    </message>
    <message>
        <source>{count} of {rows} rows have no distance in the text layer: the roll cannot follow the trip meter past them</source>
        <translation>righe senza distanza nel livello di testo: {count} su {rows}; oltre quelle il rotolo non può seguire il trip master</translation>
    </message>
</context>
<context>
    <name>PdfRollPane</name>
    <message>
        <source>NO READABLE DISTANCES: THE ROLL DOES NOT FOLLOW THE TRIP METER · ▲ ▼ MOVE IT</source>
        <translation>NESSUNA DISTANZA LEGGIBILE: IL ROTOLO NON SEGUE IL TRIP · ▲ ▼ PER SPOSTARLO</translation>
    </message>
    <message>
        <source>SCROLLED BY HAND: NOT THE CURRENT BOX · AUTO (A) GOES BACK TO IT</source>
        <translation>SCORSO A MANO: NON È LA CASELLA ATTUALE · AUTO (A) PER TORNARCI</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>ALLENAMENTO MASCHERATO</translation>
    </message>
</context>
<context>
    <name>PdfRollView</name>
    <message>
        <source>file not found</source>
        <translation>file non trovato</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>PDF non leggibile</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>il PDF è protetto da password</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way not supported</source>
        <translation>il PDF usa una cifratura non supportata</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>impossibile leggere il PDF</translation>
    </message>
    <message>
        <source>MASKED</source>
        <translation>MASCHERATO</translation>
    </message>
    <message>
        <source>Cannot show the PDF: {reason}</source>
        <translation>Impossibile mostrare il PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>Pmtiles</name>
    <message>
        <source>tile {z}/{x}/{y}: directories nest too deep</source>
        <translation>tile {z}/{x}/{y}: directory annidate troppo in profondità</translation>
    </message>
    <message>
        <source>the map file is closed</source>
        <translation>il file mappa è chiuso</translation>
    </message>
    <message>
        <source>{what} lies past the end of the file (cut off?)</source>
        <translation>{what} è oltre la fine del file (troncato?)</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>l&apos;intestazione</translation>
    </message>
    <message>
        <source>not a PMTiles map file</source>
        <translation>non è un file mappa PMTiles</translation>
    </message>
    <message>
        <source>the PMTiles header is cut off</source>
        <translation>l&apos;intestazione PMTiles è troncata</translation>
    </message>
    <message>
        <source>PMTiles version {version}; navapp reads version 3</source>
        <translation>PMTiles versione {version}; navapp legge la versione 3</translation>
    </message>
    <message>
        <source>bad PMTiles header ({error})</source>
        <translation>intestazione PMTiles non valida ({error})</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>livelli di zoom {low}..{high} fuori intervallo</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contiene tile vettoriali; navapp disegna solo mappe raster</translation>
    </message>
    <message>
        <source>tile type {name} is not PNG, JPEG or WebP</source>
        <translation>il tipo di tile {name} non è PNG, JPEG o WebP</translation>
    </message>
    <message>
        <source>tiles are {name}-compressed; navapp reads plain ones</source>
        <translation>tile compressi con {name}; navapp legge solo tile non compressi</translation>
    </message>
    <message>
        <source>{what} compressed with {name}</source>
        <translation>{what} compresso con {name}</translation>
    </message>
    <message>
        <source>{what} is damaged (bad gzip data)</source>
        <translation>{what} danneggiato (dati gzip non validi)</translation>
    </message>
    <message>
        <source>{what} inflates past {limit} bytes</source>
        <translation>{what} decompresso supera {limit} byte</translation>
    </message>
    <message>
        <source>metadata too large: ignored</source>
        <translation>metadati troppo grandi: ignorati</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>i metadati</translation>
    </message>
    <message>
        <source>unreadable metadata: name and attribution unknown</source>
        <translation>metadati illeggibili: nome e attribuzione sconosciuti</translation>
    </message>
    <message>
        <source>metadata is not a JSON object: ignored</source>
        <translation>i metadati non sono un oggetto JSON: ignorati</translation>
    </message>
    <message>
        <source>a directory of {length} bytes is over the limit</source>
        <translation>una directory di {length} byte supera il limite</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>una directory</translation>
    </message>
    <message>
        <source>a directory is damaged</source>
        <translation>una directory è danneggiata</translation>
    </message>
    <message>
        <source>a directory is out of order (damaged)</source>
        <translation>una directory è fuori ordine (danneggiata)</translation>
    </message>
    <message>
        <source>{name} is {length} bytes, over the {limit} limit</source>
        <translation>{name}: {length} byte, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>not a PMTiles map file (empty)</source>
        <translation>non è un file mappa PMTiles (vuoto)</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>point without {name}</source>
        <translation>punto senza {name}</translation>
    </message>
    <message>
        <source>{name} is not a number: {text}</source>
        <translation>{name} non è un numero: {text}</translation>
    </message>
    <message>
        <source>{name} is not a finite number: {text}</source>
        <translation>{name} non è un numero finito: {text}</translation>
    </message>
    <message>
        <source>{name} out of range: {text}</source>
        <translation>{name} fuori intervallo: {text}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Roadbook</source>
        <translation>Roadbook</translation>
    </message>
    <message>
        <source>This roadbook has no boxes.</source>
        <translation>Questo roadbook non ha caselle.</translation>
    </message>
    <message>
        <source>page {page} / {pages}</source>
        <translation>pagina {page} / {pages}</translation>
    </message>
    <message>
        <source>RESET {distance}</source>
        <translation>AZZERA {distance}</translation>
    </message>
</context>
<context>
    <name>ProfileWidget</name>
    <message>
        <source>No track</source>
        <translation>Nessuna traccia</translation>
    </message>
    <message>
        <source>no elevation in this track</source>
        <translation>nessuna quota in questa traccia</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>max {speed}</translation>
    </message>
</context>
<context>
    <name>Recordings</name>
    <message>
        <source>the track has no positions</source>
        <translation>la traccia non ha posizioni</translation>
    </message>
    <message>
        <source>there is no recording {number} (the track holds {held})</source>
        <translation>la registrazione {number} non esiste (registrazioni nella traccia: {held})</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>ora sconosciuta</translation>
    </message>
    <message>
        <source>from {lat} {lon}</source>
        <translation>da {lat} {lon}</translation>
    </message>
    <message>
        <source>{number}: {when}, {points} points, {km} km, {where}</source>
        <translation>{number}: {when}, punti: {points}, {km} km, {where}</translation>
    </message>
    <message>
        <source>the track holds {count} recordings (gaps of more than {hours} h or {km} km between them):</source>
        <translation>registrazioni nella traccia: {count} (separate da interruzioni di oltre {hours} h o {km} km):</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number} (the longest)</source>
        <translation>il roadbook è creato dalla registrazione {number} (la più lunga)</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number}</source>
        <translation>il roadbook è creato dalla registrazione {number}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unsupported roadbook format &apos;{format}&apos; (navapp reads {items})</source>
        <translation>formato roadbook &apos;{format}&apos; non supportato (navapp legge {items})</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes and {points} route points</source>
        <translation>il file finisce prima del previsto; lette caselle: {boxes}, punti del percorso: {points}</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes</source>
        <translation>il file finisce prima del previsto; caselle lette: {boxes}</translation>
    </message>
    <message>
        <source>not a PDF roadbook: only a PDF is read bottom to top or top down</source>
        <translation>non è un roadbook PDF: solo un PDF si legge dal basso in alto o dall&apos;alto in basso</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossibile leggere: {reason}</translation>
    </message>
    <message>
        <source>unsupported track format &apos;{format}&apos;: neither GPX nor NMEA (navapp reads GPX, KML, TCX, FIT and IGC tracks and NMEA logs, usually {items})</source>
        <translation>formato traccia &apos;{format}&apos; non supportato: né GPX né NMEA (navapp legge tracce GPX, KML, TCX, FIT e IGC e log NMEA, di solito {items})</translation>
    </message>
    <message>
        <source>the track has fewer than two points</source>
        <translation>la traccia ha meno di due punti</translation>
    </message>
    <message>
        <source>unknown output format &apos;{to}&apos; (known: {items})</source>
        <translation>formato di uscita &apos;{to}&apos; sconosciuto (noti: {items})</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;{name}&apos;; use --to</source>
        <translation>impossibile dedurre il formato di uscita da &apos;{name}&apos;; usa --to</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>{key} (short press) is already bound to “{action}”.</source>
        <extracomment>Actions that repeat while their key is held (the trip meter ± corrections). Modifier prefixes of a key name, in their canonical order.</extracomment>
        <translation>{key} (pressione breve) è già assegnato a “{action}”.</translation>
    </message>
    <message>
        <source>{key} (hold) is already bound to “{action}”.</source>
        <translation>{key} (pressione lunga) è già assegnato a “{action}”.</translation>
    </message>
    <message>
        <source>Holding {key} already repeats “{action}”.</source>
        <translation>Tenere premuto {key} ripete già “{action}”.</translation>
    </message>
    <message>
        <source>{key} is held for “{held}”, so it cannot repeat “{action}”.</source>
        <translation>{key} si tiene premuto per “{held}”, quindi non può ripetere “{action}”.</translation>
    </message>
    <message>
        <source>ignored key binding {line}: expected key:press=action</source>
        <translation>assegnazione tasto ignorata {line}: atteso key:press=action</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {reason}</source>
        <translation>assegnazione tasto ignorata {line}: {reason}</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {binding} is bound twice</source>
        <translation>assegnazione tasto ignorata {line}: {binding} è assegnato due volte</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>press a key…</source>
        <extracomment>Base font size of the dialog: readable on a tablet at arm&apos;s length in a moving car.</extracomment>
        <translation>premi un tasto…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Short press</source>
        <translation>Pressione breve</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tieni premuto</translation>
    </message>
    <message>
        <source>Click a cell (or press Enter on it), then press the key. Esc cancels, Backspace clears.</source>
        <translation>Clic su una cella (o Invio), poi premi il tasto. Esc annulla, Backspace cancella.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>Touch controls on the drive screen (off: keys and remote only)</source>
        <translation>Comandi touch nella schermata di guida (off: solo tasti e telecomando)</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Pressione lunga dopo</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Ripeti ogni</translation>
    </message>
    <message>
        <source>Default keys restored.</source>
        <translation>Tasti predefiniti ripristinati.</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (short press).</source>
        <translation>Premi il tasto per “{action}” (pressione breve).</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (hold).</source>
        <translation>Premi il tasto per “{action}” (pressione lunga).</translation>
    </message>
    <message>
        <source>{key} is already set for “{action}”.</source>
        <translation>{key} è già assegnato a “{action}”.</translation>
    </message>
    <message>
        <source>{problem} Clear it there first.</source>
        <translation>{problem} Cancellalo prima lì.</translation>
    </message>
    <message>
        <source>{key} set for “{action}”.</source>
        <translation>{key} assegnato a “{action}”.</translation>
    </message>
    <message>
        <source>Cleared “{action}”.</source>
        <translation>“{action}” cancellato.</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>ripete</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>replay {speed}× finished — {position} / {duration}</source>
        <translation>riproduzione {speed}× finita — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× paused — {position} / {duration}</source>
        <translation>riproduzione {speed}× in pausa — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× — {position} / {duration}</source>
        <translation>riproduzione {speed}× — {position} / {duration}</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>replay {file}</source>
        <translation>riproduzione {file}</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>riproduzione</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Stage</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipaggio</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Percorsi {unit}</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Validated / missed</source>
        <translation>Validati / mancati</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infrazioni</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalità</translation>
    </message>
    <message>
        <source>Crews: {crews} · Date: {date} · Roadbook {distance}, {boxes} boxes · Clock times are UTC</source>
        <translation>Equipaggi: {crews} · Data: {date} · Roadbook {distance}, caselle: {boxes} · Orari in UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>{no_times}: times, speeds, zones and stops cannot be judged.</source>
        <translation>{no_times}: tempi, velocità, zone e stop non valutabili.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Closest m</source>
        <translation>Min. m</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Speed zones</source>
        <translation>Zone di velocità</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Limit {unit}</source>
        <translation>Limite {unit}</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrata</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Zone max {unit}</source>
        <translation>Max zona {unit}</translation>
    </message>
    <message>
        <source>Violation start</source>
        <translation>Inizio infrazione</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Peak {unit}</source>
        <translation>Picco {unit}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Farthest m</source>
        <translation>Max m</translation>
    </message>
    <message>
        <source>Off route</source>
        <translation>Fuori percorso</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>After box</source>
        <translation>Dopo casella</translation>
    </message>
    <message>
        <source>DN box</source>
        <translation>Casella DN</translation>
    </message>
    <message>
        <source>FN box</source>
        <translation>Casella FN</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Impiegato</translation>
    </message>
    <message>
        <source>Early by</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Neutralisations</source>
        <translation>Neutralizzazioni</translation>
    </message>
    <message>
        <source>Highlighted: each crew&apos;s {count} biggest losses.</source>
        <translation>Evidenziate: le maggiori perdite di ogni equipaggio (prime {count}).</translation>
    </message>
    <message>
        <source>Map: {name}</source>
        <translation>Mappa: {name}</translation>
    </message>
    <message>
        <source>{no_times}: no speed profile</source>
        <translation>{no_times}: nessun profilo di velocità</translation>
    </message>
    <message>
        <source>no track: no speed profile</source>
        <translation>nessuna traccia: nessun profilo di velocità</translation>
    </message>
    <message>
        <source>{crews}: {no_times}</source>
        <translation>{crews}: {no_times}</translation>
    </message>
    <message>
        <source>time since the first fix (h:mm)</source>
        <translation>tempo dal primo fix (h:mm)</translation>
    </message>
    <message>
        <source>distance along the track (km)</source>
        <translation>distanza lungo la traccia (km)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>the report writer is not available</source>
        <translation>il generatore di report non è disponibile</translation>
    </message>
    <message>
        <source>this crew has no review to export</source>
        <translation>questo equipaggio non ha un&apos;analisi da esportare</translation>
    </message>
    <message>
        <source>a report is already being written</source>
        <translation>un report è già in scrittura</translation>
    </message>
    <message>
        <source>Fetching the map for the report {file}…</source>
        <translation>Scaricamento della mappa per il report {file}…</translation>
    </message>
    <message>
        <source>Report written: {path} ({warning})</source>
        <translation>Report scritto: {path} ({warning})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Report scritto: {path}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Section table (*.csv)</source>
        <translation>Report HTML (*.html);;Tabella settori (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReverseAction</name>
    <message>
        <source>Re&amp;verse roadbook (bottom to top)</source>
        <translation>Roadbook in&amp;verso (dal basso in alto)</translation>
    </message>
    <message>
        <source>Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it</source>
        <translation>Leggi questo roadbook PDF dal basso in alto (spuntato) o dall&apos;alto in basso; memorizzato per questo file</translation>
    </message>
    <message>
        <source>Open a PDF roadbook first: only a PDF roadbook is read bottom to top</source>
        <translation>Apri prima un roadbook PDF: solo un roadbook PDF si legge dal basso in alto</translation>
    </message>
    <message>
        <source>Start from the &amp;last page</source>
        <translation>Parti dall&apos;&amp;ultima pagina</translation>
    </message>
    <message>
        <source>Read this reverse roadbook from the foot of its last page up to page 1 (checked) or each page bottom to top in page order; remembered for it</source>
        <translation>Leggi questo roadbook inverso dal fondo dell&apos;ultima pagina fino a pagina 1 (spuntato) o ogni pagina dal basso in alto in ordine di pagina; memorizzato per questo file</translation>
    </message>
    <message>
        <source>Check Reverse roadbook first: only a reverse PDF roadbook starts there</source>
        <translation>Spunta prima Roadbook inverso: solo un roadbook PDF inverso parte da lì</translation>
    </message>
    <message>
        <source>Read the roadbook the other way?</source>
        <translation>Leggere il roadbook nell&apos;altro verso?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the rows read {way}: trip, box and waypoints. Read it {way} now?</source>
        <translation>La tappa riparte da zero con le righe lette {way}: trip, casella e waypoint. Leggerlo {way} ora?</translation>
    </message>
    <message>
        <source>bottom to top from the last page</source>
        <translation>dal basso in alto dall&apos;ultima pagina</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>dal basso in alto</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>dall&apos;alto in basso</translation>
    </message>
    <message>
        <source>{file} read {way}</source>
        <translation>{file} letto {way}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the track has no points</source>
        <translation>la traccia non ha punti</translation>
    </message>
    <message>
        <source>review needs box coordinates, and this roadbook has none (its waypoints are all at 0,0, like the official OpenRally example)</source>
        <translation>l&apos;analisi richiede le coordinate delle caselle, e questo roadbook non ne ha (i suoi waypoint sono tutti a 0,0, come nell&apos;esempio ufficiale OpenRally)</translation>
    </message>
    <message>
        <source>the track has no usable positions ({left_out})</source>
        <translation>la traccia non ha posizioni utilizzabili ({left_out})</translation>
    </message>
    <message>
        <source>the track has no times: speeds, zones, stops and section times need them</source>
        <translation>la traccia non ha orari: servono per velocità, zone, stop e tempi dei settori</translation>
    </message>
    <message>
        <source>the roadbook has no route line: boxes are joined straight, off-route skipped</source>
        <translation>il roadbook non ha linea di percorso: caselle unite in linea retta, fuori percorso non valutato</translation>
    </message>
    <message>
        <source>the track never comes within {distance} m of the route: is it the right roadbook?</source>
        <translation>la traccia non arriva mai entro {distance} m dal percorso: è il roadbook giusto?</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>mancato</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validato</translation>
    </message>
    <message>
        <source>speeding</source>
        <translation>eccesso di velocità</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>fuori percorso</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralizzazione</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m</source>
        <translation>{waypoint}: min. {distance} m</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m (clear {clear} m)</source>
        <translation>{waypoint}: min. {distance} m (validazione {clear} m)</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>esclusione</translation>
    </message>
    <message>
        <source>penalty {seconds} s</source>
        <translation>penalità {seconds} s</translation>
    </message>
    <message>
        <source>DZ {limit}: max {speed} km/h for {duration}, {penalty}</source>
        <translation>DZ {limit}: max {speed} km/h per {duration}, {penalty}</translation>
    </message>
    <message>
        <source>up to {distance} m off the route for {duration}</source>
        <translation>fino a {distance} m fuori percorso per {duration}</translation>
    </message>
    <message>
        <source>stopped {duration}</source>
        <translation>fermo {duration}</translation>
    </message>
    <message>
        <source>required {required}, not finished</source>
        <translation>richiesto {required}, non concluso</translation>
    </message>
    <message>
        <source>required {required}, took {taken}, left {early} s early</source>
        <translation>richiesto {required}, impiegato {taken}, uscito {early} s in anticipo</translation>
    </message>
    <message>
        <source>required {required}, took {taken}</source>
        <translation>richiesto {required}, impiegato {taken}</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>no times in this track</source>
        <translation>nessun orario in questa traccia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Roadbook {unit}</source>
        <translation>Roadbook {unit}</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Percorsi {unit}</translation>
    </message>
    <message>
        <source>Drift {unit}</source>
        <translation>Scarto {unit}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Avg {unit}</source>
        <translation>Media {unit}</translation>
    </message>
    <message>
        <source>Max {unit}</source>
        <translation>Max {unit}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Time since the start at each box (gap to the leader)</source>
        <translation>Tempo dalla partenza a ogni casella (distacco dal primo)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>Total gap</source>
        <translation>Distacco totale</translation>
    </message>
    <message>
        <source>Sections: time (gap to the fastest)</source>
        <translation>Settori: tempo (distacco dal più veloce)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipaggio</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Distacco</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Mancati</translation>
    </message>
    <message>
        <source>Speeding</source>
        <translation>Eccesso di velocità</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalità</translation>
    </message>
    <message>
        <source>Crews, the fastest first (time to the last box all passed)</source>
        <translation>Equipaggi, il più veloce per primo (tempo fino all&apos;ultima casella passata da tutti)</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {stage}</source>
        <translation>Analisi — {stage}</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>tappa</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Crews compared</source>
        <translation>Confronto equipaggi</translation>
    </message>
    <message>
        <source>From DSS</source>
        <translation>Dal DSS</translation>
    </message>
    <message>
        <source>Count each crew&apos;s time from its DSS, not its track&apos;s start</source>
        <translation>Conta il tempo di ogni equipaggio dal suo DSS, non dall&apos;inizio della traccia</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>Equipaggi</translation>
    </message>
    <message>
        <source>Drive view at the slider time</source>
        <translation>Vista guida all&apos;ora del cursore</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open crews&apos; tracks…</source>
        <translation>&amp;Apri le tracce degli equipaggi…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Esporta report…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Adatta mappa</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>Time from each crew&apos;s &amp;DSS</source>
        <translation>Tempo dal &amp;DSS di ogni equipaggio</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Equipaggio {number}</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>⚠ not this stage?</source>
        <translation>⚠ non è questa tappa?</translation>
    </message>
    <message>
        <source>{missed} missed, {speeding} speeding</source>
        <translation>mancati: {missed}, eccessi di velocità: {speeding}</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>il più veloce</translation>
    </message>
    <message>
        <source>the review engine is not available: the track is shown unjudged</source>
        <translation>il motore di analisi non è disponibile: la traccia è mostrata senza valutazione</translation>
    </message>
    <message>
        <source>{track}: {error}</source>
        <translation>{track}: {error}</translation>
    </message>
    <message>
        <source>track</source>
        <translation>traccia</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non analizzato</translation>
    </message>
    <message>
        <source>{crew}: {notes}</source>
        <translation>{crew}: {notes}</translation>
    </message>
    <message>
        <source>{crew}: no DSS time in this track, counted from its start</source>
        <translation>{crew}: nessun orario DSS in questa traccia, contato dal suo inizio</translation>
    </message>
    <message>
        <source>{crew}: this track could not be judged against the stage.</source>
        <translation>{crew}: impossibile valutare questa traccia sulla tappa.</translation>
    </message>
    <message>
        <source>{crew}: {warning} {missed} of {count} waypoints missed.</source>
        <translation>{crew}: {warning} waypoint mancati: {missed} su {count}.</translation>
    </message>
    <message>
        <source>{distance} km along the track</source>
        <translation>{distance} km lungo la traccia</translation>
    </message>
    <message>
        <source>{position}  ·  box {box}</source>
        <translation>{position}  ·  casella {box}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
</context>
<context>
    <name>Rn2</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossibile leggere: {reason}</translation>
    </message>
    <message>
        <source>larger than {limit} MB: not a roadbook</source>
        <translation>più di {limit} MB: non è un roadbook</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: not UTF-8 text (byte {start})</source>
        <translation>non è un file Rally Navigator: testo non UTF-8 (byte {start})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({reason})</source>
        <translation>non è un file Rally Navigator: JSON non valido ({reason})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({error})</source>
        <translation>non è un file Rally Navigator: JSON non valido ({error})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: no &quot;route&quot; object</source>
        <translation>non è un file Rally Navigator: manca l&apos;oggetto &quot;route&quot;</translation>
    </message>
    <message>
        <source>Rally Navigator file version {version}; navapp reads version {known}</source>
        <translation>file Rally Navigator versione {version}; navapp legge la versione {known}</translation>
    </message>
    <message>
        <source>no &quot;waypoints&quot; list</source>
        <translation>manca la lista &quot;waypoints&quot;</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>nessun waypoint</translation>
    </message>
    <message>
        <source>more than {limit} waypoints: not a roadbook</source>
        <translation>più di {limit} waypoint: non è un roadbook</translation>
    </message>
    <message>
        <source>waypoint {number} is not an object</source>
        <translation>il waypoint {number} non è un oggetto</translation>
    </message>
    <message>
        <source>waypoint {number} has no valid lat/lon</source>
        <translation>il waypoint {number} non ha lat/lon valide</translation>
    </message>
    <message>
        <source>waypoint {value} has no &quot;show&quot; true/false</source>
        <translation>il waypoint {value} non ha &quot;show&quot; true/false</translation>
    </message>
    <message>
        <source>waypoint {number}: bad {cell} drawing</source>
        <translation>waypoint {number}: disegno {cell} non valido</translation>
    </message>
    <message>
        <source>no roadbook boxes (no waypoint with show true)</source>
        <translation>nessuna casella del roadbook (nessun waypoint con show true)</translation>
    </message>
    <message>
        <source>more than {limit} boxes: not a roadbook</source>
        <translation>più di {limit} caselle: non è un roadbook</translation>
    </message>
    <message>
        <source>not kept from the tulips and notes: {what}</source>
        <translation>non conservato da tulipani e note: {what}</translation>
    </message>
</context>
<context>
    <name>Rn2Write</name>
    <message>
        <source>not written to .rn2: {what}</source>
        <translation>non scritto nel .rn2: {what}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; .rn2 needs them</source>
        <translation>la casella {index} non ha coordinate; il .rn2 le richiede</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>il roadbook non ha caselle</translation>
    </message>
    <message>
        <source>the route line has one point; an .rn2 needs two or more: draw another or remove it</source>
        <translation>la linea di percorso ha un solo punto; un .rn2 ne richiede almeno due: disegnane un altro o rimuovilo</translation>
    </message>
    <message>
        <source>the route line has {count} points; an .rn2 holds at most {limit}</source>
        <translation>punti della linea di percorso: {count}; un .rn2 ne contiene al massimo {limit}</translation>
    </message>
    <message>
        <source>the .rn2 would be {size} MB, more than the {limit} MB navapp reads: thin the route line first</source>
        <translation>il .rn2 sarebbe di {size} MB, oltre i {limit} MB che navapp legge: sfoltisci prima la linea di percorso</translation>
    </message>
</context>
<context>
    <name>RoadType</name>
    <message>
        <source>Tarmac</source>
        <translation>Asfalto</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Pista stretta</translation>
    </message>
    <message>
        <source>Off-piste</source>
        <translation>Fuori pista</translation>
    </message>
    <message>
        <source>Dune crossing</source>
        <translation>Attraversamento dune</translation>
    </message>
</context>
<context>
    <name>RoadbookCommand</name>
    <message>
        <source>{edit}: the edit gave no roadbook</source>
        <translation>{edit}: la modifica non ha prodotto un roadbook</translation>
    </message>
</context>
<context>
    <name>RoadbookStatus</name>
    <message>
        <source>No roadbook — File › Open…</source>
        <translation>Nessun roadbook — File › Apri…</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 casella</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>Caselle: {count}</translation>
    </message>
    <message>
        <source>Stage {distance} {unit}</source>
        <translation>Tappa {distance} {unit}</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>senza coordinate</translation>
    </message>
</context>
<context>
    <name>RouteEdit</name>
    <message>
        <source>({lat}, {lon}) is not a position on Earth</source>
        <translation>({lat}, {lon}) non è una posizione sulla Terra</translation>
    </message>
    <message>
        <source>there is no route point {number} (the route has {count})</source>
        <translation>il punto del percorso {number} non esiste (punti del percorso: {count})</translation>
    </message>
    <message>
        <source>the route has no segment to insert a point on</source>
        <translation>il percorso non ha un segmento su cui inserire un punto</translation>
    </message>
    <message>
        <source>a route point is already there</source>
        <translation>c&apos;è già un punto del percorso lì</translation>
    </message>
</context>
<context>
    <name>RouteFit</name>
    <message>
        <source>the track has no position to compare with the route</source>
        <translation>la traccia non ha posizioni da confrontare con il percorso</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median) and covers {share} of the route.</source>
        <translation>Non è una sessione di questa tappa? Resta a {km} km dal percorso (mediana) e ne copre {share}.</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median).</source>
        <translation>Non è una sessione di questa tappa? Resta a {km} km dal percorso (mediana).</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It covers {share} of the route.</source>
        <translation>Non è una sessione di questa tappa? Copre {share} del percorso.</translation>
    </message>
</context>
<context>
    <name>Safexml</name>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>DTD ed entità non sono ammessi nei file navapp</translation>
    </message>
    <message>
        <source>not valid XML: {reason}</source>
        <translation>XML non valido: {reason}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early (cut off mid-element, as by a copy or save that did not finish)</source>
        <translation>XML non valido: il file finisce prima del previsto (troncato a metà elemento, come dopo una copia o un salvataggio non completati)</translation>
    </message>
    <message>
        <source>file holds no XML document</source>
        <translation>il file non contiene un documento XML</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>HOLD</source>
        <extracomment>How long the unlock control must be held: longer than any bump or drop of rain. How much of the controls&apos; faces the lock&apos;s veil hides. How often the long press is looked at while it lasts.</extracomment>
        <translation>TIENI</translation>
    </message>
    <message>
        <source>LOCKED · HOLD TO UNLOCK</source>
        <translation>BLOCCATO · TIENI PREMUTO PER SBLOCCARE</translation>
    </message>
</context>
<context>
    <name>SerialNmeaSource</name>
    <message>
        <source>serial {port}</source>
        <translation>seriale {port}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not a navapp session file</source>
        <translation>non è un file di sessione navapp</translation>
    </message>
    <message>
        <source>damaged session file</source>
        <translation>file di sessione danneggiato</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Remote &amp;&amp; keys</source>
        <translation>Telecomando &amp;&amp; tasti</translation>
    </message>
    <message>
        <source>Trip meter</source>
        <translation>Trip master</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>three hundred metres, left, CAP 120</source>
        <translation>trecento metri, sinistra, CAP 120</translation>
    </message>
    <message>
        <source>danger three</source>
        <translation>pericolo tre</translation>
    </message>
    <message>
        <source>!!! only</source>
        <translation>solo !!!</translation>
    </message>
    <message>
        <source>!! and !!!</source>
        <translation>!! e !!!</translation>
    </message>
    <message>
        <source>!, !! and !!!</source>
        <translation>!, !! e !!!</translation>
    </message>
    <message>
        <source>{cue} volume</source>
        <translation>Volume {cue}</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Play this sound now at the volume shown, muted or not.</source>
        <translation>Riproduci ora questo suono al volume indicato, anche se muto.</translation>
    </message>
    <message>
        <source>Mute every sound</source>
        <translation>Silenzia tutti i suoni</translation>
    </message>
    <message>
        <source>Speak the box calls (“three hundred metres, left, CAP 120”)</source>
        <translation>Annuncia a voce le caselle (“trecento metri, sinistra, CAP 120”)</translation>
    </message>
    <message>
        <source>Voice: {engine}.</source>
        <translation>Voce: {engine}.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Suoni</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Next box near: closer than</source>
        <translation>Prossima casella vicina: a meno di</translation>
    </message>
    <message>
        <source>Off the route: further than</source>
        <translation>Fuori percorso: a più di</translation>
    </message>
    <message>
        <source>Over the speed limit: repeat every</source>
        <translation>Oltre il limite di velocità: ripeti ogni</translation>
    </message>
    <message>
        <source>Danger box: boxes marked</source>
        <translation>Casella pericolo: caselle con</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>GPS source</source>
        <translation>Sorgente GPS</translation>
    </message>
    <message>
        <source>a GPX track, NMEA log, FIT or IGC file</source>
        <translation>una traccia GPX, un log NMEA, un file FIT o IGC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation>File da riprodurre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baud rate</translation>
    </message>
    <message>
        <source>Serial NMEA</source>
        <translation>NMEA seriale</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The position service of the operating system (Qt Positioning).</source>
        <translation>Il servizio di posizione del sistema operativo (Qt Positioning).</translation>
    </message>
    <message>
        <source>Available here: {services}.</source>
        <translation>Disponibili qui: {services}.</translation>
    </message>
    <message>
        <source>No position service is available on this machine.</source>
        <translation>Nessun servizio di posizione disponibile su questo computer.</translation>
    </message>
    <message>
        <source>System position</source>
        <translation>Posizione di sistema</translation>
    </message>
    <message>
        <source>Replay a recorded drive</source>
        <translation>Riproduci una sessione registrata</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine on this computer (on Linux: install and start speech-dispatcher).</source>
        <translation>Nessun motore vocale su questo computer (su Linux: installa e avvia speech-dispatcher).</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage properties</source>
        <translation>Proprietà tappa</translation>
    </message>
    <message>
        <source>e.g. Stage 3 Erfoud – Merzouga</source>
        <translation>es. Tappa 3 Erfoud – Merzouga</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Chilometri</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Miglia</translation>
    </message>
    <message>
        <source>What the crews should know about the stage</source>
        <translation>Cosa devono sapere gli equipaggi sulla tappa</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unità</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>Distances stay the same; the roadbook prints them in these units.</source>
        <translation>Le distanze non cambiano; il roadbook le stampa in queste unità.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>La tappa deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>NO FIX</source>
        <translation>NO FIX</translation>
    </message>
    <message>
        <source>NO FIX · {age} s</source>
        <translation>NO FIX · {age} s</translation>
    </message>
    <message>
        <source>{count} sat</source>
        <translation>sat: {count}</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>TAPPA</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>{distance} in {time} — {validated} waypoints validated, {missed} missed, overspeeds: {overspeeds}</source>
        <translation>{distance} in {time} — waypoint validati: {validated}, mancati: {missed}, eccessi di velocità: {overspeeds}</translation>
    </message>
    <message>
        <source>Missed waypoints</source>
        <translation>Waypoint mancati</translation>
    </message>
    <message>
        <source>closest {distance}</source>
        <translation>min. {distance}</translation>
    </message>
    <message>
        <source>never near</source>
        <translation>mai vicino</translation>
    </message>
    <message>
        <source>box {number}</source>
        <translation>casella {number}</translation>
    </message>
    <message>
        <source>Overspeeds</source>
        <translation>Eccessi di velocità</translation>
    </message>
    <message>
        <source>zone from box {number}</source>
        <translation>zona dalla casella {number}</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>max {speed}</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validati</translation>
    </message>
    <message>
        <source>Drive summary</source>
        <translation>Riepilogo sessione</translation>
    </message>
</context>
<context>
    <name>SymbolPalette</name>
    <message>
        <source>Filter symbols</source>
        <translation>Filtra simboli</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Simboli</translation>
    </message>
    <message>
        <source>Click a symbol, then click the drawing; Enter places it</source>
        <translation>Clic su un simbolo, poi clic sul disegno; Invio lo posiziona</translation>
    </message>
    <message>
        <source>No symbol matches the filter</source>
        <translation>Nessun simbolo corrisponde al filtro</translation>
    </message>
</context>
<context>
    <name>SystemSource</name>
    <message>
        <source>system position unavailable: {error}</source>
        <translation>posizione di sistema non disponibile: {error}</translation>
    </message>
    <message>
        <source>system position</source>
        <translation>posizione di sistema</translation>
    </message>
    <message>
        <source>system position ({service})</source>
        <translation>posizione di sistema ({service})</translation>
    </message>
    <message>
        <source>{source} — waiting for a fix</source>
        <translation>{source} — in attesa del fix</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} fermata</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>nessun fix</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accesso negato</translation>
    </message>
    <message>
        <source>service closed</source>
        <translation>servizio chiuso</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>One of this crew&apos;s biggest losses</source>
        <translation>Una delle maggiori perdite di questo equipaggio</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>map: zoom in to see {map} (its tiles start at zoom {zoom})</source>
        <translation>mappa: ingrandisci per vedere {map} (i tile partono da zoom {zoom})</translation>
    </message>
    <message>
        <source>map: {map} does not cover this place</source>
        <translation>mappa: {map} non copre questo luogo</translation>
    </message>
    <message>
        <source>map: zoom in to see {map}</source>
        <translation>mappa: ingrandisci per vedere {map}</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>il server ha chiuso la connessione</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>server non trovato</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>connessione sicura non riuscita</translation>
    </message>
    <message>
        <source>over {count} bytes</source>
        <translation>oltre {count} byte</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>nessuna risposta in {seconds} s</translation>
    </message>
    <message>
        <source>tiles: {map}: {trouble}</source>
        <translation>tile: {map}: {trouble}</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>zoom {zoom} is outside {low}..{high}</source>
        <translation>lo zoom {zoom} è fuori da {low}..{high}</translation>
    </message>
    <message>
        <source>box {box} is not finite</source>
        <translation>l&apos;area {box} non è finita</translation>
    </message>
    <message>
        <source>box south {south} is north of its north {north}</source>
        <translation>il sud dell&apos;area {south} è a nord del suo nord {north}</translation>
    </message>
    <message>
        <source>the box needs more than {limit} tiles at zoom {zoom}</source>
        <translation>l&apos;area richiede più di {limit} tile allo zoom {zoom}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>nessun tile {z}/{x}/{y}</translation>
    </message>
    <message>
        <source>no zoom for {m_per_px} metres per pixel</source>
        <translation>nessuno zoom per {m_per_px} metri per pixel</translation>
    </message>
    <message>
        <source>its tiles start at zoom {low}; this view is at zoom {zoom}</source>
        <translation>i suoi tile partono da zoom {low}; questa vista è a zoom {zoom}</translation>
    </message>
    <message>
        <source>no parent {levels} up of tile {z}/{x}/{y}</source>
        <translation>nessun tile padre {levels} livelli sopra {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>Tlp</name>
    <message>
        <source>and {dropped} more like these</source>
        <translation>e altri simili: {dropped}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossibile leggere: {reason}</translation>
    </message>
    <message>
        <source>too large for a Tulip roadbook (over {limit} MB)</source>
        <translation>troppo grande per un roadbook Tulip (oltre {limit} MB)</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: JSON nested too deeply</source>
        <translation>non è un roadbook Tulip: JSON annidato troppo in profondità</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: bad JSON ({reason})</source>
        <translation>non è un roadbook Tulip: JSON non valido ({reason})</translation>
    </message>
    <message>
        <source>the file is damaged at line {line} ({reason}); read {count} whole route points</source>
        <translation>il file è danneggiato alla riga {line} ({reason}); punti del percorso completi letti: {count}</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: the JSON is not an object</source>
        <translation>non è un roadbook Tulip: il JSON non è un oggetto</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: no instructions list</source>
        <translation>non è un roadbook Tulip: manca la lista delle istruzioni</translation>
    </message>
    <message>
        <source>more than {limit} route points</source>
        <translation>più di {limit} punti del percorso</translation>
    </message>
    <message>
        <source>skipped {bad} route points without a usable lat/long</source>
        <translation>punti del percorso senza lat/long utilizzabili saltati: {bad}</translation>
    </message>
    <message>
        <source>box {box}: unknown waypoint type {type} left out</source>
        <translation>casella {box}: tipo di waypoint sconosciuto {type} escluso</translation>
    </message>
    <message>
        <source>no instructions in this Tulip roadbook</source>
        <translation>nessuna istruzione in questo roadbook Tulip</translation>
    </message>
    <message>
        <source>more than {limit} instructions</source>
        <translation>più di {limit} istruzioni</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} goes back; the route distance is used</source>
        <translation>casella {box}: kmFromStart {raw} torna indietro; si usa la distanza del percorso</translation>
    </message>
    <message>
        <source>{missing} boxes had no kmFromStart; their totals are the route distance</source>
        <translation>caselle senza kmFromStart: {missing}; i loro totali sono la distanza del percorso</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} km but {measured} km along the route (totals kept as the file prints them)</source>
        <translation>casella {box}: kmFromStart {raw} km ma {measured} km lungo il percorso (totali mantenuti come nel file)</translation>
    </message>
</context>
<context>
    <name>TouchControls</name>
    <message>
        <source>TRIP</source>
        <extracomment>How long reset partial and set total to box must be held. Side of a control at the 1024×600 reference size (grown with the view, never under 12 mm). Finger travel on the box strip per box, in control sides. The drive view&apos;s spacing between a column of controls and its neighbour. Room kept between a LOCKED label and the controls around it. How often a long press&apos;s progress is redrawn.</extracomment>
        <translation>TRIP</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARZ.</translation>
    </message>
    <message>
        <source>SET TOTAL</source>
        <translation>IMPOSTA TOT.</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>CASELLA</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>AUTO</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAPPA</translation>
    </message>
    <message>
        <source>LOCK</source>
        <translation>BLOCCA</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>BLOCCATO</translation>
    </message>
    <message>
        <source>HOLD TO UNLOCK</source>
        <translation>TIENI PER SBLOCCARE</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>all {count} points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>tutti i punti ({count}) hanno lo stesso orario: velocità, zone, stop e tempi dei settori saltati</translation>
    </message>
    <message>
        <source>all {count} timed points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>tutti i punti con orario ({count}) hanno lo stesso orario: velocità, zone, stop e tempi dei settori saltati</translation>
    </message>
</context>
<context>
    <name>Tracklog</name>
    <message>
        <source>not a navapp track log</source>
        <translation>non è un log traccia navapp</translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <source>Hundredths (12.34)</source>
        <translation>Centesimi (12.34)</translation>
    </message>
    <message>
        <source>Tenths (12.3)</source>
        <translation>Decimi (12.3)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Chilometri</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Miglia</translation>
    </message>
    <message>
        <source>Show the distance left to the next box</source>
        <translation>Mostra la distanza mancante alla prossima casella</translation>
    </message>
    <message>
        <source>Set the trip to the box distance on validation</source>
        <translation>Imposta il trip alla distanza della casella alla validazione</translation>
    </message>
    <message>
        <source>The correction step is what one press of Trip + or Trip − adds. Calibration scales the GPS distance: +1.00 % adds 10 m per km.</source>
        <translation>Il passo di correzione è quanto aggiunge una pressione di Trip + o Trip −. La calibrazione scala la distanza GPS: +1.00 % aggiunge 10 m per km.</translation>
    </message>
    <message>
        <source>Correction step</source>
        <translation>Passo di correzione</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrazione</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimali</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Speed zone tolerance</source>
        <translation>Tolleranza zona di velocità</translation>
    </message>
</context>
<context>
    <name>Tulip</name>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} deve essere un numero</translation>
    </message>
    <message>
        <source>{name} {value} outside [{lo}, {hi}]</source>
        <translation>{name} {value} fuori da [{lo}, {hi}]</translation>
    </message>
    <message>
        <source>a tulip text needs 1 to {limit} characters</source>
        <translation>un testo del tulipano richiede da 1 a {limit} caratteri</translation>
    </message>
    <message>
        <source>a tulip text cannot hold U+{code}</source>
        <translation>un testo del tulipano non può contenere U+{code}</translation>
    </message>
    <message>
        <source>unknown road type {type}</source>
        <translation>tipo di strada sconosciuto: {type}</translation>
    </message>
    <message>
        <source>bad symbol id {symbol_id}</source>
        <translation>id simbolo non valido: {symbol_id}</translation>
    </message>
    <message>
        <source>unknown entry type {entry}</source>
        <translation>tipo di ingresso sconosciuto: {entry}</translation>
    </message>
    <message>
        <source>more than {limit} {name}</source>
        <translation>{name}: più di {limit}</translation>
    </message>
    <message>
        <source>a tulip is a JSON object</source>
        <translation>un tulipano è un oggetto JSON</translation>
    </message>
    <message>
        <source>not a navapp tulip of a known version</source>
        <translation>non è un tulipano navapp di versione nota</translation>
    </message>
    <message>
        <source>tulip JSON missing or too large</source>
        <translation>JSON del tulipano mancante o troppo grande</translation>
    </message>
    <message>
        <source>bad tulip JSON: {reason}</source>
        <translation>JSON del tulipano non valido: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} deve essere una lista</translation>
    </message>
    <message>
        <source>more than {limit} {key}</source>
        <translation>{key}: più di {limit}</translation>
    </message>
    <message>
        <source>a tulip item is a JSON object</source>
        <translation>un elemento del tulipano è un oggetto JSON</translation>
    </message>
    <message>
        <source>missing {key}</source>
        <translation>manca {key}</translation>
    </message>
    <message>
        <source>unknown road type {value}</source>
        <translation>tipo di strada sconosciuto: {value}</translation>
    </message>
</context>
<context>
    <name>TulipCanvas</name>
    <message>
        <source>Text, Enter to place</source>
        <translation>Testo, Invio per posizionare</translation>
    </message>
    <message>
        <source>Tulip drawing</source>
        <translation>Disegno del tulipano</translation>
    </message>
</context>
<context>
    <name>TulipEditor</name>
    <message>
        <source>Tool</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <source>&amp;Select / move</source>
        <translation>&amp;Seleziona / sposta</translation>
    </message>
    <message>
        <source>Select, drag roads, symbols and texts; click the ring to add a road</source>
        <translation>Seleziona, trascina strade, simboli e testi; clic sull&apos;anello per aggiungere una strada</translation>
    </message>
    <message>
        <source>Place s&amp;ymbol</source>
        <translation>&amp;Posiziona simbolo</translation>
    </message>
    <message>
        <source>Click on the drawing to place the symbol chosen on the right</source>
        <translation>Clic sul disegno per posizionare il simbolo scelto a destra</translation>
    </message>
    <message>
        <source>Add te&amp;xt</source>
        <translation>Aggiungi &amp;testo</translation>
    </message>
    <message>
        <source>Click on the drawing where the text goes, type, Enter</source>
        <translation>Clic sul disegno dove va il testo, scrivi, Invio</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Strade</translation>
    </message>
    <message>
        <source>&amp;Entry road</source>
        <translation>Strada di &amp;entrata</translation>
    </message>
    <message>
        <source>Selected &amp;road</source>
        <translation>St&amp;rada selezionata</translation>
    </message>
    <message>
        <source>&amp;Add road</source>
        <translation>&amp;Aggiungi strada</translation>
    </message>
    <message>
        <source>Add a road in the widest gap (Insert or N on the drawing)</source>
        <translation>Aggiungi una strada nello spazio più ampio (Ins o N sul disegno)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>E&amp;limina selezione</translation>
    </message>
    <message>
        <source>Delete the selected road, symbol or text (Delete)</source>
        <translation>Elimina la strada, il simbolo o il testo selezionato (Canc)</translation>
    </message>
    <message>
        <source>Drag the arrow to turn (Shift: free angle, Ctrl: length). Click the ring to add a road.
Keys: PgUp/PgDn select · ←/→ turn or move · ↑/↓ length or move · Ins add road · Del delete · +/− size · R rotate symbol · F2 edit text</source>
        <translation>Trascina la freccia per ruotare (Maiusc: angolo libero, Ctrl: lunghezza). Clic sull&apos;anello per aggiungere una strada.
Tasti: PagSu/PagGiù seleziona · ←/→ ruota o sposta · ↑/↓ lunghezza o sposta · Ins aggiungi strada · Canc elimina · +/− dimensione · R ruota simbolo · F2 modifica testo</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>Si&amp;mboli</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nessuna selezione</translation>
    </message>
    <message>
        <source>Exit road: {road}, {angle}°</source>
        <translation>Strada di uscita: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Entry road: {road}</source>
        <translation>Strada di entrata: {road}</translation>
    </message>
    <message>
        <source>Road {number}: {road}, {angle}°</source>
        <translation>Strada {number}: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Symbol: {symbol}</source>
        <translation>Simbolo: {symbol}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>Testo: {text}</translation>
    </message>
</context>
<context>
    <name>TulipEditorDialog</name>
    <message>
        <source>Edit tulip</source>
        <translation>Modifica tulipano</translation>
    </message>
    <message>
        <source>A&amp;uto from route</source>
        <translation>A&amp;uto dal percorso</translation>
    </message>
    <message>
        <source>Draw the roads as the route turns here (symbols and texts are kept)</source>
        <translation>Disegna le strade come gira qui il percorso (simboli e testi restano)</translation>
    </message>
</context>
<context>
    <name>TulipSymbol</name>
    <message>
        <source>Danger !</source>
        <translation>Pericolo !</translation>
    </message>
    <message>
        <source>Danger !!</source>
        <translation>Pericolo !!</translation>
    </message>
    <message>
        <source>Danger !!!</source>
        <translation>Pericolo !!!</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Slow down</source>
        <translation>Rallenta</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>Pista principale</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Pista stretta</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Asfalto</translation>
    </message>
    <message>
        <source>Motorway</source>
        <translation>Autostrada</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Under a bridge</source>
        <translation>Sotto un ponte</translation>
    </message>
    <message>
        <source>Roundabout</source>
        <translation>Rotonda</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bivio</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Incrocio</translation>
    </message>
    <message>
        <source>T junction</source>
        <translation>Incrocio a T</translation>
    </message>
    <message>
        <source>Hairpin</source>
        <translation>Tornante</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Sabbia</translation>
    </message>
    <message>
        <source>Soft sand</source>
        <translation>Sabbia molle</translation>
    </message>
    <message>
        <source>Fesh-fesh</source>
        <translation>Fesh-fesh</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Pietre</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Rocce</translation>
    </message>
    <message>
        <source>Ruts</source>
        <translation>Solchi</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Gradino in salita</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Salita</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Discesa</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Dosso</translation>
    </message>
    <message>
        <source>Whoops</source>
        <translation>Serie di dossi</translation>
    </message>
    <message>
        <source>Hole</source>
        <translation>Buca</translation>
    </message>
    <message>
        <source>Dip</source>
        <translation>Avvallamento</translation>
    </message>
    <message>
        <source>Crest</source>
        <translation>Cresta</translation>
    </message>
    <message>
        <source>Dune</source>
        <translation>Duna</translation>
    </message>
    <message>
        <source>Dune cordon</source>
        <translation>Cordone di dune</translation>
    </message>
    <message>
        <source>Small dunes</source>
        <translation>Dunette</translation>
    </message>
    <message>
        <source>Salt flat</source>
        <translation>Lago salato</translation>
    </message>
    <message>
        <source>Mud</source>
        <translation>Fango</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Acqua</translation>
    </message>
    <message>
        <source>Ford</source>
        <translation>Guado</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Oued</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Dirupo</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Villaggio</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Ruin</source>
        <translation>Rovine</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Moschea</translation>
    </message>
    <message>
        <source>Marabout</source>
        <translation>Marabutto</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Accampamento</translation>
    </message>
    <message>
        <source>Cemetery</source>
        <translation>Cimitero</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenna</translation>
    </message>
    <message>
        <source>Pylon</source>
        <translation>Traliccio</translation>
    </message>
    <message>
        <source>Power line</source>
        <translation>Linea elettrica</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Condotta</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Ferrovia</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muro</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Recinzione</translation>
    </message>
    <message>
        <source>Barbed wire</source>
        <translation>Filo spinato</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Cancello</translation>
    </message>
    <message>
        <source>Cattle grid</source>
        <translation>Griglia bestiame</translation>
    </message>
    <message>
        <source>Ditch</source>
        <translation>Fosso</translation>
    </message>
    <message>
        <source>Embankment</source>
        <translation>Terrapieno</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Ometto di pietre</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Cartello</translation>
    </message>
    <message>
        <source>Km marker</source>
        <translation>Cippo km</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Pozzo</translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation>Cisterna</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburante</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Albero</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Alberi</translation>
    </message>
    <message>
        <source>Palm tree</source>
        <translation>Palma</translation>
    </message>
    <message>
        <source>Bush</source>
        <translation>Cespuglio</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Bosco</translation>
    </message>
    <message>
        <source>Camel grass</source>
        <translation>Erba di cammello</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Keep left</source>
        <translation>Tieni la sinistra</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Tieni la destra</translation>
    </message>
    <message>
        <source>Straight on</source>
        <translation>Dritto</translation>
    </message>
    <message>
        <source>Off-track</source>
        <translation>Fuori pista</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Divieto di accesso</translation>
    </message>
</context>
<context>
    <name>TulipSymbolCategory</name>
    <message>
        <source>Dangers</source>
        <translation>Pericoli</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Strade</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Terreno</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Riferimenti</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Vegetazione</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>navapp user guide</source>
        <translation>Guida utente di navapp</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Cerca nella guida</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Trova successivo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>A trip meter never reads below zero. Type the box&apos;s total as the crews&apos; trip meter shows it there, or put a reset on the box before it.</source>
        <translation>Un trip master non va mai sotto zero. Scrivi il totale della casella come lo mostra lì il trip master degli equipaggi, o metti un azzeramento sulla casella precedente.</translation>
    </message>
    <message>
        <source>The crews&apos; trip meter only counts up, so this box would come before the one above it. Correct its total, move it to its place, or give an earlier box a trip reset.</source>
        <translation>Il trip master degli equipaggi conta solo in avanti, quindi questa casella verrebbe prima di quella sopra. Correggi il totale, spostala al suo posto, o metti un azzeramento su una casella precedente.</translation>
    </message>
    <message>
        <source>A CAP is a compass heading from 0 to 360°. Type the heading the crews follow.</source>
        <translation>Il CAP è una direzione di bussola da 0 a 360°. Scrivi la direzione che seguono gli equipaggi.</translation>
    </message>
    <message>
        <source>Dangers are marked 1, 2 or 3 (! to !!!). Choose the level in the box&apos;s Danger field.</source>
        <translation>I pericoli si segnano 1, 2 o 3 (da ! a !!!). Scegli il livello nel campo Pericolo della casella.</translation>
    </message>
    <message>
        <source>A crew must be inside the open radius before it gets close enough to clear, so the clear radius must be the smaller one. Make it smaller or the open radius larger.</source>
        <translation>Un equipaggio entra nel raggio di apertura prima di avvicinarsi abbastanza per validare, quindi il raggio di validazione deve essere il più piccolo. Riducilo o aumenta il raggio di apertura.</translation>
    </message>
    <message>
        <source>An FZ ends a speed zone, but no DZ started one. Give the DZ box its DZ waypoint, or remove this FZ.</source>
        <translation>Un FZ chiude una zona di velocità, ma nessun DZ ne ha aperta una. Dai alla casella DZ il suo waypoint DZ, o rimuovi questo FZ.</translation>
    </message>
    <message>
        <source>A crew entering a speed zone must know its limit. Type it in the box&apos;s Speed km/h field.</source>
        <translation>Un equipaggio che entra in una zona di velocità deve conoscerne il limite. Scrivilo nel campo Velocità km/h della casella.</translation>
    </message>
    <message>
        <source>A speed zone that never ends limits the crew until the finish. Add an FZ box where the zone ends.</source>
        <translation>Una zona di velocità che non finisce mai limita l&apos;equipaggio fino all&apos;arrivo. Aggiungi una casella FZ dove la zona finisce.</translation>
    </message>
    <message>
        <source>Two waypoints with the same type and name are confused on the trip meter and in the results. Rename or renumber one of them.</source>
        <translation>Due waypoint con lo stesso tipo e nome si confondono sul trip master e nei risultati. Rinomina o rinumera uno dei due.</translation>
    </message>
    <message>
        <source>The box is far from the route line, so it is probably misplaced. Drag it onto the route on the map, or Recompute totals and CAPs from route.</source>
        <translation>La casella è lontana dalla linea di percorso, quindi è probabilmente fuori posto. Trascinala sul percorso nella mappa, o Ricalcola totali e CAP dal percorso.</translation>
    </message>
    <message>
        <source>Click the route on the map, insert a box, or generate the boxes from a track.</source>
        <translation>Clic sul percorso nella mappa, inserisci una casella, o genera le caselle da una traccia.</translation>
    </message>
    <message>
        <source>negative total {total} km</source>
        <translation>totale negativo {total} km</translation>
    </message>
    <message>
        <source>total {total} km is less than the previous box&apos;s {previous} km</source>
        <translation>totale {total} km inferiore ai {previous} km della casella precedente</translation>
    </message>
    <message>
        <source>CAP {cap} is outside 0–360</source>
        <translation>CAP {cap} fuori da 0–360</translation>
    </message>
    <message>
        <source>danger {danger} is not 1, 2 or 3</source>
        <translation>pericolo {danger} diverso da 1, 2 o 3</translation>
    </message>
    <message>
        <source>{waypoint}: clear radius {clear} m is not smaller than open radius {open} m</source>
        <translation>{waypoint}: raggio di validazione {clear} m non inferiore al raggio di apertura {open} m</translation>
    </message>
    <message>
        <source>FZ without a DZ before it</source>
        <translation>FZ senza un DZ prima</translation>
    </message>
    <message>
        <source>DZ without a speed limit</source>
        <translation>DZ senza limite di velocità</translation>
    </message>
    <message>
        <source>DZ has no FZ before the next DZ at box {box}</source>
        <translation>DZ senza FZ prima del DZ successivo alla casella {box}</translation>
    </message>
    <message>
        <source>DZ without its FZ</source>
        <translation>DZ senza il suo FZ</translation>
    </message>
    <message>
        <source>waypoint {type} {name} also at box {box}</source>
        <translation>waypoint {type} {name} anche alla casella {box}</translation>
    </message>
    <message>
        <source>box is {offset} m from the route line</source>
        <translation>casella a {offset} m dalla linea di percorso</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>il roadbook non ha caselle</translation>
    </message>
</context>
<context>
    <name>WaypointList</name>
    <message>
        <source>Box</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Closest</source>
        <translation>Dist. min.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validato</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>mancato</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; matches no box</source>
        <translation>{where}: la voce &apos;{label}&apos; della lista waypoint non corrisponde a nessuna casella</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; at km {km} matches no box</source>
        <translation>{where}: la voce &apos;{label}&apos; della lista waypoint al km {km} non corrisponde a nessuna casella</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it keeps its own coordinates</source>
        <translation>{roadbook}: {box} non ha voci nella lista waypoint; mantiene le sue coordinate</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it stays without coordinates</source>
        <translation>{roadbook}: {box} non ha voci nella lista waypoint; resta senza coordinate</translation>
    </message>
</context>
<context>
    <name>WaypointListAction</name>
    <message>
        <source>Add &amp;waypoint list…</source>
        <translation>Aggiungi lista &amp;waypoint…</translation>
    </message>
    <message>
        <source>Place the roadbook&apos;s waypoints from the organiser&apos;s list (GPX, KML/KMZ, CSV)</source>
        <translation>Posiziona i waypoint del roadbook dalla lista dell&apos;organizzatore (GPX, KML/KMZ, CSV)</translation>
    </message>
    <message>
        <source>Open a roadbook first: a waypoint list places the waypoints of a roadbook</source>
        <translation>Apri prima un roadbook: una lista waypoint posiziona i waypoint di un roadbook</translation>
    </message>
    <message>
        <source>Add the waypoint list?</source>
        <translation>Aggiungere la lista waypoint?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the list&apos;s positions: trip, box and waypoints. Add the list now?</source>
        <translation>La tappa riparte da zero con le posizioni della lista: trip, casella e waypoint. Aggiungere la lista ora?</translation>
    </message>
    <message>
        <source>Waypoint lists ({patterns})</source>
        <translation>Liste waypoint ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source> + waypoints from {list}</source>
        <translation> + waypoint da {list}</translation>
    </message>
    <message>
        <source>Add waypoint list</source>
        <translation>Aggiungi lista waypoint</translation>
    </message>
    <message>
        <source>Cannot read waypoint list</source>
        <translation>Impossibile leggere la lista waypoint</translation>
    </message>
    <message>
        <source>Waypoints from {list}: {placed} of {count} waypoint boxes placed</source>
        <translation>Waypoint da {list}: caselle waypoint posizionate {placed} su {count}</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Lista waypoint</translation>
    </message>
    <message>
        <source>+ waypoints from {list}</source>
        <translation>+ waypoint da {list}</translation>
    </message>
</context>
<context>
    <name>WaypointListFile</name>
    <message>
        <source>unsupported waypoint list &apos;{format}&apos; (navapp reads {items})</source>
        <translation>lista waypoint &apos;{format}&apos; non supportata (navapp legge {items})</translation>
    </message>
    <message>
        <source>no waypoint with coordinates in this list</source>
        <translation>nessun waypoint con coordinate in questa lista</translation>
    </message>
</context>
<context>
    <name>WaypointPanel</name>
    <message>
        <source>WAYPOINT</source>
        <translation>WAYPOINT</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>di {count}</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>VALIDATO</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>MANCATO</translation>
    </message>
    <message>
        <source>WAYPOINT OPEN</source>
        <translation>WAYPOINT APERTO</translation>
    </message>
    <message>
        <source>NEXT WAYPOINT</source>
        <translation>PROSSIMO WAYPOINT</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to navapp</source>
        <translation>Benvenuto in navapp</translation>
    </message>
    <message>
        <source>Follow a rally-raid roadbook with trip meters, CAP and waypoints, fed by a GPS or a recorded drive. Every action works from the keyboard or a remote. Help › User guide (F1) tells more.</source>
        <translation>Segui un roadbook di rally-raid con trip master, CAP e waypoint, da un GPS o da una sessione registrata. Ogni azione funziona da tastiera o telecomando. Aiuto › Guida utente (F1) spiega di più.</translation>
    </message>
    <message>
        <source>Open the &amp;demo stage
Erg Chebbi practice stage, its recorded drive replaying</source>
        <translation>Apri la tappa &amp;demo
Tappa di allenamento Erg Chebbi, con la sua sessione registrata in riproduzione</translation>
    </message>
    <message>
        <source>Choose a &amp;GPS source…
Serial receiver, gpsd, the system&apos;s position or a replay</source>
        <translation>Scegli una sorgente &amp;GPS…
Ricevitore seriale, gpsd, posizione di sistema o riproduzione</translation>
    </message>
    <message>
        <source>Set up the &amp;remote and keys…
Which button does what, hold and repeat times</source>
        <translation>Configura &amp;telecomando e tasti…
Quale tasto fa cosa, tempi di pressione lunga e ripetizione</translation>
    </message>
    <message>
        <source>&amp;Open a roadbook…</source>
        <translation>&amp;Apri un roadbook…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>Xmltracks</name>
    <message>
        <source>position out of range: {lat}, {lon}</source>
        <translation>posizione fuori intervallo: {lat}, {lon}</translation>
    </message>
    <message>
        <source>bad time {text}</source>
        <translation>orario non valido: {text}</translation>
    </message>
    <message>
        <source>bad number {text}</source>
        <translation>numero non valido: {text}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>il file finisce prima del previsto; punti letti: {count}</translation>
    </message>
    <message>
        <source>the KMZ holds no .kml document</source>
        <translation>il KMZ non contiene un documento .kml</translation>
    </message>
    <message>
        <source>the KMZ&apos;s {filename} is too large to read</source>
        <translation>{filename} nel KMZ è troppo grande da leggere</translation>
    </message>
    <message>
        <source>not a readable KMZ (zip) file: {reason}</source>
        <translation>file KMZ (zip) illeggibile: {reason}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>non è un file KML (elemento radice &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>no track in this KML (no gx:Track or LineString)</source>
        <translation>nessuna traccia in questo KML (nessun gx:Track o LineString)</translation>
    </message>
    <message>
        <source>a gx:Track has {count} times for {positions} positions; read the first {read}</source>
        <translation>un gx:Track ha {count} orari per {positions} posizioni; letti i primi {read}</translation>
    </message>
    <message>
        <source>bad gx:coord {items}</source>
        <translation>gx:coord non valido: {items}</translation>
    </message>
    <message>
        <source>skipped {empty} track points without a position</source>
        <translation>punti traccia senza posizione saltati: {empty}</translation>
    </message>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>coordinate KML non valide: {token}</translation>
    </message>
    <message>
        <source>not a TCX file (root element &lt;{local}&gt;)</source>
        <translation>non è un file TCX (elemento radice &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>skipped {no_position} trackpoints without a position</source>
        <translation>trackpoint senza posizione saltati: {no_position}</translation>
    </message>
    <message>
        <source>no trackpoints in this TCX</source>
        <translation>nessun trackpoint in questo TCX</translation>
    </message>
</context>
<context>
    <name>Xyz</name>
    <message>
        <source>give the tile server a name (up to 80 characters)</source>
        <translation>dai un nome al server di tile (fino a 80 caratteri)</translation>
    </message>
    <message>
        <source>{name}: say whose map it is (the attribution the server asks for)</source>
        <translation>{name}: indica di chi è la mappa (l&apos;attribuzione richiesta dal server)</translation>
    </message>
    <message>
        <source>{name}: zoom levels are whole numbers</source>
        <translation>{name}: i livelli di zoom sono numeri interi</translation>
    </message>
    <message>
        <source>{name}: the zooms must run {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</source>
        <translation>{name}: gli zoom devono rispettare {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</translation>
    </message>
    <message>
        <source>{name}: keep tiles between a moment and 3650 days</source>
        <translation>{name}: conserva i tile da un istante fino a 3650 giorni</translation>
    </message>
    <message>
        <source>{name}: the address must be one line without spaces</source>
        <translation>{name}: l&apos;indirizzo deve essere una riga senza spazi</translation>
    </message>
    <message>
        <source>{name}: {url} is not a web address</source>
        <translation>{name}: {url} non è un indirizzo web</translation>
    </message>
    <message>
        <source>{name}: the address must start with https:// or http://</source>
        <translation>{name}: l&apos;indirizzo deve iniziare con https:// o http://</translation>
    </message>
    <message>
        <source>{name}: put no user name or password in the address</source>
        <translation>{name}: non mettere nome utente o password nell&apos;indirizzo</translation>
    </message>
    <message>
        <source>{name}: the address has no server name</source>
        <translation>{name}: l&apos;indirizzo non ha un nome di server</translation>
    </message>
    <message>
        <source>{name}: unknown placeholder {{{unknown}}}; use {{z}}, {{x}}, {{y}} and {{s}}</source>
        <translation>{name}: segnaposto sconosciuto {{{unknown}}}; usa {{z}}, {{x}}, {{y}} e {{s}}</translation>
    </message>
    <message>
        <source>{name}: the address needs {{z}}, {{x}} and {{y}}</source>
        <translation>{name}: l&apos;indirizzo richiede {{z}}, {{x}} e {{y}}</translation>
    </message>
    <message>
        <source>{name}: a brace in the address is not a placeholder</source>
        <translation>{name}: una graffa nell&apos;indirizzo non è un segnaposto</translation>
    </message>
    <message>
        <source>{name}: {{s}} needs subdomains, like abc or a,b,c</source>
        <translation>{name}: {{s}} richiede sottodomini, come abc o a,b,c</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y}: {reason}</source>
        <translation>errore tile {z}/{x}/{y}: {reason}</translation>
    </message>
</context>
</TS>
