<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Printing</source>
        <comment>cannot open a buffer for the PDF</comment>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot start painting the PDF</comment>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot add a page to the PDF</comment>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Printing</source>
        <comment>cannot finish the PDF</comment>
        <translation>Impression</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>see its package</source>
        <translation>voir son paquet</translation>
    </message>
    <message>
        <source>navapp {version}

Navigation and roadbook app for rally-raid crews.

Licence: GNU General Public License, version 3 or later ({licence}).

Show Details for the credits and the libraries navapp uses.</source>
        <translation>navapp {version}

Navigation et roadbook pour les équipages de rallye-raid.

Licence&#xa0;: GNU General Public License, version 3 ou ultérieure ({licence}).

Afficher les détails pour les crédits et les bibliothèques utilisées par navapp.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>About navapp</source>
        <translation>À propos de navapp</translation>
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
        <translation>RAZ partiel</translation>
    </message>
    <message>
        <source>Set total to box</source>
        <translation>Régler le total sur la case</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Case suivante</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Case précédente</translation>
    </message>
    <message>
        <source>Resume auto-advance</source>
        <translation>Reprendre l&apos;avance auto</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Mode nuit</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Liste des waypoints</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>Pause du rejeu</translation>
    </message>
    <message>
        <source>Dimmer: darker</source>
        <translation>Atténuation&#xa0;: plus sombre</translation>
    </message>
    <message>
        <source>Dimmer: brighter</source>
        <translation>Atténuation&#xa0;: plus clair</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Map: zoom in</source>
        <translation>Carte&#xa0;: zoom avant</translation>
    </message>
    <message>
        <source>Map: zoom out</source>
        <translation>Carte&#xa0;: zoom arrière</translation>
    </message>
    <message>
        <source>Map: course up / north up</source>
        <translation>Carte&#xa0;: cap en haut / nord en haut</translation>
    </message>
    <message>
        <source>Map: re-centre on the car</source>
        <translation>Carte&#xa0;: recentrer sur la voiture</translation>
    </message>
</context>
<context>
    <name>BoxDetail</name>
    <message>
        <source>No box selected</source>
        <translation>Aucune case sélectionnée</translation>
    </message>
    <message>
        <source>Edit tulip…</source>
        <translation>Modifier la tulipe…</translation>
    </message>
    <message>
        <source>Remove tulip</source>
        <translation>Supprimer la tulipe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>CAP °</source>
        <translation>CAP °</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>RAZ à</translation>
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
        <translation>nom / numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Empty: the default of the rules table (greyed). Type to override.</source>
        <translation>Vide&#xa0;: valeur par défaut du règlement (grisée). Saisir pour la remplacer.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Radii m</source>
        <translation>Rayons m</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Total {unit}</source>
        <translation>Total {unit}</translation>
    </message>
    <message>
        <source>Speed {unit}</source>
        <translation>Vitesse {unit}</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>Box {number}  (no position)</source>
        <translation>Case {number}  (sans position)</translation>
    </message>
    <message>
        <source>no tulip</source>
        <translation>pas de tulipe</translation>
    </message>
    <message>
        <source>cannot show</source>
        <translation>non affichable</translation>
    </message>
    <message>
        <source>also: {waypoints}</source>
        <translation>aussi&#xa0;: {waypoints}</translation>
    </message>
    <message>
        <source>DZ limit</source>
        <translation>Limite DZ</translation>
    </message>
    <message>
        <source>only on a DZ box</source>
        <translation>seulement sur une case DZ</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>total: a box needs a total distance</source>
        <translation>total&#xa0;: une case doit avoir une distance totale</translation>
    </message>
    <message>
        <source>Total of box {number}</source>
        <translation>Total de la case {number}</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>CAP of box {number}</source>
        <translation>CAP de la case {number}</translation>
    </message>
    <message>
        <source>Danger of box {number}</source>
        <translation>Danger de la case {number}</translation>
    </message>
    <message>
        <source>Reset of box {number}</source>
        <translation>RAZ de la case {number}</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>RAZ</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>Stop of box {number}</source>
        <translation>Stop de la case {number}</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralisation</translation>
    </message>
    <message>
        <source>Neutralisation of box {number}</source>
        <translation>Neutralisation de la case {number}</translation>
    </message>
    <message>
        <source>speed limit</source>
        <translation>limite de vitesse</translation>
    </message>
    <message>
        <source>Speed limit of box {number}</source>
        <translation>Limite de vitesse de la case {number}</translation>
    </message>
    <message>
        <source>Notes of box {number}</source>
        <translation>Notes de la case {number}</translation>
    </message>
    <message>
        <source>{symbol} on box {number}</source>
        <translation>{symbol} sur la case {number}</translation>
    </message>
    <message>
        <source>Remove tulip of box {number}</source>
        <translation>Supprimer la tulipe de la case {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint de la case {number}</translation>
    </message>
    <message>
        <source>open radius</source>
        <translation>rayon d&apos;ouverture</translation>
    </message>
    <message>
        <source>clear radius</source>
        <translation>rayon de validation</translation>
    </message>
</context>
<context>
    <name>BoxFields</name>
    <message>
        <source>Fuel</source>
        <translation>Carburant</translation>
    </message>
    <message>
        <source>Show coords</source>
        <translation>Afficher coord.</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Helicopter</source>
        <translation>Hélicoptère</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Pompiers</translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation>Spectateurs</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>0 — none</source>
        <translation>0 — aucun</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>never opens</source>
        <translation>ne s&apos;ouvre jamais</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>toujours ouvert</translation>
    </message>
</context>
<context>
    <name>BoxRow</name>
    <message>
        <source>MASKED</source>
        <translation>MASQUÉ</translation>
    </message>
</context>
<context>
    <name>BoxStrip</name>
    <message>
        <source>TO NEXT BOX</source>
        <translation>VERS CASE SUIV.</translation>
    </message>
    <message>
        <source>AUTO OFF</source>
        <translation>AUTO COUPÉ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>VERS CASE {number}</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>ENTRAÎNEMENT MASQUÉ</translation>
    </message>
</context>
<context>
    <name>BoxTable</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulipe</translation>
    </message>
    <message>
        <source>Notes drawing</source>
        <translation>Dessin des notes</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reset {distance}</source>
        <translation>RAZ {distance}</translation>
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
        <translation>Neutralisation {duration}</translation>
    </message>
    <message>
        <source>Time control {minutes} min</source>
        <translation>Contrôle horaire {minutes} min</translation>
    </message>
    <message>
        <source>Time control</source>
        <translation>Contrôle horaire</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburant</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>the tile cache limit must be over 0 MB, not {limit}</source>
        <translation>la limite du cache de tuiles doit dépasser 0 Mo, pas {limit}</translation>
    </message>
    <message>
        <source>{folder}: cannot make the tile cache: {reason}</source>
        <translation>{folder}&#xa0;: impossible de créer le cache de tuiles&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>bad tile cache source name {source}</source>
        <translation>nom de source du cache de tuiles incorrect&#xa0;: {source}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>pas de tuile {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>CapReferenceBox</name>
    <message>
        <source>CAP and course</source>
        <translation>CAP et cap GPS</translation>
    </message>
    <message>
        <source>True north (as roadbooks print them)</source>
        <translation>Nord géographique (comme dans les roadbooks)</translation>
    </message>
    <message>
        <source>Magnetic (World Magnetic Model at the car&apos;s position)</source>
        <translation>Magnétique (World Magnetic Model à la position de la voiture)</translation>
    </message>
    <message>
        <source>Magnetic, fixed declination</source>
        <translation>Magnétique, déclinaison fixe</translation>
    </message>
    <message>
        <source>Degrees east of true north; west is negative.</source>
        <translation>Degrés à l&apos;est du nord géographique&#xa0;; l&apos;ouest est négatif.</translation>
    </message>
</context>
<context>
    <name>CapWidget</name>
    <message>
        <source>COURSE °{north}</source>
        <translation>CAP GPS °{north}</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>TOURNER</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>a map entry is not a table of values</source>
        <translation>une entrée de carte n&apos;est pas une table de valeurs</translation>
    </message>
    <message>
        <source>a map entry has an unknown kind {kind}</source>
        <translation>une entrée de carte est d&apos;un type inconnu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>a map entry has no name</source>
        <translation>une entrée de carte n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>{name}: the map entry has no file</source>
        <translation>{name}&#xa0;: l&apos;entrée de carte n&apos;a pas de fichier</translation>
    </message>
    <message>
        <source>{name}: its zooms run backwards ({low} &gt; {high})</source>
        <translation>{name}&#xa0;: ses zooms sont inversés ({low} &gt; {high})</translation>
    </message>
    <message>
        <source>{name}: its {field} is not one line of text</source>
        <translation>{name}&#xa0;: son champ {field} n&apos;est pas une seule ligne de texte</translation>
    </message>
    <message>
        <source>{name}: its {field} is not a zoom {low}..{high}</source>
        <translation>{name}&#xa0;: son champ {field} n&apos;est pas un zoom {low}..{high}</translation>
    </message>
    <message>
        <source>the map entry has no file</source>
        <translation>l&apos;entrée de carte n&apos;a pas de fichier</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>crew {number}</source>
        <translation>équipage {number}</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Add a second judged crew&apos;s track to compare crews.</source>
        <translation>Ajoutez la trace d&apos;un deuxième équipage analysé pour comparer les équipages.</translation>
    </message>
    <message>
        <source>{table} — in red, where each crew lost most</source>
        <translation>{table} — en rouge, là où chaque équipage a le plus perdu</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>navapp hit a bug</source>
        <translation>navapp a rencontré un bug</translation>
    </message>
    <message>
        <source>The details are in
{path}</source>
        <translation>Les détails sont dans
{path}</translation>
    </message>
    <message>
        <source>The details could not be saved ({error}); they were printed.</source>
        <translation>Impossible d&apos;enregistrer les détails ({error})&#xa0;; ils ont été affichés dans la console.</translation>
    </message>
    <message>
        <source>navapp hit a bug: what you just did may not have been done.
Please report it with the log file.</source>
        <translation>navapp a rencontré un bug&#xa0;: votre dernière action n&apos;a peut-être pas été faite.
Merci de le signaler avec le fichier journal.</translation>
    </message>
</context>
<context>
    <name>CrewFiles</name>
    <message>
        <source>{path}: the track has no points</source>
        <translation>{path}&#xa0;: la trace n&apos;a aucun point</translation>
    </message>
    <message>
        <source>The crews are compared once every crew is reviewed.</source>
        <translation>Les équipages sont comparés une fois tous les équipages analysés.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} crews reviewed</source>
        <translation>Annulé&#xa0;: {done} équipages analysés sur {total}</translation>
    </message>
    <message>
        <source>{total} crews reviewed</source>
        <translation>{total} équipages analysés</translation>
    </message>
    <message>
        <source>Open crews&apos; tracks</source>
        <translation>Ouvrir les traces des équipages</translation>
    </message>
</context>
<context>
    <name>CrewProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reviewing: the crews already reviewed stay in the window</source>
        <translation>Arrêter l&apos;analyse&#xa0;: les équipages déjà analysés restent dans la fenêtre</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Reviewing crews…</source>
        <translation>Analyse des équipages…</translation>
    </message>
    <message>
        <source>Reviewing crews {done}/{total} — {name}</source>
        <translation>Analyse des équipages {done}/{total} — {name}</translation>
    </message>
</context>
<context>
    <name>Csvwaypoints</name>
    <message>
        <source>file is empty</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>no latitude and longitude columns (a header such as &apos;name,lat,lon&apos;, or coordinates in the first line)</source>
        <translation>pas de colonnes latitude et longitude (un en-tête comme «&#xa0;name,lat,lon&#xa0;» ou des coordonnées sur la première ligne)</translation>
    </message>
    <message>
        <source>line skipped: {error}: {line}</source>
        <translation>ligne ignorée&#xa0;: {error}&#xa0;: {line}</translation>
    </message>
    <message>
        <source>{count} more lines skipped</source>
        <translation>autres lignes ignorées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>damaged ({what}); read {count} waypoints before it</source>
        <translation>endommagé ({what})&#xa0;; waypoints lus avant&#xa0;: {count}</translation>
    </message>
    <message>
        <source>no line reads as a waypoint; {message}</source>
        <translation>aucune ligne ne se lit comme un waypoint&#xa0;; {message}</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>aucun waypoint</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Waypoint opened</source>
        <translation>Waypoint ouvert</translation>
    </message>
    <message>
        <source>Waypoint validated</source>
        <translation>Waypoint validé</translation>
    </message>
    <message>
        <source>Waypoint missed</source>
        <translation>Waypoint manqué</translation>
    </message>
    <message>
        <source>Entering a speed zone</source>
        <translation>Entrée en zone de vitesse</translation>
    </message>
    <message>
        <source>Leaving a speed zone</source>
        <translation>Sortie de zone de vitesse</translation>
    </message>
    <message>
        <source>Over the speed limit</source>
        <translation>Au-dessus de la limite</translation>
    </message>
    <message>
        <source>Neutralisation time ended</source>
        <translation>Fin de la neutralisation</translation>
    </message>
    <message>
        <source>Danger box ahead</source>
        <translation>Case danger en approche</translation>
    </message>
    <message>
        <source>Next box near</source>
        <translation>Case suivante proche</translation>
    </message>
    <message>
        <source>GPS lost</source>
        <translation>GPS perdu</translation>
    </message>
    <message>
        <source>GPS back</source>
        <translation>GPS revenu</translation>
    </message>
    <message>
        <source>Off the route</source>
        <translation>Hors itinéraire</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound output on this computer: the cues are not heard.</source>
        <translation>Aucune sortie son sur cet ordinateur&#xa0;: les annonces ne sont pas audibles.</translation>
    </message>
    <message>
        <source>sound of “{cue}” unreadable: {error}</source>
        <translation>son de «&#xa0;{cue}&#xa0;» illisible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>“{cue}” cannot be played on this sound device.</source>
        <translation>«&#xa0;{cue}&#xa0;» ne peut pas être joué sur ce périphérique audio.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message>
        <source>{number} metres</source>
        <translation>{number} mètres</translation>
    </message>
    <message>
        <source>{number} kilometre</source>
        <translation>{number} kilomètre</translation>
    </message>
    <message>
        <source>{number} kilometres</source>
        <translation>{number} kilomètres</translation>
    </message>
    <message>
        <source>{number} yards</source>
        <translation>{number} yards</translation>
    </message>
    <message>
        <source>{number} mile</source>
        <translation>{number} mile</translation>
    </message>
    <message>
        <source>{number} miles</source>
        <translation>{number} miles</translation>
    </message>
    <message>
        <source>straight on</source>
        <translation>tout droit</translation>
    </message>
    <message>
        <source>bear left</source>
        <translation>légère gauche</translation>
    </message>
    <message>
        <source>bear right</source>
        <translation>légère droite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>sharp left</source>
        <translation>gauche serrée</translation>
    </message>
    <message>
        <source>sharp right</source>
        <translation>droite serrée</translation>
    </message>
    <message>
        <source>U-turn</source>
        <translation>demi-tour</translation>
    </message>
    <message>
        <source>{distance}, {turn}, CAP {cap}</source>
        <translation>{distance}, {turn}, CAP {cap}</translation>
    </message>
    <message>
        <source>{distance}, {turn}</source>
        <translation>{distance}, {turn}</translation>
    </message>
    <message>
        <source>{distance}, CAP {cap}</source>
        <translation>{distance}, CAP {cap}</translation>
    </message>
    <message>
        <source>danger {level}</source>
        <translation>danger {level}</translation>
    </message>
</context>
<context>
    <name>DriveMap</name>
    <message>
        <source>FOLLOW OFF — CENTRE</source>
        <extracomment>One zoom step of a key, a touch control or a wheel notch: the scale changes by this factor. The scale a new map opens at: some 2 km across a tablet&apos;s map pane. In course up, the car sits this share of the height below the centre: more road ahead. Below this speed the course is the receiver&apos;s noise: course up keeps the last one. A press that moves less than this is no pan (a finger shakes in a moving car).</extracomment>
        <translation>SUIVI COUPÉ — CENTRER</translation>
    </message>
    <message>
        <source>No position yet: waiting for a GPS fix</source>
        <translation>Pas encore de position&#xa0;: attente du fix GPS</translation>
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
        <translation>CENTRER</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>CAP GPS</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>PAS DE GPS</translation>
    </message>
</context>
<context>
    <name>DriveSession</name>
    <message>
        <source>GPS: none — GPS › Source…</source>
        <translation>GPS&#xa0;: aucun — GPS › Source…</translation>
    </message>
    <message>
        <source>track log of the stopped stage not mended: {error}</source>
        <translation>journal de trace de la spéciale interrompue non réparé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>DriveView</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>PARTIAL</source>
        <translation>PARTIEL</translation>
    </message>
    <message>
        <source>TO BOX {number}</source>
        <translation>VERS CASE {number}</translation>
    </message>
</context>
<context>
    <name>DriverDisplay</name>
    <message>
        <source>navapp — driver</source>
        <translation>navapp — pilote</translation>
    </message>
    <message>
        <source>TURN</source>
        <translation>TOURNER</translation>
    </message>
    <message>
        <source>NEXT BOX</source>
        <translation>CASE SUIV.</translation>
    </message>
    <message>
        <source>LIMIT {limit}</source>
        <translation>LIMITE {limit}</translation>
    </message>
    <message>
        <source>NO GPS</source>
        <translation>PAS DE GPS</translation>
    </message>
    <message>
        <source>OVER {limit}</source>
        <translation>EXCÈS {limit}</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>there is no box {index} (the roadbook has {count})</source>
        <translation>la case {index} n&apos;existe pas (cases du roadbook&#xa0;: {count})</translation>
    </message>
    <message>
        <source>a box&apos;s number and partial follow from its place and total</source>
        <translation>le numéro et le partiel d&apos;une case découlent de sa place et de son total</translation>
    </message>
    <message>
        <source>cannot insert at {position} (1 to {last})</source>
        <translation>impossible d&apos;insérer en position {position} (de 1 à {last})</translation>
    </message>
    <message>
        <source>the roadbook has no route line to place boxes on</source>
        <translation>le roadbook n&apos;a pas d&apos;itinéraire où placer les cases</translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation>la spéciale doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>EditorBoxModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Tulip</source>
        <translation>Tulipe</translation>
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
        <translation>Notes</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook sans titre</translation>
    </message>
    <message>
        <source>a new roadbook</source>
        <translation>un nouveau roadbook</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} were kept at {time} when the editor last stopped. Recover them?</source>
        <translation>Des modifications non enregistrées de {file} ont été conservées à {time} lors du dernier arrêt de l&apos;éditeur. Les récupérer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EditorFiles</name>
    <message>
        <source>KML waypoint lists (*.kml *.KML *.kmz *.KMZ);;All files (*)</source>
        <translation>Listes de waypoints KML (*.kml *.KML *.kmz *.KMZ);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>EditorMenus</name>
    <message>
        <source>Open roadbook</source>
        <translation>Ouvrir un roadbook</translation>
    </message>
    <message>
        <source>Import roadbook as new</source>
        <translation>Importer un roadbook comme nouveau</translation>
    </message>
    <message>
        <source>Import KML waypoints</source>
        <translation>Importer des waypoints KML</translation>
    </message>
    <message>
        <source>Route for these waypoints (Cancel: none, or the KML&apos;s own line)</source>
        <translation>Itinéraire pour ces waypoints (Annuler&#xa0;: aucun, ou la ligne du KML)</translation>
    </message>
    <message>
        <source>Generate from track</source>
        <translation>Générer depuis une trace</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Génération impossible</translation>
    </message>
    <message>
        <source>Set route from track</source>
        <translation>Itinéraire depuis une trace</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>Aller à une position</translation>
    </message>
    <message>
        <source>Latitude, longitude (e.g. 31.52, -4.21):</source>
        <translation>Latitude, longitude (ex. 31.52, -4.21)&#xa0;:</translation>
    </message>
    <message>
        <source>Save roadbook as</source>
        <translation>Enregistrer le roadbook sous</translation>
    </message>
    <message>
        <source>A5 pages</source>
        <translation>Pages A5</translation>
    </message>
    <message>
        <source>Roll (roadbook reader)</source>
        <translation>Rouleau (lecteur de roadbook)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Quit navapp</source>
        <translation>Quitter navapp</translation>
    </message>
    <message>
        <source>A drive is following the GPS in the main window. End it and quit?</source>
        <translation>Un parcours suit le GPS dans la fenêtre principale. L&apos;arrêter et quitter&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import roadbook as new…</source>
        <translation>&amp;Importer un roadbook comme nouveau…</translation>
    </message>
    <message>
        <source>Import &amp;KML waypoints…</source>
        <translation>Importer des waypoints &amp;KML…</translation>
    </message>
    <message>
        <source>&amp;Generate from track…</source>
        <translation>&amp;Générer depuis une trace…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close every editor window, asking about unsaved changes, and navapp</source>
        <translation>Fermer toutes les fenêtres de l&apos;éditeur (en demandant pour les modifications non enregistrées) et navapp</translation>
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
        <source>&amp;Insert box after</source>
        <translation>&amp;Insérer une case après</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>&amp;Supprimer la case</translation>
    </message>
    <message>
        <source>&amp;Move box up</source>
        <translation>&amp;Monter la case</translation>
    </message>
    <message>
        <source>Move box d&amp;own</source>
        <translation>&amp;Descendre la case</translation>
    </message>
    <message>
        <source>Edit &amp;tulip…</source>
        <translation>Modifier la &amp;tulipe…</translation>
    </message>
    <message>
        <source>Stage &amp;properties…</source>
        <translation>&amp;Propriétés de la spéciale…</translation>
    </message>
    <message>
        <source>The stage&apos;s name, units (km or miles) and description</source>
        <translation>Nom de la spéciale, unités (km ou miles) et description</translation>
    </message>
    <message>
        <source>Re&amp;compute totals and CAPs from route</source>
        <translation>Re&amp;calculer totaux et CAP depuis l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Every placed box gets its total, partial and CAP from the route line</source>
        <translation>Chaque case placée reçoit son total, son partiel et son CAP depuis la ligne de l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Set route from trac&amp;k…</source>
        <translation>Itinéraire depuis une trac&amp;e…</translation>
    </message>
    <message>
        <source>Remo&amp;ve route</source>
        <translation>E&amp;ffacer l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Dra&amp;w route</source>
        <translation>Dessi&amp;ner l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Draw the route on the map (Ctrl+D; Esc on the map: done)</source>
        <translation>Dessiner l&apos;itinéraire sur la carte (Ctrl+D&#xa0;; Échap sur la carte&#xa0;: terminer)</translation>
    </message>
    <message>
        <source>Click the map to add route points, drag them, Delete or right-click to remove</source>
        <translation>Cliquer sur la carte pour ajouter des points d&apos;itinéraire, les glisser&#xa0;; Suppr ou clic droit pour les enlever</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Cadrer la carte</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>&amp;Aller à une position…</translation>
    </message>
    <message>
        <source>Centre the map on a place</source>
        <translation>Centrer la carte sur un lieu</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Aller à…</translation>
    </message>
    <message>
        <source>Centre the map on a typed latitude, longitude (Ctrl+G)</source>
        <translation>Centrer la carte sur une latitude, longitude saisie (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Large map</source>
        <translation>&amp;Grande carte</translation>
    </message>
    <message>
        <source>The map takes the box table&apos;s room too (Ctrl+M)</source>
        <translation>La carte prend aussi la place du tableau des cases (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Échec de l&apos;enregistrement auto&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>{edit}: {error}</source>
        <translation>{edit}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Edit box {number}</source>
        <translation>Modifier la case {number}</translation>
    </message>
    <message>
        <source>Waypoint of box {number}</source>
        <translation>Waypoint de la case {number}</translation>
    </message>
    <message>
        <source>Insert box {number}</source>
        <translation>Insérer la case {number}</translation>
    </message>
    <message>
        <source>Delete box {number}</source>
        <translation>Supprimer la case {number}</translation>
    </message>
    <message>
        <source>Move box {number} up</source>
        <translation>Monter la case {number}</translation>
    </message>
    <message>
        <source>Move box {number} down</source>
        <translation>Descendre la case {number}</translation>
    </message>
    <message>
        <source>Insert box on the route</source>
        <translation>Insérer une case sur l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Slide box {number}</source>
        <translation>Glisser la case {number}</translation>
    </message>
    <message>
        <source>Recompute from route</source>
        <translation>Recalculer depuis l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Stage properties</source>
        <translation>Propriétés de la spéciale</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Effacer l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Set route</source>
        <translation>Définir l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Cannot read route</source>
        <translation>Lecture de l&apos;itinéraire impossible</translation>
    </message>
    <message>
        <source>Set route from {file}</source>
        <translation>Itinéraire depuis {file}</translation>
    </message>
    <message>
        <source>Route set from {file}</source>
        <translation>Itinéraire défini depuis {file}</translation>
    </message>
    <message>
        <source>Drawing: click adds at the end, Shift+click before the start, click on the line inserts, drag moves, Del or right-click removes, Esc ends</source>
        <translation>Dessin&#xa0;: clic ajoute à la fin, Maj+clic avant le début, clic sur la ligne insère, glisser déplace, Suppr ou clic droit enlève, Échap termine</translation>
    </message>
    <message>
        <source>Route drawing ended</source>
        <translation>Dessin de l&apos;itinéraire terminé</translation>
    </message>
    <message>
        <source>Add route point {number}</source>
        <translation>Ajouter le point d&apos;itinéraire {number}</translation>
    </message>
    <message>
        <source>Add route point before the start</source>
        <translation>Ajouter un point d&apos;itinéraire avant le début</translation>
    </message>
    <message>
        <source>Insert route point</source>
        <translation>Insérer un point d&apos;itinéraire</translation>
    </message>
    <message>
        <source>Move route point {number}</source>
        <translation>Déplacer le point d&apos;itinéraire {number}</translation>
    </message>
    <message>
        <source>Delete route point {number}</source>
        <translation>Supprimer le point d&apos;itinéraire {number}</translation>
    </message>
    <message>
        <source>Go to: {error}</source>
        <translation>Aller à&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Map centred on {position}</source>
        <translation>Carte centrée sur {position}</translation>
    </message>
    <message>
        <source>Tulip of box {number}</source>
        <translation>Tulipe de la case {number}</translation>
    </message>
    <message>
        <source>Select a box to draw its tulip</source>
        <translation>Sélectionnez une case pour dessiner sa tulipe</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>{count} cases</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucune remarque</translation>
    </message>
    <message>
        <source>⚠ 1 finding</source>
        <translation>⚠ 1 remarque</translation>
    </message>
    <message>
        <source>⚠ {count} findings</source>
        <translation>⚠ {count} remarques</translation>
    </message>
    <message>
        <source>Roadbook: {finding}</source>
        <translation>Roadbook&#xa0;: {finding}</translation>
    </message>
    <message>
        <source>Box {number}: {finding}</source>
        <translation>Case {number}&#xa0;: {finding}</translation>
    </message>
    <message>
        <source>from {file}, not saved</source>
        <translation>depuis {file}, non enregistré</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{roadbook}[*] — {where} — Roadbook editor</source>
        <translation>{roadbook}[*] — {where} — Éditeur de roadbook</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{count} more failed</source>
        <translation>autres échecs&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} not asked after that</source>
        <translation>non demandées ensuite&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{map}: {lost} of {total} tiles could not be fetched ({reasons}); they are blank</source>
        <translation>{map}&#xa0;: tuiles non téléchargées&#xa0;: {lost} sur {total} ({reasons})&#xa0;; elles restent vides</translation>
    </message>
    <message>
        <source>{size} bytes, over the {limit} limit</source>
        <translation>{size} octets, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>au-delà de la limite de {limit} octets</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>pas de réponse en {seconds} s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>serveur introuvable</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>{map}: offline, {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}&#xa0;: hors ligne, tuiles absentes du cache&#xa0;: {missing} sur {total}&#xa0;; elles restent vides</translation>
    </message>
    <message>
        <source>{map}: {missing} of {total} tiles are not in the cache; they are blank</source>
        <translation>{map}&#xa0;: tuiles absentes du cache&#xa0;: {missing} sur {total}&#xa0;; elles restent vides</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Not opened: {files}</source>
        <translation>Non ouverts&#xa0;: {files}</translation>
    </message>
    <message>
        <source>one roadbook at a time: {files}</source>
        <translation>un seul roadbook à la fois&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>Map: {map}</source>
        <translation>Carte&#xa0;: {map}</translation>
    </message>
    <message>
        <source>{files}: open a roadbook first, then drop its drives</source>
        <translation>{files}&#xa0;: ouvrez d&apos;abord un roadbook, puis déposez-y ses parcours</translation>
    </message>
    <message>
        <source>Replaying {file}</source>
        <translation>Rejeu de {file}</translation>
    </message>
    <message>
        <source>Reviewing {files}</source>
        <translation>Analyse de {files}</translation>
    </message>
    <message>
        <source>{files}: a drive, not a roadbook</source>
        <translation>{files}&#xa0;: un parcours, pas un roadbook</translation>
    </message>
    <message>
        <source>{files}: a roadbook; drop it on the main window to review on it</source>
        <translation>{files}&#xa0;: un roadbook&#xa0;; déposez-le sur la fenêtre principale pour analyser dessus</translation>
    </message>
    <message>
        <source>Added {files}</source>
        <translation>Ajouté&#xa0;: {files}</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>All recorded drives</source>
        <translation>Tous les parcours enregistrés</translation>
    </message>
</context>
<context>
    <name>FileWindow</name>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Ouverture du roadbook impossible</translation>
    </message>
    <message>
        <source>Opened what is whole of {file}, unsaved</source>
        <translation>Partie intacte de {file} ouverte, non enregistrée</translation>
    </message>
    <message>
        <source>Opened {file}; Save asks for a new file and leaves this one as it is</source>
        <translation>{file} ouvert&#xa0;; Enregistrer demandera un nouveau fichier et laissera celui-ci intact</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>Cannot import roadbook</source>
        <translation>Import du roadbook impossible</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} importé</translation>
    </message>
    <message>
        <source>Cannot import KML</source>
        <translation>Import du KML impossible</translation>
    </message>
    <message>
        <source>Imported {count} waypoints from {file}</source>
        <translation>Waypoints importés depuis {file}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>Export PDF impossible</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}</source>
        <translation>1 page exportée vers {file}</translation>
    </message>
    <message>
        <source>Exported {pages} pages to {file}</source>
        <translation>{pages} pages exportées vers {file}</translation>
    </message>
    <message>
        <source>Cannot generate</source>
        <translation>Génération impossible</translation>
    </message>
    <message>
        <source>recording {number} of {count}</source>
        <translation>enregistrement {number} sur {count}</translation>
    </message>
    <message>
        <source>waypoints far from it left out: {count}</source>
        <translation>waypoints trop éloignés ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Generate from {file}</source>
        <translation>Générer depuis {file}</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file} ({notes})</source>
        <translation>Cases générées depuis {file}&#xa0;: {count} ({notes})</translation>
    </message>
    <message>
        <source>Generated {count} boxes from {file}</source>
        <translation>Cases générées depuis {file}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Cannot recover: {error}</source>
        <translation>Récupération impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to {file}</source>
        <translation>Modifications non enregistrées de {file} récupérées</translation>
    </message>
    <message>
        <source>{roadbook} has changes that are not saved. Save them?</source>
        <translation>{roadbook} a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>The roadbook has changes that are not saved. Save them?</source>
        <translation>Le roadbook a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>{done} — warning: {warnings}</source>
        <translation>{done} — attention&#xa0;: {warnings}</translation>
    </message>
    <message>
        <source>Cannot save roadbook</source>
        <translation>Enregistrement du roadbook impossible</translation>
    </message>
    <message>
        <source>Saved without some of the roadbook</source>
        <translation>Enregistré sans une partie du roadbook</translation>
    </message>
    <message>
        <source>Saved {file} — {lost}</source>
        <translation>{file} enregistré — {lost}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Recover unsaved roadbook</source>
        <translation>Récupérer le roadbook non enregistré</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not a map file navapp reads (MBTiles or PMTiles)</source>
        <translation>pas un fichier carte lisible par navapp (MBTiles ou PMTiles)</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>file is empty</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>not a FIT file (no &apos;.FIT&apos; header)</source>
        <translation>pas un fichier FIT (pas d&apos;en-tête «&#xa0;.FIT&#xa0;»)</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>damaged ({reason})</source>
        <translation>endommagé ({reason})</translation>
    </message>
    <message>
        <source>{damage}; no positioned record before it</source>
        <translation>{damage}&#xa0;; aucun enregistrement positionné avant</translation>
    </message>
    <message>
        <source>no records with a position</source>
        <translation>aucun enregistrement avec position</translation>
    </message>
    <message>
        <source>{damage}; read {count} points</source>
        <translation>{damage}&#xa0;; points lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{no_position} records without a position skipped</source>
        <translation>enregistrements sans position ignorés&#xa0;: {no_position}</translation>
    </message>
    <message>
        <source>times relative to power-on, not dated: dropped</source>
        <translation>heures relatives à la mise sous tension, non datées&#xa0;: abandonnées</translation>
    </message>
    <message>
        <source>{count} records out of range skipped</source>
        <translation>enregistrements hors limites ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{out} course points out of range skipped</source>
        <translation>points de parcours hors limites ignorés&#xa0;: {out}</translation>
    </message>
</context>
<context>
    <name>FixPath</name>
    <message>
        <source>{count} marked no-fix by the receiver</source>
        <translation>sans fix selon le récepteur&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} cold-start</source>
        <translation>démarrage à froid&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} in GPS jumps</source>
        <translation>sauts GPS&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} with a time going back</source>
        <translation>heure qui recule&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{total} points are not positions and were left out: {reasons}</source>
        <translation>points écartés car ce ne sont pas des positions&#xa0;: {total} ({reasons})</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>EXCLUSION</source>
        <comment>a crew put out of the stage; as the rally rules say it (FR: EXCLUSION)</comment>
        <translation>EXCLUSION</translation>
    </message>
</context>
<context>
    <name>Generate</name>
    <message>
        <source>the track needs at least two positions (it has {size})</source>
        <translation>la trace doit avoir au moins deux positions (positions&#xa0;: {size})</translation>
    </message>
    <message>
        <source>the track is only {length} m long</source>
        <translation>la trace ne fait que {length} m</translation>
    </message>
    <message>
        <source>spacing and turn settings must be positive numbers</source>
        <translation>l&apos;espacement et les réglages de virage doivent être des nombres positifs</translation>
    </message>
    <message>
        <source>none of the track&apos;s {count} points is a position (the receiver had no fix)</source>
        <translation>aucun point de la trace (total&#xa0;: {count}) n&apos;est une position (le récepteur n&apos;avait pas de fix)</translation>
    </message>
    <message>
        <source>the track needs at least two positions (it has {usable})</source>
        <translation>la trace doit avoir au moins deux positions (utilisables&#xa0;: {usable})</translation>
    </message>
    <message>
        <source>recording {number} of {count}: {error}</source>
        <translation>enregistrement {number} sur {count}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{left_out} of the file&apos;s {count} waypoints are more than {distance} m from this route and were left out</source>
        <translation>waypoints du fichier écartés car à plus de {distance} m de cet itinéraire&#xa0;: {left_out} sur {count}</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate roadbook from track</source>
        <translation>Générer un roadbook depuis une trace</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>This file holds {count} recordings (split at gaps of more than {hours} h or {distance} km). A roadbook is made from one of them:</source>
        <translation>Ce fichier contient {count} enregistrements (coupés aux interruptions de plus de {hours} h ou {distance} km). Le roadbook est créé à partir de l&apos;un d&apos;eux&#xa0;:</translation>
    </message>
    <message>
        <source>{recording}  (longest)</source>
        <translation>{recording}  (le plus long)</translation>
    </message>
    <message>
        <source>The recording the roadbook is made from</source>
        <translation>L&apos;enregistrement d&apos;où vient le roadbook</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>A turn at least this sharp gets a box</source>
        <translation>Un virage au moins aussi serré reçoit une case</translation>
    </message>
    <message>
        <source>Box at turns sharper than</source>
        <translation>Case aux virages de plus de</translation>
    </message>
    <message>
        <source>No two boxes farther apart than this</source>
        <translation>Jamais deux cases plus éloignées que cela</translation>
    </message>
    <message>
        <source>Boxes at most every</source>
        <translation>Cases au plus tous les</translation>
    </message>
    <message>
        <source>Turns closer than this to another box are left out</source>
        <translation>Les virages plus proches d&apos;une autre case sont ignorés</translation>
    </message>
    <message>
        <source>Boxes at least</source>
        <translation>Cases au moins à</translation>
    </message>
</context>
<context>
    <name>GpsFeed</name>
    <message>
        <source>NO GPS</source>
        <translation>PAS DE GPS</translation>
    </message>
    <message>
        <source>GPS LOST</source>
        <translation>GPS PERDU</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>REPLAY END</source>
        <translation>FIN DU REJEU</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>pas de fix</translation>
    </message>
    <message>
        <source>{source} — fix, {count} satellites</source>
        <translation>{source} — fix, satellites&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{source} — fix</source>
        <translation>{source} — fix</translation>
    </message>
    <message>
        <source>NO GPS {seconds} s</source>
        <translation>PAS DE GPS {seconds} s</translation>
    </message>
    <message>
        <source>NO FIX {seconds} s</source>
        <translation>PAS DE FIX {seconds} s</translation>
    </message>
    <message>
        <source>REPLAY PAUSED</source>
        <translation>REJEU EN PAUSE</translation>
    </message>
    <message>
        <source>no GPS source</source>
        <translation>aucune source GPS</translation>
    </message>
    <message>
        <source>no fix for {seconds} s — {source} reports no position</source>
        <translation>pas de fix depuis {seconds} s — {source} ne donne aucune position</translation>
    </message>
    <message>
        <source>{source} — waiting for data</source>
        <translation>{source} — attente des données</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {link}</source>
        <translation>pas de données GPS depuis {seconds} s — {link}</translation>
    </message>
    <message>
        <source>no GPS data for {seconds} s — {source} has gone silent</source>
        <translation>pas de données GPS depuis {seconds} s — {source} est muette</translation>
    </message>
</context>
<context>
    <name>GpsLink</name>
    <message>
        <source>no position service on this machine (Qt Positioning has no backend)</source>
        <translation>pas de service de position sur cette machine (Qt Positioning n&apos;a pas de backend)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{source}: no answer from the position service in {wait} — is it running? Or choose serial or gpsd in GPS › Source…</source>
        <translation>{source}&#xa0;: pas de réponse du service de position en {wait} — est-il lancé&#xa0;? Sinon, choisissez série ou gpsd dans GPS › Source…</translation>
    </message>
    <message>
        <source>{source}{detail} — waiting for data</source>
        <translation>{source}{detail} — attente des données</translation>
    </message>
    <message>
        <source>{source}: port gone — reconnecting in {wait}</source>
        <translation>{source}&#xa0;: port disparu — reconnexion dans {wait}</translation>
    </message>
    <message>
        <source>{source}: {reason} — retrying in {wait}</source>
        <translation>{source}&#xa0;: {reason} — nouvel essai dans {wait}</translation>
    </message>
    <message>
        <source>{source} {reason} — reconnecting in {wait}</source>
        <translation>{source} {reason} — reconnexion dans {wait}</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} arrêtée</translation>
    </message>
</context>
<context>
    <name>GpsSource</name>
    <message>
        <source>no replay file chosen</source>
        <translation>aucun fichier de rejeu choisi</translation>
    </message>
</context>
<context>
    <name>GpsdSource</name>
    <message>
        <source>connecting to {host}:{port}…</source>
        <translation>connexion à {host}:{port}…</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
</context>
<context>
    <name>Gpx</name>
    <message>
        <source>not a GPX file</source>
        <translation>pas un fichier GPX</translation>
    </message>
    <message>
        <source>not a usable GPX file: {reason}</source>
        <translation>fichier GPX inutilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; plain GPX needs them</source>
        <translation>la case {index} n&apos;a pas de coordonnées&#xa0;; le GPX simple en a besoin</translation>
    </message>
</context>
<context>
    <name>Gpxtrack</name>
    <message>
        <source>bad time {text}</source>
        <translation>heure incorrecte&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{what} {text} is not a number</source>
        <translation>{what} {text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&lt;{local}&gt; without lat/lon</source>
        <translation>&lt;{local}&gt; sans lat/lon</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} is not a number</source>
        <translation>lat/lon {lat}, {lon} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>lat/lon {lat}, {lon} out of range</source>
        <translation>lat/lon {lat}, {lon} hors limites</translation>
    </message>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>les DTD et les entités ne sont pas autorisées dans les fichiers navapp</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>pas un fichier GPX (élément racine &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early, before its first complete point</source>
        <translation>XML non valide&#xa0;: le fichier est tronqué avant son premier point complet</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>le fichier est tronqué&#xa0;; points lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>no track points</source>
        <translation>aucun point de trace</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Igc</name>
    <message>
        <source>file is empty</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>no fixes (IGC B records)</source>
        <translation>aucun fix (enregistrements IGC B)</translation>
    </message>
    <message>
        <source>{bad} unreadable fixes skipped</source>
        <translation>fix illisibles ignorés&#xa0;: {bad}</translation>
    </message>
    <message>
        <source>no flight date (HFDTE): times dropped</source>
        <translation>pas de date de vol (HFDTE)&#xa0;: heures abandonnées</translation>
    </message>
    <message>
        <source>{count} fixes out of range skipped</source>
        <translation>fix hors limites ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>no fixes (IGC B records) in range</source>
        <translation>aucun fix (enregistrements IGC B) dans les limites</translation>
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
        <translation>Muet</translation>
    </message>
    <message>
        <source>Next track</source>
        <translation>Piste suiv.</translation>
    </message>
    <message>
        <source>Prev. track</source>
        <translation>Piste préc.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Lecture/Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page préc.</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page suiv.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
</context>
<context>
    <name>Kml</name>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>coordonnées KML incorrectes&#xa0;: {token}</translation>
    </message>
    <message>
        <source>KML coordinates out of range: {token}</source>
        <translation>coordonnées KML hors limites&#xa0;: {token}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} placemarks</source>
        <translation>le fichier est tronqué&#xa0;; repères lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>pas un fichier KML (élément racine &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>placemark {label} has no coordinates</source>
        <translation>le repère {label} n&apos;a pas de coordonnées</translation>
    </message>
    <message>
        <source>no route line in this file</source>
        <translation>pas d&apos;itinéraire dans ce fichier</translation>
    </message>
    <message>
        <source>no placemarks with a point in this KML</source>
        <translation>aucun repère avec un point dans ce KML</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>navapp speaks the chosen language from its next start. Rally terms (CAP, DSS, ASS, WPM, DZ…) stay as crews use them; trip meters and roadbook boxes keep the decimal point, as printed roadbooks and trip meters do.</source>
        <translation>navapp utilise la langue choisie à partir du prochain démarrage. Les termes du rallye (CAP, DSS, ASS, WPM, DZ…) restent ceux des équipages&#xa0;; le trip et les cases du roadbook gardent le point décimal, comme les roadbooks imprimés et les trip masters.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Figures and dates</source>
        <translation>Nombres et dates</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a roadbook: File › Open…</source>
        <translation>Ouvrez un roadbook&#xa0;: Fichier › Ouvrir…</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>GPS: {error}</source>
        <translation>GPS&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Resume the stage?</source>
        <translation>Reprendre la spéciale&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot replay drive</source>
        <translation>Rejeu du parcours impossible</translation>
    </message>
    <message>
        <source>{file}: no GPS fixes</source>
        <translation>{file}&#xa0;: aucun point GPS</translation>
    </message>
    <message>
        <source>Replaying a damaged drive</source>
        <translation>Rejeu d&apos;un parcours endommagé</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>Roadbook damaged</source>
        <translation>Roadbook endommagé</translation>
    </message>
    <message>
        <source>Open roadbook</source>
        <translation>Ouvrir un roadbook</translation>
    </message>
    <message>
        <source>Cannot open roadbook</source>
        <translation>Ouverture du roadbook impossible</translation>
    </message>
    <message>
        <source>Untitled roadbook</source>
        <translation>Roadbook sans titre</translation>
    </message>
    <message>
        <source>{roadbook}{list} — navapp</source>
        <translation>{roadbook}{list} — navapp</translation>
    </message>
    <message>
        <source>Review recorded drives</source>
        <translation>Analyser des parcours enregistrés</translation>
    </message>
    <message>
        <source>open a roadbook first, then review drives against it</source>
        <translation>ouvrez d&apos;abord un roadbook, puis analysez les parcours avec</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>MapAction</name>
    <message>
        <source>Map &amp;controls</source>
        <translation>Commandes de la ca&amp;rte</translation>
    </message>
    <message>
        <source>Map &amp;source</source>
        <translation>&amp;Fond de carte</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Fit</source>
        <translation>Cadrer</translation>
    </message>
    <message>
        <source>Show the whole stage (Home)</source>
        <translation>Afficher toute la spéciale (Début)</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Équipage {number}</translation>
    </message>
    <message>
        <source>over the speed limit</source>
        <translation>au-dessus de la limite</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>hors itinéraire</translation>
    </message>
    <message>
        <source>speed zone</source>
        <translation>zone de vitesse</translation>
    </message>
    <message>
        <source>missed waypoint</source>
        <translation>waypoint manqué</translation>
    </message>
    <message>
        <source>Speed ({unit})</source>
        <translation>Vitesse ({unit})</translation>
    </message>
    <message>
        <source>+ {count} more crews</source>
        <translation>+ {count} autres équipages</translation>
    </message>
    <message>
        <source>closest {distance} m</source>
        <translation>au plus près {distance} m</translation>
    </message>
</context>
<context>
    <name>MapPainting</name>
    <message>
        <source>No roadbook</source>
        <translation>Aucun roadbook</translation>
    </message>
    <message>
        <source>The boxes have no positions to map</source>
        <translation>Les cases n&apos;ont pas de position à cartographier</translation>
    </message>
    <message>
        <source>An empty map: Go to a place (Ctrl+G) to draw the route there</source>
        <translation>Carte vide&#xa0;: allez à un lieu (Ctrl+G) pour y dessiner l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Box {number} · {total}</source>
        <translation>Case {number} · {total}</translation>
    </message>
    <message>
        <source>Drawing the route · click: add at the end · Shift+click: add before the start · click the line: insert · click a box: select it · drag: move · Del or right-click: remove · Esc: done</source>
        <translation>Dessin de l&apos;itinéraire · clic&#xa0;: ajouter à la fin · Maj+clic&#xa0;: ajouter avant le début · clic sur la ligne&#xa0;: insérer · clic sur une case&#xa0;: la sélectionner · glisser&#xa0;: déplacer · Suppr ou clic droit&#xa0;: enlever · Échap&#xa0;: terminer</translation>
    </message>
    <message>
        <source>Drawing the route · Esc: done</source>
        <translation>Dessin de l&apos;itinéraire · Échap&#xa0;: terminer</translation>
    </message>
    <message>
        <source>No route line: draw one (Ctrl+D) to place boxes on the map</source>
        <translation>Pas d&apos;itinéraire&#xa0;: dessinez-en un (Ctrl+D) pour placer les cases sur la carte</translation>
    </message>
    <message>
        <source>Click the route to add a box · drag a box along the route</source>
        <translation>Cliquez sur l&apos;itinéraire pour ajouter une case · glissez une case le long de l&apos;itinéraire</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Fit</source>
        <translation>Cadrer</translation>
    </message>
    <message>
        <source>Show the whole route (Home)</source>
        <translation>Afficher tout l&apos;itinéraire (Début)</translation>
    </message>
</context>
<context>
    <name>MapSource</name>
    <message>
        <source>{name} is {count} bytes, over the {limit} limit</source>
        <translation>{name} fait {count} octets, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG or WebP image</source>
        <translation>{name} n&apos;est pas une image PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>is a folder, not a map file</source>
        <translation>est un dossier, pas un fichier carte</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>MapSourceBar</name>
    <message>
        <source>No map</source>
        <translation>Pas de carte</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Ajouter un fichier carte…</translation>
    </message>
    <message>
        <source>The map under the route</source>
        <translation>La carte sous l&apos;itinéraire</translation>
    </message>
    <message>
        <source>How strongly the map shows under the route</source>
        <translation>Intensité de la carte sous l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Show only map files and tiles already cached: no network</source>
        <translation>Afficher seulement les fichiers carte et les tuiles en cache&#xa0;: pas de réseau</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Ajouter un fichier carte</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add map file…</source>
        <translation>Ajouter un fichier carte…</translation>
    </message>
    <message>
        <source>An offline map: MBTiles or PMTiles with raster tiles</source>
        <translation>Une carte hors ligne&#xa0;: MBTiles ou PMTiles en tuiles raster</translation>
    </message>
    <message>
        <source>e.g. Topo at home</source>
        <translation>ex. Topo maison</translation>
    </message>
    <message>
        <source>© whose map it is, as the server asks</source>
        <translation>© propriétaire de la carte, comme le demande le serveur</translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation>Ajouter un serveur de tuiles</translation>
    </message>
    <message>
        <source>Offline: never fetch tiles (map files and cached tiles only)</source>
        <translation>Hors ligne&#xa0;: ne jamais télécharger de tuiles (fichiers carte et tuiles en cache seulement)</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Maps to choose from</source>
        <translation>Cartes disponibles</translation>
    </message>
    <message>
        <source>Add a tile server</source>
        <translation>Ajouter un serveur de tuiles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Max zoom</source>
        <translation>Zoom max</translation>
    </message>
    <message>
        <source>Network and cache</source>
        <translation>Réseau et cache</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Garder au plus</translation>
    </message>
    <message>
        <source>Cached now</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Dropped a saved map: {map}</source>
        <translation>Carte enregistrée retirée&#xa0;: {map}</translation>
    </message>
    <message>
        <source>{map}: navapp already lists this server</source>
        <translation>{map}&#xa0;: ce serveur est déjà dans navapp</translation>
    </message>
    <message>
        <source>Add a map file</source>
        <translation>Ajouter un fichier carte</translation>
    </message>
    <message>
        <source>{map}  (tile server, built in)</source>
        <translation>{map}  (serveur de tuiles, intégré)</translation>
    </message>
    <message>
        <source>{map}  (map file)</source>
        <translation>{map}  (fichier carte)</translation>
    </message>
    <message>
        <source>{map}  (tile server)</source>
        <translation>{map}  (serveur de tuiles)</translation>
    </message>
</context>
<context>
    <name>Mbtiles</name>
    <message>
        <source>tile {z}/{x}/{y} is {size} bytes, over the {limit} limit</source>
        <translation>la tuile {z}/{x}/{y} fait {size} octets, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} is not an image but text</source>
        <translation>la tuile {z}/{x}/{y} n&apos;est pas une image mais du texte</translation>
    </message>
    <message>
        <source>not an MBTiles map: it has no tiles table</source>
        <translation>pas une carte MBTiles&#xa0;: pas de table tiles</translation>
    </message>
    <message>
        <source>no metadata table: name, zooms and bounds are guessed</source>
        <translation>pas de table metadata&#xa0;: nom, zooms et limites sont devinés</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contient des tuiles vectorielles&#xa0;; navapp n&apos;affiche que des cartes raster</translation>
    </message>
    <message>
        <source>unknown tile format {fmt}</source>
        <translation>format de tuile inconnu&#xa0;: {fmt}</translation>
    </message>
    <message>
        <source>no tile format in the metadata: taken from each tile</source>
        <translation>pas de format de tuile dans les métadonnées&#xa0;: lu sur chaque tuile</translation>
    </message>
    <message>
        <source>bad minzoom/maxzoom in the metadata: taken from the tiles</source>
        <translation>minzoom/maxzoom incorrects dans les métadonnées&#xa0;: lus sur les tuiles</translation>
    </message>
    <message>
        <source>the map has no tiles</source>
        <translation>la carte n&apos;a aucune tuile</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>niveaux de zoom {low}..{high} hors limites</translation>
    </message>
    <message>
        <source>no tile index: tiles load slowly from a large file</source>
        <translation>pas d&apos;index des tuiles&#xa0;: chargement lent depuis un gros fichier</translation>
    </message>
    <message>
        <source>bad bounds {text} in the metadata: ignored</source>
        <translation>limites {text} incorrectes dans les métadonnées&#xa0;: ignorées</translation>
    </message>
    <message>
        <source>the map file is damaged (unreadable database)</source>
        <translation>le fichier carte est endommagé (base de données illisible)</translation>
    </message>
    <message>
        <source>not an MBTiles map (not an SQLite database)</source>
        <translation>pas une carte MBTiles (pas une base SQLite)</translation>
    </message>
    <message>
        <source>the map file is damaged (malformed database)</source>
        <translation>le fichier carte est endommagé (base de données mal formée)</translation>
    </message>
    <message>
        <source>not an MBTiles map ({reason})</source>
        <translation>pas une carte MBTiles ({reason})</translation>
    </message>
    <message>
        <source>cannot read the map file: {reason}</source>
        <translation>lecture du fichier carte impossible&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>Ouvrir ré&amp;cent</translation>
    </message>
    <message>
        <source>&amp;Edit roadbook…</source>
        <translation>É&amp;diter le roadbook…</translation>
    </message>
    <message>
        <source>&amp;Review a drive…</source>
        <translation>&amp;Analyser un parcours…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Source…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Trip</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Drive view</source>
        <translation>Vue &amp;navigation</translation>
    </message>
    <message>
        <source>&amp;Roadbook boxes</source>
        <translation>&amp;Cases du roadbook</translation>
    </message>
    <message>
        <source>D&amp;immer (night)</source>
        <translation>A&amp;tténuation (nuit)</translation>
    </message>
    <message>
        <source>Driver displa&amp;y</source>
        <translation>Écran &amp;pilote</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Masked: only the current box</source>
        <translation>&amp;Masqué&#xa0;: seulement la case en cours</translation>
    </message>
    <message>
        <source>&amp;No CAP</source>
        <translation>&amp;Sans CAP</translation>
    </message>
    <message>
        <source>&amp;Distance only</source>
        <translation>&amp;Distance seule</translation>
    </message>
    <message>
        <source>&amp;Zoom PDF roll: distances / whole page</source>
        <translation>&amp;Zoom rouleau PDF&#xa0;: distances / page entière</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;About navapp</source>
        <translation>À &amp;propos de navapp</translation>
    </message>
    <message>
        <source>hold {key}</source>
        <translation>maintenir {key}</translation>
    </message>
    <message>
        <source>{path}
+ waypoints from {list}</source>
        <translation>{path}
+ waypoints de {list}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Keep the stage</source>
        <translation>Garder la spéciale</translation>
    </message>
    <message>
        <source>Start a new stage</source>
        <translation>Nouvelle spéciale</translation>
    </message>
    <message>
        <source>GPS source changed</source>
        <translation>Source GPS changée</translation>
    </message>
    <message>
        <source>The GPS source changes to {source} during the stage.</source>
        <translation>La source GPS passe à {source} pendant la spéciale.</translation>
    </message>
    <message>
        <source>Keep the stage: the trip, the box and the waypoints go on from here.
Start a new stage: everything starts again from zero.</source>
        <translation>Garder la spéciale&#xa0;: le trip, la case et les waypoints continuent d&apos;ici.
Nouvelle spéciale&#xa0;: tout repart de zéro.</translation>
    </message>
    <message>
        <source>navapp stopped during this stage (trip {trip} {unit}, box {box}). Resume where it stopped?</source>
        <translation>navapp s&apos;est arrêté pendant cette spéciale (trip {trip} {unit}, case {box}). Reprendre là où il s&apos;est arrêté&#xa0;?</translation>
    </message>
</context>
<context>
    <name>NightControl</name>
    <message>
        <source>The dimmer works at night: View › Night mode</source>
        <extracomment>The co-driver actions of the dimmer and the steps they move it by.</extracomment>
        <translation>L&apos;atténuation fonctionne la nuit&#xa0;: Affichage › Mode nuit</translation>
    </message>
    <message>
        <source>Dimmer {level} %</source>
        <translation>Atténuation {level} %</translation>
    </message>
    <message>
        <source>Dimmer off</source>
        <translation>Atténuation coupée</translation>
    </message>
</context>
<context>
    <name>Nmea</name>
    <message>
        <source>no NMEA sentences found</source>
        <translation>aucune trame NMEA trouvée</translation>
    </message>
</context>
<context>
    <name>OdometerWidget</name>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Openrally</name>
    <message>
        <source>{what} is not a number: {text}</source>
        <translation>{what} n&apos;est pas un nombre&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{what} is not a finite number: {text}</source>
        <translation>{what} n&apos;est pas un nombre fini&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{what} must be a whole number: {text}</source>
        <translation>{what} doit être un nombre entier&#xa0;: {text}</translation>
    </message>
    <message>
        <source>negative {what}: {value}</source>
        <translation>{what} négatif&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{attr} radius must be positive: {text}</source>
        <translation>le rayon {attr} doit être positif&#xa0;: {text}</translation>
    </message>
    <message>
        <source>speed limit must be positive: {value}</source>
        <translation>la limite de vitesse doit être positive&#xa0;: {value}</translation>
    </message>
    <message>
        <source>unknown units {raw} (expected metric or statute)</source>
        <translation>unités inconnues&#xa0;: {raw} (attendu&#xa0;: metric ou statute)</translation>
    </message>
    <message>
        <source>waypoint has no OpenRally distance</source>
        <translation>le waypoint n&apos;a pas de distance OpenRally</translation>
    </message>
    <message>
        <source>not a GPX file (root element &lt;{local}&gt;)</source>
        <translation>pas un fichier GPX (élément racine &lt;{local}&gt;)</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the PDF is protected by a password; save an unprotected copy</source>
        <translation>le PDF est protégé par un mot de passe&#xa0;; enregistrez-en une copie non protégée</translation>
    </message>
    <message>
        <source>the PDF uses an unsupported protection; save an unprotected copy</source>
        <translation>le PDF utilise une protection non prise en charge&#xa0;; enregistrez-en une copie non protégée</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged)</source>
        <translation>PDF illisible (endommagé)</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged, or it has no pages)</source>
        <translation>PDF illisible (endommagé ou sans pages)</translation>
    </message>
    <message>
        <source>the PDF is {mb} MB; navapp reads PDFs up to {limit} MB</source>
        <translation>le PDF fait {mb} Mo&#xa0;; navapp lit les PDF jusqu&apos;à {limit} Mo</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>pas un fichier PDF (pas d&apos;en-tête %PDF)</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF n&apos;a aucune page</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; navapp reads up to {limit}</source>
        <translation>pages du PDF&#xa0;: {count}&#xa0;; navapp en lit jusqu&apos;à {limit}</translation>
    </message>
    <message>
        <source>page {page} cannot be read (damaged PDF)</source>
        <translation>la page {page} est illisible (PDF endommagé)</translation>
    </message>
    <message>
        <source>page {page} is {width} x {height} points, not a page size a roadbook is printed on</source>
        <translation>la page {page} fait {width} x {height} points, un format sur lequel on n&apos;imprime pas de roadbook</translation>
    </message>
    <message>
        <source>page {page} cannot be drawn (damaged PDF)</source>
        <translation>la page {page} ne peut pas être affichée (PDF endommagé)</translation>
    </message>
</context>
<context>
    <name>PdfRoadbook</name>
    <message>
        <source>no box rows found on the pages: nothing to follow</source>
        <translation>aucune ligne de case trouvée sur les pages&#xa0;: rien à suivre</translation>
    </message>
    <message>
        <source>no text layer (a scan): {rows} rows found, but the roll cannot follow the trip meter; scroll it by hand</source>
        <translation>pas de couche texte (scan)&#xa0;: le rouleau ne peut pas suivre le trip (lignes trouvées&#xa0;: {rows})&#xa0;; faites-le défiler à la main</translation>
    </message>
    <message>
        <source>{count} of {rows} rows have no distance in the text layer: the roll cannot follow the trip meter past them</source>
        <translation>lignes sans distance dans la couche texte&#xa0;: {count} sur {rows}&#xa0;; le rouleau ne peut pas suivre le trip au-delà</translation>
    </message>
</context>
<context>
    <name>PdfRollPane</name>
    <message>
        <source>NO READABLE DISTANCES: THE ROLL DOES NOT FOLLOW THE TRIP METER · ▲ ▼ MOVE IT</source>
        <translation>AUCUNE DISTANCE LISIBLE&#xa0;: LE ROULEAU NE SUIT PAS LE TRIP · ▲ ▼ POUR LE DÉPLACER</translation>
    </message>
    <message>
        <source>SCROLLED BY HAND: NOT THE CURRENT BOX · AUTO (A) GOES BACK TO IT</source>
        <translation>DÉFILÉ À LA MAIN&#xa0;: PAS LA CASE EN COURS · AUTO (A) Y REVIENT</translation>
    </message>
    <message>
        <source>ZOOM</source>
        <translation>ZOOM</translation>
    </message>
    <message>
        <source>MASKED PRACTICE</source>
        <translation>ENTRAÎNEMENT MASQUÉ</translation>
    </message>
</context>
<context>
    <name>PdfRollView</name>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>PDF illisible</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way not supported</source>
        <translation>le PDF utilise un chiffrement non pris en charge</translation>
    </message>
    <message>
        <source>the PDF could not be read</source>
        <translation>le PDF n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>MASKED</source>
        <translation>MASQUÉ</translation>
    </message>
    <message>
        <source>Cannot show the PDF: {reason}</source>
        <translation>Impossible d&apos;afficher le PDF&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Pmtiles</name>
    <message>
        <source>tile {z}/{x}/{y}: directories nest too deep</source>
        <translation>tuile {z}/{x}/{y}&#xa0;: répertoires imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the map file is closed</source>
        <translation>le fichier carte est fermé</translation>
    </message>
    <message>
        <source>{what} lies past the end of the file (cut off?)</source>
        <translation>{what}&#xa0;: au-delà de la fin du fichier (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>l&apos;en-tête</translation>
    </message>
    <message>
        <source>not a PMTiles map file</source>
        <translation>pas un fichier carte PMTiles</translation>
    </message>
    <message>
        <source>the PMTiles header is cut off</source>
        <translation>l&apos;en-tête PMTiles est tronqué</translation>
    </message>
    <message>
        <source>PMTiles version {version}; navapp reads version 3</source>
        <translation>PMTiles version {version}&#xa0;; navapp lit la version 3</translation>
    </message>
    <message>
        <source>bad PMTiles header ({error})</source>
        <translation>en-tête PMTiles incorrect ({error})</translation>
    </message>
    <message>
        <source>zoom levels {low}..{high} are out of range</source>
        <translation>niveaux de zoom {low}..{high} hors limites</translation>
    </message>
    <message>
        <source>holds vector tiles; navapp draws raster maps only</source>
        <translation>contient des tuiles vectorielles&#xa0;; navapp n&apos;affiche que des cartes raster</translation>
    </message>
    <message>
        <source>tile type {name} is not PNG, JPEG or WebP</source>
        <translation>le type de tuile {name} n&apos;est ni PNG, ni JPEG, ni WebP</translation>
    </message>
    <message>
        <source>tiles are {name}-compressed; navapp reads plain ones</source>
        <translation>tuiles compressées en {name}&#xa0;; navapp lit les tuiles non compressées</translation>
    </message>
    <message>
        <source>{what} compressed with {name}</source>
        <translation>{what} compressé en {name}</translation>
    </message>
    <message>
        <source>{what} is damaged (bad gzip data)</source>
        <translation>{what}&#xa0;: endommagé (données gzip incorrectes)</translation>
    </message>
    <message>
        <source>{what} inflates past {limit} bytes</source>
        <translation>{what}&#xa0;: dépasse {limit} octets une fois décompressé</translation>
    </message>
    <message>
        <source>metadata too large: ignored</source>
        <translation>métadonnées trop volumineuses&#xa0;: ignorées</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>les métadonnées</translation>
    </message>
    <message>
        <source>unreadable metadata: name and attribution unknown</source>
        <translation>métadonnées illisibles&#xa0;: nom et attribution inconnus</translation>
    </message>
    <message>
        <source>metadata is not a JSON object: ignored</source>
        <translation>les métadonnées ne sont pas un objet JSON&#xa0;: ignorées</translation>
    </message>
    <message>
        <source>a directory of {length} bytes is over the limit</source>
        <translation>un répertoire de {length} octets dépasse la limite</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <source>a directory is damaged</source>
        <translation>un répertoire est endommagé</translation>
    </message>
    <message>
        <source>a directory is out of order (damaged)</source>
        <translation>un répertoire est dans le désordre (endommagé)</translation>
    </message>
    <message>
        <source>{name} is {length} bytes, over the {limit} limit</source>
        <translation>{name} fait {length} octets, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>not a PMTiles map file (empty)</source>
        <translation>pas un fichier carte PMTiles (vide)</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>point without {name}</source>
        <translation>point sans {name}</translation>
    </message>
    <message>
        <source>{name} is not a number: {text}</source>
        <translation>{name} n&apos;est pas un nombre&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{name} is not a finite number: {text}</source>
        <translation>{name} n&apos;est pas un nombre fini&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{name} out of range: {text}</source>
        <translation>{name} hors limites&#xa0;: {text}</translation>
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
        <translation>Ce roadbook n&apos;a aucune case.</translation>
    </message>
    <message>
        <source>page {page} / {pages}</source>
        <translation>page {page} / {pages}</translation>
    </message>
    <message>
        <source>RESET {distance}</source>
        <translation>RAZ {distance}</translation>
    </message>
</context>
<context>
    <name>ProfileWidget</name>
    <message>
        <source>No track</source>
        <translation>Pas de trace</translation>
    </message>
    <message>
        <source>no elevation in this track</source>
        <translation>pas d&apos;altitude dans cette trace</translation>
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
        <translation>la trace n&apos;a aucune position</translation>
    </message>
    <message>
        <source>there is no recording {number} (the track holds {held})</source>
        <translation>l&apos;enregistrement {number} n&apos;existe pas (enregistrements dans la trace&#xa0;: {held})</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>from {lat} {lon}</source>
        <translation>depuis {lat} {lon}</translation>
    </message>
    <message>
        <source>{number}: {when}, {points} points, {km} km, {where}</source>
        <translation>{number}&#xa0;: {when}, {points} points, {km} km, {where}</translation>
    </message>
    <message>
        <source>the track holds {count} recordings (gaps of more than {hours} h or {km} km between them):</source>
        <translation>enregistrements dans la trace&#xa0;: {count} (séparés par plus de {hours} h ou {km} km)&#xa0;:</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number} (the longest)</source>
        <translation>le roadbook est fait à partir de l&apos;enregistrement {number} (le plus long)</translation>
    </message>
    <message>
        <source>the roadbook is made from recording {number}</source>
        <translation>le roadbook est fait à partir de l&apos;enregistrement {number}</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>unsupported roadbook format &apos;{format}&apos; (navapp reads {items})</source>
        <translation>format de roadbook non pris en charge&#xa0;: «&#xa0;{format}&#xa0;» (navapp lit {items})</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes and {points} route points</source>
        <translation>le fichier est tronqué&#xa0;; lus&#xa0;: cases {boxes}, points d&apos;itinéraire {points}</translation>
    </message>
    <message>
        <source>the file ends early; read {boxes} boxes</source>
        <translation>le fichier est tronqué&#xa0;; cases lues&#xa0;: {boxes}</translation>
    </message>
    <message>
        <source>not a PDF roadbook: only a PDF is read bottom to top or top down</source>
        <translation>pas un roadbook PDF&#xa0;: seul un PDF se lit de bas en haut ou de haut en bas</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>unsupported track format &apos;{format}&apos;: neither GPX nor NMEA (navapp reads GPX, KML, TCX, FIT and IGC tracks and NMEA logs, usually {items})</source>
        <translation>format de trace non pris en charge&#xa0;: «&#xa0;{format}&#xa0;», ni GPX ni NMEA (navapp lit les traces GPX, KML, TCX, FIT et IGC et les journaux NMEA, en général {items})</translation>
    </message>
    <message>
        <source>the track has fewer than two points</source>
        <translation>la trace a moins de deux points</translation>
    </message>
    <message>
        <source>unknown output format &apos;{to}&apos; (known: {items})</source>
        <translation>format de sortie inconnu&#xa0;: «&#xa0;{to}&#xa0;» (connus&#xa0;: {items})</translation>
    </message>
    <message>
        <source>cannot tell the output format from &apos;{name}&apos;; use --to</source>
        <translation>impossible de déduire le format de sortie de «&#xa0;{name}&#xa0;»&#xa0;; utilisez --to</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>{key} (short press) is already bound to “{action}”.</source>
        <extracomment>Actions that repeat while their key is held (the trip meter ± corrections). Modifier prefixes of a key name, in their canonical order.</extracomment>
        <translation>{key} (appui court) est déjà attribuée à «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>{key} (hold) is already bound to “{action}”.</source>
        <translation>{key} (appui long) est déjà attribuée à «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>Holding {key} already repeats “{action}”.</source>
        <translation>Maintenir {key} répète déjà «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>{key} is held for “{held}”, so it cannot repeat “{action}”.</source>
        <translation>{key} est maintenue pour «&#xa0;{held}&#xa0;», elle ne peut donc pas répéter «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>ignored key binding {line}: expected key:press=action</source>
        <translation>attribution de touche ignorée {line}&#xa0;: attendu key:press=action</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {reason}</source>
        <translation>attribution de touche ignorée {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>ignored key binding {line}: {binding} is bound twice</source>
        <translation>attribution de touche ignorée {line}&#xa0;: {binding} est attribuée deux fois</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>press a key…</source>
        <extracomment>Base font size of the dialog: readable on a tablet at arm&apos;s length in a moving car.</extracomment>
        <translation>appuyez sur une touche…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Short press</source>
        <translation>Appui court</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Appui long</translation>
    </message>
    <message>
        <source>Click a cell (or press Enter on it), then press the key. Esc cancels, Backspace clears.</source>
        <translation>Cliquez sur une cellule (ou Entrée dessus), puis appuyez sur la touche. Échap annule, Retour arrière efface.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Touch controls on the drive screen (off: keys and remote only)</source>
        <translation>Commandes tactiles sur l&apos;écran de navigation (sinon&#xa0;: touches et télécommande seulement)</translation>
    </message>
    <message>
        <source>Hold after</source>
        <translation>Appui long après</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter toutes les</translation>
    </message>
    <message>
        <source>Default keys restored.</source>
        <translation>Touches par défaut rétablies.</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (short press).</source>
        <translation>Appuyez sur la touche pour «&#xa0;{action}&#xa0;» (appui court).</translation>
    </message>
    <message>
        <source>Press the key for “{action}” (hold).</source>
        <translation>Appuyez sur la touche pour «&#xa0;{action}&#xa0;» (appui long).</translation>
    </message>
    <message>
        <source>{key} is already set for “{action}”.</source>
        <translation>{key} est déjà utilisée pour «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>{problem} Clear it there first.</source>
        <translation>{problem} Effacez-la d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>{key} set for “{action}”.</source>
        <translation>{key} attribuée à «&#xa0;{action}&#xa0;».</translation>
    </message>
    <message>
        <source>Cleared “{action}”.</source>
        <translation>«&#xa0;{action}&#xa0;» effacée.</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>répète</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>replay {speed}× finished — {position} / {duration}</source>
        <translation>rejeu {speed}× terminé — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× paused — {position} / {duration}</source>
        <translation>rejeu {speed}× en pause — {position} / {duration}</translation>
    </message>
    <message>
        <source>replay {speed}× — {position} / {duration}</source>
        <translation>rejeu {speed}× — {position} / {duration}</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>replay {file}</source>
        <translation>rejeu {file}</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>rejeu</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Stage</source>
        <translation>Spéciale</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Équipage</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Parcouru {unit}</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Validated / missed</source>
        <translation>Validés / manqués</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Pénalité</translation>
    </message>
    <message>
        <source>Crews: {crews} · Date: {date} · Roadbook {distance}, {boxes} boxes · Clock times are UTC</source>
        <translation>Équipages&#xa0;: {crews} · Date&#xa0;: {date} · Roadbook {distance}, cases&#xa0;: {boxes} · Heures en UTC</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>{no_times}: times, speeds, zones and stops cannot be judged.</source>
        <translation>{no_times}&#xa0;: temps, vitesses, zones et stops ne peuvent pas être jugés.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Closest m</source>
        <translation>Dist. min m</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>Speed zones</source>
        <translation>Zones de vitesse</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Limit {unit}</source>
        <translation>Limite {unit}</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Zone max {unit}</source>
        <translation>Max zone {unit}</translation>
    </message>
    <message>
        <source>Violation start</source>
        <translation>Début infraction</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Peak {unit}</source>
        <translation>Pointe {unit}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Farthest m</source>
        <translation>Dist. max m</translation>
    </message>
    <message>
        <source>Off route</source>
        <translation>Hors itinéraire</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>After box</source>
        <translation>Après la case</translation>
    </message>
    <message>
        <source>DN box</source>
        <translation>Case DN</translation>
    </message>
    <message>
        <source>FN box</source>
        <translation>Case FN</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Imposé</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Early by</source>
        <translation>En avance de</translation>
    </message>
    <message>
        <source>Neutralisations</source>
        <translation>Neutralisations</translation>
    </message>
    <message>
        <source>Highlighted: each crew&apos;s {count} biggest losses.</source>
        <translation>En surbrillance&#xa0;: les plus grosses pertes de chaque équipage (nombre&#xa0;: {count}).</translation>
    </message>
    <message>
        <source>Map: {name}</source>
        <translation>Carte&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{no_times}: no speed profile</source>
        <translation>{no_times}&#xa0;: pas de profil de vitesse</translation>
    </message>
    <message>
        <source>no track: no speed profile</source>
        <translation>pas de trace&#xa0;: pas de profil de vitesse</translation>
    </message>
    <message>
        <source>{crews}: {no_times}</source>
        <translation>{crews}&#xa0;: {no_times}</translation>
    </message>
    <message>
        <source>time since the first fix (h:mm)</source>
        <translation>temps depuis le premier fix (h:mm)</translation>
    </message>
    <message>
        <source>distance along the track (km)</source>
        <translation>distance le long de la trace (km)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>the report writer is not available</source>
        <translation>le générateur de rapport n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>this crew has no review to export</source>
        <translation>cet équipage n&apos;a pas d&apos;analyse à exporter</translation>
    </message>
    <message>
        <source>a report is already being written</source>
        <translation>un rapport est déjà en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>Fetching the map for the report {file}…</source>
        <translation>Téléchargement de la carte pour le rapport {file}…</translation>
    </message>
    <message>
        <source>Report written: {path} ({warning})</source>
        <translation>Rapport écrit&#xa0;: {path} ({warning})</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Rapport écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Section table (*.csv)</source>
        <translation>Rapport HTML (*.html);;Tableau des secteurs (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReverseAction</name>
    <message>
        <source>Re&amp;verse roadbook (bottom to top)</source>
        <translation>Roadbook in&amp;versé (de bas en haut)</translation>
    </message>
    <message>
        <source>Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it</source>
        <translation>Lire ce roadbook PDF de bas en haut (coché) ou de haut en bas&#xa0;; mémorisé pour ce fichier</translation>
    </message>
    <message>
        <source>Open a PDF roadbook first: only a PDF roadbook is read bottom to top</source>
        <translation>Ouvrez d&apos;abord un roadbook PDF&#xa0;: seul un roadbook PDF se lit de bas en haut</translation>
    </message>
    <message>
        <source>Start from the &amp;last page</source>
        <translation>Partir de la &amp;dernière page</translation>
    </message>
    <message>
        <source>Read this reverse roadbook from the foot of its last page up to page 1 (checked) or each page bottom to top in page order; remembered for it</source>
        <translation>Lire ce roadbook inversé du bas de sa dernière page jusqu&apos;à la page 1 (coché) ou chaque page de bas en haut dans l&apos;ordre des pages&#xa0;; mémorisé pour ce fichier</translation>
    </message>
    <message>
        <source>Check Reverse roadbook first: only a reverse PDF roadbook starts there</source>
        <translation>Cochez d&apos;abord Roadbook inversé&#xa0;: seul un roadbook PDF inversé commence là</translation>
    </message>
    <message>
        <source>Read the roadbook the other way?</source>
        <translation>Lire le roadbook dans l&apos;autre sens&#xa0;?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the rows read {way}: trip, box and waypoints. Read it {way} now?</source>
        <translation>La spéciale repart de zéro avec les lignes lues {way}&#xa0;: trip, case et waypoints. Le lire {way} maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>bottom to top from the last page</source>
        <translation>de bas en haut depuis la dernière page</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>de bas en haut</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>de haut en bas</translation>
    </message>
    <message>
        <source>{file} read {way}</source>
        <translation>{file} lu {way}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>the track has no points</source>
        <translation>la trace n&apos;a aucun point</translation>
    </message>
    <message>
        <source>review needs box coordinates, and this roadbook has none (its waypoints are all at 0,0, like the official OpenRally example)</source>
        <translation>l&apos;analyse a besoin des coordonnées des cases, et ce roadbook n&apos;en a pas (ses waypoints sont tous à 0,0, comme dans l&apos;exemple officiel OpenRally)</translation>
    </message>
    <message>
        <source>the track has no usable positions ({left_out})</source>
        <translation>la trace n&apos;a aucune position utilisable ({left_out})</translation>
    </message>
    <message>
        <source>the track has no times: speeds, zones, stops and section times need them</source>
        <translation>la trace n&apos;a pas d&apos;heures&#xa0;: vitesses, zones, stops et temps des secteurs en ont besoin</translation>
    </message>
    <message>
        <source>the roadbook has no route line: boxes are joined straight, off-route skipped</source>
        <translation>le roadbook n&apos;a pas d&apos;itinéraire&#xa0;: cases reliées en ligne droite, hors itinéraire non vérifié</translation>
    </message>
    <message>
        <source>the track never comes within {distance} m of the route: is it the right roadbook?</source>
        <translation>la trace ne passe jamais à moins de {distance} m de l&apos;itinéraire&#xa0;: est-ce le bon roadbook&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>speeding</source>
        <translation>excès de vitesse</translation>
    </message>
    <message>
        <source>off route</source>
        <translation>hors itinéraire</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>neutralisation</source>
        <translation>neutralisation</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m</source>
        <translation>{waypoint}&#xa0;: au plus près {distance} m</translation>
    </message>
    <message>
        <source>{waypoint}: closest {distance} m (clear {clear} m)</source>
        <translation>{waypoint}&#xa0;: au plus près {distance} m (validation {clear} m)</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>exclusion</translation>
    </message>
    <message>
        <source>penalty {seconds} s</source>
        <translation>pénalité {seconds} s</translation>
    </message>
    <message>
        <source>DZ {limit}: max {speed} km/h for {duration}, {penalty}</source>
        <translation>DZ {limit}&#xa0;: max {speed} km/h pendant {duration}, {penalty}</translation>
    </message>
    <message>
        <source>up to {distance} m off the route for {duration}</source>
        <translation>jusqu&apos;à {distance} m hors itinéraire pendant {duration}</translation>
    </message>
    <message>
        <source>stopped {duration}</source>
        <translation>arrêté {duration}</translation>
    </message>
    <message>
        <source>required {required}, not finished</source>
        <translation>requis {required}, non terminé</translation>
    </message>
    <message>
        <source>required {required}, took {taken}, left {early} s early</source>
        <translation>requis {required}, effectué {taken}, reparti {early} s trop tôt</translation>
    </message>
    <message>
        <source>required {required}, took {taken}</source>
        <translation>requis {required}, effectué {taken}</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>no times in this track</source>
        <translation>pas d&apos;heures dans cette trace</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Roadbook {unit}</source>
        <translation>Roadbook {unit}</translation>
    </message>
    <message>
        <source>Driven {unit}</source>
        <translation>Parcouru {unit}</translation>
    </message>
    <message>
        <source>Drift {unit}</source>
        <translation>Écart {unit}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Avg {unit}</source>
        <translation>Moy. {unit}</translation>
    </message>
    <message>
        <source>Max {unit}</source>
        <translation>Max {unit}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Time since the start at each box (gap to the leader)</source>
        <translation>Temps depuis le départ à chaque case (écart avec le premier)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Total gap</source>
        <translation>Écart total</translation>
    </message>
    <message>
        <source>Sections: time (gap to the fastest)</source>
        <translation>Secteurs&#xa0;: temps (écart avec le plus rapide)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Équipage</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Speeding</source>
        <translation>Excès de vitesse</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Pénalité</translation>
    </message>
    <message>
        <source>Crews, the fastest first (time to the last box all passed)</source>
        <translation>Équipages, le plus rapide d&apos;abord (temps jusqu&apos;à la dernière case passée par tous)</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {stage}</source>
        <translation>Analyse — {stage}</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>spéciale</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Crews compared</source>
        <translation>Équipages comparés</translation>
    </message>
    <message>
        <source>From DSS</source>
        <translation>Depuis le DSS</translation>
    </message>
    <message>
        <source>Count each crew&apos;s time from its DSS, not its track&apos;s start</source>
        <translation>Compter le temps de chaque équipage depuis son DSS, pas depuis le début de sa trace</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>Équipages</translation>
    </message>
    <message>
        <source>Drive view at the slider time</source>
        <translation>Vue navigation à l&apos;heure du curseur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open crews&apos; tracks…</source>
        <translation>&amp;Ouvrir les traces des équipages…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Cadrer la carte</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>Time from each crew&apos;s &amp;DSS</source>
        <translation>Temps depuis le &amp;DSS de chaque équipage</translation>
    </message>
    <message>
        <source>Crew {number}</source>
        <translation>Équipage {number}</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non analysé</translation>
    </message>
    <message>
        <source>⚠ not this stage?</source>
        <translation>⚠ pas cette spéciale&#xa0;?</translation>
    </message>
    <message>
        <source>{missed} missed, {speeding} speeding</source>
        <translation>manqués&#xa0;: {missed}, excès&#xa0;: {speeding}</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>le plus rapide</translation>
    </message>
    <message>
        <source>the review engine is not available: the track is shown unjudged</source>
        <translation>le moteur d&apos;analyse n&apos;est pas disponible&#xa0;: la trace est affichée sans analyse</translation>
    </message>
    <message>
        <source>{track}: {error}</source>
        <translation>{track}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>track</source>
        <translation>trace</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non analysé</translation>
    </message>
    <message>
        <source>{crew}: {notes}</source>
        <translation>{crew}&#xa0;: {notes}</translation>
    </message>
    <message>
        <source>{crew}: no DSS time in this track, counted from its start</source>
        <translation>{crew}&#xa0;: pas d&apos;heure de DSS dans cette trace, compté depuis son début</translation>
    </message>
    <message>
        <source>{crew}: this track could not be judged against the stage.</source>
        <translation>{crew}&#xa0;: cette trace n&apos;a pas pu être analysée sur la spéciale.</translation>
    </message>
    <message>
        <source>{crew}: {warning} {missed} of {count} waypoints missed.</source>
        <translation>{crew}&#xa0;: {warning} waypoints manqués&#xa0;: {missed} sur {count}.</translation>
    </message>
    <message>
        <source>{distance} km along the track</source>
        <translation>{distance} km le long de la trace</translation>
    </message>
    <message>
        <source>{position}  ·  box {box}</source>
        <translation>{position}  ·  case {box}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>Rn2</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>larger than {limit} MB: not a roadbook</source>
        <translation>plus de {limit} Mo&#xa0;: pas un roadbook</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: not UTF-8 text (byte {start})</source>
        <translation>pas un fichier Rally Navigator&#xa0;: texte non UTF-8 (octet {start})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({reason})</source>
        <translation>pas un fichier Rally Navigator&#xa0;: JSON incorrect ({reason})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: bad JSON ({error})</source>
        <translation>pas un fichier Rally Navigator&#xa0;: JSON incorrect ({error})</translation>
    </message>
    <message>
        <source>not a Rally Navigator file: no &quot;route&quot; object</source>
        <translation>pas un fichier Rally Navigator&#xa0;: pas d&apos;objet &quot;route&quot;</translation>
    </message>
    <message>
        <source>Rally Navigator file version {version}; navapp reads version {known}</source>
        <translation>fichier Rally Navigator version {version}&#xa0;; navapp lit la version {known}</translation>
    </message>
    <message>
        <source>no &quot;waypoints&quot; list</source>
        <translation>pas de liste &quot;waypoints&quot;</translation>
    </message>
    <message>
        <source>no waypoints</source>
        <translation>aucun waypoint</translation>
    </message>
    <message>
        <source>more than {limit} waypoints: not a roadbook</source>
        <translation>plus de {limit} waypoints&#xa0;: pas un roadbook</translation>
    </message>
    <message>
        <source>waypoint {number} is not an object</source>
        <translation>le waypoint {number} n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>waypoint {number} has no valid lat/lon</source>
        <translation>le waypoint {number} n&apos;a pas de lat/lon valides</translation>
    </message>
    <message>
        <source>waypoint {value} has no &quot;show&quot; true/false</source>
        <translation>le waypoint {value} n&apos;a pas de &quot;show&quot; true/false</translation>
    </message>
    <message>
        <source>waypoint {number}: bad {cell} drawing</source>
        <translation>waypoint {number}&#xa0;: dessin {cell} incorrect</translation>
    </message>
    <message>
        <source>no roadbook boxes (no waypoint with show true)</source>
        <translation>aucune case de roadbook (aucun waypoint avec show true)</translation>
    </message>
    <message>
        <source>more than {limit} boxes: not a roadbook</source>
        <translation>plus de {limit} cases&#xa0;: pas un roadbook</translation>
    </message>
    <message>
        <source>not kept from the tulips and notes: {what}</source>
        <translation>non repris des tulipes et des notes&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>Rn2Write</name>
    <message>
        <source>not written to .rn2: {what}</source>
        <translation>non écrit dans le .rn2&#xa0;: {what}</translation>
    </message>
    <message>
        <source>box {index} has no coordinates; .rn2 needs them</source>
        <translation>la case {index} n&apos;a pas de coordonnées&#xa0;; le .rn2 en a besoin</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>le roadbook n&apos;a aucune case</translation>
    </message>
    <message>
        <source>the route line has one point; an .rn2 needs two or more: draw another or remove it</source>
        <translation>l&apos;itinéraire n&apos;a qu&apos;un point&#xa0;; un .rn2 en demande au moins deux&#xa0;: dessinez-en un autre ou supprimez-le</translation>
    </message>
    <message>
        <source>the route line has {count} points; an .rn2 holds at most {limit}</source>
        <translation>points de l&apos;itinéraire&#xa0;: {count}&#xa0;; un .rn2 en contient au plus {limit}</translation>
    </message>
    <message>
        <source>the .rn2 would be {size} MB, more than the {limit} MB navapp reads: thin the route line first</source>
        <translation>le .rn2 ferait {size} Mo, plus que les {limit} Mo lus par navapp&#xa0;: allégez d&apos;abord l&apos;itinéraire</translation>
    </message>
</context>
<context>
    <name>RoadType</name>
    <message>
        <source>Tarmac</source>
        <translation>Goudron</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Petite piste</translation>
    </message>
    <message>
        <source>Off-piste</source>
        <translation>Hors piste</translation>
    </message>
    <message>
        <source>Dune crossing</source>
        <translation>Passage de dunes</translation>
    </message>
</context>
<context>
    <name>RoadbookCommand</name>
    <message>
        <source>{edit}: the edit gave no roadbook</source>
        <translation>{edit}&#xa0;: la modification n&apos;a donné aucun roadbook</translation>
    </message>
</context>
<context>
    <name>RoadbookStatus</name>
    <message>
        <source>No roadbook — File › Open…</source>
        <translation>Aucun roadbook — Fichier › Ouvrir…</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{count} boxes</source>
        <translation>{count} cases</translation>
    </message>
    <message>
        <source>Stage {distance} {unit}</source>
        <translation>Spéciale {distance} {unit}</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sans coordonnées</translation>
    </message>
</context>
<context>
    <name>RouteEdit</name>
    <message>
        <source>({lat}, {lon}) is not a position on Earth</source>
        <translation>({lat}, {lon}) n&apos;est pas une position sur Terre</translation>
    </message>
    <message>
        <source>there is no route point {number} (the route has {count})</source>
        <translation>le point d&apos;itinéraire {number} n&apos;existe pas (points de l&apos;itinéraire&#xa0;: {count})</translation>
    </message>
    <message>
        <source>the route has no segment to insert a point on</source>
        <translation>l&apos;itinéraire n&apos;a pas de segment où insérer un point</translation>
    </message>
    <message>
        <source>a route point is already there</source>
        <translation>il y a déjà un point d&apos;itinéraire ici</translation>
    </message>
</context>
<context>
    <name>RouteFit</name>
    <message>
        <source>the track has no position to compare with the route</source>
        <translation>la trace n&apos;a aucune position à comparer avec l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median) and covers {share} of the route.</source>
        <translation>Pas un parcours de cette spéciale&#xa0;? Il reste à {km} km de l&apos;itinéraire (médiane) et en couvre {share}.</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It keeps {km} km from the route (median).</source>
        <translation>Pas un parcours de cette spéciale&#xa0;? Il reste à {km} km de l&apos;itinéraire (médiane).</translation>
    </message>
    <message>
        <source>Not a drive of this stage? It covers {share} of the route.</source>
        <translation>Pas un parcours de cette spéciale&#xa0;? Il couvre {share} de l&apos;itinéraire.</translation>
    </message>
</context>
<context>
    <name>Safexml</name>
    <message>
        <source>DTDs and entities are not allowed in navapp files</source>
        <translation>les DTD et les entités ne sont pas autorisées dans les fichiers navapp</translation>
    </message>
    <message>
        <source>not valid XML: {reason}</source>
        <translation>XML non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>not valid XML: the file ends early (cut off mid-element, as by a copy or save that did not finish)</source>
        <translation>XML non valide&#xa0;: le fichier est tronqué (coupé au milieu d&apos;un élément, comme par une copie ou un enregistrement inachevé)</translation>
    </message>
    <message>
        <source>file holds no XML document</source>
        <translation>le fichier ne contient aucun document XML</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>HOLD</source>
        <extracomment>How long the unlock control must be held: longer than any bump or drop of rain. How much of the controls&apos; faces the lock&apos;s veil hides. How often the long press is looked at while it lasts.</extracomment>
        <translation>MAINTENIR</translation>
    </message>
    <message>
        <source>LOCKED · HOLD TO UNLOCK</source>
        <translation>VERROUILLÉ · MAINTENIR POUR LIBÉRER</translation>
    </message>
</context>
<context>
    <name>SerialNmeaSource</name>
    <message>
        <source>serial {port}</source>
        <translation>série {port}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not a navapp session file</source>
        <translation>pas un fichier de session navapp</translation>
    </message>
    <message>
        <source>damaged session file</source>
        <translation>fichier de session endommagé</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Remote &amp;&amp; keys</source>
        <translation>Télécommande &amp;&amp; touches</translation>
    </message>
    <message>
        <source>Trip meter</source>
        <translation>Trip master</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>three hundred metres, left, CAP 120</source>
        <translation>trois cents mètres, gauche, CAP 120</translation>
    </message>
    <message>
        <source>danger three</source>
        <translation>danger trois</translation>
    </message>
    <message>
        <source>!!! only</source>
        <translation>!!! seulement</translation>
    </message>
    <message>
        <source>!! and !!!</source>
        <translation>!! et !!!</translation>
    </message>
    <message>
        <source>!, !! and !!!</source>
        <translation>!, !! et !!!</translation>
    </message>
    <message>
        <source>{cue} volume</source>
        <translation>Volume {cue}</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Play this sound now at the volume shown, muted or not.</source>
        <translation>Jouer ce son maintenant au volume affiché, muet ou non.</translation>
    </message>
    <message>
        <source>Mute every sound</source>
        <translation>Couper tous les sons</translation>
    </message>
    <message>
        <source>Speak the box calls (“three hundred metres, left, CAP 120”)</source>
        <translation>Annoncer les cases à voix haute («&#xa0;trois cents mètres, gauche, CAP 120&#xa0;»)</translation>
    </message>
    <message>
        <source>Voice: {engine}.</source>
        <translation>Voix&#xa0;: {engine}.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Next box near: closer than</source>
        <translation>Case suivante proche&#xa0;: à moins de</translation>
    </message>
    <message>
        <source>Off the route: further than</source>
        <translation>Hors itinéraire&#xa0;: à plus de</translation>
    </message>
    <message>
        <source>Over the speed limit: repeat every</source>
        <translation>Au-dessus de la limite&#xa0;: répéter toutes les</translation>
    </message>
    <message>
        <source>Danger box: boxes marked</source>
        <translation>Case danger&#xa0;: cases marquées</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>GPS source</source>
        <translation>Source GPS</translation>
    </message>
    <message>
        <source>a GPX track, NMEA log, FIT or IGC file</source>
        <translation>une trace GPX, un journal NMEA, un fichier FIT ou IGC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Replay file</source>
        <translation>Fichier à rejouer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Débit (bauds)</translation>
    </message>
    <message>
        <source>Serial NMEA</source>
        <translation>NMEA série</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>The position service of the operating system (Qt Positioning).</source>
        <translation>Le service de position du système d&apos;exploitation (Qt Positioning).</translation>
    </message>
    <message>
        <source>Available here: {services}.</source>
        <translation>Disponibles ici&#xa0;: {services}.</translation>
    </message>
    <message>
        <source>No position service is available on this machine.</source>
        <translation>Aucun service de position n&apos;est disponible sur cette machine.</translation>
    </message>
    <message>
        <source>System position</source>
        <translation>Position système</translation>
    </message>
    <message>
        <source>Replay a recorded drive</source>
        <translation>Rejouer un parcours enregistré</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>No speech engine on this computer (on Linux: install and start speech-dispatcher).</source>
        <translation>Aucun moteur de synthèse vocale sur cet ordinateur (sous Linux&#xa0;: installez et lancez speech-dispatcher).</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage properties</source>
        <translation>Propriétés de la spéciale</translation>
    </message>
    <message>
        <source>e.g. Stage 3 Erfoud – Merzouga</source>
        <translation>ex. Spéciale 3 Erfoud – Merzouga</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Miles</translation>
    </message>
    <message>
        <source>What the crews should know about the stage</source>
        <translation>Ce que les équipages doivent savoir sur la spéciale</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Distances stay the same; the roadbook prints them in these units.</source>
        <translation>Les distances ne changent pas&#xa0;; le roadbook les imprime dans ces unités.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>La spéciale doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>NO FIX</source>
        <translation>PAS DE FIX</translation>
    </message>
    <message>
        <source>NO FIX · {age} s</source>
        <translation>PAS DE FIX · {age} s</translation>
    </message>
    <message>
        <source>{count} sat</source>
        <translation>{count} sat</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>SPÉCIALE</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>{distance} in {time} — {validated} waypoints validated, {missed} missed, overspeeds: {overspeeds}</source>
        <translation>{distance} en {time} — waypoints validés&#xa0;: {validated}, manqués&#xa0;: {missed}, excès de vitesse&#xa0;: {overspeeds}</translation>
    </message>
    <message>
        <source>Missed waypoints</source>
        <translation>Waypoints manqués</translation>
    </message>
    <message>
        <source>closest {distance}</source>
        <translation>au plus près {distance}</translation>
    </message>
    <message>
        <source>never near</source>
        <translation>jamais approché</translation>
    </message>
    <message>
        <source>box {number}</source>
        <translation>case {number}</translation>
    </message>
    <message>
        <source>Overspeeds</source>
        <translation>Excès de vitesse</translation>
    </message>
    <message>
        <source>zone from box {number}</source>
        <translation>zone depuis la case {number}</translation>
    </message>
    <message>
        <source>max {speed}</source>
        <translation>max {speed}</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validés</translation>
    </message>
    <message>
        <source>Drive summary</source>
        <translation>Bilan du parcours</translation>
    </message>
</context>
<context>
    <name>SymbolPalette</name>
    <message>
        <source>Filter symbols</source>
        <translation>Filtrer les symboles</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Click a symbol, then click the drawing; Enter places it</source>
        <translation>Cliquez sur un symbole, puis sur le dessin&#xa0;; Entrée le place</translation>
    </message>
    <message>
        <source>No symbol matches the filter</source>
        <translation>Aucun symbole ne correspond au filtre</translation>
    </message>
</context>
<context>
    <name>SystemSource</name>
    <message>
        <source>system position unavailable: {error}</source>
        <translation>position système indisponible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>system position</source>
        <translation>position système</translation>
    </message>
    <message>
        <source>system position ({service})</source>
        <translation>position système ({service})</translation>
    </message>
    <message>
        <source>{source} — waiting for a fix</source>
        <translation>{source} — attente du fix</translation>
    </message>
    <message>
        <source>{source} stopped</source>
        <translation>{source} arrêtée</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>pas de fix</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>service closed</source>
        <translation>service fermé</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>One of this crew&apos;s biggest losses</source>
        <translation>Une des plus grosses pertes de cet équipage</translation>
    </message>
</context>
<context>
    <name>TileLayer</name>
    <message>
        <source>map: zoom in to see {map} (its tiles start at zoom {zoom})</source>
        <translation>carte&#xa0;: zoomez pour voir {map} (ses tuiles commencent au zoom {zoom})</translation>
    </message>
    <message>
        <source>map: {map} does not cover this place</source>
        <translation>carte&#xa0;: {map} ne couvre pas ce lieu</translation>
    </message>
    <message>
        <source>map: zoom in to see {map}</source>
        <translation>carte&#xa0;: zoomez pour voir {map}</translation>
    </message>
</context>
<context>
    <name>TileLoader</name>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>serveur introuvable</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>over {count} bytes</source>
        <translation>plus de {count} octets</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>pas de réponse en {seconds} s</translation>
    </message>
    <message>
        <source>tiles: {map}: {trouble}</source>
        <translation>tuiles&#xa0;: {map}&#xa0;: {trouble}</translation>
    </message>
</context>
<context>
    <name>Tiles</name>
    <message>
        <source>zoom {zoom} is outside {low}..{high}</source>
        <translation>le zoom {zoom} est hors de {low}..{high}</translation>
    </message>
    <message>
        <source>box {box} is not finite</source>
        <translation>l&apos;emprise {box} n&apos;est pas finie</translation>
    </message>
    <message>
        <source>box south {south} is north of its north {north}</source>
        <translation>le sud de l&apos;emprise ({south}) est au nord de son nord ({north})</translation>
    </message>
    <message>
        <source>the box needs more than {limit} tiles at zoom {zoom}</source>
        <translation>l&apos;emprise demande plus de {limit} tuiles au zoom {zoom}</translation>
    </message>
    <message>
        <source>no tile {z}/{x}/{y}</source>
        <translation>pas de tuile {z}/{x}/{y}</translation>
    </message>
    <message>
        <source>no zoom for {m_per_px} metres per pixel</source>
        <translation>aucun zoom pour {m_per_px} mètres par pixel</translation>
    </message>
    <message>
        <source>its tiles start at zoom {low}; this view is at zoom {zoom}</source>
        <translation>ses tuiles commencent au zoom {low}&#xa0;; cette vue est au zoom {zoom}</translation>
    </message>
    <message>
        <source>no parent {levels} up of tile {z}/{x}/{y}</source>
        <translation>pas de parent {levels} niveaux au-dessus de la tuile {z}/{x}/{y}</translation>
    </message>
</context>
<context>
    <name>Tlp</name>
    <message>
        <source>and {dropped} more like these</source>
        <translation>et autres du même genre&#xa0;: {dropped}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>too large for a Tulip roadbook (over {limit} MB)</source>
        <translation>trop volumineux pour un roadbook Tulip (plus de {limit} Mo)</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: JSON nested too deeply</source>
        <translation>pas un roadbook Tulip&#xa0;: JSON imbriqué trop profondément</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: bad JSON ({reason})</source>
        <translation>pas un roadbook Tulip&#xa0;: JSON incorrect ({reason})</translation>
    </message>
    <message>
        <source>the file is damaged at line {line} ({reason}); read {count} whole route points</source>
        <translation>le fichier est endommagé à la ligne {line} ({reason})&#xa0;; points d&apos;itinéraire complets lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: the JSON is not an object</source>
        <translation>pas un roadbook Tulip&#xa0;: le JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>not a Tulip roadbook: no instructions list</source>
        <translation>pas un roadbook Tulip&#xa0;: pas de liste instructions</translation>
    </message>
    <message>
        <source>more than {limit} route points</source>
        <translation>plus de {limit} points d&apos;itinéraire</translation>
    </message>
    <message>
        <source>skipped {bad} route points without a usable lat/long</source>
        <translation>points d&apos;itinéraire sans lat/long utilisable ignorés&#xa0;: {bad}</translation>
    </message>
    <message>
        <source>box {box}: unknown waypoint type {type} left out</source>
        <translation>case {box}&#xa0;: type de waypoint inconnu {type} écarté</translation>
    </message>
    <message>
        <source>no instructions in this Tulip roadbook</source>
        <translation>aucune instruction dans ce roadbook Tulip</translation>
    </message>
    <message>
        <source>more than {limit} instructions</source>
        <translation>plus de {limit} instructions</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} goes back; the route distance is used</source>
        <translation>case {box}&#xa0;: kmFromStart {raw} recule&#xa0;; la distance de l&apos;itinéraire est utilisée</translation>
    </message>
    <message>
        <source>{missing} boxes had no kmFromStart; their totals are the route distance</source>
        <translation>cases sans kmFromStart&#xa0;: {missing}&#xa0;; leur total est la distance de l&apos;itinéraire</translation>
    </message>
    <message>
        <source>box {box}: kmFromStart {raw} km but {measured} km along the route (totals kept as the file prints them)</source>
        <translation>case {box}&#xa0;: kmFromStart {raw} km mais {measured} km le long de l&apos;itinéraire (totaux gardés tels que le fichier les donne)</translation>
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
        <translation>PARTIEL</translation>
    </message>
    <message>
        <source>SET TOTAL</source>
        <translation>RÉGLER TOT.</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>CASE</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>AUTO</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>CARTE</translation>
    </message>
    <message>
        <source>LOCK</source>
        <translation>VERROU</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <source>HOLD TO UNLOCK</source>
        <translation>MAINTENIR POUR LIBÉRER</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>all {count} points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>tous les points ({count}) ont la même heure&#xa0;: vitesses, zones, stops et temps des secteurs ignorés</translation>
    </message>
    <message>
        <source>all {count} timed points have the same time: speeds, zones, stops and section times skipped</source>
        <translation>tous les points horodatés ({count}) ont la même heure&#xa0;: vitesses, zones, stops et temps des secteurs ignorés</translation>
    </message>
</context>
<context>
    <name>Tracklog</name>
    <message>
        <source>not a navapp track log</source>
        <translation>pas un journal de trace navapp</translation>
    </message>
</context>
<context>
    <name>TripPage</name>
    <message>
        <source>Hundredths (12.34)</source>
        <translation>Centièmes (12.34)</translation>
    </message>
    <message>
        <source>Tenths (12.3)</source>
        <translation>Dixièmes (12.3)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Miles</translation>
    </message>
    <message>
        <source>Show the distance left to the next box</source>
        <translation>Afficher la distance restante jusqu&apos;à la case suivante</translation>
    </message>
    <message>
        <source>Set the trip to the box distance on validation</source>
        <translation>Recaler le trip sur la distance de la case à la validation</translation>
    </message>
    <message>
        <source>The correction step is what one press of Trip + or Trip − adds. Calibration scales the GPS distance: +1.00 % adds 10 m per km.</source>
        <translation>Le pas de correction est ce qu&apos;ajoute un appui sur Trip + ou Trip −. L&apos;étalonnage corrige la distance GPS&#xa0;: +1.00 % ajoute 10 m par km.</translation>
    </message>
    <message>
        <source>Correction step</source>
        <translation>Pas de correction</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Waypoints</source>
        <translation>Waypoints</translation>
    </message>
    <message>
        <source>Speed zone tolerance</source>
        <translation>Tolérance zone de vitesse</translation>
    </message>
</context>
<context>
    <name>Tulip</name>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} doit être un nombre</translation>
    </message>
    <message>
        <source>{name} {value} outside [{lo}, {hi}]</source>
        <translation>{name} {value} hors de [{lo}, {hi}]</translation>
    </message>
    <message>
        <source>a tulip text needs 1 to {limit} characters</source>
        <translation>un texte de tulipe doit avoir de 1 à {limit} caractères</translation>
    </message>
    <message>
        <source>a tulip text cannot hold U+{code}</source>
        <translation>un texte de tulipe ne peut pas contenir U+{code}</translation>
    </message>
    <message>
        <source>unknown road type {type}</source>
        <translation>type de voie inconnu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>bad symbol id {symbol_id}</source>
        <translation>identifiant de symbole incorrect&#xa0;: {symbol_id}</translation>
    </message>
    <message>
        <source>unknown entry type {entry}</source>
        <translation>type d&apos;entrée inconnu&#xa0;: {entry}</translation>
    </message>
    <message>
        <source>more than {limit} {name}</source>
        <translation>{name}&#xa0;: plus de {limit}</translation>
    </message>
    <message>
        <source>a tulip is a JSON object</source>
        <translation>une tulipe est un objet JSON</translation>
    </message>
    <message>
        <source>not a navapp tulip of a known version</source>
        <translation>pas une tulipe navapp d&apos;une version connue</translation>
    </message>
    <message>
        <source>tulip JSON missing or too large</source>
        <translation>JSON de tulipe absent ou trop volumineux</translation>
    </message>
    <message>
        <source>bad tulip JSON: {reason}</source>
        <translation>JSON de tulipe incorrect&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a list</source>
        <translation>{key} doit être une liste</translation>
    </message>
    <message>
        <source>more than {limit} {key}</source>
        <translation>{key}&#xa0;: plus de {limit}</translation>
    </message>
    <message>
        <source>a tulip item is a JSON object</source>
        <translation>un élément de tulipe est un objet JSON</translation>
    </message>
    <message>
        <source>missing {key}</source>
        <translation>{key} manquant</translation>
    </message>
    <message>
        <source>unknown road type {value}</source>
        <translation>type de voie inconnu&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>TulipCanvas</name>
    <message>
        <source>Text, Enter to place</source>
        <translation>Texte, Entrée pour placer</translation>
    </message>
    <message>
        <source>Tulip drawing</source>
        <translation>Dessin de la tulipe</translation>
    </message>
</context>
<context>
    <name>TulipEditor</name>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>&amp;Select / move</source>
        <translation>&amp;Sélectionner / déplacer</translation>
    </message>
    <message>
        <source>Select, drag roads, symbols and texts; click the ring to add a road</source>
        <translation>Sélectionner, glisser les voies, symboles et textes&#xa0;; cliquer sur l&apos;anneau pour ajouter une voie</translation>
    </message>
    <message>
        <source>Place s&amp;ymbol</source>
        <translation>Placer un s&amp;ymbole</translation>
    </message>
    <message>
        <source>Click on the drawing to place the symbol chosen on the right</source>
        <translation>Cliquer sur le dessin pour placer le symbole choisi à droite</translation>
    </message>
    <message>
        <source>Add te&amp;xt</source>
        <translation>Ajouter du te&amp;xte</translation>
    </message>
    <message>
        <source>Click on the drawing where the text goes, type, Enter</source>
        <translation>Cliquer sur le dessin à l&apos;endroit du texte, saisir, Entrée</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Voies</translation>
    </message>
    <message>
        <source>&amp;Entry road</source>
        <translation>&amp;Voie d&apos;entrée</translation>
    </message>
    <message>
        <source>Selected &amp;road</source>
        <translation>Voie sé&amp;lectionnée</translation>
    </message>
    <message>
        <source>&amp;Add road</source>
        <translation>&amp;Ajouter une voie</translation>
    </message>
    <message>
        <source>Add a road in the widest gap (Insert or N on the drawing)</source>
        <translation>Ajouter une voie dans le plus grand espace (Inser ou N sur le dessin)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Su&amp;pprimer la sélection</translation>
    </message>
    <message>
        <source>Delete the selected road, symbol or text (Delete)</source>
        <translation>Supprimer la voie, le symbole ou le texte sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Drag the arrow to turn (Shift: free angle, Ctrl: length). Click the ring to add a road.
Keys: PgUp/PgDn select · ←/→ turn or move · ↑/↓ length or move · Ins add road · Del delete · +/− size · R rotate symbol · F2 edit text</source>
        <translation>Glisser la flèche pour tourner (Maj&#xa0;: angle libre, Ctrl&#xa0;: longueur). Cliquer sur l&apos;anneau pour ajouter une voie.
Touches&#xa0;: Pg préc/Pg suiv sélection · ←/→ tourner ou déplacer · ↑/↓ longueur ou déplacer · Inser ajouter une voie · Suppr supprimer · +/− taille · R pivoter le symbole · F2 modifier le texte</translation>
    </message>
    <message>
        <source>S&amp;ymbols</source>
        <translation>Sy&amp;mboles</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Rien de sélectionné</translation>
    </message>
    <message>
        <source>Exit road: {road}, {angle}°</source>
        <translation>Voie de sortie&#xa0;: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Entry road: {road}</source>
        <translation>Voie d&apos;entrée&#xa0;: {road}</translation>
    </message>
    <message>
        <source>Road {number}: {road}, {angle}°</source>
        <translation>Voie {number}&#xa0;: {road}, {angle}°</translation>
    </message>
    <message>
        <source>Symbol: {symbol}</source>
        <translation>Symbole&#xa0;: {symbol}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>Texte&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>TulipEditorDialog</name>
    <message>
        <source>Edit tulip</source>
        <translation>Modifier la tulipe</translation>
    </message>
    <message>
        <source>A&amp;uto from route</source>
        <translation>A&amp;uto depuis l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Draw the roads as the route turns here (symbols and texts are kept)</source>
        <translation>Dessiner les voies selon l&apos;itinéraire à cet endroit (symboles et textes conservés)</translation>
    </message>
</context>
<context>
    <name>TulipSymbol</name>
    <message>
        <source>Danger !</source>
        <translation>Danger&#xa0;!</translation>
    </message>
    <message>
        <source>Danger !!</source>
        <translation>Danger&#xa0;!!</translation>
    </message>
    <message>
        <source>Danger !!!</source>
        <translation>Danger&#xa0;!!!</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Slow down</source>
        <translation>Ralentir</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>Piste principale</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Small track</source>
        <translation>Petite piste</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Goudron</translation>
    </message>
    <message>
        <source>Motorway</source>
        <translation>Autoroute</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Under a bridge</source>
        <translation>Sous un pont</translation>
    </message>
    <message>
        <source>Roundabout</source>
        <translation>Rond-point</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Fourche</translation>
    </message>
    <message>
        <source>Crossroads</source>
        <translation>Carrefour</translation>
    </message>
    <message>
        <source>T junction</source>
        <translation>Intersection en T</translation>
    </message>
    <message>
        <source>Hairpin</source>
        <translation>Épingle</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Sable</translation>
    </message>
    <message>
        <source>Soft sand</source>
        <translation>Sable mou</translation>
    </message>
    <message>
        <source>Fesh-fesh</source>
        <translation>Fesh-fesh</translation>
    </message>
    <message>
        <source>Stones</source>
        <translation>Cailloux</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Rochers</translation>
    </message>
    <message>
        <source>Ruts</source>
        <translation>Ornières</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Marche descendante</translation>
    </message>
    <message>
        <source>Step up</source>
        <translation>Marche montante</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Montée</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Descente</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Bosse</translation>
    </message>
    <message>
        <source>Whoops</source>
        <translation>Bosses en série</translation>
    </message>
    <message>
        <source>Hole</source>
        <translation>Trou</translation>
    </message>
    <message>
        <source>Dip</source>
        <translation>Cassis</translation>
    </message>
    <message>
        <source>Crest</source>
        <translation>Crête</translation>
    </message>
    <message>
        <source>Dune</source>
        <translation>Dune</translation>
    </message>
    <message>
        <source>Dune cordon</source>
        <translation>Cordon de dunes</translation>
    </message>
    <message>
        <source>Small dunes</source>
        <translation>Petites dunes</translation>
    </message>
    <message>
        <source>Salt flat</source>
        <translation>Chott</translation>
    </message>
    <message>
        <source>Mud</source>
        <translation>Boue</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Ford</source>
        <translation>Gué</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Oued</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Falaise</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Ruin</source>
        <translation>Ruine</translation>
    </message>
    <message>
        <source>Mosque</source>
        <translation>Mosquée</translation>
    </message>
    <message>
        <source>Marabout</source>
        <translation>Marabout</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Campement</translation>
    </message>
    <message>
        <source>Cemetery</source>
        <translation>Cimetière</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <source>Pylon</source>
        <translation>Pylône</translation>
    </message>
    <message>
        <source>Power line</source>
        <translation>Ligne électrique</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Voie ferrée</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Fence</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Barbed wire</source>
        <translation>Barbelés</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Barrière</translation>
    </message>
    <message>
        <source>Cattle grid</source>
        <translation>Grille à bétail</translation>
    </message>
    <message>
        <source>Ditch</source>
        <translation>Fossé</translation>
    </message>
    <message>
        <source>Embankment</source>
        <translation>Remblai</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Km marker</source>
        <translation>Borne km</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Puits</translation>
    </message>
    <message>
        <source>Water tank</source>
        <translation>Réservoir d&apos;eau</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburant</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Arbres</translation>
    </message>
    <message>
        <source>Palm tree</source>
        <translation>Palmier</translation>
    </message>
    <message>
        <source>Bush</source>
        <translation>Buisson</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forêt</translation>
    </message>
    <message>
        <source>Camel grass</source>
        <translation>Herbe à chameau</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Keep left</source>
        <translation>Garder la gauche</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Garder la droite</translation>
    </message>
    <message>
        <source>Straight on</source>
        <translation>Tout droit</translation>
    </message>
    <message>
        <source>Off-track</source>
        <translation>Hors piste</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Sens interdit</translation>
    </message>
</context>
<context>
    <name>TulipSymbolCategory</name>
    <message>
        <source>Dangers</source>
        <translation>Dangers</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Voies</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Vegetation</source>
        <translation>Végétation</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>navapp user guide</source>
        <translation>Guide d&apos;utilisation de navapp</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>A trip meter never reads below zero. Type the box&apos;s total as the crews&apos; trip meter shows it there, or put a reset on the box before it.</source>
        <translation>Un trip n&apos;affiche jamais moins que zéro. Saisissez le total de la case tel que le trip des équipages l&apos;affiche à cet endroit, ou mettez une RAZ sur la case précédente.</translation>
    </message>
    <message>
        <source>The crews&apos; trip meter only counts up, so this box would come before the one above it. Correct its total, move it to its place, or give an earlier box a trip reset.</source>
        <translation>Le trip des équipages ne fait que monter&#xa0;: cette case viendrait donc avant celle du dessus. Corrigez son total, remettez-la à sa place ou mettez une RAZ du trip sur une case précédente.</translation>
    </message>
    <message>
        <source>A CAP is a compass heading from 0 to 360°. Type the heading the crews follow.</source>
        <translation>Un CAP est un cap compas de 0 à 360°. Saisissez le cap que suivent les équipages.</translation>
    </message>
    <message>
        <source>Dangers are marked 1, 2 or 3 (! to !!!). Choose the level in the box&apos;s Danger field.</source>
        <translation>Les dangers sont notés 1, 2 ou 3 (! à !!!). Choisissez le niveau dans le champ Danger de la case.</translation>
    </message>
    <message>
        <source>A crew must be inside the open radius before it gets close enough to clear, so the clear radius must be the smaller one. Make it smaller or the open radius larger.</source>
        <translation>Un équipage doit être dans le rayon d&apos;ouverture avant d&apos;être assez près pour valider&#xa0;: le rayon de validation doit donc être le plus petit. Réduisez-le ou agrandissez le rayon d&apos;ouverture.</translation>
    </message>
    <message>
        <source>An FZ ends a speed zone, but no DZ started one. Give the DZ box its DZ waypoint, or remove this FZ.</source>
        <translation>Un FZ termine une zone de vitesse, mais aucun DZ ne l&apos;a ouverte. Donnez à la case DZ son waypoint DZ, ou supprimez ce FZ.</translation>
    </message>
    <message>
        <source>A crew entering a speed zone must know its limit. Type it in the box&apos;s Speed km/h field.</source>
        <translation>Un équipage qui entre dans une zone de vitesse doit en connaître la limite. Saisissez-la dans le champ Vitesse km/h de la case.</translation>
    </message>
    <message>
        <source>A speed zone that never ends limits the crew until the finish. Add an FZ box where the zone ends.</source>
        <translation>Une zone de vitesse sans fin limite l&apos;équipage jusqu&apos;à l&apos;arrivée. Ajoutez une case FZ là où la zone se termine.</translation>
    </message>
    <message>
        <source>Two waypoints with the same type and name are confused on the trip meter and in the results. Rename or renumber one of them.</source>
        <translation>Deux waypoints de même type et de même nom se confondent sur le trip et dans les résultats. Renommez ou renumérotez l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>The box is far from the route line, so it is probably misplaced. Drag it onto the route on the map, or Recompute totals and CAPs from route.</source>
        <translation>La case est loin de l&apos;itinéraire, elle est sans doute mal placée. Faites-la glisser sur l&apos;itinéraire sur la carte, ou utilisez «&#xa0;Recalculer depuis l&apos;itinéraire&#xa0;» (totaux et CAP).</translation>
    </message>
    <message>
        <source>Click the route on the map, insert a box, or generate the boxes from a track.</source>
        <translation>Cliquez sur l&apos;itinéraire sur la carte, insérez une case ou générez les cases depuis une trace.</translation>
    </message>
    <message>
        <source>negative total {total} km</source>
        <translation>total négatif&#xa0;: {total} km</translation>
    </message>
    <message>
        <source>total {total} km is less than the previous box&apos;s {previous} km</source>
        <translation>total de {total} km inférieur aux {previous} km de la case précédente</translation>
    </message>
    <message>
        <source>CAP {cap} is outside 0–360</source>
        <translation>CAP {cap} hors de 0–360</translation>
    </message>
    <message>
        <source>danger {danger} is not 1, 2 or 3</source>
        <translation>danger {danger}&#xa0;: ni 1, ni 2, ni 3</translation>
    </message>
    <message>
        <source>{waypoint}: clear radius {clear} m is not smaller than open radius {open} m</source>
        <translation>{waypoint}&#xa0;: rayon de validation de {clear} m pas plus petit que le rayon d&apos;ouverture de {open} m</translation>
    </message>
    <message>
        <source>FZ without a DZ before it</source>
        <translation>FZ sans DZ avant</translation>
    </message>
    <message>
        <source>DZ without a speed limit</source>
        <translation>DZ sans limite de vitesse</translation>
    </message>
    <message>
        <source>DZ has no FZ before the next DZ at box {box}</source>
        <translation>DZ sans FZ avant le DZ suivant à la case {box}</translation>
    </message>
    <message>
        <source>DZ without its FZ</source>
        <translation>DZ sans son FZ</translation>
    </message>
    <message>
        <source>waypoint {type} {name} also at box {box}</source>
        <translation>waypoint {type} {name} aussi à la case {box}</translation>
    </message>
    <message>
        <source>box is {offset} m from the route line</source>
        <translation>case à {offset} m de l&apos;itinéraire</translation>
    </message>
    <message>
        <source>the roadbook has no boxes</source>
        <translation>le roadbook n&apos;a aucune case</translation>
    </message>
</context>
<context>
    <name>WaypointList</name>
    <message>
        <source>Box</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Waypoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Closest</source>
        <translation>Au plus près</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; matches no box</source>
        <translation>{where}&#xa0;: l&apos;entrée «&#xa0;{label}&#xa0;» de la liste de waypoints ne correspond à aucune case</translation>
    </message>
    <message>
        <source>{where}: waypoint list entry &apos;{label}&apos; at km {km} matches no box</source>
        <translation>{where}&#xa0;: l&apos;entrée «&#xa0;{label}&#xa0;» au km {km} de la liste de waypoints ne correspond à aucune case</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it keeps its own coordinates</source>
        <translation>{roadbook}&#xa0;: {box} n&apos;a pas d&apos;entrée dans la liste de waypoints&#xa0;; elle garde ses propres coordonnées</translation>
    </message>
    <message>
        <source>{roadbook}: {box} has no entry in the waypoint list; it stays without coordinates</source>
        <translation>{roadbook}&#xa0;: {box} n&apos;a pas d&apos;entrée dans la liste de waypoints&#xa0;; elle reste sans coordonnées</translation>
    </message>
</context>
<context>
    <name>WaypointListAction</name>
    <message>
        <source>Add &amp;waypoint list…</source>
        <translation>Ajouter une liste de &amp;waypoints…</translation>
    </message>
    <message>
        <source>Place the roadbook&apos;s waypoints from the organiser&apos;s list (GPX, KML/KMZ, CSV)</source>
        <translation>Placer les waypoints du roadbook depuis la liste de l&apos;organisateur (GPX, KML/KMZ, CSV)</translation>
    </message>
    <message>
        <source>Open a roadbook first: a waypoint list places the waypoints of a roadbook</source>
        <translation>Ouvrez d&apos;abord un roadbook&#xa0;: une liste de waypoints place les waypoints d&apos;un roadbook</translation>
    </message>
    <message>
        <source>Add the waypoint list?</source>
        <translation>Ajouter la liste de waypoints&#xa0;?</translation>
    </message>
    <message>
        <source>The stage starts again from zero with the list&apos;s positions: trip, box and waypoints. Add the list now?</source>
        <translation>La spéciale repart de zéro avec les positions de la liste&#xa0;: trip, case et waypoints. Ajouter la liste maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Waypoint lists ({patterns})</source>
        <translation>Listes de waypoints ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source> + waypoints from {list}</source>
        <translation> + waypoints de {list}</translation>
    </message>
    <message>
        <source>Add waypoint list</source>
        <translation>Ajouter une liste de waypoints</translation>
    </message>
    <message>
        <source>Cannot read waypoint list</source>
        <translation>Lecture de la liste de waypoints impossible</translation>
    </message>
    <message>
        <source>Waypoints from {list}: {placed} of {count} waypoint boxes placed</source>
        <translation>Waypoints de {list}&#xa0;: cases waypoint placées&#xa0;: {placed} sur {count}</translation>
    </message>
    <message>
        <source>Waypoint list</source>
        <translation>Liste de waypoints</translation>
    </message>
    <message>
        <source>+ waypoints from {list}</source>
        <translation>+ waypoints de {list}</translation>
    </message>
</context>
<context>
    <name>WaypointListFile</name>
    <message>
        <source>unsupported waypoint list &apos;{format}&apos; (navapp reads {items})</source>
        <translation>liste de waypoints non prise en charge&#xa0;: «&#xa0;{format}&#xa0;» (navapp lit {items})</translation>
    </message>
    <message>
        <source>no waypoint with coordinates in this list</source>
        <translation>aucun waypoint avec coordonnées dans cette liste</translation>
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
        <translation>sur {count}</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>VALIDÉ</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>MANQUÉ</translation>
    </message>
    <message>
        <source>WAYPOINT OPEN</source>
        <translation>WAYPOINT OUVERT</translation>
    </message>
    <message>
        <source>NEXT WAYPOINT</source>
        <translation>WAYPOINT SUIVANT</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to navapp</source>
        <translation>Bienvenue dans navapp</translation>
    </message>
    <message>
        <source>Follow a rally-raid roadbook with trip meters, CAP and waypoints, fed by a GPS or a recorded drive. Every action works from the keyboard or a remote. Help › User guide (F1) tells more.</source>
        <translation>Suivez un roadbook de rallye-raid avec trip, CAP et waypoints, alimentés par un GPS ou un parcours enregistré. Toutes les actions se font au clavier ou à la télécommande. Aide › Guide d&apos;utilisation (F1) en dit plus.</translation>
    </message>
    <message>
        <source>Open the &amp;demo stage
Erg Chebbi practice stage, its recorded drive replaying</source>
        <translation>Ouvrir la spéciale de &amp;démo
Spéciale d&apos;entraînement de l&apos;Erg Chebbi, avec le rejeu de son parcours enregistré</translation>
    </message>
    <message>
        <source>Choose a &amp;GPS source…
Serial receiver, gpsd, the system&apos;s position or a replay</source>
        <translation>Choisir une source &amp;GPS…
Récepteur série, gpsd, position du système ou rejeu</translation>
    </message>
    <message>
        <source>Set up the &amp;remote and keys…
Which button does what, hold and repeat times</source>
        <translation>Régler la &amp;télécommande et les touches…
Rôle de chaque bouton, durées d&apos;appui long et de répétition</translation>
    </message>
    <message>
        <source>&amp;Open a roadbook…</source>
        <translation>&amp;Ouvrir un roadbook…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Xmltracks</name>
    <message>
        <source>position out of range: {lat}, {lon}</source>
        <translation>position hors limites&#xa0;: {lat}, {lon}</translation>
    </message>
    <message>
        <source>bad time {text}</source>
        <translation>heure incorrecte&#xa0;: {text}</translation>
    </message>
    <message>
        <source>bad number {text}</source>
        <translation>nombre incorrect&#xa0;: {text}</translation>
    </message>
    <message>
        <source>the file ends early; read {count} points</source>
        <translation>le fichier est tronqué&#xa0;; points lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>the KMZ holds no .kml document</source>
        <translation>le KMZ ne contient aucun document .kml</translation>
    </message>
    <message>
        <source>the KMZ&apos;s {filename} is too large to read</source>
        <translation>{filename} dans le KMZ est trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>not a readable KMZ (zip) file: {reason}</source>
        <translation>fichier KMZ (zip) illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not a KML file (root element &lt;{local}&gt;)</source>
        <translation>pas un fichier KML (élément racine &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>no track in this KML (no gx:Track or LineString)</source>
        <translation>aucune trace dans ce KML (ni gx:Track ni LineString)</translation>
    </message>
    <message>
        <source>a gx:Track has {count} times for {positions} positions; read the first {read}</source>
        <translation>un gx:Track a {count} heures pour {positions} positions&#xa0;; lecture des {read} premières</translation>
    </message>
    <message>
        <source>bad gx:coord {items}</source>
        <translation>gx:coord incorrect&#xa0;: {items}</translation>
    </message>
    <message>
        <source>skipped {empty} track points without a position</source>
        <translation>points de trace sans position ignorés&#xa0;: {empty}</translation>
    </message>
    <message>
        <source>bad KML coordinates {token}</source>
        <translation>coordonnées KML incorrectes&#xa0;: {token}</translation>
    </message>
    <message>
        <source>not a TCX file (root element &lt;{local}&gt;)</source>
        <translation>pas un fichier TCX (élément racine &lt;{local}&gt;)</translation>
    </message>
    <message>
        <source>skipped {no_position} trackpoints without a position</source>
        <translation>trackpoints sans position ignorés&#xa0;: {no_position}</translation>
    </message>
    <message>
        <source>no trackpoints in this TCX</source>
        <translation>aucun trackpoint dans ce TCX</translation>
    </message>
</context>
<context>
    <name>Xyz</name>
    <message>
        <source>give the tile server a name (up to 80 characters)</source>
        <translation>donnez un nom au serveur de tuiles (80 caractères max.)</translation>
    </message>
    <message>
        <source>{name}: say whose map it is (the attribution the server asks for)</source>
        <translation>{name}&#xa0;: indiquez à qui est la carte (l&apos;attribution demandée par le serveur)</translation>
    </message>
    <message>
        <source>{name}: zoom levels are whole numbers</source>
        <translation>{name}&#xa0;: les niveaux de zoom sont des nombres entiers</translation>
    </message>
    <message>
        <source>{name}: the zooms must run {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</source>
        <translation>{name}&#xa0;: les zooms doivent respecter {low} &lt;= min ({min_zoom}) &lt;= max ({max_zoom}) &lt;= {high}</translation>
    </message>
    <message>
        <source>{name}: keep tiles between a moment and 3650 days</source>
        <translation>{name}&#xa0;: gardez les tuiles entre un instant et 3650 jours</translation>
    </message>
    <message>
        <source>{name}: the address must be one line without spaces</source>
        <translation>{name}&#xa0;: l&apos;adresse doit tenir sur une ligne sans espaces</translation>
    </message>
    <message>
        <source>{name}: {url} is not a web address</source>
        <translation>{name}&#xa0;: {url} n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>{name}: the address must start with https:// or http://</source>
        <translation>{name}&#xa0;: l&apos;adresse doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>{name}: put no user name or password in the address</source>
        <translation>{name}&#xa0;: ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse</translation>
    </message>
    <message>
        <source>{name}: the address has no server name</source>
        <translation>{name}&#xa0;: l&apos;adresse n&apos;a pas de nom de serveur</translation>
    </message>
    <message>
        <source>{name}: unknown placeholder {{{unknown}}}; use {{z}}, {{x}}, {{y}} and {{s}}</source>
        <translation>{name}&#xa0;: variable inconnue {{{unknown}}}&#xa0;; utilisez {{z}}, {{x}}, {{y}} et {{s}}</translation>
    </message>
    <message>
        <source>{name}: the address needs {{z}}, {{x}} and {{y}}</source>
        <translation>{name}&#xa0;: l&apos;adresse doit contenir {{z}}, {{x}} et {{y}}</translation>
    </message>
    <message>
        <source>{name}: a brace in the address is not a placeholder</source>
        <translation>{name}&#xa0;: une accolade de l&apos;adresse n&apos;est pas une variable</translation>
    </message>
    <message>
        <source>{name}: {{s}} needs subdomains, like abc or a,b,c</source>
        <translation>{name}&#xa0;: {{s}} demande des sous-domaines, comme abc ou a,b,c</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y}: {reason}</source>
        <translation>tuile {z}/{x}/{y}&#xa0;: {reason}</translation>
    </message>
</context>
</TS>
