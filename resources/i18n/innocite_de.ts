<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name />
        <message>
            <source>Cannot open the projects database.</source>
            <translation>Die Projektdatenbank kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>composite score ({normalization}, {aggregation}; higher is better)</source>
            <translation>Punktwert des Composite-Indikators ({normalization}, {aggregation}; höher ist besser)</translation>
        </message>
        <message>
            <source>rank (1 = best) over {runs} Monte Carlo runs</source>
            <translation>Rang (1 = bester) über {runs} Monte-Carlo-Läufe</translation>
        </message>
        <message>
            <source>mean of the peers</source>
            <translation>Mittelwert der Vergleichsstädte</translation>
        </message>
        <message>
            <source>mean of all other towns</source>
            <translation>Mittelwert aller anderen Städte</translation>
        </message>
        <message>
            <source>Each indicator is rescaled so that the worst town gets 0 and the best town 1 (min-max normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Jeder Indikator wird so umskaliert, dass die schlechteste Stadt 0 und die beste Stadt 1 erhält (Min-Max-Normierung); höher ist immer besser, Kosten-Indikatoren werden umgedreht.</translation>
        </message>
        <message>
            <source>Each indicator is expressed as the number of standard deviations a town lies above or below the mean of the towns (z-score standardisation); higher is always better, cost indicators are turned round.</source>
            <translation>Jeder Indikator wird als Zahl der Standardabweichungen ausgedrückt, um die eine Stadt über oder unter dem Mittelwert der Städte liegt (z-Standardisierung); höher ist immer besser, Kosten-Indikatoren werden umgedreht.</translation>
        </message>
        <message>
            <source>Each indicator is rescaled between fixed goalposts: the lower goalpost gives 0, the upper goalpost 1, values outside are clipped (goalpost normalization, as in the HDI); higher is always better, cost indicators are turned round.</source>
            <translation>Jeder Indikator wird zwischen festen Grenzen umskaliert: die untere Grenze ergibt 0, die obere 1, Werte außerhalb werden abgeschnitten (Normierung mit festen Grenzen wie beim HDI); höher ist immer besser, Kosten-Indikatoren werden umgedreht.</translation>
        </message>
        <message>
            <source>Each indicator is expressed relative to a reference (distance to a reference); higher is always better, cost indicators are turned round.</source>
            <translation>Jeder Indikator wird relativ zu einer Referenz ausgedrückt (Abstand zur Referenz); höher ist immer besser, Kosten-Indikatoren werden umgedreht.</translation>
        </message>
        <message>
            <source>Each indicator is replaced by the town's rank on it, counted from the worst (rank normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Jeder Indikator wird durch den Rang der Stadt ersetzt, gezählt von der schlechtesten (Rang-Normierung); höher ist immer besser, Kosten-Indikatoren werden umgedreht.</translation>
        </message>
        <message>
            <source>A town with a missing value is left out of the composite.</source>
            <translation>Eine Stadt mit einem fehlenden Wert wird im Composite-Indikator ausgelassen.</translation>
        </message>
        <message>
            <source>A missing value is replaced by the mean of the other towns' values of that indicator (before normalization).</source>
            <translation>Ein fehlender Wert wird durch den Mittelwert der Werte der anderen Städte bei diesem Indikator ersetzt (vor der Normierung).</translation>
        </message>
        <message>
            <source>A missing value is replaced by the median of the other towns' values of that indicator (before normalization).</source>
            <translation>Ein fehlender Wert wird durch den Median der Werte der anderen Städte bei diesem Indikator ersetzt (vor der Normierung).</translation>
        </message>
        <message>
            <source>the weights given in the data set</source>
            <translation>die im Datensatz vorgegebenen Gewichte</translation>
        </message>
        <message>
            <source>equal weights</source>
            <translation>gleiche Gewichte</translation>
        </message>
        <message>
            <source>budget allocation (points shared out over the indicators)</source>
            <translation>Budgetverteilung (auf die Indikatoren verteilte Punkte)</translation>
        </message>
        <message>
            <source>weights from pairwise comparisons (AHP)</source>
            <translation>Gewichte aus Paarvergleichen (AHP)</translation>
        </message>
        <message>
            <source>objective weights from the entropy of each indicator</source>
            <translation>objektive Gewichte aus der Entropie jedes Indikators</translation>
        </message>
        <message>
            <source>objective weights by CRITIC (contrast and correlation of the indicators)</source>
            <translation>objektive Gewichte nach CRITIC (Kontrast und Korrelation der Indikatoren)</translation>
        </message>
        <message>
            <source>a weighted arithmetic mean: a weak result on one indicator can be fully compensated by a strong one (linear aggregation)</source>
            <translation>ein gewichtetes arithmetisches Mittel: ein schwaches Ergebnis bei einem Indikator kann durch ein starkes vollständig ausgeglichen werden (lineare Aggregation)</translation>
        </message>
        <message>
            <source>a weighted geometric mean: a weak result is compensated only in part (geometric aggregation)</source>
            <translation>ein gewichtetes geometrisches Mittel: ein schwaches Ergebnis wird nur teilweise ausgeglichen (geometrische Aggregation)</translation>
        </message>
        <message>
            <source>Normalization method</source>
            <translation>Normierungsmethode</translation>
        </message>
        <message>
            <source>Aggregation method</source>
            <translation>Aggregationsmethode</translation>
        </message>
        <message>
            <source>Weights (±ranges)</source>
            <translation>Gewichte (±Spannen)</translation>
        </message>
        <message>
            <source>Interactions of the choices</source>
            <translation>Wechselwirkungen der Entscheidungen</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Towns</source>
            <translation>Städte</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indikatoren</translation>
        </message>
        <message>
            <source>Illustrative values: the values of {count} of {total} indicators are illustrative (a plausible order of magnitude, not taken from a named source); do not draw conclusions from them.</source>
            <translation>Beispieldaten: Die Werte von {count} der {total} Indikatoren sind Beispielwerte (eine plausible Größenordnung, nicht aus einer genannten Quelle); ziehen Sie daraus keine Schlüsse.</translation>
        </message>
        <message>
            <source>indicators whose values come from the named source: {names}</source>
            <translation>Indikatoren, deren Werte aus der genannten Quelle stammen: {names}</translation>
        </message>
        <message>
            <source>single values from a named source: {values}</source>
            <translation>einzelne Werte aus einer genannten Quelle: {values}</translation>
        </message>
        <message>
            <source>Sourced values: {parts}.</source>
            <translation>Werte mit Quelle: {parts}.</translation>
        </message>
        <message>
            <source>Not stated whether illustrative or sourced: {names}.</source>
            <translation>Nicht angegeben, ob Beispielwerte oder mit Quelle: {names}.</translation>
        </message>
        <message>
            <source>illustrative</source>
            <translation>Beispieldaten</translation>
        </message>
        <message>
            <source>sourced</source>
            <translation>mit Quelle</translation>
        </message>
        <message>
            <source>Huff model: catchment shares, turnover, new-store impact</source>
            <translation>Huff-Modell: Anteile im Einzugsgebiet, Umsatz, Auswirkung eines neuen Standorts</translation>
        </message>
        <message>
            <source>zones, centres and distances (JSON)</source>
            <translation>Zonen, Zentren und Entfernungen (JSON)</translation>
        </message>
        <message>
            <source>spending potential, centrality, flows, gap and supportable floor space</source>
            <translation>Kaufkraftpotenzial, Zentralität, Ströme, Lücke und tragfähige Verkaufsfläche</translation>
        </message>
        <message>
            <source>the town's retail figures (JSON)</source>
            <translation>die Einzelhandelskennzahlen der Stadt (JSON)</translation>
        </message>
        <message>
            <source>settlement network: breaking points, gravity, accessibility, centrality</source>
            <translation>Siedlungsnetz: Grenzpunkte, Gravitation, Erreichbarkeit, Zentralität</translation>
        </message>
        <message>
            <source>towns, populations, distances and functions (JSON)</source>
            <translation>Städte, Einwohnerzahlen, Entfernungen und Funktionen (JSON)</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>Probability of choosing each centre (rows: origin zones)</source>
            <translation>Wahrscheinlichkeit der Wahl jedes Zentrums (Zeilen: Herkunftszonen)</translation>
        </message>
        <message>
            <source>accessibility</source>
            <translation>Erreichbarkeit</translation>
        </message>
        <message>
            <source>Expected turnover and market share</source>
            <translation>Erwarteter Umsatz und Marktanteil</translation>
        </message>
        <message>
            <source>share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>New centre '{id}': turnover {turnover}, share {share}</source>
            <translation>Neues Zentrum '{id}': Umsatz {turnover}, Anteil {share}</translation>
        </message>
        <message>
            <source>LOSS &gt;= {threshold} %</source>
            <translation>VERLUST &gt;= {threshold} %</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <source>change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Calibrated lambda: {value} (least squares on {n} observed shares, RMSE {rmse}, R² {r2})</source>
            <translation>Kalibriertes Lambda: {value} (kleinste Quadrate über {n} beobachtete Anteile, RMSE {rmse}, R² {r2})</translation>
        </message>
        <message>
            <source>WARNING: at the edge of the searched range</source>
            <translation>WARNUNG: am Rand des durchsuchten Bereichs</translation>
        </message>
        <message>
            <source>Centrality (simple: turnover / potential x 100)</source>
            <translation>Zentralität (einfach: Umsatz / Potenzial x 100)</translation>
        </message>
        <message>
            <source>Centrality (index: turnover index / PP index x 100)</source>
            <translation>Zentralität (Index: Umsatzkennziffer / KKI x 100)</translation>
        </message>
        <message>
            <source>Net flow (turnover - potential; + inflow)</source>
            <translation>Nettostrom (Umsatz - Potenzial; + Zufluss)</translation>
        </message>
        <message>
            <source>Gap (potential - turnover; + unmet demand)</source>
            <translation>Lücke (Potenzial - Umsatz; + ungedeckte Nachfrage)</translation>
        </message>
        <message>
            <source>Leakage/surplus factor (+ leakage, - surplus)</source>
            <translation>Abfluss-/Überschussfaktor (+ Abfluss, - Überschuss)</translation>
        </message>
        <message>
            <source>figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Product group '{id}'</source>
            <translation>Warengruppe '{id}'</translation>
        </message>
        <message>
            <source>Converse breaking points (distance from each town)</source>
            <translation>Grenzpunkte nach Converse (Entfernung von jeder Stadt)</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>Paar</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>Entfernung</translation>
        </message>
        <message>
            <source>from a</source>
            <translation>von a</translation>
        </message>
        <message>
            <source>from b</source>
            <translation>von b</translation>
        </message>
        <message>
            <source>Gravity interaction P_i P_j / d_ij^beta</source>
            <translation>Gravitationsinteraktion P_i P_j / d_ij^beta</translation>
        </message>
        <message>
            <source>Accessibility (Hansen) and functional index (Davies)</source>
            <translation>Erreichbarkeit (Hansen) und Funktionsindex (Davies)</translation>
        </message>
        <message>
            <source>Location coefficients: {values}</source>
            <translation>Standortkoeffizienten: {values}</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Einwohner</translation>
        </message>
        <message>
            <source>Population: source</source>
            <translation>Einwohner: Quelle</translation>
        </message>
        <message>
            <source>less is better</source>
            <translation>weniger ist besser</translation>
        </message>
        <message>
            <source>more is better</source>
            <translation>mehr ist besser</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Weight given</source>
            <translation>Gewicht laut Daten</translation>
        </message>
        <message>
            <source>Weight used (%)</source>
            <translation>Gewicht genutzt (%)</translation>
        </message>
        <message>
            <source>Goalposts</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <source>illustrative except {towns} (sourced)</source>
            <translation>Beispieldaten außer {towns} (mit Quelle)</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>Weight used: each indicator's share of the composite after the weighting method and the groups (sums to 100 %).</source>
            <translation>Verwendetes Gewicht: Anteil jedes Indikators am Composite-Indikator nach Gewichtungsmethode und Gruppen (Summe 100 %).</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>The composite indicator follows the OECD/JRC Handbook on Constructing Composite Indicators (Nardo et al. 2008): missing data, normalization, weighting, aggregation.</source>
            <translation>Der Composite-Indikator folgt dem OECD/JRC-Handbuch „Handbook on Constructing Composite Indicators“ (Nardo et al. 2008): fehlende Daten, Normierung, Gewichtung, Aggregation.</translation>
        </message>
        <message>
            <source>Missing data</source>
            <translation>Fehlende Daten</translation>
        </message>
        <message>
            <source>Imputed cells ({count}), with the value used:</source>
            <translation>Ersetzte Zellen ({count}) mit dem verwendeten Wert:</translation>
        </message>
        <message>
            <source>No value was missing: nothing was imputed.</source>
            <translation>Es fehlte kein Wert: Es wurde nichts ersetzt.</translation>
        </message>
        <message>
            <source>Left out for missing values: {towns}.</source>
            <translation>Wegen fehlender Werte ausgelassen: {towns}.</translation>
        </message>
        <message>
            <source>Normalization</source>
            <translation>Normierung</translation>
        </message>
        <message>
            <source>Formula: {formula}</source>
            <translation>Formel: {formula}</translation>
        </message>
        <message>
            <source>Reference: {values}</source>
            <translation>Referenz: {values}</translation>
        </message>
        <message>
            <source>Clipped to their goalposts: {cells}.</source>
            <translation>Auf die Grenzen abgeschnitten: {cells}.</translation>
        </message>
        <message>
            <source>Note: {note}.</source>
            <translation>Hinweis: {note}.</translation>
        </message>
        <message>
            <source>Weighting and aggregation</source>
            <translation>Gewichtung und Aggregation</translation>
        </message>
        <message>
            <source>Weights: {weighting} — {detail}.</source>
            <translation>Gewichte: {weighting} — {detail}.</translation>
        </message>
        <message>
            <source>Indicators are first combined inside their groups ({groups}) into a dimension index by {inner}; the dimension indices are then combined by {outer}.</source>
            <translation>Zusammenfassung der Indikatoren innerhalb ihrer Gruppen ({groups}) zu je einem Dimensionsindex: {inner}. Zusammenfassung der Dimensionsindizes: {outer}.</translation>
        </message>
        <message>
            <source>The composite score is {aggregation}.</source>
            <translation>Der Punktwert des Composite-Indikators ist {aggregation}.</translation>
        </message>
        <message>
            <source>Geometric mean: {shift}.</source>
            <translation>Geometrisches Mittel: {shift}.</translation>
        </message>
        <message>
            <source>Ties: {rule}; {ranks}.</source>
            <translation>Gleichstände: {rule}; {ranks}.</translation>
        </message>
        <message>
            <source>Composite ranking</source>
            <translation>Rangfolge nach Composite-Indikator</translation>
        </message>
        <message>
            <source>{town} ranks first with a composite score of {score}.</source>
            <translation>{town} steht mit einem Punktwert des Composite-Indikators von {score} auf Rang 1.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktwert</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Compromise set (Opricovic's conditions): {alternatives}</source>
            <translation>Kompromissmenge (Bedingungen nach Opricovic): {alternatives}</translation>
        </message>
        <message>
            <source>Conventions</source>
            <translation>Konventionen</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>lambda max {lambda_max}   CI {ci}   CR {cr}   (random index {ri}, {ri_table})</source>
            <translation>Lambda max {lambda_max}   CI {ci}   CR {cr}   (Zufallsindex {ri}, {ri_table})</translation>
        </message>
        <message>
            <source>prioritization: {method}</source>
            <translation>Priorisierung: {method}</translation>
        </message>
        <message>
            <source>missing judgments completed by {method}</source>
            <translation>fehlende Urteile ergänzt mit {method}</translation>
        </message>
        <message>
            <source>acceptable (CR &lt;= {limit})</source>
            <translation>akzeptabel (CR &lt;= {limit})</translation>
        </message>
        <message>
            <source>too inconsistent (CR &gt; {limit})</source>
            <translation>zu inkonsistent (CR &gt; {limit})</translation>
        </message>
        <message>
            <source>consistency: {verdict}</source>
            <translation>Konsistenz: {verdict}</translation>
        </message>
        <message>
            <source>Judgments to revisit</source>
            <translation>Zu überprüfende Urteile</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Vorgeschlagen</translation>
        </message>
        <message>
            <source>CR after</source>
            <translation>CR danach</translation>
        </message>
        <message>
            <source>Ranking methods</source>
            <translation>Methoden der Rangfolge</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Parameters (default)</source>
            <translation>Parameter (Standard)</translation>
        </message>
        <message>
            <source>Weighting methods: {methods}</source>
            <translation>Gewichtungsmethoden: {methods}</translation>
        </message>
        <message>
            <source>No projects yet: `innocite import FILE` stores a problem file.</source>
            <translation>Noch keine Projekte: `innocite import DATEI` speichert eine Problemdatei.</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>imported '{name}' (id {id}): {alternatives} alternatives, {criteria} criteria</source>
            <translation>'{name}' importiert (ID {id}): {alternatives} Alternativen, {criteria} Kriterien</translation>
        </message>
        <message>
            <source>(database backed up first to {path})</source>
            <translation>(Datenbank zuvor gesichert nach {path})</translation>
        </message>
        <message>
            <source>wrote {path}: fill in its sheets, then `innocite import {path}`</source>
            <translation>{path} geschrieben: füllen Sie die Tabellenblätter aus, dann `innocite import {path}`</translation>
        </message>
        <message>
            <source>exported '{name}' to {path}</source>
            <translation>'{name}' exportiert nach {path}</translation>
        </message>
        <message>
            <source>Median rank</source>
            <translation>Median-Rang</translation>
        </message>
        <message>
            <source>Rank 5–95 %</source>
            <translation>Rang 5–95 %</translation>
        </message>
        <message>
            <source>Figure 1. Composite scores of the towns (higher is better).</source>
            <translation>Abbildung 1. Punktwerte der Städte im Composite-Indikator (höher ist besser).</translation>
        </message>
        <message>
            <source>No uncertainty analysis was run: the ranks above hold for these choices only.</source>
            <translation>Es wurde keine Unsicherheitsanalyse durchgeführt: Die Ränge oben gelten nur für diese Entscheidungen.</translation>
        </message>
        <message>
            <source>How certain are the ranks?</source>
            <translation>Wie sicher sind die Ränge?</translation>
        </message>
        <message>
            <source>The composite was recomputed {runs} times (Monte Carlo, seed {seed}), each time with one of the normalizations {normalizations}, one of the aggregations {aggregations} and weights drawn within their ranges. Each town's median rank and the band holding 90 % of its ranks (5th to 95th percentile) show how much its place depends on these choices.</source>
            <translation>Der Composite-Indikator wurde {runs}-mal neu berechnet (Monte Carlo, Startwert {seed}), jedes Mal mit einer der Normierungen {normalizations}, einer der Aggregationen {aggregations} und innerhalb ihrer Spannen gezogenen Gewichten. Der Median-Rang jeder Stadt und das Band, das 90 % ihrer Ränge enthält (5. bis 95. Perzentil), zeigen, wie stark ihr Platz von diesen Entscheidungen abhängt.</translation>
        </message>
        <message>
            <source>Figure 2. Rank of each town: median (◆), 5–95 % band, rank above (●).</source>
            <translation>Abbildung 2. Rang jeder Stadt: Median (◆), 5–95-%-Band, Rang oben (●).</translation>
        </message>
        <message>
            <source>Share of the variance of the ranks (all towns pooled) explained by each choice alone (first-order sensitivity); the rest comes from the choices together:</source>
            <translation>Anteil der Varianz der Ränge (alle Städte zusammen), den jede Entscheidung allein erklärt (Sensitivität erster Ordnung); der Rest entsteht aus dem Zusammenspiel der Entscheidungen:</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Share of rank variance (%)</source>
            <translation>Anteil an der Rangvarianz (%)</translation>
        </message>
        <message>
            <source>Weights in the runs: {weights}.</source>
            <translation>Gewichte in den Läufen: {weights}.</translation>
        </message>
        <message>
            <source>{town} against its peers</source>
            <translation>{town} im Vergleich mit den Vergleichsstädten</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of {peers}, indicator by indicator.</source>
            <translation>{town} wird Indikator für Indikator mit dem Mittelwert von {peers} verglichen.</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of all other towns ranked, indicator by indicator.</source>
            <translation>{town} wird Indikator für Indikator mit dem Mittelwert aller anderen gereihten Städte verglichen.</translation>
        </message>
        <message>
            <source>{path}: no such database file</source>
            <translation>{path}: Datenbankdatei existiert nicht</translation>
        </message>
        <message>
            <source>{path} is damaged (integrity_check: {detail}); restore a backup with `innocite db restore`</source>
            <translation>{path} ist beschädigt (integrity_check: {detail}); stellen Sie eine Sicherung mit `innocite db restore` wieder her</translation>
        </message>
        <message>
            <source>{url}: not a SQLite file</source>
            <translation>{url}: keine SQLite-Datei</translation>
        </message>
        <message>
            <source>{url}: restore a PostgreSQL database on the server (pg_restore)</source>
            <translation>{url}: eine PostgreSQL-Datenbank auf dem Server wiederherstellen (pg_restore)</translation>
        </message>
        <message>
            <source>{database}: ok (PostgreSQL {version})</source>
            <translation>{database}: in Ordnung (PostgreSQL {version})</translation>
        </message>
        <message>
            <source>{path}: ok ({size} bytes, journal {journal}, {backups} backups, latest {latest})</source>
            <translation>{path}: in Ordnung ({size} Byte, Journal {journal}, {backups} Sicherungen, neueste {latest})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>backed up {database} to {backup} ({size} bytes; {kept} backups kept)</source>
            <translation>{database} gesichert nach {backup} ({size} Byte; {kept} Sicherungen aufbewahrt)</translation>
        </message>
        <message>
            <source>restored {database} from {backup}; the previous file is saved as {saved}</source>
            <translation>{database} wiederhergestellt aus {backup}; die bisherige Datei ist gespeichert als {saved}</translation>
        </message>
        <message>
            <source>restored {database} from {backup}</source>
            <translation>{database} wiederhergestellt aus {backup}</translation>
        </message>
        <message>
            <source>Strongest indicators: {names}.</source>
            <translation>Stärkste Indikatoren: {names}.</translation>
        </message>
        <message>
            <source>Weakest indicators: {names}.</source>
            <translation>Schwächste Indikatoren: {names}.</translation>
        </message>
        <message>
            <source>Peers' mean</source>
            <translation>Mittel der Vergleichsstädte</translation>
        </message>
        <message>
            <source>Better by (%)</source>
            <translation>Besser um (%)</translation>
        </message>
        <message>
            <source>Normalized gap</source>
            <translation>Normierter Abstand</translation>
        </message>
        <message>
            <source>Better by: the relative gap, turned round for cost indicators (positive: {town} does better). Normalized gap: difference on the normalized scale ({normalization}).</source>
            <translation>Besser um: der relative Abstand, bei Kosten-Indikatoren umgedreht (positiv: {town} schneidet besser ab). Normierter Abstand: Differenz auf der normierten Skala ({normalization}).</translation>
        </message>
        <message>
            <source>Imputed values among these towns: {cells}.</source>
            <translation>Ersetzte Werte bei diesen Städten: {cells}.</translation>
        </message>
        <message>
            <source>Figure {n}. {town} and its peers on every indicator; each axis runs from the worst town ranked (centre) to the best (rim).</source>
            <translation>Abbildung {n}. {town} und die Vergleichsstädte bei jedem Indikator; jede Achse reicht von der schlechtesten gereihten Stadt (Mitte) bis zur besten (Rand).</translation>
        </message>
        <message>
            <source>Reproducibility</source>
            <translation>Reproduzierbarkeit</translation>
        </message>
        <message>
            <source>{runs} runs, seed {seed}</source>
            <translation>{runs} Läufe, Startwert {seed}</translation>
        </message>
        <message>
            <source>no uncertainty run</source>
            <translation>keine Unsicherheitsanalyse</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Data hash (SHA-256)</source>
            <translation>Prüfsumme der Daten (SHA-256)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>The hash covers the towns, indicators, values and settings above; the same data, settings and seed give the same report.</source>
            <translation>Die Prüfsumme umfasst Städte, Indikatoren, Werte und Einstellungen oben; dieselben Daten, Einstellungen und derselbe Startwert ergeben denselben Bericht.</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not {suffix}</source>
            <translation>{file}: Ein Bericht wird als .pdf, .docx oder .html geschrieben, nicht als {suffix}</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not a file without extension</source>
            <translation>{file}: Ein Bericht wird als .pdf, .docx oder .html geschrieben, nicht als Datei ohne Endung</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>Benchmarking</translation>
        </message>
        <message>
            <source>the uncertainty run belongs to other towns: run it again</source>
            <translation>Die Unsicherheitsberechnung gehört zu anderen Städten: Starten Sie sie erneut</translation>
        </message>
        <message>
            <source>town '{town}' is not one of the towns</source>
            <translation>„{town}“ ist keine der Städte</translation>
        </message>
        <message>
            <source>Benchmarking report: {name}</source>
            <translation>Benchmarking-Bericht: {name}</translation>
        </message>
        <message>
            <source>Decision memo</source>
            <translation>Entscheidungsvorlage</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Verfasser</translation>
        </message>
        <message>
            <source>Project owner</source>
            <translation>Projektleitung</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>The decision question</source>
            <translation>Die Entscheidungsfrage</translation>
        </message>
        <message>
            <source>Alternatives</source>
            <translation>Alternativen</translation>
        </message>
        <message>
            <source>Criteria and weights</source>
            <translation>Kriterien und Gewichte</translation>
        </message>
        <message>
            <source>Performance of the alternatives</source>
            <translation>Leistungen der Alternativen</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangfolge</translation>
        </message>
        <message>
            <source>How robust is the ranking?</source>
            <translation>Wie robust ist die Rangfolge?</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Szenarien im Vergleich</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Appendix</source>
            <translation>Anhang</translation>
        </message>
        <message>
            <source>Alternative</source>
            <translation>Alternative</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Beteiligte(r)</translation>
        </message>
        <message>
            <source>CR</source>
            <translation>CR</translation>
        </message>
        <message>
            <source>Pairs answered</source>
            <translation>Beantwortete Paare</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Verhältnis</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>Rank 1</source>
            <translation>Rang 1</translation>
        </message>
        <message>
            <source>Rank 2</source>
            <translation>Rang 2</translation>
        </message>
        <message>
            <source>Rank 3</source>
            <translation>Rang 3</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>benefit (more is better)</source>
            <translation>Nutzen (mehr ist besser)</translation>
        </message>
        <message>
            <source>cost (less is better)</source>
            <translation>Kosten (weniger ist besser)</translation>
        </message>
        <message>
            <source>No decision question was recorded for this project.</source>
            <translation>Für dieses Projekt wurde keine Entscheidungsfrage erfasst.</translation>
        </message>
        <message>
            <source>Weights are global: they add up to 100 % over the criteria with data.</source>
            <translation>Die Gewichte sind global: Über die Kriterien mit Daten ergeben sie zusammen 100 %.</translation>
        </message>
        <message>
            <source>Not every criterion has a weight, so the ranking could not be computed.</source>
            <translation>Nicht jedes Kriterium hat ein Gewicht, daher konnte die Rangfolge nicht berechnet werden.</translation>
        </message>
        <message>
            <source>entered directly</source>
            <translation>direkt eingegeben</translation>
        </message>
        <message>
            <source>from the pairwise comparisons (AHP, group geometric mean of {n} participant(s))</source>
            <translation>aus den Paarvergleichen (AHP, geometrisches Gruppenmittel von {n} Beteiligten)</translation>
        </message>
        <message>
            <source>{node}: weights {origin}.</source>
            <translation>{node}: Gewichte {origin}.</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Oberste Ebene</translation>
        </message>
        <message>
            <source>Group (geometric mean)</source>
            <translation>Gruppe (geometrisches Mittel)</translation>
        </message>
        <message>
            <source>Alternatives under {criterion}</source>
            <translation>Alternativen unter {criterion}</translation>
        </message>
        <message>
            <source>Consistency ratio (CR) of every pairwise matrix; up to 0.10 is acceptable.</source>
            <translation>Konsistenzverhältnis (CR) jeder Paarvergleichsmatrix; bis 0,10 ist akzeptabel.</translation>
        </message>
        <message>
            <source>not enough answers</source>
            <translation>zu wenige Antworten</translation>
        </message>
        <message>
            <source>above 0.10: inconsistent</source>
            <translation>über 0,10: inkonsistent</translation>
        </message>
        <message>
            <source>Sources of the values:</source>
            <translation>Quellen der Werte:</translation>
        </message>
        <message>
            <source>Columns {first}–{last} of {total}.</source>
            <translation>Spalten {first}–{last} von {total}.</translation>
        </message>
        <message>
            <source>The alternatives were ranked with {label}: {description}</source>
            <translation>Die Alternativen wurden mit {label} gereiht: {description}</translation>
        </message>
        <message>
            <source>Normalization: {plain} ({formula}).</source>
            <translation>Normierung: {plain} ({formula}).</translation>
        </message>
        <message>
            <source>Ties: {rule}.</source>
            <translation>Gleichstände: {rule}.</translation>
        </message>
        <message>
            <source>Weights used: {source}.</source>
            <translation>Verwendete Gewichte: {source}.</translation>
        </message>
        <message>
            <source>A higher score is better.</source>
            <translation>Ein höherer Punktwert ist besser.</translation>
        </message>
        <message>
            <source>A lower score is better.</source>
            <translation>Ein niedrigerer Punktwert ist besser.</translation>
        </message>
        <message>
            <source>{winner} ranks first with {method}.</source>
            <translation>{winner} liegt mit {method} auf Rang 1.</translation>
        </message>
        <message>
            <source>Each criterion's contribution to the score (the method adds them up):</source>
            <translation>Beitrag jedes Kriteriums zum Punktwert (die Methode summiert sie):</translation>
        </message>
        <message>
            <source>Figure 1. Scores of the alternatives ({method}).</source>
            <translation>Abbildung 1. Punktwerte der Alternativen ({method}).</translation>
        </message>
        <message>
            <source>Figure 2. Contribution of each criterion to the score.</source>
            <translation>Abbildung 2. Beitrag jedes Kriteriums zum Punktwert.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} rises above {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} bleibt vorn, außer das Gewicht von {criterion} steigt über {x} % (jetzt {now} %); dann liegt {other} vorn.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} falls below {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} bleibt vorn, außer das Gewicht von {criterion} sinkt unter {x} % (jetzt {now} %); dann liegt {other} vorn.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} rises to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} bleibt vorn, bis das Gewicht von {criterion} auf {x} % steigt (jetzt {now} %); dort teilt sich eine andere Alternative mit ihr Rang 1.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} falls to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} bleibt vorn, bis das Gewicht von {criterion} auf {x} % sinkt (jetzt {now} %); dort teilt sich eine andere Alternative mit ihr Rang 1.</translation>
        </message>
        <message>
            <source>No weight of {criterion} between 0 and 100 % changes the winner (now {now} %).</source>
            <translation>Kein Gewicht von {criterion} zwischen 0 und 100 % ändert den Sieger (jetzt {now} %).</translation>
        </message>
        <message>
            <source>Each criterion's weight changed on its own, the others rescaled in proportion:</source>
            <translation>Das Gewicht jedes Kriteriums einzeln verändert, die übrigen proportional angepasst:</translation>
        </message>
        <message>
            <source>The weight changes that would alter the winner could not be computed: {reason}</source>
            <translation>Die Gewichtsänderungen, die den Sieger ändern würden, konnten nicht berechnet werden: {reason}</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} % of {samples} random weightings (seed {seed}).</source>
            <translation>{winner} lag in {share} % von {samples} zufälligen Gewichtungen auf Rang 1 (Startwert {seed}).</translation>
        </message>
        <message>
            <source>Share of {samples} random weightings (uniform over all weight sets) giving each rank:</source>
            <translation>Anteil von {samples} zufälligen Gewichtungen (gleichverteilt über alle Gewichtssätze), der jeden Rang ergibt:</translation>
        </message>
        <message>
            <source>The random-weights analysis could not be computed: {reason}</source>
            <translation>Die Analyse mit zufälligen Gewichten konnte nicht berechnet werden: {reason}</translation>
        </message>
        <message>
            <source>The same data ranked with other methods (their default settings):</source>
            <translation>Dieselben Daten, mit anderen Methoden gereiht (deren Standardeinstellungen):</translation>
        </message>
        <message>
            <source>Spearman rank correlation of each method with {method}: {values}.</source>
            <translation>Spearman-Rangkorrelation jeder Methode mit {method}: {values}.</translation>
        </message>
        <message>
            <source>{method} could not rank the data: {reason}</source>
            <translation>{method} konnte die Daten nicht reihen: {reason}</translation>
        </message>
        <message>
            <source>Ranks of the alternatives under the project's current weights and the saved scenarios:</source>
            <translation>Ränge der Alternativen unter den aktuellen Gewichten des Projekts und den gespeicherten Szenarien:</translation>
        </message>
        <message>
            <source>No scenarios were saved for this project.</source>
            <translation>Für dieses Projekt wurden keine Szenarien gespeichert.</translation>
        </message>
        <message>
            <source>{n} further scenario(s) not shown.</source>
            <translation>{n} weitere(s) Szenario(s) nicht gezeigt.</translation>
        </message>
        <message>
            <source>Current weights</source>
            <translation>Aktuelle Gewichte</translation>
        </message>
        <message>
            <source>Decision taken: {chosen}</source>
            <translation>Getroffene Entscheidung: {chosen}</translation>
        </message>
        <message>
            <source>No decision has been recorded yet.</source>
            <translation>Es wurde noch keine Entscheidung erfasst.</translation>
        </message>
        <message>
            <source>Rationale: {text}</source>
            <translation>Begründung: {text}</translation>
        </message>
        <message>
            <source>The analysis recommends {winner}.</source>
            <translation>Die Analyse empfiehlt {winner}.</translation>
        </message>
        <message>
            <source>The decision differs from the recommendation of the analysis ({winner}).</source>
            <translation>Die Entscheidung weicht von der Empfehlung der Analyse ab ({winner}).</translation>
        </message>
        <message>
            <source>Pairwise judgments</source>
            <translation>Paarvergleichsurteile</translation>
        </message>
        <message>
            <source>Pairwise judgments as given by each participant:</source>
            <translation>Paarvergleichsurteile, wie sie jede(r) Beteiligte abgegeben hat:</translation>
        </message>
        <message>
            <source>No pairwise judgments were given.</source>
            <translation>Es wurden keine Paarvergleichsurteile abgegeben.</translation>
        </message>
        <message>
            <source>Audit log summary</source>
            <translation>Zusammenfassung des Änderungsprotokolls</translation>
        </message>
        <message>
            <source>Changes recorded in the project's audit log: {total} entries, from {first} to {last}.</source>
            <translation>Im Änderungsprotokoll des Projekts erfasste Änderungen: {total} Einträge, von {first} bis {last}.</translation>
        </message>
        <message>
            <source>The audit log holds no entries for this project.</source>
            <translation>Das Änderungsprotokoll enthält für dieses Projekt keine Einträge.</translation>
        </message>
        <message>
            <source>Changes made by: {who}.</source>
            <translation>Änderungen vorgenommen von: {who}.</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio {version}</source>
            <translation>InnoCite Decision Studio {version}</translation>
        </message>
        <message>
            <source>Data hash (SHA-256): {hash}</source>
            <translation>Datenhash (SHA-256): {hash}</translation>
        </message>
        <message>
            <source>Memo snapshot made {created}.</source>
            <translation>Momentaufnahme der Vorlage erstellt am {created}.</translation>
        </message>
        <message>
            <source>This memo is generated from a stored snapshot of its inputs and results; regenerating it gives the same text.</source>
            <translation>Diese Vorlage wird aus einer gespeicherten Momentaufnahme ihrer Eingaben und Ergebnisse erzeugt; eine erneute Erzeugung ergibt denselben Text.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>Method key</source>
            <translation>Methodenschlüssel</translation>
        </message>
        <message>
            <source>Parameter {name}</source>
            <translation>Parameter {name}</translation>
        </message>
        <message>
            <source>Random weightings</source>
            <translation>Zufällige Gewichtungen</translation>
        </message>
        <message>
            <source>{samples} (seed {seed}, uniform over the weight simplex)</source>
            <translation>{samples} (Startwert {seed}, gleichverteilt über den Gewichtssimplex)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>Data hash</source>
            <translation>Datenhash</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Momentaufnahme</translation>
        </message>
        <message>
            <source>{method} score ({direction})</source>
            <translation>Punktwert {method} ({direction})</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>höher ist besser</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>niedriger ist besser</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Weighted sum (WSM)</source>
            <translation>Gewichtete Summe (WSM)</translation>
        </message>
        <message>
            <source>Weighted product (WPM)</source>
            <translation>Gewichtetes Produkt (WPM)</translation>
        </message>
        <message>
            <source>Closeness to the ideal and distance from the anti-ideal alternative (Euclidean).</source>
            <translation>Nähe zur idealen und Abstand zur anti-idealen Alternative (euklidisch).</translation>
        </message>
        <message>
            <source>Sum of weighted normalized values; each criterion's contribution is reported.</source>
            <translation>Summe der gewichteten normierten Werte; der Beitrag jedes Kriteriums wird ausgewiesen.</translation>
        </message>
        <message>
            <source>Product of values raised to their weights; needs values above zero.</source>
            <translation>Produkt der mit ihren Gewichten potenzierten Werte; erfordert Werte über null.</translation>
        </message>
        <message>
            <source>vector normalization x/sqrt(sum x^2); cost columns as 1 - r</source>
            <translation>Vektornormierung x/sqrt(sum x^2); Kostenspalten als 1 - r</translation>
        </message>
        <message>
            <source>min-max normalization (x - min)/(max - min), reversed for cost</source>
            <translation>Min-Max-Normierung (x - min)/(max - min), für Kosten umgekehrt</translation>
        </message>
        <message>
            <source>max normalization x/max; cost columns as 1 - x/max</source>
            <translation>Maximum-Normierung x/max; Kostenspalten als 1 - x/max</translation>
        </message>
        <message>
            <source>sum normalization x/sum x; cost columns (1/x)/sum(1/x)</source>
            <translation>Summennormierung x/sum x; Kostenspalten (1/x)/sum(1/x)</translation>
        </message>
        <message>
            <source>linear normalization x/max; cost columns min/x</source>
            <translation>lineare Normierung x/max; Kostenspalten min/x</translation>
        </message>
        <message>
            <source>logarithmic normalization ln x / ln prod x</source>
            <translation>logarithmische Normierung ln x / ln prod x</translation>
        </message>
        <message>
            <source>nonlinear normalization (x/max)^2; cost columns (min/x)^3</source>
            <translation>nichtlineare Normierung (x/max)^2; Kostenspalten (min/x)^3</translation>
        </message>
        <message>
            <source>enhanced accuracy normalization (Zeng &amp; Xiao)</source>
            <translation>Normierung mit erhöhter Genauigkeit (Zeng &amp; Xiao)</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis normalization</source>
            <translation>Normierung nach Zavadskas-Turskis</translation>
        </message>
        <message>
            <source>none: raw values (cost criteria subtracted); only for criteria on one scale</source>
            <translation>keine: Rohwerte (Kostenkriterien werden abgezogen); nur für Kriterien auf einer Skala</translation>
        </message>
        <message>
            <source>none: raw values raised to the weight (cost criteria to minus the weight)</source>
            <translation>keine: Rohwerte hoch Gewicht (Kostenkriterien hoch minus Gewicht)</translation>
        </message>
        <message>
            <source>none: raw values; each gap f*_j - f_ij is divided by the criterion's range f*_j - f-_j (f* best, f- worst value of the criterion)</source>
            <translation>keine: Rohwerte; jeder Abstand f*_j - f_ij wird durch die Spannweite des Kriteriums f*_j - f-_j geteilt (f* bester, f- schlechtester Wert des Kriteriums)</translation>
        </message>
        <message>
            <source>none: preference functions on raw differences (thresholds q, p in the criterion's units); flows divided by the weight sum and by (m-1)</source>
            <translation>keine: Präferenzfunktionen auf Rohdifferenzen (Schwellen q, p in der Einheit des Kriteriums); Flüsse geteilt durch die Gewichtssumme und durch (m-1)</translation>
        </message>
        <message>
            <source>sum normalization x/sum x for every criterion (direction enters via S+ and S-)</source>
            <translation>Summennormierung x/sum x für jedes Kriterium (die Richtung geht über S+ und S- ein)</translation>
        </message>
        <message>
            <source>standard competition ranking (1, 2, 2, 4); scores equal within 1e-9 relative share a rank</source>
            <translation>Standard-Wettkampfrangfolge (1, 2, 2, 4); Punktwerte, die relativ innerhalb von 1e-9 gleich sind, teilen sich einen Rang</translation>
        </message>
        <message>
            <source>given weights</source>
            <translation>vorgegebene Gewichte</translation>
        </message>
        <message>
            <source>given weights (product of local weights down the criteria tree)</source>
            <translation>vorgegebene Gewichte (Produkt der lokalen Gewichte entlang des Kriterienbaums)</translation>
        </message>
        <message>
            <source>AHP pairwise comparison of the criteria</source>
            <translation>AHP-Paarvergleich der Kriterien</translation>
        </message>
        <message>
            <source>only one alternative: every flow is 0</source>
            <translation>nur eine Alternative: jeder Fluss ist 0</translation>
        </message>
        <message>
            <source>every alternative has the same S (S- = S*): the S term of Q is set to 0</source>
            <translation>alle Alternativen haben dasselbe S (S- = S*): der S-Term von Q wird auf 0 gesetzt</translation>
        </message>
        <message>
            <source>every alternative has the same R (R- = R*): the R term of Q is set to 0</source>
            <translation>alle Alternativen haben dasselbe R (R- = R*): der R-Term von Q wird auf 0 gesetzt</translation>
        </message>
        <message>
            <source>acceptable stability fails: the best Q is not also best by S or R</source>
            <translation>akzeptable Stabilität nicht erfüllt: das beste Q ist nicht auch nach S oder R das beste</translation>
        </message>
        <message>
            <source>distributive mode: each criterion's local priorities sum to 1, global priority = weighted sum (global priorities sum to 1)</source>
            <translation>distributiver Modus: die lokalen Prioritäten jedes Kriteriums summieren sich zu 1, globale Priorität = gewichtete Summe (die globalen Prioritäten summieren sich zu 1)</translation>
        </message>
        <message>
            <source>ideal mode (Saaty): each criterion's local priorities divided by their largest value, weighted sum, then the global scores renormalised to sum 1</source>
            <translation>idealer Modus (Saaty): die lokalen Prioritäten jedes Kriteriums durch ihren größten Wert geteilt, gewichtete Summe, dann die globalen Punktwerte auf Summe 1 renormiert</translation>
        </message>
        <message>
            <source>no pairwise judgments of the alternatives: local priorities from the performance values: benefit x/sum(x), cost (1/x)/sum(1/x) (sum normalization; needs values &gt; 0)</source>
            <translation>keine Paarvergleiche der Alternativen: lokale Prioritäten aus den Leistungswerten: Nutzen x/sum(x), Kosten (1/x)/sum(1/x) (Summennormierung; erfordert Werte &gt; 0)</translation>
        </message>
        <message>
            <source>the prioritization parameter applies only to pairwise matrices</source>
            <translation>der Parameter der Prioritätenbildung gilt nur für Paarvergleichsmatrizen</translation>
        </message>
        <message>
            <source>score = utility degree Q/max Q (1 for the best); Q = S+ + sum S- / (S- x sum 1/S-) as in Zavadskas et al. (1994)</source>
            <translation>Punktwert = Nutzengrad Q/max Q (1 für die beste); Q = S+ + sum S- / (S- x sum 1/S-) wie bei Zavadskas et al. (1994)</translation>
        </message>
        <message>
            <source>composite indicator: missing data, normalization, weighting, aggregation</source>
            <translation>Composite-Indikator: fehlende Daten, Normierung, Gewichtung, Aggregation</translation>
        </message>
        <message>
            <source>every normalized value is oriented so that higher is better; cost indicators are flipped as the normalization formula states</source>
            <translation>jeder normierte Wert ist so ausgerichtet, dass höher besser ist; Kostenindikatoren werden gemäß der Normierungsformel umgekehrt</translation>
        </message>
        <message>
            <source>min-max: y = (x - min)/(max - min) for benefit indicators, (max - x)/(max - min) for cost indicators, min and max over the units ranked; 0 is the worst unit, 1 the best; an indicator with the same value everywhere gets 0.5</source>
            <translation>Min-Max: y = (x - min)/(max - min) für Nutzenindikatoren, (max - x)/(max - min) für Kostenindikatoren, min und max über die gereihten Einheiten; 0 ist die schlechteste Einheit, 1 die beste; ein Indikator mit überall gleichem Wert erhält 0,5</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the sample standard deviation (divisor m - 1); an indicator with the same value everywhere gets 0</source>
            <translation>z-Wert: y = (x - Mittelwert)/sd für Nutzenindikatoren, (Mittelwert - x)/sd für Kostenindikatoren; sd ist die Stichproben-Standardabweichung (Divisor m - 1); ein Indikator mit überall gleichem Wert erhält 0</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the population standard deviation (divisor m); an indicator with the same value everywhere gets 0</source>
            <translation>z-Wert: y = (x - Mittelwert)/sd für Nutzenindikatoren, (Mittelwert - x)/sd für Kostenindikatoren; sd ist die Standardabweichung der Grundgesamtheit (Divisor m); ein Indikator mit überall gleichem Wert erhält 0</translation>
        </message>
        <message>
            <source>goalposts: y = (x - lo)/(hi - lo) for benefit indicators, (hi - x)/(hi - lo) for cost indicators, lo and hi the indicator's fixed goalposts; with log, ln x, ln lo and ln hi replace x, lo and hi (as the UNDP HDI income index); values outside the goalposts are clipped to them, so y is in [0, 1]</source>
            <translation>Zielwerte (Goalposts): y = (x - lo)/(hi - lo) für Nutzenindikatoren, (hi - x)/(hi - lo) für Kostenindikatoren, lo und hi die festen Zielwerte des Indikators; mit log ersetzen ln x, ln lo und ln hi die Werte x, lo und hi (wie beim Einkommensindex des UNDP-HDI); Werte außerhalb werden auf die Zielwerte begrenzt, sodass y in [0, 1] liegt</translation>
        </message>
        <message>
            <source>distance to a reference (relative difference): y = (x - ref)/|ref| for benefit indicators, (ref - x)/|ref| for cost indicators; 0 is level with the reference, positive is better</source>
            <translation>Abstand zu einem Referenzwert (relative Differenz): y = (x - ref)/|ref| für Nutzenindikatoren, (ref - x)/|ref| für Kostenindikatoren; 0 entspricht dem Referenzwert, positiv ist besser</translation>
        </message>
        <message>
            <source>distance to a reference (ratio): y = x/ref for benefit indicators, ref/x for cost indicators; 1 is level with the reference, above 1 is better</source>
            <translation>Abstand zu einem Referenzwert (Verhältnis): y = x/ref für Nutzenindikatoren, ref/x für Kostenindikatoren; 1 entspricht dem Referenzwert, über 1 ist besser</translation>
        </message>
        <message>
            <source>rank: y = the unit's rank on the indicator counted from the worst (1 = worst, m = best); ties share the average of their ranks</source>
            <translation>Rang: y = Rang der Einheit beim Indikator, von der schlechtesten gezählt (1 = schlechteste, m = beste); gleichauf liegende teilen sich den Mittelwert ihrer Ränge</translation>
        </message>
        <message>
            <source>linear: weighted arithmetic mean sum_j w_j y_j (compensatory)</source>
            <translation>linear: gewichtetes arithmetisches Mittel sum_j w_j y_j (kompensatorisch)</translation>
        </message>
        <message>
            <source>geometric: weighted geometric mean prod_j y_j^w_j with weights summing to 1 (less compensatory: a low value cannot be fully offset by a high one)</source>
            <translation>geometrisch: gewichtetes geometrisches Mittel prod_j y_j^w_j mit Gewichten der Summe 1 (weniger kompensatorisch: ein niedriger Wert kann durch einen hohen nicht vollständig ausgeglichen werden)</translation>
        </message>
        <message>
            <source>units with a missing value are left out of the normalization and the ranking (listed as dropped)</source>
            <translation>Einheiten mit einem fehlenden Wert bleiben bei Normierung und Rangfolge unberücksichtigt (als ausgelassen aufgeführt)</translation>
        </message>
        <message>
            <source>a missing value is replaced by the mean of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>ein fehlender Wert wird durch den Mittelwert der Werte der anderen Einheiten bei diesem Indikator ersetzt (Rohwerte, vor der Normierung); ergänzte Zellen werden aufgeführt</translation>
        </message>
        <message>
            <source>a missing value is replaced by the median of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>ein fehlender Wert wird durch den Median der Werte der anderen Einheiten bei diesem Indikator ersetzt (Rohwerte, vor der Normierung); ergänzte Zellen werden aufgeführt</translation>
        </message>
        <message>
            <source>rank 1 is the highest composite score</source>
            <translation>Rang 1 hat den höchsten Composite-Punktwert</translation>
        </message>
        <message>
            <source>given reference values (a national value or a target) per indicator</source>
            <translation>vorgegebene Referenzwerte (ein nationaler Wert oder ein Zielwert) je Indikator</translation>
        </message>
        <message>
            <source>given weights (an indicator without a weight counts 1)</source>
            <translation>vorgegebene Gewichte (ein Indikator ohne Gewicht zählt 1)</translation>
        </message>
        <message>
            <source>normalised to sum 1</source>
            <translation>auf Summe 1 normiert</translation>
        </message>
        <message>
            <source>normalised to sum 1 inside each group</source>
            <translation>innerhalb jeder Gruppe auf Summe 1 normiert</translation>
        </message>
        <message>
            <source>dimension weights equal</source>
            <translation>Gewichte der Dimensionen gleich</translation>
        </message>
        <message>
            <source>dimension weights given per group</source>
            <translation>Gewichte der Dimensionen je Gruppe vorgegeben</translation>
        </message>
        <message>
            <source>Entropy weights (Shannon)</source>
            <translation>Entropie-Gewichte (Shannon)</translation>
        </message>
        <message>
            <source>CRITIC weights (Diakoulaki)</source>
            <translation>CRITIC-Gewichte (Diakoulaki)</translation>
        </message>
        <message>
            <source>the weights inside a group and of the groups are the group shares of these global weights</source>
            <translation>die Gewichte innerhalb einer Gruppe und die der Gruppen sind die Gruppenanteile dieser globalen Gewichte</translation>
        </message>
        <message>
            <source>missing-data handling, group aggregation, goalposts and reference stay as in the base settings</source>
            <translation>Umgang mit fehlenden Daten, Aggregation in Gruppen, Zielwerte und Referenz bleiben wie in den Grundeinstellungen</translation>
        </message>
        <message>
            <source>median and 5th/95th percentiles of each unit's rank over the runs (linear interpolation between order statistics)</source>
            <translation>Median und 5./95. Perzentil des Rangs jeder Einheit über die Durchläufe (lineare Interpolation zwischen Ordnungsstatistiken)</translation>
        </message>
        <message>
            <source>max_row_col: X divided by k = the largest of all row sums and column sums of X</source>
            <translation>max_row_col: X geteilt durch k = die größte aller Zeilen- und Spaltensummen von X</translation>
        </message>
        <message>
            <source>max_row: X divided by k = the largest row sum of X</source>
            <translation>max_row: X geteilt durch k = die größte Zeilensumme von X</translation>
        </message>
        <message>
            <source>euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalised to sum 1</source>
            <translation>euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), auf Summe 1 normiert</translation>
        </message>
        <message>
            <source>prominence: w_i = (D_i + R_i), normalised to sum 1</source>
            <translation>prominence: w_i = (D_i + R_i), auf Summe 1 normiert</translation>
        </message>
        <message>
            <source>mean of all entries of T</source>
            <translation>Mittelwert aller Einträge von T</translation>
        </message>
        <message>
            <source>set by the user</source>
            <translation>vom Benutzer festgelegt</translation>
        </message>
        <message>
            <source>rows influence columns: x_ij is the direct influence of factor i on j</source>
            <translation>Zeilen beeinflussen Spalten: x_ij ist der direkte Einfluss von Faktor i auf j</translation>
        </message>
        <message>
            <source>N = X / k; T = N (I - N)^-1, computed by a linear solve</source>
            <translation>N = X / k; T = N (I - N)^-1, berechnet durch Lösen eines linearen Gleichungssystems</translation>
        </message>
        <message>
            <source>D = row sums of T (influence given), R = column sums (influence received)</source>
            <translation>D = Zeilensummen von T (ausgeübter Einfluss), R = Spaltensummen (empfangener Einfluss)</translation>
        </message>
        <message>
            <source>causes: D - R &gt; 0; effects: D - R &lt;= 0</source>
            <translation>Ursachen: D - R &gt; 0; Wirkungen: D - R &lt;= 0</translation>
        </message>
        <message>
            <source>impact-relation map: arcs i -&gt; j with T_ij &gt; threshold, self-loops omitted</source>
            <translation>Wirkungsdiagramm: Pfeile i -&gt; j mit T_ij &gt; Schwellenwert, ohne Eigenschleifen</translation>
        </message>
        <message>
            <source>local priorities: AHP within each SWOT group (or weights given directly, normalised to sum 1)</source>
            <translation>lokale Prioritäten: AHP innerhalb jeder SWOT-Gruppe (oder direkt angegebene Gewichte, auf Summe 1 normiert)</translation>
        </message>
        <message>
            <source>group weights: AHP over S, W, O, T (or weights given directly)</source>
            <translation>Gewichte der Gruppen: AHP über S, W, O, T (oder direkt angegebene Gewichte)</translation>
        </message>
        <message>
            <source>global priority = group weight x local priority; all global priorities sum to 1</source>
            <translation>globale Priorität = Gewicht der Gruppe x lokale Priorität; alle globalen Prioritäten ergeben zusammen 1</translation>
        </message>
        <message>
            <source>strategy score = sum over factors of global priority x score (higher is better)</source>
            <translation>Punktwert der Strategie = Summe über die Faktoren von globaler Priorität x Bewertung (höher ist besser)</translation>
        </message>
        <message>
            <source>strategy priority = sum over factors of global priority x local priority of the strategy from the pairwise comparison with respect to that factor</source>
            <translation>Priorität der Strategie = Summe über die Faktoren von globaler Priorität x lokaler Priorität der Strategie aus dem Paarvergleich bezüglich dieses Faktors</translation>
        </message>
        <message>
            <source>principal right eigenvector (Saaty), normalised to sum 1; lambda_max is its eigenvalue</source>
            <translation>rechter Haupteigenvektor (Saaty), auf Summe 1 normiert; lambda_max ist sein Eigenwert</translation>
        </message>
        <message>
            <source>row geometric mean (Crawford &amp; Williams 1985), normalised to sum 1; lambda_max estimated as the mean of (A w)_i / w_i</source>
            <translation>geometrisches Mittel der Zeilen (Crawford &amp; Williams 1985), auf Summe 1 normiert; lambda_max geschätzt als Mittelwert von (A w)_i / w_i</translation>
        </message>
        <message>
            <source>aggregation of individual judgments (AIJ): weighted geometric mean of each pair over the participants who judged it (Aczél &amp; Saaty 1983; Forman &amp; Peniwati 1998, EJOR 108:165-169)</source>
            <translation>Aggregation der einzelnen Urteile (AIJ): gewichtetes geometrisches Mittel jedes Paares über die Beteiligten, die es beurteilt haben (Aczél &amp; Saaty 1983; Forman &amp; Peniwati 1998, EJOR 108:165-169)</translation>
        </message>
        <message>
            <source>aggregation of individual priorities (AIP): weighted geometric mean of each item's priority over the participants, renormalised to sum 1 (Forman &amp; Peniwati 1998)</source>
            <translation>Aggregation der einzelnen Prioritäten (AIP): gewichtetes geometrisches Mittel der Priorität jedes Elements über die Beteiligten, erneut auf Summe 1 normiert (Forman &amp; Peniwati 1998)</translation>
        </message>
        <message>
            <source>Saaty's (1980) random index stops at n = 10; CR uses the table named above</source>
            <translation>Saatys (1980) Zufallsindex endet bei n = 10; der CR verwendet die oben genannte Tabelle</translation>
        </message>
        <message>
            <source>suggestions: judgments ranked by their share of the inconsistency |ln(a_ij w_j / w_i)| (Saaty 2003, EJOR 145:85-91); for each, 'suggested' is the value on Saaty's 1/9..9 scale that lowers CR most when only that judgment changes, 'cr_after' the CR then, and 'consistent_value' = w_i/w_j the unrestricted value with its CR 'cr_consistent'</source>
            <translation>Vorschläge: Urteile nach ihrem Anteil an der Inkonsistenz |ln(a_ij w_j / w_i)| geordnet (Saaty 2003, EJOR 145:85-91); für jedes ist 'suggested' der Wert auf Saatys Skala 1/9..9, der den CR am stärksten senkt, wenn nur dieses Urteil geändert wird, 'cr_after' der CR danach und 'consistent_value' = w_i/w_j der unbeschränkte Wert mit seinem CR 'cr_consistent'</translation>
        </message>
        <message>
            <source>Alonso &amp; Lamata (2006) linear fit</source>
            <translation>lineare Anpassung nach Alonso &amp; Lamata (2006)</translation>
        </message>
        <message>
            <source>not given: 100 (national average) assumed</source>
            <translation>nicht angegeben: 100 (Bundesdurchschnitt) angenommen</translation>
        </message>
        <message>
            <source>population x spending per capita x purchasing-power index / 100</source>
            <translation>Einwohner x Ausgaben pro Kopf x Kaufkraftindex / 100</translation>
        </message>
        <message>
            <source>derived: local spending per capita / national spending per capita x 100</source>
            <translation>abgeleitet: lokale Ausgaben pro Kopf / nationale Ausgaben pro Kopf x 100</translation>
        </message>
        <message>
            <source>simple: turnover / spending potential x 100</source>
            <translation>einfach: Umsatz / Kaufkraftpotenzial x 100</translation>
        </message>
        <message>
            <source>index: turnover index / purchasing-power index x 100, turnover index = local turnover per capita / national turnover per capita x 100</source>
            <translation>Index: Umsatzkennziffer / Kaufkraftindex x 100, Umsatzkennziffer = lokaler Umsatz pro Kopf / nationaler Umsatz pro Kopf x 100</translation>
        </message>
        <message>
            <source>(D - S) / (D + S) x 100 with D = spending potential, S = turnover: positive = leakage (residents spend outside), negative = surplus (spending flows in); range -100..100</source>
            <translation>(D - S) / (D + S) x 100 mit D = Kaufkraftpotenzial, S = Umsatz: positiv = Abfluss (die Einwohner kaufen auswärts ein), negativ = Überschuss (Kaufkraft fließt zu); Bereich -100..100</translation>
        </message>
        <message>
            <source>turnover - spending potential (positive: inflow, negative: outflow)</source>
            <translation>Umsatz - Kaufkraftpotenzial (positiv: Zufluss, negativ: Abfluss)</translation>
        </message>
        <message>
            <source>spending potential - turnover (positive: unmet demand)</source>
            <translation>Kaufkraftpotenzial - Umsatz (positiv: ungedeckte Nachfrage)</translation>
        </message>
        <message>
            <source>gap / turnover per m² (m²; negative: more floor space than resident demand supports)</source>
            <translation>Lücke / Umsatz pro m² (m²; negativ: mehr Verkaufsfläche, als die Nachfrage der Einwohner trägt)</translation>
        </message>
        <message>
            <source>local sales per capita / regional sales per capita</source>
            <translation>lokaler Umsatz pro Kopf / regionaler Umsatz pro Kopf</translation>
        </message>
        <message>
            <source>Standard-deviation weights</source>
            <translation>Standardabweichungs-Gewichte</translation>
        </message>
        <message>
            <source>MEREC weights (removal effects)</source>
            <translation>MEREC-Gewichte (Entfernungseffekte)</translation>
        </message>
        <message>
            <source>Statistical-variance weights</source>
            <translation>Gewichte nach statistischer Varianz</translation>
        </message>
        <message>
            <source>Gini-coefficient weights</source>
            <translation>Gini-Koeffizient-Gewichte</translation>
        </message>
        <message>
            <source>as defined by pymcdm's {method} (its default)</source>
            <translation>wie in pymcdm für {method} definiert (dessen Standard)</translation>
        </message>
        <message>
            <source>compromise solution (Opricovic &amp; Tzeng 2004): {alternatives}; {why}</source>
            <translation>Kompromisslösung (Opricovic &amp; Tzeng 2004): {alternatives}; {why}</translation>
        </message>
        <message>
            <source>acceptable advantage ({dq}) and acceptable stability hold</source>
            <translation>akzeptabler Vorteil ({dq}) und akzeptable Stabilität sind erfüllt</translation>
        </message>
        <message>
            <source>acceptable advantage fails: these are within {dq} of the best Q</source>
            <translation>akzeptabler Vorteil nicht erfüllt: diese liegen innerhalb von {dq} vom besten Q</translation>
        </message>
        <message>
            <source>preference functions: {functions}</source>
            <translation>Präferenzfunktionen: {functions}</translation>
        </message>
        <message>
            <source>objective: {method}</source>
            <translation>objektiv: {method}</translation>
        </message>
        <message>
            <source>objective {method} of the normalized matrix (every indicator already oriented so higher is better)</source>
            <translation>objektive {method} der normierten Matrix (jeder Indikator bereits so ausgerichtet, dass höher besser ist)</translation>
        </message>
        <message>
            <source>budget allocation: points given to each indicator, divided by the total ({points} points)</source>
            <translation>Punktevergabe: die jedem Indikator gegebenen Punkte, geteilt durch die Gesamtzahl ({points} Punkte)</translation>
        </message>
        <message>
            <source>indicators of a group are first combined into a dimension index by {how}; the dimension indices are then aggregated</source>
            <translation>die Indikatoren einer Gruppe werden zuerst zu einem Dimensionsindex zusammengefasst durch {how}; danach werden die Dimensionsindizes aggregiert</translation>
        </message>
        <message>
            <source>{count} missing value(s) imputed</source>
            <translation>{count} fehlende(r) Wert(e) ergänzt</translation>
        </message>
        <message>
            <source>{count} value(s) lay outside their goalposts and were clipped</source>
            <translation>{count} Wert(e) lagen außerhalb der Zielwerte und wurden begrenzt</translation>
        </message>
        <message>
            <source>indicator(s) {names} have the same value for every unit</source>
            <translation>Indikator(en) {names} haben bei jeder Einheit denselben Wert</translation>
        </message>
        <message>
            <source>the values of unit '{unit}'</source>
            <translation>die Werte der Einheit '{unit}'</translation>
        </message>
        <message>
            <source>zeros occur after {method} normalization, so every normalized value was shifted to y' = {floor} + {span} * y (range [{lo}, 1]) before the geometric mean</source>
            <translation>nach der Normierung {method} treten Nullen auf, daher wurde jeder normierte Wert vor dem geometrischen Mittel auf y' = {floor} + {span} * y verschoben (Bereich [{lo}, 1])</translation>
        </message>
        <message>
            <source>values &lt;= 0 occur after {method} normalization, so each indicator was rescaled to [{lo}, 1] by y' = {floor} + {span} * (y - min)/(max - min) before the geometric mean</source>
            <translation>nach der Normierung {method} treten Werte &lt;= 0 auf, daher wurde jeder Indikator vor dem geometrischen Mittel mit y' = {floor} + {span} * (y - min)/(max - min) auf [{lo}, 1] umskaliert</translation>
        </message>
        <message>
            <source>each global indicator weight drawn uniformly in [w (1 - {lo}), w (1 + {hi})] around the base weights, then renormalised to sum 1</source>
            <translation>jedes globale Indikatorgewicht gleichverteilt in [w (1 - {lo}), w (1 + {hi})] um die Ausgangsgewichte gezogen, dann auf Summe 1 renormiert</translation>
        </message>
        <message>
            <source>{vectors} weight vectors x {norms} normalization(s) x {aggs} aggregation(s) = {runs} runs (every combination of the discrete choices for each weight vector; runs rounded up to a multiple of the combinations)</source>
            <translation>{vectors} Gewichtsvektoren x {norms} Normierung(en) x {aggs} Aggregation(en) = {runs} Durchläufe (jede Kombination der diskreten Wahlmöglichkeiten je Gewichtsvektor; Durchläufe auf ein Vielfaches der Kombinationen aufgerundet)</translation>
        </message>
        <message>
            <source>numpy default_rng({seed}); the same seed gives the same runs</source>
            <translation>numpy default_rng({seed}); derselbe Seed ergibt dieselben Durchläufe</translation>
        </message>
        <message>
            <source>{count} expert matrix(es) averaged element-wise (arithmetic mean)</source>
            <translation>{count} Expertenmatrix/-matrizen elementweise gemittelt (arithmetisches Mittel)</translation>
        </message>
        <message>
            <source>prioritization: {how}</source>
            <translation>Priorisierung: {how}</translation>
        </message>
        <message>
            <source>several participants: {how}</source>
            <translation>mehrere Beteiligte: {how}</translation>
        </message>
        <message>
            <source>{count} missing judgment(s) completed by {reference} Missing pairs are set to w_i/w_j and CI and CR are computed on that completed matrix.</source>
            <translation>{count} fehlende(s) Urteil(e) ergänzt nach {reference} Fehlende Paare werden auf w_i/w_j gesetzt; CI und CR werden an dieser ergänzten Matrix berechnet.</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Konfidenz</translation>
        </message>
        <message>
            <source>Rank {rank}</source>
            <translation>Rang {rank}</translation>
        </message>
        <message>
            <source>Share of draws in which it wins with its central weights</source>
            <translation>Anteil der Ziehungen, in denen sie mit ihren zentralen Gewichten gewinnt</translation>
        </message>
        <message>
            <source>Share of the sampled weightings that put it at rank {rank}</source>
            <translation>Anteil der gezogenen Gewichtungen, die sie auf Rang {rank} setzen</translation>
        </message>
        <message>
            <source>{measure} between {first} and {second}</source>
            <translation>{measure} zwischen {first} und {second}</translation>
        </message>
        <message>
            <source>Spearman's rank correlation with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Spearmans Rangkorrelation mit {method}: 1 = gleiche Reihenfolge, 0 = kein Zusammenhang</translation>
        </message>
        <message>
            <source>Kendall's tau-b with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Kendalls Tau-b mit {method}: 1 = gleiche Reihenfolge, 0 = kein Zusammenhang</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Quelle: {source}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE: not from a named source</source>
            <translation>BEISPIELWERT: nicht aus einer genannten Quelle</translation>
        </message>
        <message>
            <source>{count} inhabitants</source>
            <translation>{count} Einwohner</translation>
        </message>
        <message>
            <source>Weight (local)</source>
            <translation>Gewicht (lokal)</translation>
        </message>
        <message>
            <source>benefit</source>
            <translation>Nutzen</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Change name of {criterion}</source>
            <translation>Namen von {criterion} ändern</translation>
        </message>
        <message>
            <source>Change direction of {criterion}</source>
            <translation>Richtung von {criterion} ändern</translation>
        </message>
        <message>
            <source>Change unit of {criterion}</source>
            <translation>Einheit von {criterion} ändern</translation>
        </message>
        <message>
            <source>Change weight of {criterion}</source>
            <translation>Gewicht von {criterion} ändern</translation>
        </message>
        <message>
            <source>Change description of {criterion}</source>
            <translation>Beschreibung von {criterion} ändern</translation>
        </message>
        <message>
            <source>no weight yet: give one here or on the Weights page</source>
            <translation>noch kein Gewicht: Geben Sie es hier oder auf der Seite Gewichte an</translation>
        </message>
        <message>
            <source>group '{group}' (id {id}): drop criteria here to move them into it</source>
            <translation>Gruppe „{group}“ (ID {id}): Kriterien hier ablegen, um sie in die Gruppe zu verschieben</translation>
        </message>
        <message>
            <source>criterion '{id}': the name cannot be empty</source>
            <translation>Kriterium „{id}“: Der Name darf nicht leer sein</translation>
        </message>
        <message>
            <source>{error} (nothing was changed)</source>
            <translation>{error} (nichts wurde geändert)</translation>
        </message>
        <message>
            <source>Move {names} into {group}</source>
            <translation>{names} nach {group} verschieben</translation>
        </message>
        <message>
            <source>Move {names} to the top level</source>
            <translation>{names} auf die oberste Ebene verschieben</translation>
        </message>
        <message>
            <source>criterion '{criterion}': weight {value} is not a number</source>
            <translation>Kriterium „{criterion}“: Gewicht {value} ist keine Zahl</translation>
        </message>
        <message>
            <source>criterion '{criterion}': a weight must be zero or positive, not {value}</source>
            <translation>Kriterium „{criterion}“: Ein Gewicht muss null oder positiv sein, nicht {value}</translation>
        </message>
        <message>
            <source>{a} compared with itself</source>
            <translation>{a} mit sich selbst verglichen</translation>
        </message>
        <message>
            <source>{a} / {b}: not answered (completed value in brackets, if any)</source>
            <translation>{a} / {b}: nicht beantwortet (ergänzter Wert in Klammern, falls vorhanden)</translation>
        </message>
        <message>
            <source>{a} is {ratio} times as important as {b}</source>
            <translation>{a} ist {ratio}-mal so wichtig wie {b}</translation>
        </message>
        <message>
            <source>missing value: ranking needs a number here</source>
            <translation>fehlender Wert: Für die Rangfolge wird hier eine Zahl benötigt</translation>
        </message>
        <message>
            <source>benefit: higher is better</source>
            <translation>Nutzen: höher ist besser</translation>
        </message>
        <message>
            <source>cost: lower is better</source>
            <translation>Kosten: niedriger ist besser</translation>
        </message>
        <message>
            <source>alternative {n}: the name cannot be empty</source>
            <translation>Alternative {n}: Der Name darf nicht leer sein</translation>
        </message>
        <message>
            <source>Rename {name}</source>
            <translation>{name} umbenennen</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': {value} is not a number (the value was not changed)</source>
            <translation>Alternative „{alternative}“, Kriterium „{criterion}“: {value} ist keine Zahl (der Wert wurde nicht geändert)</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': the value must be finite</source>
            <translation>Alternative „{alternative}“, Kriterium „{criterion}“: Der Wert muss endlich sein</translation>
        </message>
        <message>
            <source>Edit {alternative} / {criterion}</source>
            <translation>{alternative} / {criterion} bearbeiten</translation>
        </message>
        <message>
            <source>{alternatives} alternatives, {criteria} criteria</source>
            <translation>{alternatives} Alternativen, {criteria} Kriterien</translation>
        </message>
        <message>
            <source>changed {when}</source>
            <translation>geändert am {when}</translation>
        </message>
        <message>
            <source>{name} (id {id})</source>
            <translation>{name} (ID {id})</translation>
        </message>
        <message>
            <source>{scenario}: ranked with {method}</source>
            <translation>{scenario}: gereiht mit {method}</translation>
        </message>
        <message>
            <source>no weight saved for {criteria} (the current one is used)</source>
            <translation>kein Gewicht gespeichert für {criteria} (das aktuelle wird verwendet)</translation>
        </message>
        <message>
            <source>{n} place(s) up from {base}</source>
            <translation>{n} Platz/Plätze höher als bei {base}</translation>
        </message>
        <message>
            <source>{n} place(s) down from {base}</source>
            <translation>{n} Platz/Plätze tiefer als bei {base}</translation>
        </message>
        <message>
            <source>'{factor}' on itself: always 0 (locked)</source>
            <translation>'{factor}' auf sich selbst: immer 0 (gesperrt)</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} ({word})</source>
            <translation>Einfluss von '{a}' auf '{b}': {value} ({word})</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>Ursache</translation>
        </message>
        <message>
            <source>DEMATEL: causes and effects among success and failure factors</source>
            <translation>DEMATEL: Ursachen und Wirkungen unter Erfolgs- und Misserfolgsfaktoren</translation>
        </message>
        <message>
            <source>DEMATEL file (JSON): factors plus matrix or matrices (0-4)</source>
            <translation>DEMATEL-Datei (JSON): Faktoren sowie Matrix oder Matrizen (0-4)</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT): priorities of SWOT factors</source>
            <translation>SWOT-AHP (A'WOT): Prioritäten der SWOT-Faktoren</translation>
        </message>
        <message>
            <source>A'WOT file (JSON): groups S, W, O, T plus group_matrix</source>
            <translation>A'WOT-Datei (JSON): Gruppen S, W, O, T sowie group_matrix</translation>
        </message>
        <message>
            <source>effect</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>DEMATEL, {experts} expert(s); normaliser k = {k} ({normalization}); weights: {weighting}</source>
            <translation>DEMATEL, {experts} Fachleute; Normierer k = {k} ({normalization}); Gewichte: {weighting}</translation>
        </message>
        <message>
            <source>Impact-relation map: arcs with T &gt; {threshold} ({source})</source>
            <translation>Wirkungsbeziehungskarte: Pfeile mit T &gt; {threshold} ({source})</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT); CR of the group comparison: {cr}</source>
            <translation>SWOT-AHP (A'WOT); CR des Gruppenvergleichs: {cr}</translation>
        </message>
        <message>
            <source>Strategies compared pairwise per factor (A'WOT); highest CR: {cr}</source>
            <translation>Strategien paarweise je Faktor verglichen (A'WOT); höchstes CR: {cr}</translation>
        </message>
        <message>
            <source>How much more important is '{a}' than '{b}'?</source>
            <translation>Wie viel wichtiger ist '{a}' als '{b}'?</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Group weight</source>
            <translation>Gruppengewicht</translation>
        </message>
        <message>
            <source>Global</source>
            <translation>Global</translation>
        </message>
        <message>
            <source>Change to flip</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>New winner</source>
            <translation>Neuer Sieger</translation>
        </message>
        <message>
            <source>Winner stays for</source>
            <translation>Sieger bleibt bei</translation>
        </message>
        <message>
            <source>The criterion's share of the total weight</source>
            <translation>Anteil des Kriteriums am Gesamtgewicht</translation>
        </message>
        <message>
            <source>Percentage points the weight must move (the others rescaled in proportion) for another alternative to win; negative = less weight</source>
            <translation>Prozentpunkte, um die sich das Gewicht verschieben muss (die übrigen proportional angepasst), damit eine andere Alternative gewinnt; negativ = weniger Gewicht</translation>
        </message>
        <message>
            <source>The alternative that would win after that change</source>
            <translation>Die Alternative, die nach dieser Änderung gewinnen würde</translation>
        </message>
        <message>
            <source>The range of this weight within which the current winner stays first</source>
            <translation>Der Bereich dieses Gewichts, in dem der aktuelle Sieger vorn bleibt</translation>
        </message>
        <message>
            <source>From {old} to {new}: {winner} would win</source>
            <translation>Von {old} auf {new}: {winner} würde gewinnen</translation>
        </message>
        <message>
            <source>Min-max (0-1)</source>
            <translation>Min-Max (0–1)</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>z-Wert</translation>
        </message>
        <message>
            <source>Goalposts (fixed min-max)</source>
            <translation>Feste Grenzen (fester Min-Max)</translation>
        </message>
        <message>
            <source>Distance to reference</source>
            <translation>Abstand zur Referenz</translation>
        </message>
        <message>
            <source>Leave the town out</source>
            <translation>Stadt auslassen</translation>
        </message>
        <message>
            <source>Impute the mean</source>
            <translation>Mittelwert einsetzen</translation>
        </message>
        <message>
            <source>Impute the median</source>
            <translation>Median einsetzen</translation>
        </message>
        <message>
            <source>Given weights</source>
            <translation>Vorgegebene Gewichte</translation>
        </message>
        <message>
            <source>Equal</source>
            <translation>Gleich</translation>
        </message>
        <message>
            <source>Budget points</source>
            <translation>Punktevergabe</translation>
        </message>
        <message>
            <source>Entropy (objective)</source>
            <translation>Entropie (objektiv)</translation>
        </message>
        <message>
            <source>CRITIC (objective)</source>
            <translation>CRITIC (objektiv)</translation>
        </message>
        <message>
            <source>Linear (compensatory)</source>
            <translation>Linear (kompensatorisch)</translation>
        </message>
        <message>
            <source>Geometric</source>
            <translation>Geometrisch</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>Verhältnis</translation>
        </message>
        <message>
            <source>relative difference</source>
            <translation>relative Differenz</translation>
        </message>
        <message>
            <source>missing — this town is left out of the composite (missing data: leave out)</source>
            <translation>fehlt — diese Stadt wird im Composite-Indikator ausgelassen (fehlende Daten: auslassen)</translation>
        </message>
        <message>
            <source>missing — imputed by the mean of the other towns</source>
            <translation>fehlt — durch den Mittelwert der anderen Städte ersetzt</translation>
        </message>
        <message>
            <source>missing — imputed by the median of the other towns</source>
            <translation>fehlt — durch den Median der anderen Städte ersetzt</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>Einheit: {unit}</translation>
        </message>
        <message>
            <source>More is better</source>
            <translation>Mehr ist besser</translation>
        </message>
        <message>
            <source>Less is better</source>
            <translation>Weniger ist besser</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Gruppe: {group}</translation>
        </message>
        <message>
            <source>Goalposts: {low} – {high}</source>
            <translation>Grenzen: {low} – {high}</translation>
        </message>
        <message>
            <source>no source named</source>
            <translation>keine Quelle genannt</translation>
        </message>
        <message>
            <source>Source: {source}, {year}</source>
            <translation>Quelle: {source}, {year}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values: not taken from a named source</source>
            <translation>BEISPIELWERTE: nicht aus einer genannten Quelle</translation>
        </message>
        <message>
            <source>{what}: '{part}' should be indicator=value</source>
            <translation>{what}: „{part}“ muss die Form Indikator=Wert haben</translation>
        </message>
        <message>
            <source>{what}: '{key}' is not an indicator id ({ids})</source>
            <translation>{what}: „{key}“ ist keine Indikator-ID ({ids})</translation>
        </message>
        <message>
            <source>{what} '{key}': no value</source>
            <translation>{what} „{key}“: kein Wert</translation>
        </message>
        <message>
            <source>each axis: normalized value rescaled to the towns ranked (0 = worst, 1 = best)</source>
            <translation>jede Achse: normierter Wert, auf die gereihten Städte umskaliert (0 = schlechteste, 1 = beste)</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a number</source>
            <translation>{where}: „{text}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a finite number; leave it empty</source>
            <translation>{where}: „{text}“ ist keine endliche Zahl; lassen Sie das Feld leer</translation>
        </message>
        <message>
            <source>the clipboard holds no cells to paste</source>
            <translation>die Zwischenablage enthält keine Zellen zum Einfügen</translation>
        </message>
        <message>
            <source>row {row}, column {column} of the copied cells: {text} is not a number</source>
            <translation>Zeile {row}, Spalte {column} der kopierten Zellen: {text} ist keine Zahl</translation>
        </message>
        <message>
            <source>the copied cells hold only labels, no values to paste</source>
            <translation>die kopierten Zellen enthalten nur Beschriftungen, keine Werte zum Einfügen</translation>
        </message>
        <message>
            <source>a table has two dimensions, this one has {n}</source>
            <translation>eine Tabelle hat zwei Dimensionen, diese hat {n}</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word-Dokument (*.docx)</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Web page, self-contained (*.html)</source>
            <translation>Webseite, eigenständig (*.html)</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>It follows the recommendation</source>
            <translation>Sie folgt der Empfehlung</translation>
        </message>
        <message>
            <source>It differs from the recommendation</source>
            <translation>Sie weicht von der Empfehlung ab</translation>
        </message>
        <message>
            <source>Decide from the text (it names the first-ranked option or not)</source>
            <translation>Aus dem Text entscheiden (nennt er die erstplatzierte Option oder nicht)</translation>
        </message>
        <message>
            <source>{project} — decision memo</source>
            <translation>{project} — Entscheidungsvorlage</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}): {text}</source>
            <translation>Unerwarteter Fehler ({kind}): {text}</translation>
        </message>
        <message>
            <source>currency units per year</source>
            <translation>Währungseinheiten pro Jahr</translation>
        </message>
        <message>
            <source>Data set: {name}</source>
            <translation>Datensatz: {name}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics.</source>
            <translation>BEISPIELWERTE, keine Statistik.</translation>
        </message>
        <message>
            <source>index (100 = turnover equals spending potential)</source>
            <translation>Index (100 = Umsatz gleich Kaufkraftpotenzial)</translation>
        </message>
        <message>
            <source>index (national average = 100)</source>
            <translation>Index (Bundesdurchschnitt = 100)</translation>
        </message>
        <message>
            <source>index (100 = national average)</source>
            <translation>Index (100 = Bundesdurchschnitt)</translation>
        </message>
        <message>
            <source>% (−100 to 100)</source>
            <translation>% (−100 bis 100)</translation>
        </message>
        <message>
            <source>ratio (1 = regional average)</source>
            <translation>Verhältnis (1 = regionaler Durchschnitt)</translation>
        </message>
        <message>
            <source>m² of sales floor</source>
            <translation>m² Verkaufsfläche</translation>
        </message>
        <message>
            <source>Retail figures</source>
            <translation>Einzelhandelskennzahlen</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Retail centrality (simple: turnover / spending potential × 100).</source>
            <translation>Einzelhandelszentralität (einfach: Umsatz / Kaufkraftpotenzial × 100).</translation>
        </message>
        <message>
            <source>Retail centrality (index form: turnover index / purchasing-power index × 100, needs national per-capita values).</source>
            <translation>Einzelhandelszentralität (Indexform: Umsatzkennziffer / Kaufkraftindex × 100, benötigt bundesweite Pro-Kopf-Werte).</translation>
        </message>
        <message>
            <source>Empty cell: a needed input is missing.</source>
            <translation>Leere Zelle: Eine nötige Eingabe fehlt.</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Eingaben</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Product groups take population and purchasing-power index from the town.</source>
            <translation>Sortimentsgruppen übernehmen Einwohnerzahl und Kaufkraftindex von der Stadt.</translation>
        </message>
        <message>
            <source>Huff model: P = A^γ d^−λ / Σ A^γ d^−λ with γ = {gamma} and λ = {lam}; turnover = Σ zone spending × P; market share = turnover / total spending.</source>
            <translation>Huff-Modell: P = A^γ d^−λ / Σ A^γ d^−λ mit γ = {gamma} und λ = {lam}; Umsatz = Σ Ausgaben der Zone × P; Marktanteil = Umsatz / Gesamtausgaben.</translation>
        </message>
        <message>
            <source>Turnover and share</source>
            <translation>Umsatz und Anteil</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Zentrum</translation>
        </message>
        <message>
            <source>Attractiveness (m²)</source>
            <translation>Attraktivität (m²)</translation>
        </message>
        <message>
            <source>Expected turnover ({unit})</source>
            <translation>Erwarteter Umsatz ({unit})</translation>
        </message>
        <message>
            <source>Market share (0–1)</source>
            <translation>Marktanteil (0–1)</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Wahrscheinlichkeiten</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Probability (0–1) that a zone's spending goes to each centre; rows sum to 1.</source>
            <translation>Wahrscheinlichkeit (0–1), dass die Ausgaben einer Zone in ein Zentrum fließen; jede Zeile ergibt 1.</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Erreichbarkeit</translation>
        </message>
        <message>
            <source>Hansen accessibility</source>
            <translation>Erreichbarkeit nach Hansen</translation>
        </message>
        <message>
            <source>New-store impact</source>
            <translation>Auswirkung neuer Markt</translation>
        </message>
        <message>
            <source>Turnover before ({unit})</source>
            <translation>Umsatz vorher ({unit})</translation>
        </message>
        <message>
            <source>Turnover after ({unit})</source>
            <translation>Umsatz nachher ({unit})</translation>
        </message>
        <message>
            <source>Change (%)</source>
            <translation>Änderung (%)</translation>
        </message>
        <message>
            <source>Loss ≥ threshold</source>
            <translation>Verlust ≥ Schwelle</translation>
        </message>
        <message>
            <source>Planned new store: {name}, market share {share} (0–1).</source>
            <translation>Geplanter neuer Markt: {name}, Marktanteil {share} (0–1).</translation>
        </message>
        <message>
            <source>Threshold: losses of {pct} % or more are flagged.</source>
            <translation>Schwelle: Verluste ab {pct} % werden markiert.</translation>
        </message>
        <message>
            <source>Interaction (Σ gravity)</source>
            <translation>Interaktion (Σ Gravitation)</translation>
        </message>
        <message>
            <source>Functional index</source>
            <translation>Funktionsindex</translation>
        </message>
        <message>
            <source>Breaking points</source>
            <translation>Grenzpunkte</translation>
        </message>
        <message>
            <source>Town a</source>
            <translation>Stadt a</translation>
        </message>
        <message>
            <source>Town b</source>
            <translation>Stadt b</translation>
        </message>
        <message>
            <source>Distance a–b</source>
            <translation>Distanz a–b</translation>
        </message>
        <message>
            <source>Breaking point from a</source>
            <translation>Grenzpunkt ab a</translation>
        </message>
        <message>
            <source>Breaking point from b</source>
            <translation>Grenzpunkt ab b</translation>
        </message>
        <message>
            <source>Distances in the unit of the distance matrix.</source>
            <translation>Distanzen in der Einheit der Distanzmatrix.</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>Gravitation</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Total outlets</source>
            <translation>Einrichtungen insgesamt</translation>
        </message>
        <message>
            <source>Location coefficient</source>
            <translation>Standortkoeffizient</translation>
        </message>
        <message>
            <source>{file}: export as .xlsx or .csv</source>
            <translation>{file}: Export als .xlsx oder .csv</translation>
        </message>
        <message>
            <source>There is no table '{key}' to export.</source>
            <translation>Es gibt keine Tabelle „{key}“ zum Exportieren.</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Einzelhandel</translation>
        </message>
        <message>
            <source>Town network</source>
            <translation>Städtenetz</translation>
        </message>
        <message>
            <source>Retail figures (*.json);;All files (*)</source>
            <translation>Einzelhandelsdaten (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Zones, centres and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Zonen, Zentren und Distanzen (*.xlsx *.csv *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Towns and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Städte und Distanzen (*.xlsx *.csv *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>file: expected a JSON object {...}</source>
            <translation>Datei: JSON-Objekt {...} erwartet</translation>
        </message>
        <message>
            <source>Illustrative values.</source>
            <translation>Beispielwerte.</translation>
        </message>
        <message>
            <source>Sources: {list}</source>
            <translation>Quellen: {list}</translation>
        </message>
        <message>
            <source>{where}: is empty; type a number</source>
            <translation>{where}: ist leer; geben Sie eine Zahl ein</translation>
        </message>
        <message>
            <source>{where} must be &gt;= 0 (typed {value})</source>
            <translation>{where} muss &gt;= 0 sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>{where} must be &gt; 0 (typed {value})</source>
            <translation>{where} muss &gt; 0 sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>inhabitants</source>
            <translation>Einwohner</translation>
        </message>
        <message>
            <source>Retail spending per capita</source>
            <translation>Einzelhandelsrelevante Ausgaben je Einwohner</translation>
        </message>
        <message>
            <source>currency per year</source>
            <translation>Währungseinheiten pro Jahr</translation>
        </message>
        <message>
            <source>Purchasing-power index</source>
            <translation>Kaufkraftindex</translation>
        </message>
        <message>
            <source>national average = 100</source>
            <translation>Bundesdurchschnitt = 100</translation>
        </message>
        <message>
            <source>Spending potential (if known directly)</source>
            <translation>Kaufkraftpotenzial (falls direkt bekannt)</translation>
        </message>
        <message>
            <source>Retail turnover</source>
            <translation>Einzelhandelsumsatz</translation>
        </message>
        <message>
            <source>Turnover per m² of sales floor</source>
            <translation>Umsatz je m² Verkaufsfläche</translation>
        </message>
        <message>
            <source>currency per m²</source>
            <translation>Währungseinheiten je m²</translation>
        </message>
        <message>
            <source>National turnover per capita</source>
            <translation>Bundesweiter Umsatz je Einwohner</translation>
        </message>
        <message>
            <source>National spending per capita</source>
            <translation>Bundesweite Ausgaben je Einwohner</translation>
        </message>
        <message>
            <source>Regional retail sales</source>
            <translation>Regionaler Einzelhandelsumsatz</translation>
        </message>
        <message>
            <source>Regional population</source>
            <translation>Einwohner der Region</translation>
        </message>
        <message>
            <source>Spending potential</source>
            <translation>Kaufkraftpotenzial</translation>
        </message>
        <message>
            <source>population × spending p.c. × PPI / 100</source>
            <translation>Einwohner × Ausgaben je Einw. × KKI / 100</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>as given</source>
            <translation>wie angegeben</translation>
        </message>
        <message>
            <source>Retail centrality (simple form)</source>
            <translation>Einzelhandelszentralität (einfache Form)</translation>
        </message>
        <message>
            <source>turnover / spending potential × 100</source>
            <translation>Umsatz / Kaufkraftpotenzial × 100</translation>
        </message>
        <message>
            <source>Turnover index</source>
            <translation>Umsatzkennziffer</translation>
        </message>
        <message>
            <source>turnover p.c. / national turnover p.c. × 100</source>
            <translation>Umsatz je Einw. / Bundesumsatz je Einw. × 100</translation>
        </message>
        <message>
            <source>Retail centrality (index form)</source>
            <translation>Einzelhandelszentralität (Indexform)</translation>
        </message>
        <message>
            <source>turnover index / PPI × 100</source>
            <translation>Umsatzkennziffer / KKI × 100</translation>
        </message>
        <message>
            <source>Net flow (+ inflow, − outflow)</source>
            <translation>Nettozufluss (+ Zufluss, − Abfluss)</translation>
        </message>
        <message>
            <source>turnover − spending potential</source>
            <translation>Umsatz − Kaufkraftpotenzial</translation>
        </message>
        <message>
            <source>Gap (+ unmet demand)</source>
            <translation>Lücke (+ ungedeckte Nachfrage)</translation>
        </message>
        <message>
            <source>spending potential − turnover</source>
            <translation>Kaufkraftpotenzial − Umsatz</translation>
        </message>
        <message>
            <source>Leakage (+) / surplus (−) factor</source>
            <translation>Abfluss- (+) / Überschussfaktor (−)</translation>
        </message>
        <message>
            <source>(D − S) / (D + S) × 100</source>
            <translation>(D − S) / (D + S) × 100</translation>
        </message>
        <message>
            <source>Pull factor</source>
            <translation>Pull-Faktor</translation>
        </message>
        <message>
            <source>sales p.c. / regional sales p.c.</source>
            <translation>Umsatz je Einw. / regionaler Umsatz je Einw.</translation>
        </message>
        <message>
            <source>Supportable floor space (m²)</source>
            <translation>Tragfähige Verkaufsfläche (m²)</translation>
        </message>
        <message>
            <source>gap / turnover per m²</source>
            <translation>Lücke / Umsatz je m²</translation>
        </message>
        <message>
            <source>taken from the town</source>
            <translation>von der Stadt übernommen</translation>
        </message>
        <message>
            <source>a product group uses the town's figures</source>
            <translation>eine Sortimentsgruppe verwendet die Werte der Stadt</translation>
        </message>
        <message>
            <source>{where}: a product group takes it from the town</source>
            <translation>{where}: Eine Sortimentsgruppe übernimmt dies von der Stadt</translation>
        </message>
        <message>
            <source>population and spending per capita (or the potential)</source>
            <translation>Einwohnerzahl und Ausgaben je Einwohner (oder das Potenzial)</translation>
        </message>
        <message>
            <source>turnover</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>spending potential (population and spending per capita)</source>
            <translation>Kaufkraftpotenzial (Einwohnerzahl und Ausgaben je Einwohner)</translation>
        </message>
        <message>
            <source>turnover per m²</source>
            <translation>Umsatz je m²</translation>
        </message>
        <message>
            <source>population</source>
            <translation>Einwohnerzahl</translation>
        </message>
        <message>
            <source>national turnover per capita</source>
            <translation>bundesweiter Umsatz je Einwohner</translation>
        </message>
        <message>
            <source>purchasing-power index (or national spending per capita)</source>
            <translation>Kaufkraftindex (oder bundesweite Ausgaben je Einwohner)</translation>
        </message>
        <message>
            <source>regional sales</source>
            <translation>regionaler Umsatz</translation>
        </message>
        <message>
            <source>regional population</source>
            <translation>Einwohner der Region</translation>
        </message>
        <message>
            <source>cannot be computed from these inputs (e.g. a potential of 0)</source>
            <translation>aus diesen Eingaben nicht berechenbar (z. B. Potenzial 0)</translation>
        </message>
        <message>
            <source>missing input: {inputs}</source>
            <translation>fehlende Eingabe: {inputs}</translation>
        </message>
        <message>
            <source>Purchasing-power index: {note}</source>
            <translation>Kaufkraftindex: {note}</translation>
        </message>
        <message>
            <source>observed shares: type at least one share (0–1) to calibrate λ</source>
            <translation>beobachtete Anteile: Geben Sie mindestens einen Anteil (0–1) ein, um λ zu kalibrieren</translation>
        </message>
        <message>
            <source>retail spending of the zone's residents per year</source>
            <translation>Einzelhandelsausgaben der Einwohner der Zone pro Jahr</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <source>attractiveness, usually sales floor in m²</source>
            <translation>Attraktivität, meist Verkaufsfläche in m²</translation>
        </message>
        <message>
            <source>Attractiveness</source>
            <translation>Attraktivität</translation>
        </message>
        <message>
            <source>{zone} → {store} (planned new store)</source>
            <translation>{zone} → {store} (geplanter neuer Markt)</translation>
        </message>
        <message>
            <source>New store (planned)</source>
            <translation>Neuer Markt (geplant)</translation>
        </message>
        <message>
            <source>{store}: the planned new store</source>
            <translation>{store}: der geplante neue Markt</translation>
        </message>
        <message>
            <source>observed share of {zone}'s spending at {centre} (0–1; empty = not surveyed)</source>
            <translation>beobachteter Anteil der Ausgaben von {zone} in {centre} (0–1; leer = nicht erhoben)</translation>
        </message>
        <message>
            <source>{what} name: is empty; type a name</source>
            <translation>Name ({what}): ist leer; geben Sie einen Namen ein</translation>
        </message>
        <message>
            <source>{what} '{name}': the name appears twice</source>
            <translation>{what} „{name}“: Der Name kommt doppelt vor</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>spending of {zone}</source>
            <translation>Ausgaben von {zone}</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>Zentrum</translation>
        </message>
        <message>
            <source>attractiveness of {centre}</source>
            <translation>Attraktivität von {centre}</translation>
        </message>
        <message>
            <source>distance {a} → {b}</source>
            <translation>Distanz {a} → {b}</translation>
        </message>
        <message>
            <source>observed share {zone} → {centre}</source>
            <translation>beobachteter Anteil {zone} → {centre}</translation>
        </message>
        <message>
            <source>{where} must lie in 0–1 (typed {value})</source>
            <translation>{where} muss zwischen 0 und 1 liegen (eingegeben: {value})</translation>
        </message>
        <message>
            <source>new store</source>
            <translation>neuer Markt</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the Huff model</source>
            <translation>„{table}“ ist keine Tabelle des Huff-Modells</translation>
        </message>
        <message>
            <source>New store</source>
            <translation>Neuer Markt</translation>
        </message>
        <message>
            <source>attractiveness of the new store</source>
            <translation>Attraktivität des neuen Markts</translation>
        </message>
        <message>
            <source>λ (distance exponent)</source>
            <translation>λ (Distanzexponent)</translation>
        </message>
        <message>
            <source>γ (attractiveness exponent)</source>
            <translation>γ (Attraktivitätsexponent)</translation>
        </message>
        <message>
            <source>β (distance exponent)</source>
            <translation>β (Distanzexponent)</translation>
        </message>
        <message>
            <source>impact threshold (%)</source>
            <translation>Wirkungsschwelle (%)</translation>
        </message>
        <message>
            <source>zones: the model needs at least one zone</source>
            <translation>Zonen: Das Modell braucht mindestens eine Zone</translation>
        </message>
        <message>
            <source>centres: the model needs at least one centre</source>
            <translation>Zentren: Das Modell braucht mindestens ein Zentrum</translation>
        </message>
        <message>
            <source>Market share</source>
            <translation>Marktanteil</translation>
        </message>
        <message>
            <source>Hansen (1959): Σ over the centres of attractiveness × {decay}</source>
            <translation>Hansen (1959): Σ über die Zentren Attraktivität × {decay}</translation>
        </message>
        <message>
            <source>loses {loss} (≥ {threshold})</source>
            <translation>verliert {loss} (≥ {threshold})</translation>
        </message>
        <message>
            <source>{share} share</source>
            <translation>Anteil {share}</translation>
        </message>
        <message>
            <source>market share of {store}</source>
            <translation>Marktanteil von {store}</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>expected turnover (millions)</source>
            <translation>erwarteter Umsatz (Mio.)</translation>
        </message>
        <message>
            <source>expected turnover</source>
            <translation>erwarteter Umsatz</translation>
        </message>
        <message>
            <source>town name</source>
            <translation>Name der Stadt</translation>
        </message>
        <message>
            <source>a town to itself</source>
            <translation>eine Stadt zu sich selbst</translation>
        </message>
        <message>
            <source>{a} ↔ {b} (both directions change together)</source>
            <translation>{a} ↔ {b} (beide Richtungen ändern sich gemeinsam)</translation>
        </message>
        <message>
            <source>outlets of {function} in {town}</source>
            <translation>Einrichtungen {function} in {town}</translation>
        </message>
        <message>
            <source>town</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>population of {town}</source>
            <translation>Einwohnerzahl von {town}</translation>
        </message>
        <message>
            <source>{where}: a town is 0 from itself</source>
            <translation>{where}: Eine Stadt ist von sich selbst 0 entfernt</translation>
        </message>
        <message>
            <source>{where} must be a whole number &gt;= 0 (typed {value})</source>
            <translation>{where} muss eine ganze Zahl &gt;= 0 sein (eingegeben: {value})</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the town network</source>
            <translation>„{table}“ ist keine Tabelle des Städtenetzes</translation>
        </message>
        <message>
            <source>towns: a network needs at least two towns</source>
            <translation>Städte: Ein Netz braucht mindestens zwei Städte</translation>
        </message>
        <message>
            <source>function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Converse (1949) breaking point: from a = D_ab / (1 + √(P_b / P_a))</source>
            <translation>Grenzpunkt nach Converse (1949): ab a = D_ab / (1 + √(P_b / P_a))</translation>
        </message>
        <message>
            <source>Gravity interaction PᵢPⱼ / dᵢⱼ^β, β = {beta}</source>
            <translation>Gravitationsinteraktion PᵢPⱼ / dᵢⱼ^β, β = {beta}</translation>
        </message>
        <message>
            <source>Hansen (1959) accessibility: Σ over the other towns of population × {decay}</source>
            <translation>Erreichbarkeit nach Hansen (1959): Σ über die anderen Städte Einwohner × {decay}</translation>
        </message>
        <message>
            <source>Davies (1967) functional index: C = 100 / total outlets of a function; index = Σ outlets × C</source>
            <translation>Funktionsindex nach Davies (1967): C = 100 / Einrichtungen einer Funktion insgesamt; Index = Σ Einrichtungen × C</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distanz</translation>
        </message>
        <message>
            <source>From a</source>
            <translation>Ab a</translation>
        </message>
        <message>
            <source>From b</source>
            <translation>Ab b</translation>
        </message>
        <message>
            <source>sum of the town's row of the gravity matrix</source>
            <translation>Summe der Zeile der Stadt in der Gravitationsmatrix</translation>
        </message>
        <message>
            <source>no functions given</source>
            <translation>keine Funktionen angegeben</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interaktion</translation>
        </message>
        <message>
            <source>Σ gravity with the other towns</source>
            <translation>Σ Gravitation mit den anderen Städten</translation>
        </message>
        <message>
            <source>location coefficient C = 100 / total outlets</source>
            <translation>Standortkoeffizient C = 100 / Einrichtungen insgesamt</translation>
        </message>
        <message>
            <source>functional index</source>
            <translation>Funktionsindex</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>Interaktion</translation>
        </message>
        <message>
            <source>{file}: not a readable JSON file ({reason})</source>
            <translation>{file}: keine lesbare JSON-Datei ({reason})</translation>
        </message>
        <message>
            <source>{file}: retail figures are imported from JSON files</source>
            <translation>{file}: Einzelhandelsdaten werden aus JSON-Dateien importiert</translation>
        </message>
        <message>
            <source>{file}: import reads .xlsx, .csv or .json files</source>
            <translation>{file}: Der Import liest .xlsx-, .csv- oder .json-Dateien</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column}</source>
            <translation>{file}, Zeile {row}, Spalte {column}</translation>
        </message>
        <message>
            <source>{file}: has no sheet named '{sheet}' (see the documented layout)</source>
            <translation>{file}: enthält kein Blatt namens „{sheet}“ (siehe dokumentiertes Layout)</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, column {column}</source>
            <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>{where}: the header must start with '{first}', '{second}' and then names</source>
            <translation>{where}: Die Kopfzeile muss mit „{first}“, „{second}“ und dann Namen beginnen</translation>
        </message>
        <message>
            <source>{where}: the header cell is empty</source>
            <translation>{where}: Die Kopfzelle ist leer</translation>
        </message>
        <message>
            <source>{where}: a centre name appears twice in the header</source>
            <translation>{where}: Ein Zentrumsname kommt in der Kopfzeile doppelt vor</translation>
        </message>
        <message>
            <source>{where}: the zone name is empty</source>
            <translation>{where}: Der Zonenname ist leer</translation>
        </message>
        <message>
            <source>{where}: the attractiveness is empty</source>
            <translation>{where}: Die Attraktivität ist leer</translation>
        </message>
        <message>
            <source>{where}: the spending of {zone} is empty</source>
            <translation>{where}: Die Ausgaben von {zone} sind leer</translation>
        </message>
        <message>
            <source>{where}: distance {a} → {b} must be &gt; 0</source>
            <translation>{where}: Distanz {a} → {b} muss &gt; 0 sein</translation>
        </message>
        <message>
            <source>no row 'attractiveness' (the centres' floor space) below the header</source>
            <translation>unter der Kopfzeile fehlt die Zeile „attractiveness“ (Verkaufsfläche der Zentren)</translation>
        </message>
        <message>
            <source>no zone rows below the header</source>
            <translation>unter der Kopfzeile stehen keine Zonen</translation>
        </message>
        <message>
            <source>{where}: the town name is empty</source>
            <translation>{where}: Der Stadtname ist leer</translation>
        </message>
        <message>
            <source>{where}: after 'population' the header must name the towns in the order of the rows ({towns}), then the functions</source>
            <translation>{where}: Nach „population“ muss die Kopfzeile die Städte in der Reihenfolge der Zeilen ({towns}) nennen, dann die Funktionen</translation>
        </message>
        <message>
            <source>{where}: the population of {town} is empty</source>
            <translation>{where}: Die Einwohnerzahl von {town} ist leer</translation>
        </message>
        <message>
            <source>{where}: outlets must be a whole number &gt;= 0</source>
            <translation>{where}: Einrichtungen müssen eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>the pasted block ({rows} x {cols}) does not fit from row {row}, column {column}</source>
            <translation>der eingefügte Block ({rows} × {cols}) passt ab Zeile {row}, Spalte {column} nicht</translation>
        </message>
        <message>
            <source>Option {n}</source>
            <translation>Option {n}</translation>
        </message>
        <message>
            <source>a decision needs at least one alternative</source>
            <translation>eine Entscheidung braucht mindestens eine Alternative</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Neue Gruppe</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Neues Kriterium</translation>
        </message>
        <message>
            <source>a decision needs at least one criterion</source>
            <translation>eine Entscheidung braucht mindestens ein Kriterium</translation>
        </message>
        <message>
            <source>a criterion cannot be moved under itself</source>
            <translation>ein Kriterium kann nicht unter sich selbst verschoben werden</translation>
        </message>
        <message>
            <source>{error}. The project was reloaded.</source>
            <translation>{error}. Das Projekt wurde neu geladen.</translation>
        </message>
        <message>
            <source>Save scenario '{name}'</source>
            <translation>Szenario „{name}“ speichern</translation>
        </message>
        <message>
            <source>Replace scenario '{name}'</source>
            <translation>Szenario „{name}“ ersetzen</translation>
        </message>
        <message>
            <source>Delete scenario '{name}'</source>
            <translation>Szenario „{name}“ löschen</translation>
        </message>
        <message>
            <source>Use the weights of '{name}'</source>
            <translation>Gewichte von „{name}“ verwenden</translation>
        </message>
        <message>
            <source>Each value divided by the length of its column: keeps the proportions between options (the textbook TOPSIS choice).</source>
            <translation>Jeder Wert geteilt durch die Länge seiner Spalte: erhält die Verhältnisse zwischen den Optionen (die Lehrbuchwahl für TOPSIS).</translation>
        </message>
        <message>
            <source>The worst option on a criterion gets 0, the best gets 1, the others in between in proportion.</source>
            <translation>Die schlechteste Option eines Kriteriums erhält 0, die beste 1, die übrigen anteilig dazwischen.</translation>
        </message>
        <message>
            <source>Each value divided by the best value of its criterion.</source>
            <translation>Jeder Wert geteilt durch den besten Wert seines Kriteriums.</translation>
        </message>
        <message>
            <source>Each value as its share of the criterion's total (costs: the share of 1/value).</source>
            <translation>Jeder Wert als Anteil an der Summe des Kriteriums (Kosten: Anteil von 1/Wert).</translation>
        </message>
        <message>
            <source>Each value divided by the best one; for costs, the best (lowest) divided by the value.</source>
            <translation>Jeder Wert geteilt durch den besten; bei Kosten der beste (niedrigste) geteilt durch den Wert.</translation>
        </message>
        <message>
            <source>Shares of the logarithms of the values; dampens very large differences.</source>
            <translation>Anteile der Logarithmen der Werte; dämpft sehr große Unterschiede.</translation>
        </message>
        <message>
            <source>Like 'max' but squared (costs cubed): stresses being close to the best.</source>
            <translation>Wie „Maximum“, aber quadriert (Kosten hoch drei): betont die Nähe zum besten Wert.</translation>
        </message>
        <message>
            <source>Distance from the best value relative to all options' distances.</source>
            <translation>Abstand zum besten Wert im Verhältnis zu den Abständen aller Optionen.</translation>
        </message>
        <message>
            <source>One minus the relative gap to the best value of the criterion.</source>
            <translation>Eins minus der relative Abstand zum besten Wert des Kriteriums.</translation>
        </message>
        <message>
            <source>Raw values, no rescaling: only sensible when every criterion uses the same scale (costs count negatively).</source>
            <translation>Rohwerte ohne Umskalierung: nur sinnvoll, wenn alle Kriterien dieselbe Skala verwenden (Kosten zählen negativ).</translation>
        </message>
        <message>
            <source>How columns are made comparable; vector is Hwang and Yoon's textbook form.</source>
            <translation>Wie die Spalten vergleichbar gemacht werden; Vektor ist die Lehrbuchform nach Hwang und Yoon.</translation>
        </message>
        <message>
            <source>Compromise ranking by group utility S and individual regret R combined into Q (smaller is better), with Opricovic's compromise set. Every criterion must vary: a constant one makes f* = f- and divides by zero.</source>
            <translation>Kompromiss-Rangfolge aus Gruppennutzen S und individuellem Bedauern R, kombiniert zu Q (kleiner ist besser), mit Opricovićs Kompromissmenge. Jedes Kriterium muss variieren: Ein konstantes ergibt f* = f- und eine Division durch null.</translation>
        </message>
        <message>
            <source>Weight of the majority rule (S) against the individual regret (R); 0.5 = consensus.</source>
            <translation>Gewicht der Mehrheitsregel (S) gegenüber dem individuellen Bedauern (R); 0,5 = Konsens.</translation>
        </message>
        <message>
            <source>Net outranking flow from pairwise preferences per criterion (usual, u-shape, v-shape, level or linear function with thresholds); criteria without one use the usual function.</source>
            <translation>Netto-Präferenzfluss aus paarweisen Präferenzen je Kriterium (gewöhnliche, U-, V-, Stufen- oder lineare Funktion mit Schwellen); Kriterien ohne eigene Funktion nutzen die gewöhnliche.</translation>
        </message>
        <message>
            <source>How columns are made comparable before summing (none: raw values, one scale).</source>
            <translation>Wie die Spalten vor dem Summieren vergleichbar gemacht werden (keine: Rohwerte, eine Skala).</translation>
        </message>
        <message>
            <source>sum (as pymcdm), linear (x/max, min/x) or none (raw ratios; same ranking).</source>
            <translation>Summe (wie pymcdm), linear (x/max, min/x) oder keine (Rohverhältnisse; gleiche Rangfolge).</translation>
        </message>
        <message>
            <source>Analytic Hierarchy Process: criteria weights times the alternatives' local priorities, synthesized in distributive or ideal mode.</source>
            <translation>Analytischer Hierarchieprozess: Kriteriengewichte mal lokale Prioritäten der Alternativen, synthetisiert im distributiven oder idealen Modus.</translation>
        </message>
        <message>
            <source>Distributive: local priorities sum to 1 per criterion; ideal: divided by the best alternative's, so adding a copy of a weak alternative cannot reverse ranks.</source>
            <translation>Distributiv: Die lokalen Prioritäten ergeben je Kriterium 1; ideal: geteilt durch die der besten Alternative, sodass eine hinzugefügte Kopie einer schwachen Alternative keine Ränge umkehren kann.</translation>
        </message>
        <message>
            <source>How priorities are derived from a pairwise matrix: principal eigenvector (Saaty) or row geometric mean.</source>
            <translation>Wie Prioritäten aus einer Paarvergleichsmatrix abgeleitet werden: Haupteigenvektor (Saaty) oder geometrisches Zeilenmittel.</translation>
        </message>
        <message>
            <source>Weighted sums of benefit and cost criteria in proportion (utility degree).</source>
            <translation>Gewichtete Summen der Nutzen- und Kostenkriterien im Verhältnis (Nutzengrad).</translation>
        </message>
        <message>
            <source>Ratio of each alternative's weighted sum to the ideal's.</source>
            <translation>Verhältnis der gewichteten Summe jeder Alternative zu der des Ideals.</translation>
        </message>
        <message>
            <source>Combined compromise of sum and product aggregations.</source>
            <translation>Kombinierter Kompromiss aus Summen- und Produktaggregation.</translation>
        </message>
        <message>
            <source>Share of the weighted sum in the combined score.</source>
            <translation>Anteil der gewichteten Summe am kombinierten Punktwert.</translation>
        </message>
        <message>
            <source>Euclidean and taxicab distances from the negative ideal.</source>
            <translation>Euklidische und Manhattan-Abstände zum negativen Ideal.</translation>
        </message>
        <message>
            <source>Positive and negative distances from the average solution.</source>
            <translation>Positive und negative Abstände zur Durchschnittslösung.</translation>
        </message>
        <message>
            <source>Distance from the border approximation area.</source>
            <translation>Abstand zum Grenzapproximationsbereich.</translation>
        </message>
        <message>
            <source>Gap between theoretical and real ratings (smaller is better).</source>
            <translation>Lücke zwischen theoretischen und tatsächlichen Bewertungen (kleiner ist besser).</translation>
        </message>
        <message>
            <source>Utility relative to ideal and anti-ideal solutions.</source>
            <translation>Nutzen im Verhältnis zur idealen und anti-idealen Lösung.</translation>
        </message>
        <message>
            <source>Ratio system: weighted benefits minus weighted costs.</source>
            <translation>Verhältnissystem: gewichteter Nutzen minus gewichtete Kosten.</translation>
        </message>
        <message>
            <source>Operational competitiveness rating.</source>
            <translation>Bewertung der operativen Wettbewerbsfähigkeit.</translation>
        </message>
        <message>
            <source>Distances to ideal and average solutions.</source>
            <translation>Abstände zu idealen und durchschnittlichen Lösungen.</translation>
        </message>
        <message>
            <source>Root assessment of normalized benefit and cost sums.</source>
            <translation>Wurzelbewertung der normierten Nutzen- und Kostensummen.</translation>
        </message>
        <message>
            <source>Weighted sum and weighted product combined.</source>
            <translation>Gewichtete Summe und gewichtetes Produkt kombiniert.</translation>
        </message>
        <message>
            <source>Distance to the ideal point within the data bounds (smaller is better).</source>
            <translation>Abstand zum Idealpunkt innerhalb der Datengrenzen (kleiner ist besser).</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Kein Projekt geöffnet.</translation>
        </message>
        <message>
            <source>The ranking could not be computed ({error}).</source>
            <translation>Die Rangfolge konnte nicht berechnet werden ({error}).</translation>
        </message>
        <message>
            <source>No ranking yet: the value of “{criterion}” for “{alternative}” is missing. Fill it in on the Problem page.</source>
            <translation>Noch keine Rangfolge: Der Wert von „{criterion}“ für „{alternative}“ fehlt. Tragen Sie ihn auf der Seite Problem ein.</translation>
        </message>
        <message>
            <source>No ranking yet: the criterion “{criterion}” has no weight. Give it one on the Weights page.</source>
            <translation>Noch keine Rangfolge: Das Kriterium „{criterion}“ hat kein Gewicht. Vergeben Sie eines auf der Seite Gewichte.</translation>
        </message>
        <message>
            <source>No ranking: {reason} (at {where})</source>
            <translation>Keine Rangfolge: {reason} (bei {where})</translation>
        </message>
        <message>
            <source>No ranking: {reason}</source>
            <translation>Keine Rangfolge: {reason}</translation>
        </message>
        <message>
            <source>a scenario needs a name</source>
            <translation>Ein Szenario braucht einen Namen</translation>
        </message>
        <message>
            <source>'{name}' is reserved for the project's own weights</source>
            <translation>„{name}“ ist für die eigenen Gewichte des Projekts reserviert</translation>
        </message>
        <message>
            <source>the project has no weights yet; set them on the Weights page first</source>
            <translation>Das Projekt hat noch keine Gewichte; legen Sie sie zuerst auf der Seite Gewichte fest</translation>
        </message>
        <message>
            <source>— none in 0–100 %</source>
            <translation>— keine in 0–100 %</translation>
        </message>
        <message>
            <source>No weight of this criterion between 0 and 100 % changes the winner</source>
            <translation>Kein Gewicht dieses Kriteriums zwischen 0 und 100 % ändert den Sieger</translation>
        </message>
        <message>
            <source>Results are for the previous weights — Run again.</source>
            <translation>Die Ergebnisse gelten für die vorherigen Gewichte — bitte erneut ausführen.</translation>
        </message>
        <message>
            <source>Any weights (uniform)</source>
            <translation>Beliebige Gewichte (gleichverteilt)</translation>
        </message>
        <message>
            <source>Every weighting equally likely: no preference at all</source>
            <translation>Jede Gewichtung gleich wahrscheinlich: keinerlei Präferenz</translation>
        </message>
        <message>
            <source>Around the current weights</source>
            <translation>Um die aktuellen Gewichte</translation>
        </message>
        <message>
            <source>Weightings scattered around the current weights; a higher concentration keeps them closer</source>
            <translation>Gewichtungen um die aktuellen Gewichte gestreut; eine höhere Konzentration hält sie näher</translation>
        </message>
        <message>
            <source>As spread as the participants</source>
            <translation>So gestreut wie die Beteiligten</translation>
        </message>
        <message>
            <source>Weightings spread like the participants' own AHP weights</source>
            <translation>Gewichtungen gestreut wie die eigenen AHP-Gewichte der Beteiligten</translation>
        </message>
        <message>
            <source>WS coefficient</source>
            <translation>WS-Koeffizient</translation>
        </message>
        <message>
            <source>{change} pp</source>
            <translation>{change} Pp.</translation>
        </message>
        <message>
            <source>At {weight}: {ahead} overtakes {behind}</source>
            <translation>Bei {weight}: {ahead} überholt {behind}</translation>
        </message>
        <message>
            <source>Rank (1 = best)</source>
            <translation>Rang (1 = bester)</translation>
        </message>
        <message>
            <source>Score (higher is better)</source>
            <translation>Punktwert (höher ist besser)</translation>
        </message>
        <message>
            <source>Score (lower is better)</source>
            <translation>Punktwert (niedriger ist besser)</translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives (current ranking) are drawn.</source>
            <translation>Die besten {shown} von {total} Alternativen (aktuelle Rangfolge) werden gezeigt.</translation>
        </message>
        <message>
            <source>No ranking: </source>
            <translation>Keine Rangfolge: </translation>
        </message>
        <message>
            <source>Not run: </source>
            <translation>Nicht ausgeführt: </translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives and ranks 1–{ranks} are shown.</source>
            <translation>Die besten {shown} von {total} Alternativen und die Ränge 1–{ranks} werden gezeigt.</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings; {other} did more often ({other_share}).</source>
            <translation>{winner} lag in {share} von {samples} Gewichtungen vorn; {other} häufiger ({other_share}).</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings.</source>
            <translation>{winner} lag in {share} von {samples} Gewichtungen vorn.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>{file} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a JSON file (line {line}: {reason}).</source>
            <translation>{file} ist keine JSON-Datei (Zeile {line}: {reason}).</translation>
        </message>
        <message>
            <source>{file} is not a valid {what} file: {reason}</source>
            <translation>{file} ist keine gültige {what}-Datei: {reason}</translation>
        </message>
        <message>
            <source>D, R and weights</source>
            <translation>D, R und Gewichte</translation>
        </message>
        <message>
            <source>Total relation T</source>
            <translation>Gesamtbeziehung T</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritäten</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Strategien</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Pairwise priority</source>
            <translation>Priorität aus Paarvergleich</translation>
        </message>
        <message>
            <source>no influence</source>
            <translation>kein Einfluss</translation>
        </message>
        <message>
            <source>low</source>
            <translation>gering</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>very high</source>
            <translation>sehr hoch</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Stärken</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Schwächen</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Chancen</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>Largest row or column sum</source>
            <translation>Größte Zeilen- oder Spaltensumme</translation>
        </message>
        <message>
            <source>Largest row sum</source>
            <translation>Größte Zeilensumme</translation>
        </message>
        <message>
            <source>D+R (prominence)</source>
            <translation>D+R (Bedeutung)</translation>
        </message>
        <message>
            <source>Type a name.</source>
            <translation>Geben Sie einen Namen ein.</translation>
        </message>
        <message>
            <source>The name '{name}' is already used here.</source>
            <translation>Der Name '{name}' wird hier bereits verwendet.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is not a number.</source>
            <translation>Einfluss von '{a}' auf '{b}': {value} ist keine Zahl.</translation>
        </message>
        <message>
            <source>'{a}' cannot influence itself: the diagonal of the matrix stays 0.</source>
            <translation>'{a}' kann sich nicht selbst beeinflussen: Die Diagonale der Matrix bleibt 0.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is outside the scale {lo}..{hi} (0 none, 1 low, 2 medium, 3 high, 4 very high).</source>
            <translation>Einfluss von '{a}' auf '{b}': {value} liegt außerhalb der Skala {lo}..{hi} (0 kein, 1 gering, 2 mittel, 3 hoch, 4 sehr hoch).</translation>
        </message>
        <message>
            <source>DEMATEL needs at least one expert's matrix.</source>
            <translation>DEMATEL braucht die Matrix mindestens einer Fachperson.</translation>
        </message>
        <message>
            <source>DEMATEL needs at least 2 factors.</source>
            <translation>DEMATEL braucht mindestens 2 Faktoren.</translation>
        </message>
        <message>
            <source>Factor {n}</source>
            <translation>Faktor {n}</translation>
        </message>
        <message>
            <source>Expert {n}</source>
            <translation>Fachperson {n}</translation>
        </message>
        <message>
            <source>'{text}' is not an influence: type 0..4.</source>
            <translation>'{text}' ist kein Einfluss: Geben Sie 0..4 ein.</translation>
        </message>
        <message>
            <source>Participant {n}</source>
            <translation>Beteiligte(r) {n}</translation>
        </message>
        <message>
            <source>'{item}' compared with itself is always 1</source>
            <translation>'{item}' im Vergleich mit sich selbst ist immer 1</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is not a positive ratio</source>
            <translation>'{a}' gegenüber '{b}': {value} ist kein positives Verhältnis</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is outside Saaty's scale 1/9..9</source>
            <translation>'{a}' gegenüber '{b}': {value} liegt außerhalb der Saaty-Skala 1/9..9</translation>
        </message>
        <message>
            <source>A'WOT needs at least one participant's judgments</source>
            <translation>A'WOT braucht die Urteile mindestens einer/eines Beteiligten</translation>
        </message>
        <message>
            <source>{group} need at least one factor</source>
            <translation>{group}: mindestens ein Faktor ist nötig</translation>
        </message>
        <message>
            <source>score of '{strategy}' on '{factor}' is not a number</source>
            <translation>Bewertung von '{strategy}' bei '{factor}' ist keine Zahl</translation>
        </message>
        <message>
            <source>Strength {n}</source>
            <translation>Stärke {n}</translation>
        </message>
        <message>
            <source>Weakness {n}</source>
            <translation>Schwäche {n}</translation>
        </message>
        <message>
            <source>Opportunity {n}</source>
            <translation>Chance {n}</translation>
        </message>
        <message>
            <source>Threat {n}</source>
            <translation>Risiko {n}</translation>
        </message>
        <message>
            <source>Between the groups S, W, O, T</source>
            <translation>Zwischen den Gruppen S, W, O, T</translation>
        </message>
        <message>
            <source>Strategies with respect to '{factor}'</source>
            <translation>Strategien bezüglich '{factor}'</translation>
        </message>
        <message>
            <source>Within {group}</source>
            <translation>Innerhalb: {group}</translation>
        </message>
        <message>
            <source>CR —</source>
            <translation>CR —</translation>
        </message>
        <message>
            <source>CR {cr}</source>
            <translation>CR {cr}</translation>
        </message>
        <message>
            <source>CR {cr} (above 0.10: revise)</source>
            <translation>CR {cr} (über 0,10: überarbeiten)</translation>
        </message>
        <message>
            <source>'{text}' is not a ratio: type e.g. 3 or 1/3.</source>
            <translation>'{text}' ist kein Verhältnis: Geben Sie z. B. 3 oder 1/3 ein.</translation>
        </message>
        <message>
            <source>Type a ratio, e.g. 3 or 1/3.</source>
            <translation>Geben Sie ein Verhältnis ein, z. B. 3 oder 1/3.</translation>
        </message>
        <message>
            <source>Group (geometric mean of all participants, AIJ)</source>
            <translation>Gruppe (geometrisches Mittel aller Beteiligten, AIJ)</translation>
        </message>
        <message>
            <source>{a} is equally important as {b}</source>
            <translation>{a} ist gleich wichtig wie {b}</translation>
        </message>
        <message>
            <source>{a} is equally to moderately more important than {b}</source>
            <translation>{a} ist gleich bis etwas wichtiger als {b}</translation>
        </message>
        <message>
            <source>{a} is moderately more important than {b}</source>
            <translation>{a} ist etwas wichtiger als {b}</translation>
        </message>
        <message>
            <source>{a} is moderately to strongly more important than {b}</source>
            <translation>{a} ist etwas bis deutlich wichtiger als {b}</translation>
        </message>
        <message>
            <source>{a} is strongly more important than {b}</source>
            <translation>{a} ist deutlich wichtiger als {b}</translation>
        </message>
        <message>
            <source>{a} is strongly to very strongly more important than {b}</source>
            <translation>{a} ist deutlich bis viel wichtiger als {b}</translation>
        </message>
        <message>
            <source>{a} is very strongly more important than {b}</source>
            <translation>{a} ist viel wichtiger als {b}</translation>
        </message>
        <message>
            <source>{a} is very strongly to extremely more important than {b}</source>
            <translation>{a} ist viel bis extrem wichtiger als {b}</translation>
        </message>
        <message>
            <source>{a} is extremely more important than {b}</source>
            <translation>{a} ist extrem wichtiger als {b}</translation>
        </message>
        <message>
            <source>Which is more important, {a} or {b}, and how much more?</source>
            <translation>Was ist wichtiger, {a} oder {b}, und um wie viel?</translation>
        </message>
        <message>
            <source>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; acceptable up to {threshold})</source>
            <translation>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; akzeptabel bis {threshold})</translation>
        </message>
        <message>
            <source>{n} unanswered pair(s) completed by {method}</source>
            <translation>{n} unbeantwortete(s) Paar(e) ergänzt nach {method}</translation>
        </message>
        <message>
            <source>A group needs two criteria to compare.</source>
            <translation>Eine Gruppe braucht zwei Kriterien für einen Vergleich.</translation>
        </message>
        <message>
            <source>No criteria to compare.</source>
            <translation>Keine Kriterien zum Vergleichen.</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>Noch keine Antworten.</translation>
        </message>
        <message>
            <source>Not enough answers yet: {apart} not compared, directly or through other criteria, with {rest}. Answer a question linking them.</source>
            <translation>Noch nicht genug Antworten: {apart} weder direkt noch über andere Kriterien mit {rest} verglichen. Beantworten Sie eine Frage, die sie verbindet.</translation>
        </message>
        <message>
            <source>Entropy</source>
            <translation>Entropie</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Standardabweichung</translation>
        </message>
        <message>
            <source>Equal weights</source>
            <translation>Gleiche Gewichte</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>die oberste Ebene</translation>
        </message>
        <message>
            <source>group '{group}'</source>
            <translation>Gruppe „{group}“</translation>
        </message>
        <message>
            <source>Objective weights need data, but {where} holds the group '{group}'; weight a group whose criteria are all data columns</source>
            <translation>Objektive Gewichte brauchen Daten, aber {where} enthält die Gruppe „{group}“; gewichten Sie eine Gruppe, deren Kriterien alle Datenspalten sind</translation>
        </message>
        <message>
            <source>Objective weights need complete data: '{alternative}' has no value for '{criterion}' ({n} value(s) missing in {where})</source>
            <translation>Objektive Gewichte brauchen vollständige Daten: „{alternative}“ hat keinen Wert für „{criterion}“ ({n} fehlende(r) Wert(e) in {where})</translation>
        </message>
        <message>
            <source>composite score</source>
            <translation>Punktwert des Composite-Indikators</translation>
        </message>
        <message>
            <source>rank (1 = best)</source>
            <translation>Rang (1 = bester)</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen, ◆ median rank and bar 5–95 % of the ranks over the Monte Carlo runs.</source>
            <translation>Rechts: ● Rang mit den gewählten Einstellungen, ◆ Median-Rang und Balken 5–95 % der Ränge über die Monte-Carlo-Läufe.</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen. Run uncertainty to see each town's median rank and 5–95 % band.</source>
            <translation>Rechts: ● Rang mit den gewählten Einstellungen. Starten Sie die Unsicherheitsanalyse, um den Median-Rang und das 5–95-%-Band jeder Stadt zu sehen.</translation>
        </message>
        <message>
            <source>Choose a town to compare</source>
            <translation>Wählen Sie eine Stadt zum Vergleich</translation>
        </message>
        <message>
            <source>outer ring = best town, centre = worst</source>
            <translation>äußerer Ring = beste Stadt, Mitte = schlechteste</translation>
        </message>
        <message>
            <source>{town} is strongest on</source>
            <translation>{town} ist am stärksten bei</translation>
        </message>
        <message>
            <source>weakest (vs {against}) on</source>
            <translation>am schwächsten (Vergleich: {against}) bei</translation>
        </message>
        <message>
            <source>Benchmarking data (*.json *.xlsx *.csv);;All files (*)</source>
            <translation>Benchmarking-Daten (*.json *.xlsx *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Word document (*.docx);;HTML page (*.html)</source>
            <translation>PDF (*.pdf);;Word-Dokument (*.docx);;HTML-Seite (*.html)</translation>
        </message>
        <message>
            <source>missing values imputed by the mean: {count}</source>
            <translation>fehlende Werte durch den Mittelwert ersetzt: {count}</translation>
        </message>
        <message>
            <source>missing values imputed by the median: {count}</source>
            <translation>fehlende Werte durch den Median ersetzt: {count}</translation>
        </message>
        <message>
            <source>benchmarking</source>
            <translation>Benchmarking</translation>
        </message>
        <message>
            <source>New benchmark</source>
            <translation>Neues Benchmarking</translation>
        </message>
        <message>
            <source>Table (Excel or CSV)…</source>
            <translation>Tabelle (Excel oder CSV)…</translation>
        </message>
        <message>
            <source>Chart of the tab shown (PNG)…</source>
            <translation>Diagramm des angezeigten Reiters (PNG)…</translation>
        </message>
        <message>
            <source>Benchmarking report…</source>
            <translation>Benchmarking-Bericht…</translation>
        </message>
        <message>
            <source>The data set, method, ranking (with its uncertainty when run) and the town of the peers tab against its peers, as PDF, Word or HTML, in the interface language</source>
            <translation>Datensatz, Methode, Rangfolge (mit Unsicherheit, falls berechnet) und die Stadt des Reiters Vergleichsstädte im Vergleich mit diesen, als PDF, Word oder HTML, in der Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>Run uncertainty</source>
            <translation>Unsicherheit berechnen</translation>
        </message>
        <message>
            <source> runs</source>
            <translation> Läufe</translation>
        </message>
        <message>
            <source>Number of Monte Carlo runs</source>
            <translation>Anzahl der Monte-Carlo-Läufe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Town vs peers</source>
            <translation>Stadt vs. Vergleichsstädte</translation>
        </message>
        <message>
            <source>Import benchmarking data</source>
            <translation>Benchmarking-Daten importieren</translation>
        </message>
        <message>
            <source>edit {unit} / {indicator}</source>
            <translation>Bearbeitung {unit} / {indicator}</translation>
        </message>
        <message>
            <source>change {settings}</source>
            <translation>Änderung der Einstellungen ({settings})</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs over {normalizations} x {aggregations} and weights, seed {seed}.</source>
            <translation>Unsicherheit: {runs} Läufe über {normalizations} × {aggregations} und Gewichte, Startwert {seed}.</translation>
        </message>
        <message>
            <source>peers</source>
            <translation>Vergleichsstädte</translation>
        </message>
        <message>
            <source>all others</source>
            <translation>alle übrigen</translation>
        </message>
        <message>
            <source>Compared with the mean of the peers.</source>
            <translation>Verglichen mit dem Mittelwert der Vergleichsstädte.</translation>
        </message>
        <message>
            <source>Compared with the mean of all other towns.</source>
            <translation>Verglichen mit dem Mittelwert aller anderen Städte.</translation>
        </message>
        <message>
            <source>Radar: {note}.</source>
            <translation>Netzdiagramm: {note}.</translation>
        </message>
        <message>
            <source>Uncertainty run cancelled.</source>
            <translation>Unsicherheitsberechnung abgebrochen.</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Tabelle exportieren</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>{path}: could not write the PNG</source>
            <translation>{path}: Die PNG-Datei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Export the benchmarking report</source>
            <translation>Benchmarking-Bericht exportieren</translation>
        </message>
        <message>
            <source>left out for missing values: {towns}</source>
            <translation>wegen fehlender Werte ausgelassen: {towns}</translation>
        </message>
        <message>
            <source>scores shifted above 0 for the geometric mean</source>
            <translation>Punktwerte für das geometrische Mittel über 0 verschoben</translation>
        </message>
        <message>
            <source>uncertainty: {runs} Monte Carlo runs</source>
            <translation>Unsicherheit: {runs} Monte-Carlo-Läufe</translation>
        </message>
        <message>
            <source>Hover for the conventions.</source>
            <translation>Für die Konventionen mit der Maus darauf zeigen.</translation>
        </message>
        <message>
            <source>Peers (tick)</source>
            <translation>Vergleichsstädte (ankreuzen)</translation>
        </message>
        <message>
            <source>Composite settings</source>
            <translation>Einstellungen des Composite-Indikators</translation>
        </message>
        <message>
            <source>target per indicator: vacancy=5; footfall=1500</source>
            <translation>Zielwert je Indikator: vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>sample SD</source>
            <translation>Stichproben-SD</translation>
        </message>
        <message>
            <source>population SD</source>
            <translation>Grundgesamtheits-SD</translation>
        </message>
        <message>
            <source>points: vacancy=30; footfall=20 (others: their weight)</source>
            <translation>Punkte: vacancy=30; footfall=20 (übrige: ihr Gewicht)</translation>
        </message>
        <message>
            <source>Missing values</source>
            <translation>Fehlende Werte</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Distance as</source>
            <translation>Abstand als</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Zielwerte</translation>
        </message>
        <message>
            <source>z-score with</source>
            <translation>z-Wert mit</translation>
        </message>
        <message>
            <source>Weighting</source>
            <translation>Gewichtung</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Aggregation</translation>
        </message>
        <message>
            <source>Within groups</source>
            <translation>In Gruppen</translation>
        </message>
        <message>
            <source>Given target values</source>
            <translation>Vorgegebene Zielwerte</translation>
        </message>
        <message>
            <source>Type a target value for every indicator, e.g. vacancy=5; footfall=1500</source>
            <translation>Geben Sie für jeden Indikator einen Zielwert ein, z. B. vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>target values</source>
            <translation>Zielwerte</translation>
        </message>
        <message>
            <source>points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>missing value (the value used when imputed)</source>
            <translation>fehlender Wert (der verwendete Wert, wenn ersetzt)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>illustrative indicator (not from a named source)</source>
            <translation>Indikator mit Beispieldaten (nicht aus einer genannten Quelle)</translation>
        </message>
        <message>
            <source>bold</source>
            <translation>fett</translation>
        </message>
        <message>
            <source>value with a named source. Hover a header for unit, source and year.</source>
            <translation>Wert mit genannter Quelle. Zeigen Sie auf eine Spaltenüberschrift für Einheit, Quelle und Jahr.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <source>The interface language changes the next time InnoCite starts.</source>
            <translation>Die Sprache der Oberfläche ändert sich beim nächsten Start von InnoCite.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Sprache der Oberfläche:</translation>
        </message>
        <message>
            <source>The new language applies the next time InnoCite starts. Restart now? Your work is saved.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von InnoCite. Jetzt neu starten? Ihre Arbeit ist gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>Jetzt &amp;neu starten</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Project files (*.json *.xlsx *.csv *.xml *.xmcda);;All files (*)</source>
            <translation>Projektdateien (*.json *.xlsx *.csv *.xml *.xmcda);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;JSON project file (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx);;JSON-Projektdatei (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Gewichte</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensitivität</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>Benchmarking</translation>
        </message>
        <message>
            <source>Success factors</source>
            <translation>Erfolgsfaktoren</translation>
        </message>
        <message>
            <source>Retail planning</source>
            <translation>Einzelhandelsplanung</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Keine Datenbank geöffnet.</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Neues Projekt…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
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
            <source>&amp;Duplicate project…</source>
            <translation>Projekt &amp;duplizieren…</translation>
        </message>
        <message>
            <source>&amp;Rename project…</source>
            <translation>Projekt &amp;umbenennen…</translation>
        </message>
        <message>
            <source>De&amp;lete project…</source>
            <translation>Projekt &amp;löschen…</translation>
        </message>
        <message>
            <source>&amp;Find project</source>
            <translation>Projekt &amp;suchen</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Über {app}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Projects &amp;database…</source>
            <translation>Projekt&amp;datenbank…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Projekt</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Sprache…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptsymbolleiste</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Gesichert nach {path}</translation>
        </message>
        <message>
            <source>Projects database</source>
            <translation>Projektdatenbank</translation>
        </message>
        <message>
            <source>SQLite file or PostgreSQL URL (empty: your own database).
Takes effect the next time InnoCite starts.</source>
            <translation>SQLite-Datei oder PostgreSQL-URL (leer: Ihre eigene Datenbank).
Gilt ab dem nächsten Start von InnoCite.</translation>
        </message>
        <message>
            <source>The database setting takes effect on the next start</source>
            <translation>Die Datenbankeinstellung gilt ab dem nächsten Start</translation>
        </message>
        <message>
            <source>Saved (version {version})</source>
            <translation>Gespeichert (Version {version})</translation>
        </message>
        <message>
            <source>Opened '{name}'</source>
            <translation>„{name}“ geöffnet</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(noch keine)</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Rückgängig: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Wiederholen: {action}</translation>
        </message>
        <message>
            <source>Import a project</source>
            <translation>Projekt importieren</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} wird importiert…</translation>
        </message>
        <message>
            <source>Imported {file}</source>
            <translation>{file} importiert</translation>
        </message>
        <message>
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Export the project</source>
            <translation>Projekt exportieren</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exportiert nach {path}</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Datenbank: {location}</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>{app} version {version}</source>
            <translation>{app} Version {version}</translation>
        </message>
        <message>
            <source>Multi-criteria decision support for people who develop small and medium-sized towns.</source>
            <translation>Multikriterielle Entscheidungsunterstützung für alle, die kleine und mittelgroße Städte entwickeln.</translation>
        </message>
        <message>
            <source>The method chosen on the Results page</source>
            <translation>Die auf der Seite Ergebnisse gewählte Methode</translation>
        </message>
        <message>
            <source>What was decided (it may differ from the recommendation; the memo then says so)</source>
            <translation>Was entschieden wurde (kann von der Empfehlung abweichen; die Vorlage sagt es dann)</translation>
        </message>
        <message>
            <source>Why: the reasons the council or board should read</source>
            <translation>Warum: die Gründe, die Gemeinderat oder Ausschuss lesen sollen</translation>
        </message>
        <message>
            <source>When the decision differs from the recommendation, the memo says so plainly</source>
            <translation>Weicht die Entscheidung von der Empfehlung ab, sagt die Vorlage es deutlich</translation>
        </message>
        <message>
            <source>The language the memo is written in (the interface language by default)</source>
            <translation>Die Sprache, in der die Vorlage geschrieben wird (standardmäßig die Sprache der Oberfläche)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Memo language</source>
            <translation>Sprache der Vorlage</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren …</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Memos exported before, each with the data it was made from</source>
            <translation>Früher exportierte Vorlagen, jeweils mit den Daten, aus denen sie erstellt wurden</translation>
        </message>
        <message>
            <source>Export again…</source>
            <translation>Erneut exportieren …</translation>
        </message>
        <message>
            <source>Write the selected memo again exactly as it was, even if the project changed since</source>
            <translation>Die gewählte Vorlage genau so erneut schreiben, wie sie war, auch wenn sich das Projekt inzwischen geändert hat</translation>
        </message>
        <message>
            <source>Earlier memos</source>
            <translation>Frühere Vorlagen</translation>
        </message>
        <message>
            <source>Could not list earlier memos: {reason}</source>
            <translation>Frühere Vorlagen konnten nicht aufgelistet werden: {reason}</translation>
        </message>
        <message>
            <source>updating…</source>
            <translation>wird aktualisiert …</translation>
        </message>
        <message>
            <source>The memo could not be made: {reason}</source>
            <translation>Die Vorlage konnte nicht erstellt werden: {reason}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Export memo</source>
            <translation>Entscheidungsvorlage exportieren</translation>
        </message>
        <message>
            <source>Preparing the memo…</source>
            <translation>Die Vorlage wird vorbereitet …</translation>
        </message>
        <message>
            <source>Not exported: {reason}</source>
            <translation>Nicht exportiert: {reason}</translation>
        </message>
        <message>
            <source>Wrote {path} (stored as memo #{id}).</source>
            <translation>{path} geschrieben (gespeichert als Vorlage Nr. {id}).</translation>
        </message>
        <message>
            <source>Export memo again</source>
            <translation>Entscheidungsvorlage erneut exportieren</translation>
        </message>
        <message>
            <source>Wrote {path} from the memo of {when}.</source>
            <translation>{path} aus der Vorlage vom {when} geschrieben.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Prioritization</source>
            <translation>Priorisierung</translation>
        </message>
        <message>
            <source>vector</source>
            <translation>Vektor</translation>
        </message>
        <message>
            <source>min-max</source>
            <translation>Min-Max</translation>
        </message>
        <message>
            <source>max</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>linear</translation>
        </message>
        <message>
            <source>logarithmic</source>
            <translation>logarithmisch</translation>
        </message>
        <message>
            <source>nonlinear</source>
            <translation>nichtlinear</translation>
        </message>
        <message>
            <source>enhanced accuracy</source>
            <translation>erhöhte Genauigkeit</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis</source>
            <translation>Zavadskas-Turskis</translation>
        </message>
        <message>
            <source>none (raw values)</source>
            <translation>keine (Rohwerte)</translation>
        </message>
        <message>
            <source>distributive</source>
            <translation>distributiv</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>ideal</translation>
        </message>
        <message>
            <source>eigenvector</source>
            <translation>Eigenvektor</translation>
        </message>
        <message>
            <source>geometric mean</source>
            <translation>geometrisches Mittel</translation>
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
            <source>{description} (default: {default})</source>
            <translation>{description} (Standard: {default})</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Jobs created</source>
            <translation>Geschaffene Arbeitsplätze</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>VZÄ</translation>
        </message>
        <message>
            <source>Search projects</source>
            <translation>Projekte suchen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekte</translation>
        </message>
        <message>
            <source>New decision {n}</source>
            <translation>Neue Entscheidung {n}</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <source>Name of the decision:</source>
            <translation>Name der Entscheidung:</translation>
        </message>
        <message>
            <source>Duplicate project</source>
            <translation>Projekt duplizieren</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Name der Kopie:</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (Kopie)</translation>
        </message>
        <message>
            <source>Rename project</source>
            <translation>Projekt umbenennen</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Renamed '{old}' to '{new}'</source>
            <translation>„{old}“ in „{new}“ umbenannt</translation>
        </message>
        <message>
            <source>Delete project</source>
            <translation>Projekt löschen</translation>
        </message>
        <message>
            <source>Delete the project '{name}' with all its data, judgments and scenarios?

The automatic backups keep a copy of it for a while.</source>
            <translation>Das Projekt „{name}“ mit allen Daten, Urteilen und Szenarien löschen?

Die automatischen Sicherungen bewahren noch eine Zeit lang eine Kopie auf.</translation>
        </message>
        <message>
            <source>Deleted '{name}'</source>
            <translation>„{name}“ gelöscht</translation>
        </message>
        <message>
            <source>{file}: could not write the SVG</source>
            <translation>{file}: Die SVG-Datei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>{file}: could not write the PNG</source>
            <translation>{file}: Die PNG-Datei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Node size: {size_by}; line width: gravity interaction PᵢPⱼ/dᵢⱼ^β relative to the strongest pair. Positions are schematic (no map).</source>
            <translation>Knotengröße: {size_by}; Linienbreite: Gravitationsinteraktion PᵢPⱼ/dᵢⱼ^β relativ zum stärksten Paar. Die Positionen sind schematisch (keine Karte).</translation>
        </message>
        <message>
            <source>γ: exponent of attractiveness (1 = proportional)</source>
            <translation>γ: Exponent der Attraktivität (1 = proportional)</translation>
        </message>
        <message>
            <source>λ: distance-decay exponent (2 = Huff's classic value)</source>
            <translation>λ: Exponent des Distanzwiderstands (2 = klassischer Wert nach Huff)</translation>
        </message>
        <message>
            <source>Calibrate λ</source>
            <translation>λ kalibrieren</translation>
        </message>
        <message>
            <source>Least-squares λ from the observed shares (tab 'Observed shares')</source>
            <translation>λ nach der Methode der kleinsten Quadrate aus den beobachteten Anteilen (Reiter „Beobachtete Anteile“)</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Zone hinzufügen</translation>
        </message>
        <message>
            <source>add a zone</source>
            <translation>Zone hinzufügen</translation>
        </message>
        <message>
            <source>Remove zone</source>
            <translation>Zone entfernen</translation>
        </message>
        <message>
            <source>Add centre</source>
            <translation>Zentrum hinzufügen</translation>
        </message>
        <message>
            <source>add a centre</source>
            <translation>Zentrum hinzufügen</translation>
        </message>
        <message>
            <source>Remove centre</source>
            <translation>Zentrum entfernen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Zones&lt;/b&gt; (spending per year)</source>
            <translation>&lt;b&gt;Zonen&lt;/b&gt; (Ausgaben pro Jahr)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Centres&lt;/b&gt; (attractiveness, m²)</source>
            <translation>&lt;b&gt;Zentren&lt;/b&gt; (Attraktivität, m²)</translation>
        </message>
        <message>
            <source>Distances (zone → centre)</source>
            <translation>Distanzen (Zone → Zentrum)</translation>
        </message>
        <message>
            <source>Share of each zone's spending observed at each centre (0–1, empty = not surveyed), for 'Calibrate λ'.</source>
            <translation>Beobachteter Anteil der Ausgaben jeder Zone in jedem Zentrum (0–1, leer = nicht erhoben), für „λ kalibrieren“.</translation>
        </message>
        <message>
            <source>Observed shares</source>
            <translation>Beobachtete Anteile</translation>
        </message>
        <message>
            <source>Plan a new store</source>
            <translation>Neuen Markt planen</translation>
        </message>
        <message>
            <source>losses of this share or more are flagged</source>
            <translation>Verluste ab diesem Anteil werden markiert</translation>
        </message>
        <message>
            <source>New-store scenario (distances: last column of the distance table)</source>
            <translation>Szenario neuer Markt (Distanzen: letzte Spalte der Distanztabelle)</translation>
        </message>
        <message>
            <source>Flag losses ≥</source>
            <translation>Verluste markieren ≥</translation>
        </message>
        <message>
            <source>edit observed share {what}</source>
            <translation>beobachteten Anteil {what} bearbeiten</translation>
        </message>
        <message>
            <source>edit distance {what}</source>
            <translation>Distanz {what} bearbeiten</translation>
        </message>
        <message>
            <source>edit zone {what}</source>
            <translation>Zone {what} bearbeiten</translation>
        </message>
        <message>
            <source>edit centre {what}</source>
            <translation>Zentrum {what} bearbeiten</translation>
        </message>
        <message>
            <source>edit {what}</source>
            <translation>{what} bearbeiten</translation>
        </message>
        <message>
            <source>the loss threshold</source>
            <translation>die Verlustschwelle</translation>
        </message>
        <message>
            <source>set {what}</source>
            <translation>{what} festlegen</translation>
        </message>
        <message>
            <source>remove zone {name}</source>
            <translation>Zone {name} entfernen</translation>
        </message>
        <message>
            <source>remove centre {name}</source>
            <translation>Zentrum {name} entfernen</translation>
        </message>
        <message>
            <source>plan a new store</source>
            <translation>neuen Markt planen</translation>
        </message>
        <message>
            <source>drop the new store</source>
            <translation>neuen Markt verwerfen</translation>
        </message>
        <message>
            <source>rename the new store</source>
            <translation>neuen Markt umbenennen</translation>
        </message>
        <message>
            <source>set the new store's attractiveness</source>
            <translation>Attraktivität des neuen Markts festlegen</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam} (at the edge of the searched range): RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>Kalibriertes λ = {lam} (am Rand des Suchbereichs): RMSE {rmse}, R² {r2} über {n} beobachtete Anteile.</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam}: RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>Kalibriertes λ = {lam}: RMSE {rmse}, R² {r2} über {n} beobachtete Anteile.</translation>
        </message>
        <message>
            <source>calibrate λ</source>
            <translation>λ kalibrieren</translation>
        </message>
        <message>
            <source>Labels: market share. Total {total} = the zones' total spending.</source>
            <translation>Beschriftung: Marktanteil. Summe {total} = Gesamtausgaben der Zonen.</translation>
        </message>
        <message>
            <source>β: distance exponent of the gravity interaction</source>
            <translation>β: Distanzexponent der Gravitationsinteraktion</translation>
        </message>
        <message>
            <source>Add town</source>
            <translation>Stadt hinzufügen</translation>
        </message>
        <message>
            <source>add a town</source>
            <translation>Stadt hinzufügen</translation>
        </message>
        <message>
            <source>Remove town</source>
            <translation>Stadt entfernen</translation>
        </message>
        <message>
            <source>Add function…</source>
            <translation>Funktion hinzufügen…</translation>
        </message>
        <message>
            <source>Remove function</source>
            <translation>Funktion entfernen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Towns&lt;/b&gt;</source>
            <translation>&lt;b&gt;Städte&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Distances&lt;/b&gt; (symmetric: a cell sets both directions)</source>
            <translation>&lt;b&gt;Distanzen&lt;/b&gt; (symmetrisch: eine Zelle setzt beide Richtungen)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Central-place functions&lt;/b&gt; (outlets per town)</source>
            <translation>&lt;b&gt;Zentralörtliche Funktionen&lt;/b&gt; (Einrichtungen je Stadt)</translation>
        </message>
        <message>
            <source>Network chart</source>
            <translation>Netzdiagramm</translation>
        </message>
        <message>
            <source>Towns: index</source>
            <translation>Städte: Index</translation>
        </message>
        <message>
            <source>Coefficients</source>
            <translation>Koeffizienten</translation>
        </message>
        <message>
            <source>edit the name of {town}</source>
            <translation>Namen von {town} bearbeiten</translation>
        </message>
        <message>
            <source>edit the population of {town}</source>
            <translation>Einwohnerzahl von {town} bearbeiten</translation>
        </message>
        <message>
            <source>edit distance {a} ↔ {b}</source>
            <translation>Distanz {a} ↔ {b} bearbeiten</translation>
        </message>
        <message>
            <source>edit outlets of {function} in {town}</source>
            <translation>Einrichtungen {function} in {town} bearbeiten</translation>
        </message>
        <message>
            <source>remove town {name}</source>
            <translation>Stadt {name} entfernen</translation>
        </message>
        <message>
            <source>Add function</source>
            <translation>Funktion hinzufügen</translation>
        </message>
        <message>
            <source>Name of the central-place function:</source>
            <translation>Name der zentralörtlichen Funktion:</translation>
        </message>
        <message>
            <source>add function {name}</source>
            <translation>Funktion {name} hinzufügen</translation>
        </message>
        <message>
            <source>remove function {name}</source>
            <translation>Funktion {name} entfernen</translation>
        </message>
        <message>
            <source>Huff catchment</source>
            <translation>Einzugsgebiet (Huff)</translation>
        </message>
        <message>
            <source>type a value (empty removes it); product groups take population and purchasing-power index from the town</source>
            <translation>Wert eingeben (leer entfernt ihn); Sortimentsgruppen übernehmen Einwohnerzahl und Kaufkraftindex von der Stadt</translation>
        </message>
        <message>
            <source>“—”: a needed input is missing (hover it for which); centrality 100 = turnover equals spending potential</source>
            <translation>„—“: Eine nötige Eingabe fehlt (Mauszeiger darauf zeigt, welche); Zentralität 100 = Umsatz gleich Kaufkraftpotenzial</translation>
        </message>
        <message>
            <source>the town</source>
            <translation>die Stadt</translation>
        </message>
        <message>
            <source>edit {input} of {where}</source>
            <translation>{input} von {where} bearbeiten</translation>
        </message>
        <message>
            <source>No data set: press New or Import….</source>
            <translation>Kein Datensatz: Klicken Sie auf Neu oder Importieren….</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics: hover here for the description and sources.</source>
            <translation>BEISPIELWERTE, keine Statistik: Mauszeiger hierher für Beschreibung und Quellen.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export the tables (.xlsx, .csv), the chart (PNG, SVG) or the inputs (JSON)</source>
            <translation>Tabellen (.xlsx, .csv), Diagramm (PNG, SVG) oder Eingaben (JSON) exportieren</translation>
        </message>
        <message>
            <source>Delete the data set '{name}'? This cannot be undone.</source>
            <translation>Datensatz „{name}“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Import a data set</source>
            <translation>Datensatz importieren</translation>
        </message>
        <message>
            <source>All tables as Excel workbook (.xlsx)…</source>
            <translation>Alle Tabellen als Excel-Arbeitsmappe (.xlsx)…</translation>
        </message>
        <message>
            <source>One table as CSV</source>
            <translation>Eine Tabelle als CSV</translation>
        </message>
        <message>
            <source>Chart as PNG image…</source>
            <translation>Diagramm als PNG-Bild…</translation>
        </message>
        <message>
            <source>Chart as SVG drawing…</source>
            <translation>Diagramm als SVG-Zeichnung…</translation>
        </message>
        <message>
            <source>Inputs for the command line (JSON)…</source>
            <translation>Eingaben für die Befehlszeile (JSON)…</translation>
        </message>
        <message>
            <source>Could not export {file}: {reason}</source>
            <translation>{file} konnte nicht exportiert werden: {reason}</translation>
        </message>
        <message>
            <source>Export all tables</source>
            <translation>Alle Tabellen exportieren</translation>
        </message>
        <message>
            <source>Export a table</source>
            <translation>Tabelle exportieren</translation>
        </message>
        <message>
            <source>Export the inputs for the command line</source>
            <translation>Eingaben für die Befehlszeile exportieren</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Kriterium hinzufügen</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Gruppe hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Add alternative</source>
            <translation>Alternative hinzufügen</translation>
        </message>
        <message>
            <source>Remove alternatives</source>
            <translation>Alternativen entfernen</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Kriterien</translation>
        </message>
        <message>
            <source>select the criteria to remove first</source>
            <translation>wählen Sie zuerst die zu entfernenden Kriterien aus</translation>
        </message>
        <message>
            <source>Remove {names}</source>
            <translation>{names} entfernen</translation>
        </message>
        <message>
            <source>select the alternatives (rows) to remove first</source>
            <translation>wählen Sie zuerst die zu entfernenden Alternativen (Zeilen) aus</translation>
        </message>
        <message>
            <source>{names} and {n} more</source>
            <translation>{names} und {n} weitere</translation>
        </message>
        <message>
            <source>Nothing was pasted: {reason}</source>
            <translation>Nichts wurde eingefügt: {reason}</translation>
        </message>
        <message>
            <source>Paste into {n} cells</source>
            <translation>In {n} Zellen einfügen</translation>
        </message>
        <message>
            <source>Nothing was pasted: the copied block has {rows} rows x {cols} columns, but from alternative {top} and criterion {left} the table has room for {room_rows} x {room_cols}; add alternatives or criteria first</source>
            <translation>Nichts wurde eingefügt: Der kopierte Block hat {rows} Zeilen × {cols} Spalten, aber ab Alternative {top} und Kriterium {left} hat die Tabelle nur Platz für {room_rows} × {room_cols}; fügen Sie zuerst Alternativen oder Kriterien hinzu</translation>
        </message>
        <message>
            <source>Paste {rows} x {cols} values</source>
            <translation>{rows} × {cols} Werte einfügen</translation>
        </message>
        <message>
            <source>Clear {n} values</source>
            <translation>{n} Werte leeren</translation>
        </message>
        <message>
            <source>Clear {n} value</source>
            <translation>{n} Wert leeren</translation>
        </message>
        <message>
            <source>the best {shown} of {total}</source>
            <translation>die besten {shown} von {total}</translation>
        </message>
        <message>
            <source>Open a project to see its ranking.</source>
            <translation>Öffnen Sie ein Projekt, um seine Rangfolge zu sehen.</translation>
        </message>
        <message>
            <source>Do the methods agree?</source>
            <translation>Stimmen die Methoden überein?</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Berechnung …</translation>
        </message>
        <message>
            <source>What-if weights</source>
            <translation>Was-wäre-wenn-Gewichte</translation>
        </message>
        <message>
            <source>{method}: score, higher is better</source>
            <translation>{method}: Punktwert, höher ist besser</translation>
        </message>
        <message>
            <source>{method}: score, lower is better</source>
            <translation>{method}: Punktwert, niedriger ist besser</translation>
        </message>
        <message>
            <source>Rank correlations with the selected method: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Rangkorrelationen mit der gewählten Methode: 1 = gleiche Reihenfolge, 0 = kein Zusammenhang, −1 = umgekehrt.</translation>
        </message>
        <message>
            <source>weights: {source}</source>
            <translation>Gewichte: {source}</translation>
        </message>
        <message>
            <source>Try other weights: the ranking follows at once. Each change is saved and can be undone (Ctrl+Z).</source>
            <translation>Probieren Sie andere Gewichte aus: Die Rangfolge folgt sofort. Jede Änderung wird gespeichert und kann rückgängig gemacht werden (Strg+Z).</translation>
        </message>
        <message>
            <source>Share of this criterion's weight among its siblings</source>
            <translation>Anteil des Gewichts dieses Kriteriums an seiner Gruppe</translation>
        </message>
        <message>
            <source>weight (%)</source>
            <translation>Gewicht (%)</translation>
        </message>
        <message>
            <source>Weights by scenario</source>
            <translation>Gewichte nach Szenario</translation>
        </message>
        <message>
            <source>Save current weights…</source>
            <translation>Aktuelle Gewichte speichern …</translation>
        </message>
        <message>
            <source>Keep the project's current weights and method under a name</source>
            <translation>Die aktuellen Gewichte und die Methode des Projekts unter einem Namen speichern</translation>
        </message>
        <message>
            <source>Use these weights</source>
            <translation>Diese Gewichte verwenden</translation>
        </message>
        <message>
            <source>Give the project the selected scenario's weights (Edit ▸ Undo takes it back)</source>
            <translation>Dem Projekt die Gewichte des gewählten Szenarios geben (Bearbeiten ▸ Rückgängig nimmt es zurück)</translation>
        </message>
        <message>
            <source>Tick up to {n} to compare:</source>
            <translation>Bis zu {n} zum Vergleich ankreuzen:</translation>
        </message>
        <message>
            <source>Rank of each alternative</source>
            <translation>Rang jeder Alternative</translation>
        </message>
        <message>
            <source>(shaded where it moves)</source>
            <translation>(schattiert, wo er sich ändert)</translation>
        </message>
        <message>
            <source>the project's weights now</source>
            <translation>die aktuellen Gewichte des Projekts</translation>
        </message>
        <message>
            <source>{method}, saved weights</source>
            <translation>{method}, gespeicherte Gewichte</translation>
        </message>
        <message>
            <source>Compare at most {n} at once; untick one first.</source>
            <translation>Höchstens {n} gleichzeitig vergleichen; entfernen Sie zuerst ein Häkchen.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Nicht gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>Saved the current weights as '{name}'.</source>
            <translation>Die aktuellen Gewichte wurden als „{name}“ gespeichert.</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Szenario speichern</translation>
        </message>
        <message>
            <source>Name of the scenario (for example 'Jobs first'):</source>
            <translation>Name des Szenarios (zum Beispiel „Arbeitsplätze zuerst“):</translation>
        </message>
        <message>
            <source>Replace scenario</source>
            <translation>Szenario ersetzen</translation>
        </message>
        <message>
            <source>A scenario called '{name}' exists. Replace its weights?</source>
            <translation>Ein Szenario namens „{name}“ existiert bereits. Seine Gewichte ersetzen?</translation>
        </message>
        <message>
            <source>The project now uses the weights of '{name}'.</source>
            <translation>Das Projekt verwendet jetzt die Gewichte von „{name}“.</translation>
        </message>
        <message>
            <source>Deleted '{name}' (Edit ▸ Undo brings it back).</source>
            <translation>„{name}“ gelöscht (Bearbeiten ▸ Rückgängig stellt es wieder her).</translation>
        </message>
        <message>
            <source>Could not rank {list}</source>
            <translation>Keine Rangfolge möglich: {list}</translation>
        </message>
        <message>
            <source>{moved} of {total} alternatives change rank between the compared scenarios.</source>
            <translation>{moved} von {total} Alternativen ändern ihren Rang zwischen den verglichenen Szenarien.</translation>
        </message>
        <message>
            <source>Tick a second entry to compare.</source>
            <translation>Kreuzen Sie einen zweiten Eintrag zum Vergleich an.</translation>
        </message>
        <message>
            <source>Could not compare: {reason}</source>
            <translation>Vergleich nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>Weight of the criterion (%)</source>
            <translation>Gewicht des Kriteriums (%)</translation>
        </message>
        <message>
            <source>now {value}</source>
            <translation>jetzt {value}</translation>
        </message>
        <message>
            <source>Weight of “{criterion}” (%)</source>
            <translation>Gewicht von „{criterion}“ (%)</translation>
        </message>
        <message>
            <source>Rank of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Rang jeder Alternative, wenn das Gewicht von „{criterion}“ von 0 bis 100 % läuft</translation>
        </message>
        <message>
            <source>Score of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Punktwert jeder Alternative, wenn das Gewicht von „{criterion}“ von 0 bis 100 % läuft</translation>
        </message>
        <message>
            <source>The other weights keep their proportions to one another. ○ marks a weight at which two neighbouring alternatives swap places; the dashed line is the current weight.</source>
            <translation>Die übrigen Gewichte behalten ihre Verhältnisse zueinander. ○ markiert ein Gewicht, bei dem zwei benachbarte Alternativen die Plätze tauschen; die gestrichelte Linie ist das aktuelle Gewicht.</translation>
        </message>
        <message>
            <source>Open a project to see how robust its ranking is.</source>
            <translation>Öffnen Sie ein Projekt, um zu sehen, wie robust seine Rangfolge ist.</translation>
        </message>
        <message>
            <source>What would it take for another alternative to win?</source>
            <translation>Was wäre nötig, damit eine andere Alternative gewinnt?</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Sweep one weight</source>
            <translation>Ein Gewicht variieren</translation>
        </message>
        <message>
            <source>Scenarios: save the weights, compare up to four</source>
            <translation>Szenarien: Gewichte speichern, bis zu vier vergleichen</translation>
        </message>
        <message>
            <source>Current winner with {method}: {winner}. Click a row to sweep that criterion.</source>
            <translation>Aktueller Sieger mit {method}: {winner}. Klicken Sie auf eine Zeile, um dieses Kriterium zu variieren.</translation>
        </message>
        <message>
            <source>one weight varied, the others keep their proportions</source>
            <translation>ein Gewicht variiert, die übrigen behalten ihre Verhältnisse</translation>
        </message>
        <message>
            <source>Needs AHP judgments from at least two participants (Weights page)</source>
            <translation>Erfordert AHP-Urteile von mindestens zwei Beteiligten (Seite Gewichte)</translation>
        </message>
        <message>
            <source>Monte Carlo: does the winner survive other weightings?</source>
            <translation>Monte Carlo: Bleibt der Sieger auch bei anderen Gewichtungen vorn?</translation>
        </message>
        <message>
            <source>How many weightings to draw</source>
            <translation>Wie viele Gewichtungen gezogen werden</translation>
        </message>
        <message>
            <source>The same seed gives the same result</source>
            <translation>Derselbe Startwert liefert dasselbe Ergebnis</translation>
        </message>
        <message>
            <source>concentration </source>
            <translation>Konzentration </translation>
        </message>
        <message>
            <source>Higher = weightings closer to the current weights</source>
            <translation>Höher = Gewichtungen näher an den aktuellen Gewichten</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Stichproben</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Weightings spread like the AHP weights of {n} participants</source>
            <translation>Gewichtungen gestreut wie die AHP-Gewichte von {n} Beteiligten</translation>
        </message>
        <message>
            <source>Cancelled. The table shows the previous run.</source>
            <translation>Abgebrochen. Die Tabelle zeigt den vorherigen Lauf.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>Rows: alternatives in the current ranking; cells: share of the weightings giving that rank. Hover a name for its central weights.</source>
            <translation>Zeilen: Alternativen in der aktuellen Rangfolge; Zellen: Anteil der Gewichtungen, die diesen Rang ergeben. Zeigen Sie auf einen Namen für seine zentralen Gewichte.</translation>
        </message>
        <message>
            <source>Never ranked first: no central weights</source>
            <translation>Nie auf Rang 1: keine zentralen Gewichte</translation>
        </message>
        <message>
            <source>Typical weights when it wins (central weights): {weights}, …</source>
            <translation>Typische Gewichte, wenn sie gewinnt (zentrale Gewichte): {weights}, …</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>WS (Sałabun &amp; Urbaniak 2020): the row method's ranking is the reference; the top ranks count most. 1 = the same ranking.</source>
            <translation>WS (Sałabun &amp; Urbaniak 2020): Die Rangfolge der Zeilenmethode ist die Referenz; die vorderen Ränge zählen am meisten. 1 = dieselbe Rangfolge.</translation>
        </message>
        <message>
            <source>Rank correlation: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Rangkorrelation: 1 = dieselbe Reihenfolge, 0 = kein Zusammenhang, −1 = umgekehrt.</translation>
        </message>
        <message>
            <source>Not ranked — {reasons}</source>
            <translation>Nicht gereiht — {reasons}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Rückgängig: {action}</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Wiederholen: {action}</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>New data set</source>
            <translation>Neuer Datensatz</translation>
        </message>
        <message>
            <source>Name of the new {title} data set:</source>
            <translation>Name des neuen Datensatzes ({title}):</translation>
        </message>
        <message>
            <source>New {title}</source>
            <translation>Neu: {title}</translation>
        </message>
        <message>
            <source>Rename data set</source>
            <translation>Datensatz umbenennen</translation>
        </message>
        <message>
            <source>Delete the {title} data set '{name}'? This cannot be undone.</source>
            <translation>Den Datensatz „{name}“ ({title}) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Delete data set</source>
            <translation>Datensatz löschen</translation>
        </message>
        <message>
            <source>{error}. The data set was reloaded.</source>
            <translation>{error}. Der Datensatz wurde neu geladen.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Row over column on Saaty's scale: 1 equal · 3 moderately · 5 strongly · 7 very strongly · 9 extremely more important; 1/3 … the other way. Type 3 or 1/3.</source>
            <translation>Zeile gegenüber Spalte auf der Saaty-Skala: 1 gleich · 3 etwas · 5 deutlich · 7 sehr deutlich · 9 extrem wichtiger; 1/3 … umgekehrt. Geben Sie 3 oder 1/3 ein.</translation>
        </message>
        <message>
            <source>Scores against the factors</source>
            <translation>Punktwerte je Faktor</translation>
        </message>
        <message>
            <source>Pairwise comparison per factor</source>
            <translation>Paarvergleich je Faktor</translation>
        </message>
        <message>
            <source>change strategy method</source>
            <translation>Strategiemethode ändern</translation>
        </message>
        <message>
            <source>{group}  ·  weight {weight}</source>
            <translation>{group}  ·  Gewicht {weight}</translation>
        </message>
        <message>
            <source>Highest global priority: {factor} ({group}, {value}).</source>
            <translation>Höchste globale Priorität: {factor} ({group}, {value}).</translation>
        </message>
        <message>
            <source>group comparison</source>
            <translation>Gruppenvergleich</translation>
        </message>
        <message>
            <source>strategies on '{factor}'</source>
            <translation>Strategien bei '{factor}'</translation>
        </message>
        <message>
            <source>CR above 0.10 in: {where}.</source>
            <translation>CR über 0,10 bei: {where}.</translation>
        </message>
        <message>
            <source>Best strategy: {name} (priority {value}).</source>
            <translation>Beste Strategie: {name} (Priorität {value}).</translation>
        </message>
        <message>
            <source>Best strategy: {name} (score {value}).</source>
            <translation>Beste Strategie: {name} (Punktwert {value}).</translation>
        </message>
        <message>
            <source>All participants combined (AIJ)</source>
            <translation>Alle Beteiligten zusammengefasst (AIJ)</translation>
        </message>
        <message>
            <source>CR — (2 items: always 0)</source>
            <translation>CR — (2 Elemente: immer 0)</translation>
        </message>
        <message>
            <source>{n} participants, combined by the geometric mean of their judgments (AIJ); the CR above is that of the combined matrix. Each participant's CR: {crs}</source>
            <translation>{n} Beteiligte, zusammengefasst durch das geometrische Mittel ihrer Urteile (AIJ); der CR oben gilt für die zusammengefasste Matrix. CR der einzelnen Beteiligten: {crs}</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Local priority of each strategy with respect to each factor, from the comparisons 'Strategies with respect to …' under Compare (left). Priority = Σ global priority of the factor × local priority; the priorities sum to 1.</source>
            <translation>Lokale Priorität jeder Strategie bezüglich jedes Faktors, aus den Vergleichen „Strategien bezüglich …“ unter Vergleich (links). Priorität = Σ globale Priorität des Faktors × lokale Priorität; die Prioritäten ergeben zusammen 1.</translation>
        </message>
        <message>
            <source>Score each strategy 0..5 against each factor (higher is better). Score = Σ global priority × score.</source>
            <translation>Bewerten Sie jede Strategie je Faktor mit 0..5 (höher ist besser). Punktwert = Σ globale Priorität × Bewertung.</translation>
        </message>
        <message>
            <source>{participant}: compare '{a}' with '{b}'</source>
            <translation>{participant}: '{a}' mit '{b}' vergleichen</translation>
        </message>
        <message>
            <source>score '{strategy}' on '{factor}'</source>
            <translation>Bewertung '{strategy}' bei '{factor}'</translation>
        </message>
        <message>
            <source>Add to {group}</source>
            <translation>Hinzufügen zu: {group}</translation>
        </message>
        <message>
            <source>Name of the new factor:</source>
            <translation>Name des neuen Faktors:</translation>
        </message>
        <message>
            <source>add '{name}'</source>
            <translation>'{name}' hinzufügen</translation>
        </message>
        <message>
            <source>Rename factor</source>
            <translation>Faktor umbenennen</translation>
        </message>
        <message>
            <source>rename '{name}'</source>
            <translation>'{name}' umbenennen</translation>
        </message>
        <message>
            <source>remove '{name}'</source>
            <translation>'{name}' entfernen</translation>
        </message>
        <message>
            <source>Add strategy</source>
            <translation>Strategie hinzufügen</translation>
        </message>
        <message>
            <source>Name of the strategy option:</source>
            <translation>Name der Strategieoption:</translation>
        </message>
        <message>
            <source>add strategy '{name}'</source>
            <translation>Strategie '{name}' hinzufügen</translation>
        </message>
        <message>
            <source>remove strategy '{name}'</source>
            <translation>Strategie '{name}' entfernen</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Beteiligte(n) hinzufügen</translation>
        </message>
        <message>
            <source>Name of the new participant (starts with all judgments equal):</source>
            <translation>Name der/des neuen Beteiligten (alle Urteile zunächst gleich):</translation>
        </message>
        <message>
            <source>add participant '{name}'</source>
            <translation>Beteiligte(n) '{name}' hinzufügen</translation>
        </message>
        <message>
            <source>Rename participant</source>
            <translation>Beteiligte(n) umbenennen</translation>
        </message>
        <message>
            <source>rename participant '{name}'</source>
            <translation>Beteiligte(n) '{name}' umbenennen</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Beteiligte(n) entfernen</translation>
        </message>
        <message>
            <source>Remove the judgments of '{name}'?</source>
            <translation>Die Urteile von '{name}' entfernen?</translation>
        </message>
        <message>
            <source>remove participant '{name}'</source>
            <translation>Beteiligte(n) '{name}' entfernen</translation>
        </message>
        <message>
            <source>'{text}' is not a score: type a number.</source>
            <translation>'{text}' ist kein Punktwert: Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>D+R  (prominence: how much a factor is involved)</source>
            <translation>D+R  (Bedeutung: Einbindung des Faktors)</translation>
        </message>
        <message>
            <source>D−R  (relation)</source>
            <translation>D−R  (Relation)</translation>
        </message>
        <message>
            <source>causes ↑</source>
            <translation>Ursachen ↑</translation>
        </message>
        <message>
            <source>effects ↓</source>
            <translation>Wirkungen ↓</translation>
        </message>
        <message>
            <source>mean of T</source>
            <translation>Mittelwert von T</translation>
        </message>
        <message>
            <source>set by you</source>
            <translation>von Ihnen festgelegt</translation>
        </message>
        <message>
            <source>cause (D−R &amp;gt; 0)</source>
            <translation>Ursache (D−R &amp;gt; 0)</translation>
        </message>
        <message>
            <source>{n} arrows: total influence T above the threshold {threshold} ({source}).</source>
            <translation>{n} Pfeile: Gesamteinfluss T über dem Schwellenwert {threshold} ({source}).</translation>
        </message>
        <message>
            <source>global priority</source>
            <translation>globale Priorität</translation>
        </message>
        <message>
            <source>Factors</source>
            <translation>Faktoren</translation>
        </message>
        <message>
            <source>change normalization</source>
            <translation>Normierung ändern</translation>
        </message>
        <message>
            <source>change weighting</source>
            <translation>Gewichtung ändern</translation>
        </message>
        <message>
            <source>set</source>
            <translation>festlegen</translation>
        </message>
        <message>
            <source>Unticked: the threshold is the mean of all entries of T</source>
            <translation>Ohne Häkchen: Der Schwellenwert ist der Mittelwert aller Einträge von T</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellenwert</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Fachperson</translation>
        </message>
        <message>
            <source>Row influences column: 0 none · 1 low · 2 medium · 3 high · 4 very high. The experts' matrices are averaged.</source>
            <translation>Zeile beeinflusst Spalte: 0 kein · 1 gering · 2 mittel · 3 hoch · 4 sehr hoch. Die Matrizen der Fachleute werden gemittelt.</translation>
        </message>
        <message>
            <source>D: influence given (row sums of T); R: influence received (column sums)</source>
            <translation>D: ausgeübter Einfluss (Zeilensummen von T); R: empfangener Einfluss (Spaltensummen)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Causes&lt;/b&gt; (act on these): {causes}.&lt;br&gt;&lt;b&gt;Effects&lt;/b&gt;: {effects}.&lt;br&gt;Experts averaged: {n}; N = X / {k} ({normalization}); weights {weighting}.</source>
            <translation>&lt;b&gt;Ursachen&lt;/b&gt; (hier ansetzen): {causes}.&lt;br&gt;&lt;b&gt;Wirkungen&lt;/b&gt;: {effects}.&lt;br&gt;Gemittelte Fachleute: {n}; N = X / {k} ({normalization}); Gewichte {weighting}.</translation>
        </message>
        <message>
            <source>{expert}: '{a}' on '{b}'</source>
            <translation>{expert}: '{a}' auf '{b}'</translation>
        </message>
        <message>
            <source>change threshold</source>
            <translation>Schwellenwert ändern</translation>
        </message>
        <message>
            <source>Add factor</source>
            <translation>Faktor hinzufügen</translation>
        </message>
        <message>
            <source>add factor '{name}'</source>
            <translation>Faktor '{name}' hinzufügen</translation>
        </message>
        <message>
            <source>rename factor '{name}'</source>
            <translation>Faktor '{name}' umbenennen</translation>
        </message>
        <message>
            <source>remove factor '{name}'</source>
            <translation>Faktor '{name}' entfernen</translation>
        </message>
        <message>
            <source>Add expert</source>
            <translation>Fachperson hinzufügen</translation>
        </message>
        <message>
            <source>Name of the new expert:</source>
            <translation>Name der neuen Fachperson:</translation>
        </message>
        <message>
            <source>add expert '{name}'</source>
            <translation>Fachperson '{name}' hinzufügen</translation>
        </message>
        <message>
            <source>Rename expert</source>
            <translation>Fachperson umbenennen</translation>
        </message>
        <message>
            <source>rename expert '{name}'</source>
            <translation>Fachperson '{name}' umbenennen</translation>
        </message>
        <message>
            <source>Remove expert</source>
            <translation>Fachperson entfernen</translation>
        </message>
        <message>
            <source>Remove the matrix of '{name}'?</source>
            <translation>Die Matrix von '{name}' entfernen?</translation>
        </message>
        <message>
            <source>remove expert '{name}'</source>
            <translation>Fachperson '{name}' entfernen</translation>
        </message>
        <message>
            <source>DEMATEL: cause and effect</source>
            <translation>DEMATEL: Ursache und Wirkung</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Neu…</translation>
        </message>
        <message>
            <source>Replace the open data set by a JSON file in the command-line format (undoable)</source>
            <translation>Den geöffneten Datensatz durch eine JSON-Datei im Befehlszeilenformat ersetzen (rückgängig machbar)</translation>
        </message>
        <message>
            <source>Data set as JSON…</source>
            <translation>Datensatz als JSON…</translation>
        </message>
        <message>
            <source>Shown table as CSV…</source>
            <translation>Angezeigte Tabelle als CSV…</translation>
        </message>
        <message>
            <source>All tables as Excel…</source>
            <translation>Alle Tabellen als Excel…</translation>
        </message>
        <message>
            <source>Chart as PNG…</source>
            <translation>Diagramm als PNG…</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exportiert nach {file}</translation>
        </message>
        <message>
            <source>import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <source>Import data set</source>
            <translation>Datensatz importieren</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Export data set</source>
            <translation>Datensatz exportieren</translation>
        </message>
        <message>
            <source>There is no result to export.</source>
            <translation>Es gibt kein Ergebnis zum Exportieren.</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Tabelle exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export tables</source>
            <translation>Tabellen exportieren</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot write {file}.</source>
            <translation>{file} kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Global weight (%)</source>
            <translation>Globales Gewicht (%)</translation>
        </message>
        <message>
            <source>Global weights of the criteria</source>
            <translation>Globale Gewichte der Kriterien</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Keep this weight when others change</source>
            <translation>Dieses Gewicht beibehalten, wenn sich andere ändern</translation>
        </message>
        <message>
            <source>Drag a slider or type a percentage; the unlocked weights of this group are rescaled so the group sums to 100 %.</source>
            <translation>Ziehen Sie einen Schieberegler oder geben Sie einen Prozentwert ein; die nicht gesperrten Gewichte dieser Gruppe werden so angepasst, dass die Gruppe 100 % ergibt.</translation>
        </message>
        <message>
            <source>Change weights (top level)</source>
            <translation>Gewichte ändern (oberste Ebene)</translation>
        </message>
        <message>
            <source>Change weights ({group})</source>
            <translation>Gewichte ändern ({group})</translation>
        </message>
        <message>
            <source>Sum: {total}</source>
            <translation>Summe: {total}</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Methode:</translation>
        </message>
        <message>
            <source>Weights computed from how much the data of this group's criteria vary.</source>
            <translation>Gewichte, berechnet aus der Streuung der Daten der Kriterien dieser Gruppe.</translation>
        </message>
        <message>
            <source>Open a project to compute weights.</source>
            <translation>Öffnen Sie ein Projekt, um Gewichte zu berechnen.</translation>
        </message>
        <message>
            <source>Apply {method} weights</source>
            <translation>Gewichte nach {method} übernehmen</translation>
        </message>
        <message>
            <source>Direct weights</source>
            <translation>Direkte Gewichte</translation>
        </message>
        <message>
            <source>Pairwise (AHP)</source>
            <translation>Paarvergleich (AHP)</translation>
        </message>
        <message>
            <source>Objective weights</source>
            <translation>Objektive Gewichte</translation>
        </message>
        <message>
            <source>Criteria group:</source>
            <translation>Kriteriengruppe:</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Beteiligte(n) hinzufügen…</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Clear answer</source>
            <translation>Antwort löschen</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Vorschlag übernehmen</translation>
        </message>
        <message>
            <source>Use group weights</source>
            <translation>Gruppengewichte verwenden</translation>
        </message>
        <message>
            <source>Participant:</source>
            <translation>Beteiligte(r):</translation>
        </message>
        <message>
            <source>Matrix (row item over column item; double-click the upper half):</source>
            <translation>Matrix (Zeile gegenüber Spalte; Doppelklick in die obere Hälfte):</translation>
        </message>
        <message>
            <source>Apply suggestion: {a} vs {b}</source>
            <translation>Vorschlag übernehmen: {a} gegenüber {b}</translation>
        </message>
        <message>
            <source>Use AHP weights of {participant}</source>
            <translation>AHP-Gewichte von {participant} verwenden</translation>
        </message>
        <message>
            <source>Use group AHP weights</source>
            <translation>AHP-Gruppengewichte verwenden</translation>
        </message>
        <message>
            <source>This group needs at least two criteria to compare.</source>
            <translation>Diese Gruppe braucht mindestens zwei Kriterien für einen Vergleich.</translation>
        </message>
        <message>
            <source>Question {n} of {total} ({answered} answered)</source>
            <translation>Frage {n} von {total} ({answered} beantwortet)</translation>
        </message>
        <message>
            <source>Choose or add a participant to answer the questions.</source>
            <translation>Wählen Sie eine(n) Beteiligte(n) aus oder fügen Sie eine(n) hinzu, um die Fragen zu beantworten.</translation>
        </message>
        <message>
            <source>CR is above {threshold}. Most inconsistent answer: {a} / {b} = {current} ({current_words}). Suggested: {suggested} ({suggested_words}); CR would be {cr}.</source>
            <translation>CR liegt über {threshold}. Am wenigsten konsistente Antwort: {a} / {b} = {current} ({current_words}). Vorschlag: {suggested} ({suggested_words}); CR wäre dann {cr}.</translation>
        </message>
        <message>
            <source>No participant has answered yet.</source>
            <translation>Noch keine Beteiligten haben geantwortet.</translation>
        </message>
        <message>
            <source>{n} participant(s).</source>
            <translation>{n} Beteiligte.</translation>
        </message>
        <message>
            <source>Clear: {a} vs {b}</source>
            <translation>Löschen: {a} gegenüber {b}</translation>
        </message>
        <message>
            <source>Answer: {a} vs {b}</source>
            <translation>Antwort: {a} gegenüber {b}</translation>
        </message>
        <message>
            <source>Name of the participant:</source>
            <translation>Name der/des Beteiligten:</translation>
        </message>
        <message>
            <source>the left criterion</source>
            <translation>das linke Kriterium</translation>
        </message>
        <message>
            <source>the right criterion</source>
            <translation>das rechte Kriterium</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>{message} (see `innocite --help`)</source>
            <translation>{message} (siehe `innocite --help`)</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio. Without a command, opens the desktop app.</source>
            <translation>InnoCite Decision Studio. Ohne Befehl wird die Desktop-Anwendung geöffnet.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>Version ausgeben und beenden</translation>
        </message>
        <message>
            <source>render the main window with the demo project offscreen to a PNG and exit</source>
            <translation>Hauptfenster mit dem Demoprojekt ohne Bildschirm als PNG speichern und beenden</translation>
        </message>
        <message>
            <source>with --screenshot: a page name (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</source>
            <translation>mit --screenshot: Name einer Seite (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</translation>
        </message>
        <message>
            <source>with no command: the database the app opens</source>
            <translation>ohne Befehl: die Datenbank, die die Anwendung öffnet</translation>
        </message>
        <message>
            <source>interface language: en, sl, de, it or fr (default: the settings or the system's)</source>
            <translation>Sprache der Oberfläche: en, sl, de, it oder fr (Standard: aus den Einstellungen oder vom System)</translation>
        </message>
        <message>
            <source>check this installation offscreen (demo database, ranking, page PNG, memo, translations) and exit 0 if all passed</source>
            <translation>diese Installation ohne Bildschirm prüfen (Demodatenbank, Rangfolge, Seite als PNG, Entscheidungsvorlage, Übersetzungen) und mit 0 beenden, wenn alles bestanden ist</translation>
        </message>
        <message>
            <source>with --self-test: keep its files (PNG, memo) in DIR</source>
            <translation>mit --self-test: seine Dateien (PNG, Entscheidungsvorlage) im Ordner DIR behalten</translation>
        </message>
        <message>
            <source>rank the alternatives of a problem file or stored project</source>
            <translation>Alternativen einer Problemdatei oder eines gespeicherten Projekts in eine Rangfolge bringen</translation>
        </message>
        <message>
            <source>problem file (JSON), or the name or id of a stored project</source>
            <translation>Problemdatei (JSON) oder Name bzw. ID eines gespeicherten Projekts</translation>
        </message>
        <message>
            <source>database for a stored project (default: yours)</source>
            <translation>Datenbank für ein gespeichertes Projekt (Standard: Ihre)</translation>
        </message>
        <message>
            <source>ranking method (see `innocite methods`); default topsis</source>
            <translation>Methode der Rangfolge (siehe `innocite methods`); Standard topsis</translation>
        </message>
        <message>
            <source>column normalization for methods that take one</source>
            <translation>Normierung der Spalten für Methoden, die eine verwenden</translation>
        </message>
        <message>
            <source>AHP synthesis mode</source>
            <translation>AHP-Syntheseverfahren</translation>
        </message>
        <message>
            <source>objective weights (entropy, critic, ...) instead</source>
            <translation>stattdessen objektive Gewichte (entropy, critic, ...)</translation>
        </message>
        <message>
            <source>method parameter</source>
            <translation>Parameter der Methode</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>priorities and consistency of one pairwise matrix</source>
            <translation>Prioritäten und Konsistenz einer Paarvergleichsmatrix</translation>
        </message>
        <message>
            <source>AHP file (JSON): items plus matrix or judgments</source>
            <translation>AHP-Datei (JSON): Elemente sowie Matrix oder Urteile</translation>
        </message>
        <message>
            <source>objective criteria weights from the data</source>
            <translation>objektive Kriteriengewichte aus den Daten</translation>
        </message>
        <message>
            <source>problem file (JSON)</source>
            <translation>Problemdatei (JSON)</translation>
        </message>
        <message>
            <source>entropy, critic, std, merec or equal</source>
            <translation>entropy, critic, std, merec oder equal</translation>
        </message>
        <message>
            <source>list ranking and weighting methods with parameters</source>
            <translation>Methoden für Rangfolge und Gewichtung mit Parametern auflisten</translation>
        </message>
        <message>
            <source>list the projects in the database</source>
            <translation>Projekte in der Datenbank auflisten</translation>
        </message>
        <message>
            <source>database URL or SQLite file (default: yours)</source>
            <translation>Datenbank-URL oder SQLite-Datei (Standard: Ihre)</translation>
        </message>
        <message>
            <source>store a project file as a new project</source>
            <translation>Projektdatei als neues Projekt speichern</translation>
        </message>
        <message>
            <source>project file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>Projektdatei: .json, .xlsx, .csv oder .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>project name (default: the name in the file)</source>
            <translation>Projektname (Standard: der Name in der Datei)</translation>
        </message>
        <message>
            <source>write a stored project to a file</source>
            <translation>gespeichertes Projekt in eine Datei schreiben</translation>
        </message>
        <message>
            <source>project name or id</source>
            <translation>Projektname oder ID</translation>
        </message>
        <message>
            <source>output file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>Ausgabedatei: .json, .xlsx, .csv oder .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>tipping points, stability intervals and rank acceptability (SMAA)</source>
            <translation>Kipppunkte, Stabilitätsintervalle und Rangakzeptanz (SMAA)</translation>
        </message>
        <message>
            <source>problem file (JSON) or a stored project's name or id</source>
            <translation>Problemdatei (JSON) oder Name bzw. ID eines gespeicherten Projekts</translation>
        </message>
        <message>
            <source>ranking method (default: the file's, or topsis)</source>
            <translation>Methode der Rangfolge (Standard: die der Datei oder topsis)</translation>
        </message>
        <message>
            <source>SMAA weightings (default 10000)</source>
            <translation>SMAA-Gewichtungen (Standard 10000)</translation>
        </message>
        <message>
            <source>random seed (default 0)</source>
            <translation>Zufallsstartwert (Standard 0)</translation>
        </message>
        <message>
            <source>composite indicator: benchmark towns on indicators</source>
            <translation>Composite-Indikator: Benchmarking von Städten anhand von Indikatoren</translation>
        </message>
        <message>
            <source>benchmarking file: JSON, or a long CSV unit,indicator,value</source>
            <translation>Benchmarking-Datei: JSON oder langes CSV unit,indicator,value</translation>
        </message>
        <message>
            <source>write an empty Excel workbook to fill in and import</source>
            <translation>leere Excel-Arbeitsmappe zum Ausfüllen und Importieren schreiben</translation>
        </message>
        <message>
            <source>output file (.xlsx)</source>
            <translation>Ausgabedatei (.xlsx)</translation>
        </message>
        <message>
            <source>check, back up or restore the projects database</source>
            <translation>Projektdatenbank prüfen, sichern oder wiederherstellen</translation>
        </message>
        <message>
            <source>quick and integrity check</source>
            <translation>Schnell- und Integritätsprüfung</translation>
        </message>
        <message>
            <source>checked backup now</source>
            <translation>jetzt eine geprüfte Sicherung anlegen</translation>
        </message>
        <message>
            <source>replace the database by a backup (keeps the current one)</source>
            <translation>Datenbank durch eine Sicherung ersetzen (die aktuelle bleibt erhalten)</translation>
        </message>
        <message>
            <source>backup file to restore</source>
            <translation>wiederherzustellende Sicherungsdatei</translation>
        </message>
        <message>
            <source>--lang {code}: unknown language; use one of en, sl, de, it, fr</source>
            <translation>--lang {code}: unbekannte Sprache; verwenden Sie en, sl, de, it oder fr</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>{what}: unexpected error: {error}</source>
            <translation>{what}: unerwarteter Fehler: {error}</translation>
        </message>
        <message>
            <source>write a decision memo (PDF, Word or HTML) of a stored project</source>
            <translation>Entscheidungsvorlage (PDF, Word oder HTML) eines gespeicherten Projekts schreiben</translation>
        </message>
        <message>
            <source>stored project's name or id</source>
            <translation>Name oder ID des gespeicherten Projekts</translation>
        </message>
        <message>
            <source>FILE.pdf, FILE.docx or FILE.html</source>
            <translation>DATEI.pdf, DATEI.docx oder DATEI.html</translation>
        </message>
        <message>
            <source>ranking method (default topsis)</source>
            <translation>Methode der Rangfolge (Standard topsis)</translation>
        </message>
        <message>
            <source>the decision taken (may differ from the ranking)</source>
            <translation>die getroffene Entscheidung (kann von der Rangfolge abweichen)</translation>
        </message>
        <message>
            <source>why it was taken</source>
            <translation>warum sie getroffen wurde</translation>
        </message>
        <message>
            <source>whether the decision follows the ranking (default: guessed from --decision)</source>
            <translation>ob die Entscheidung der Rangfolge folgt (Standard: aus --decision abgeleitet)</translation>
        </message>
        <message>
            <source>who writes the memo</source>
            <translation>wer die Vorlage verfasst</translation>
        </message>
        <message>
            <source>memo title (default: Decision memo: PROJECT)</source>
            <translation>Titel der Vorlage (Standard: Entscheidungsvorlage: PROJEKT)</translation>
        </message>
        <message>
            <source>PDF/Word page</source>
            <translation>Seitenformat für PDF/Word</translation>
        </message>
        <message>
            <source>leave a section out (repeatable): {sections}</source>
            <translation>einen Abschnitt weglassen (wiederholbar): {sections}</translation>
        </message>
        <message>
            <source>random weightings (default 10000)</source>
            <translation>zufällige Gewichtungen (Standard 10000)</translation>
        </message>
        <message>
            <source>regenerate a stored memo snapshot instead of building a new one</source>
            <translation>einen gespeicherten Snapshot der Vorlage neu erzeugen, statt einen neuen zu erstellen</translation>
        </message>
        <message>
            <source>language of the memo: sl, de, it, fr or en (default: the interface language, see innocite --lang; --snapshot regenerates in the language stored with it)</source>
            <translation>Sprache der Vorlage: sl, de, it, fr oder en (Standard: die Sprache der Oberfläche, siehe innocite --lang; --snapshot erzeugt sie in der mit ihm gespeicherten Sprache neu)</translation>
        </message>
        <message>
            <source>do not store the new snapshot</source>
            <translation>den neuen Snapshot nicht speichern</translation>
        </message>
        <message>
            <source>{file}: the folder {folder} does not exist</source>
            <translation>{file}: der Ordner {folder} existiert nicht</translation>
        </message>
        <message>
            <source>{file}: is a folder; give a file name</source>
            <translation>{file}: ist ein Ordner; geben Sie einen Dateinamen an</translation>
        </message>
        <message>
            <source>{file}: cannot write there (permission denied)</source>
            <translation>{file}: dort kann nicht geschrieben werden (keine Berechtigung)</translation>
        </message>
        <message>
            <source>--lang {code}: choose one of {codes}</source>
            <translation>--lang {code}: wählen Sie eine von {codes}</translation>
        </message>
        <message>
            <source>--samples {samples}: needs at least 1 weighting</source>
            <translation>--samples {samples}: mindestens 1 Gewichtung erforderlich</translation>
        </message>
        <message>
            <source>--param {item}: expected NAME=VALUE</source>
            <translation>--param {item}: erwartet NAME=WERT</translation>
        </message>
        <message>
            <source>{file}: cannot write the memo ({reason})</source>
            <translation>{file}: die Vorlage kann nicht geschrieben werden ({reason})</translation>
        </message>
        <message>
            <source>stored memo {id} belongs to another project</source>
            <translation>die gespeicherte Vorlage {id} gehört zu einem anderen Projekt</translation>
        </message>
        <message>
            <source>Memo regenerated from snapshot: {path} ({format})</source>
            <translation>Vorlage aus der Momentaufnahme neu erzeugt: {path} ({format})</translation>
        </message>
        <message>
            <source>Memo written: {path} ({format})</source>
            <translation>Vorlage geschrieben: {path} ({format})</translation>
        </message>
        <message>
            <source>Snapshot id: {id}</source>
            <translation>ID der Momentaufnahme: {id}</translation>
        </message>
        <message>
            <source>Data hash: {hash}</source>
            <translation>Datenhash: {hash}</translation>
        </message>
        <message>
            <source>also write the benchmarking report (.pdf, .docx, .html)</source>
            <translation>auch den Benchmarking-Bericht schreiben (.pdf, .docx, .html)</translation>
        </message>
        <message>
            <source>report: the town compared with its peers</source>
            <translation>Bericht: die mit ihren Vergleichsstädten verglichene Stadt</translation>
        </message>
        <message>
            <source>report: its peers (default: all others)</source>
            <translation>Bericht: ihre Vergleichsstädte (Standard: alle anderen)</translation>
        </message>
        <message>
            <source>report page size</source>
            <translation>Seitenformat des Berichts</translation>
        </message>
        <message>
            <source>report language: en, sl, de, it, fr (default: the interface language)</source>
            <translation>Sprache des Berichts: en, sl, de, it, fr (Standard: die Sprache der Oberfläche)</translation>
        </message>
        <message>
            <source>unknown language '{code}' (use one of {codes})</source>
            <translation>unbekannte Sprache '{code}' (verwenden Sie eine von {codes})</translation>
        </message>
        <message>
            <source>--lang is an option of --report</source>
            <translation>--lang ist eine Option von --report</translation>
        </message>
        <message>
            <source>--town and --peers are options of --report</source>
            <translation>--town und --peers sind Optionen von --report</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>median {median}, 5-95 %: {low}-{high}</source>
            <translation>Median {median}, 5–95 %: {low}–{high}</translation>
        </message>
        <message>
            <source>Dropped (missing values): {units}</source>
            <translation>Ausgeschlossen (fehlende Werte): {units}</translation>
        </message>
        <message>
            <source>Imputed: {cells}</source>
            <translation>Imputiert: {cells}</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs, seed {seed}; share of rank variance: {shares}</source>
            <translation>Unsicherheit: {runs} Durchläufe, Startwert {seed}; Anteil an der Rangvarianz: {shares}</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Bericht geschrieben nach {path}</translation>
        </message>
        <message>
            <source>a project named '{name}' exists already; import with --name NEW_NAME</source>
            <translation>ein Projekt namens '{name}' existiert bereits; importieren Sie mit --name NEUER_NAME</translation>
        </message>
        <message>
            <source>the template is an Excel workbook: give a file name ending in .xlsx</source>
            <translation>die Vorlage ist eine Excel-Arbeitsmappe: geben Sie einen Dateinamen mit der Endung .xlsx an</translation>
        </message>
        <message>
            <source>Method: {method}; winner: {winner}</source>
            <translation>Methode: {method}; Sieger: {winner}</translation>
        </message>
        <message>
            <source>What it would take</source>
            <translation>Was es bräuchte</translation>
        </message>
        <message>
            <source>no weight in [0, 1] changes the winner</source>
            <translation>kein Gewicht in [0, 1] ändert den Sieger</translation>
        </message>
        <message>
            <source>{delta} makes {alternative} win</source>
            <translation>{delta} lässt {alternative} gewinnen</translation>
        </message>
        <message>
            <source>winner stays for weights {low} to {high}</source>
            <translation>Sieger bleibt bei Gewichten von {low} bis {high}</translation>
        </message>
        <message>
            <source>Rank acceptability ({samples} weightings, seed {seed})</source>
            <translation>Rangakzeptanz ({samples} Gewichtungen, Startwert {seed})</translation>
        </message>
        <message>
            <source>{alternative}: rank 1..3 = {shares}</source>
            <translation>{alternative}: Rang 1..3 = {shares}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Alles speichern</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ja, &amp;alle</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nein</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;ein, keine</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Standardwerte wiederherstellen</translation>
        </message>
    </context>
</TS>
