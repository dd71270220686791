<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
    <context>
        <name />
        <message>
            <source>Cannot open the projects database.</source>
            <translation>Impossibile aprire il database dei progetti.</translation>
        </message>
        <message>
            <source>composite score ({normalization}, {aggregation}; higher is better)</source>
            <translation>punteggio composito ({normalization}, {aggregation}; più alto è meglio)</translation>
        </message>
        <message>
            <source>rank (1 = best) over {runs} Monte Carlo runs</source>
            <translation>posizione (1 = migliore) su {runs} simulazioni Monte Carlo</translation>
        </message>
        <message>
            <source>mean of the peers</source>
            <translation>media dei comuni di confronto</translation>
        </message>
        <message>
            <source>mean of all other towns</source>
            <translation>media di tutti gli altri comuni</translation>
        </message>
        <message>
            <source>Each indicator is rescaled so that the worst town gets 0 and the best town 1 (min-max normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Ogni indicatore è riscalato in modo che il comune peggiore abbia 0 e il migliore 1 (normalizzazione min-max); più alto è sempre meglio, gli indicatori di costo sono invertiti.</translation>
        </message>
        <message>
            <source>Each indicator is expressed as the number of standard deviations a town lies above or below the mean of the towns (z-score standardisation); higher is always better, cost indicators are turned round.</source>
            <translation>Ogni indicatore è espresso come numero di deviazioni standard di cui un comune si trova sopra o sotto la media dei comuni (standardizzazione z-score); più alto è sempre meglio, gli indicatori di costo sono invertiti.</translation>
        </message>
        <message>
            <source>Each indicator is rescaled between fixed goalposts: the lower goalpost gives 0, the upper goalpost 1, values outside are clipped (goalpost normalization, as in the HDI); higher is always better, cost indicators are turned round.</source>
            <translation>Ogni indicatore è riscalato tra limiti fissi: il limite inferiore dà 0, quello superiore 1, i valori esterni sono troncati (normalizzazione a limiti fissi, come nell'ISU); più alto è sempre meglio, gli indicatori di costo sono invertiti.</translation>
        </message>
        <message>
            <source>Each indicator is expressed relative to a reference (distance to a reference); higher is always better, cost indicators are turned round.</source>
            <translation>Ogni indicatore è espresso rispetto a un riferimento (distanza dal riferimento); più alto è sempre meglio, gli indicatori di costo sono invertiti.</translation>
        </message>
        <message>
            <source>Each indicator is replaced by the town's rank on it, counted from the worst (rank normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Ogni indicatore è sostituito dalla posizione del comune, contata dal peggiore (normalizzazione per posizione); più alto è sempre meglio, gli indicatori di costo sono invertiti.</translation>
        </message>
        <message>
            <source>A town with a missing value is left out of the composite.</source>
            <translation>Un comune con un valore mancante è escluso dall'indicatore composito.</translation>
        </message>
        <message>
            <source>A missing value is replaced by the mean of the other towns' values of that indicator (before normalization).</source>
            <translation>Un valore mancante è sostituito con la media dei valori degli altri comuni per quell'indicatore (prima della normalizzazione).</translation>
        </message>
        <message>
            <source>A missing value is replaced by the median of the other towns' values of that indicator (before normalization).</source>
            <translation>Un valore mancante è sostituito con la mediana dei valori degli altri comuni per quell'indicatore (prima della normalizzazione).</translation>
        </message>
        <message>
            <source>the weights given in the data set</source>
            <translation>i pesi indicati nel set di dati</translation>
        </message>
        <message>
            <source>equal weights</source>
            <translation>pesi uguali</translation>
        </message>
        <message>
            <source>budget allocation (points shared out over the indicators)</source>
            <translation>ripartizione di un budget (punti distribuiti tra gli indicatori)</translation>
        </message>
        <message>
            <source>weights from pairwise comparisons (AHP)</source>
            <translation>pesi da confronti a coppie (AHP)</translation>
        </message>
        <message>
            <source>objective weights from the entropy of each indicator</source>
            <translation>pesi oggettivi dall'entropia di ciascun indicatore</translation>
        </message>
        <message>
            <source>objective weights by CRITIC (contrast and correlation of the indicators)</source>
            <translation>pesi oggettivi con CRITIC (contrasto e correlazione degli indicatori)</translation>
        </message>
        <message>
            <source>a weighted arithmetic mean: a weak result on one indicator can be fully compensated by a strong one (linear aggregation)</source>
            <translation>una media aritmetica ponderata: un risultato debole su un indicatore può essere compensato del tutto da uno forte (aggregazione lineare)</translation>
        </message>
        <message>
            <source>a weighted geometric mean: a weak result is compensated only in part (geometric aggregation)</source>
            <translation>una media geometrica ponderata: un risultato debole è compensato solo in parte (aggregazione geometrica)</translation>
        </message>
        <message>
            <source>Normalization method</source>
            <translation>Metodo di normalizzazione</translation>
        </message>
        <message>
            <source>Aggregation method</source>
            <translation>Metodo di aggregazione</translation>
        </message>
        <message>
            <source>Weights (±ranges)</source>
            <translation>Pesi (±intervalli)</translation>
        </message>
        <message>
            <source>Interactions of the choices</source>
            <translation>Interazioni tra le scelte</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Set di dati</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Towns</source>
            <translation>Comuni</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicatori</translation>
        </message>
        <message>
            <source>Illustrative values: the values of {count} of {total} indicators are illustrative (a plausible order of magnitude, not taken from a named source); do not draw conclusions from them.</source>
            <translation>Dati illustrativi: i valori di {count} indicatori su {total} sono illustrativi (un ordine di grandezza plausibile, non tratto da una fonte indicata); non ne tragga conclusioni.</translation>
        </message>
        <message>
            <source>indicators whose values come from the named source: {names}</source>
            <translation>indicatori i cui valori provengono dalla fonte indicata: {names}</translation>
        </message>
        <message>
            <source>single values from a named source: {values}</source>
            <translation>singoli valori da una fonte indicata: {values}</translation>
        </message>
        <message>
            <source>Sourced values: {parts}.</source>
            <translation>Valori con fonte: {parts}.</translation>
        </message>
        <message>
            <source>Not stated whether illustrative or sourced: {names}.</source>
            <translation>Non indicato se illustrativi o con fonte: {names}.</translation>
        </message>
        <message>
            <source>illustrative</source>
            <translation>illustrativo</translation>
        </message>
        <message>
            <source>sourced</source>
            <translation>con fonte</translation>
        </message>
        <message>
            <source>Huff model: catchment shares, turnover, new-store impact</source>
            <translation>Modello di Huff: quote del bacino d'utenza, fatturato, impatto di un nuovo punto vendita</translation>
        </message>
        <message>
            <source>zones, centres and distances (JSON)</source>
            <translation>zone, poli commerciali e distanze (JSON)</translation>
        </message>
        <message>
            <source>spending potential, centrality, flows, gap and supportable floor space</source>
            <translation>potenziale di spesa, centralità, flussi, divario e superficie di vendita sostenibile</translation>
        </message>
        <message>
            <source>the town's retail figures (JSON)</source>
            <translation>i dati commerciali del comune (JSON)</translation>
        </message>
        <message>
            <source>settlement network: breaking points, gravity, accessibility, centrality</source>
            <translation>rete insediativa: punti di equilibrio, gravitazione, accessibilità, centralità</translation>
        </message>
        <message>
            <source>towns, populations, distances and functions (JSON)</source>
            <translation>comuni, popolazioni, distanze e funzioni (JSON)</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>file non trovato</translation>
        </message>
        <message>
            <source>Probability of choosing each centre (rows: origin zones)</source>
            <translation>Probabilità di scelta di ogni polo commerciale (righe: zone di origine)</translation>
        </message>
        <message>
            <source>accessibility</source>
            <translation>accessibilità</translation>
        </message>
        <message>
            <source>Expected turnover and market share</source>
            <translation>Fatturato atteso e quota di mercato</translation>
        </message>
        <message>
            <source>share</source>
            <translation>quota</translation>
        </message>
        <message>
            <source>New centre '{id}': turnover {turnover}, share {share}</source>
            <translation>Nuovo polo commerciale '{id}': fatturato {turnover}, quota {share}</translation>
        </message>
        <message>
            <source>LOSS &gt;= {threshold} %</source>
            <translation>PERDITA &gt;= {threshold} %</translation>
        </message>
        <message>
            <source>before</source>
            <translation>prima</translation>
        </message>
        <message>
            <source>after</source>
            <translation>dopo</translation>
        </message>
        <message>
            <source>change</source>
            <translation>variazione</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>segnalazione</translation>
        </message>
        <message>
            <source>Calibrated lambda: {value} (least squares on {n} observed shares, RMSE {rmse}, R² {r2})</source>
            <translation>Lambda calibrato: {value} (minimi quadrati su {n} quote osservate, RMSE {rmse}, R² {r2})</translation>
        </message>
        <message>
            <source>WARNING: at the edge of the searched range</source>
            <translation>ATTENZIONE: al limite dell'intervallo esplorato</translation>
        </message>
        <message>
            <source>Centrality (simple: turnover / potential x 100)</source>
            <translation>Centralità (semplice: fatturato / potenziale x 100)</translation>
        </message>
        <message>
            <source>Centrality (index: turnover index / PP index x 100)</source>
            <translation>Centralità (indice: indice di fatturato / indice PA x 100)</translation>
        </message>
        <message>
            <source>Net flow (turnover - potential; + inflow)</source>
            <translation>Flusso netto (fatturato - potenziale; + afflusso)</translation>
        </message>
        <message>
            <source>Gap (potential - turnover; + unmet demand)</source>
            <translation>Divario (potenziale - fatturato; + domanda insoddisfatta)</translation>
        </message>
        <message>
            <source>Leakage/surplus factor (+ leakage, - surplus)</source>
            <translation>Fattore di evasione/eccedenza (+ evasione, - eccedenza)</translation>
        </message>
        <message>
            <source>figure</source>
            <translation>indicatore</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valore</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Comune</translation>
        </message>
        <message>
            <source>Product group '{id}'</source>
            <translation>Gruppo merceologico '{id}'</translation>
        </message>
        <message>
            <source>Converse breaking points (distance from each town)</source>
            <translation>Punti di equilibrio di Converse (distanza da ogni comune)</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>coppia</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distanza</translation>
        </message>
        <message>
            <source>from a</source>
            <translation>da a</translation>
        </message>
        <message>
            <source>from b</source>
            <translation>da b</translation>
        </message>
        <message>
            <source>Gravity interaction P_i P_j / d_ij^beta</source>
            <translation>Interazione gravitazionale P_i P_j / d_ij^beta</translation>
        </message>
        <message>
            <source>Accessibility (Hansen) and functional index (Davies)</source>
            <translation>Accessibilità (Hansen) e indice funzionale (Davies)</translation>
        </message>
        <message>
            <source>Location coefficients: {values}</source>
            <translation>Coefficienti di localizzazione: {values}</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regione</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Popolazione</translation>
        </message>
        <message>
            <source>Population: source</source>
            <translation>Popolazione: fonte</translation>
        </message>
        <message>
            <source>less is better</source>
            <translation>meno è meglio</translation>
        </message>
        <message>
            <source>more is better</source>
            <translation>più è meglio</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direzione</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppo</translation>
        </message>
        <message>
            <source>Weight given</source>
            <translation>Peso indicato</translation>
        </message>
        <message>
            <source>Weight used (%)</source>
            <translation>Peso usato (%)</translation>
        </message>
        <message>
            <source>Goalposts</source>
            <translation>Limiti</translation>
        </message>
        <message>
            <source>illustrative except {towns} (sourced)</source>
            <translation>illustrativo tranne {towns} (con fonte)</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non indicato</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Anno</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valori</translation>
        </message>
        <message>
            <source>Weight used: each indicator's share of the composite after the weighting method and the groups (sums to 100 %).</source>
            <translation>Peso usato: quota di ciascun indicatore nell'indicatore composito dopo il metodo di ponderazione e i gruppi (somma 100 %).</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metodo</translation>
        </message>
        <message>
            <source>The composite indicator follows the OECD/JRC Handbook on Constructing Composite Indicators (Nardo et al. 2008): missing data, normalization, weighting, aggregation.</source>
            <translation>L'indicatore composito segue il manuale OECD/JRC Handbook on Constructing Composite Indicators (Nardo et al. 2008): dati mancanti, normalizzazione, ponderazione, aggregazione.</translation>
        </message>
        <message>
            <source>Missing data</source>
            <translation>Dati mancanti</translation>
        </message>
        <message>
            <source>Imputed cells ({count}), with the value used:</source>
            <translation>Celle sostituite ({count}), con il valore usato:</translation>
        </message>
        <message>
            <source>No value was missing: nothing was imputed.</source>
            <translation>Nessun valore mancava: nulla è stato sostituito.</translation>
        </message>
        <message>
            <source>Left out for missing values: {towns}.</source>
            <translation>Esclusi per valori mancanti: {towns}.</translation>
        </message>
        <message>
            <source>Normalization</source>
            <translation>Normalizzazione</translation>
        </message>
        <message>
            <source>Formula: {formula}</source>
            <translation>Formula: {formula}</translation>
        </message>
        <message>
            <source>Reference: {values}</source>
            <translation>Riferimento: {values}</translation>
        </message>
        <message>
            <source>Clipped to their goalposts: {cells}.</source>
            <translation>Troncati ai limiti: {cells}.</translation>
        </message>
        <message>
            <source>Note: {note}.</source>
            <translation>Nota: {note}.</translation>
        </message>
        <message>
            <source>Weighting and aggregation</source>
            <translation>Ponderazione e aggregazione</translation>
        </message>
        <message>
            <source>Weights: {weighting} — {detail}.</source>
            <translation>Pesi: {weighting} — {detail}.</translation>
        </message>
        <message>
            <source>Indicators are first combined inside their groups ({groups}) into a dimension index by {inner}; the dimension indices are then combined by {outer}.</source>
            <translation>Gli indicatori sono prima combinati all'interno dei loro gruppi ({groups}) in un indice di dimensione mediante {inner}; gli indici di dimensione sono poi combinati mediante {outer}.</translation>
        </message>
        <message>
            <source>The composite score is {aggregation}.</source>
            <translation>Il punteggio composito è {aggregation}.</translation>
        </message>
        <message>
            <source>Geometric mean: {shift}.</source>
            <translation>Media geometrica: {shift}.</translation>
        </message>
        <message>
            <source>Ties: {rule}; {ranks}.</source>
            <translation>Parità: {rule}; {ranks}.</translation>
        </message>
        <message>
            <source>Composite ranking</source>
            <translation>Classifica composita</translation>
        </message>
        <message>
            <source>{town} ranks first with a composite score of {score}.</source>
            <translation>{town} è in prima posizione con un punteggio composito di {score}.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Pos.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punteggio</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Compromise set (Opricovic's conditions): {alternatives}</source>
            <translation>Insieme di compromesso (condizioni di Opricovic): {alternatives}</translation>
        </message>
        <message>
            <source>Conventions</source>
            <translation>Convenzioni</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>lambda max {lambda_max}   CI {ci}   CR {cr}   (random index {ri}, {ri_table})</source>
            <translation>lambda max {lambda_max}   CI {ci}   CR {cr}   (indice casuale {ri}, {ri_table})</translation>
        </message>
        <message>
            <source>prioritization: {method}</source>
            <translation>calcolo delle priorità: {method}</translation>
        </message>
        <message>
            <source>missing judgments completed by {method}</source>
            <translation>giudizi mancanti completati con {method}</translation>
        </message>
        <message>
            <source>acceptable (CR &lt;= {limit})</source>
            <translation>accettabile (CR &lt;= {limit})</translation>
        </message>
        <message>
            <source>too inconsistent (CR &gt; {limit})</source>
            <translation>troppo incoerente (CR &gt; {limit})</translation>
        </message>
        <message>
            <source>consistency: {verdict}</source>
            <translation>consistenza: {verdict}</translation>
        </message>
        <message>
            <source>Judgments to revisit</source>
            <translation>Giudizi da rivedere</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Attuale</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggerito</translation>
        </message>
        <message>
            <source>CR after</source>
            <translation>CR dopo</translation>
        </message>
        <message>
            <source>Ranking methods</source>
            <translation>Metodi di classifica</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Chiave</translation>
        </message>
        <message>
            <source>Parameters (default)</source>
            <translation>Parametri (predefinito)</translation>
        </message>
        <message>
            <source>Weighting methods: {methods}</source>
            <translation>Metodi di ponderazione: {methods}</translation>
        </message>
        <message>
            <source>No projects yet: `innocite import FILE` stores a problem file.</source>
            <translation>Ancora nessun progetto: `innocite import FILE` salva un file di problema.</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aggiornato</translation>
        </message>
        <message>
            <source>imported '{name}' (id {id}): {alternatives} alternatives, {criteria} criteria</source>
            <translation>importato '{name}' (id {id}): {alternatives} alternative, {criteria} criteri</translation>
        </message>
        <message>
            <source>(database backed up first to {path})</source>
            <translation>(backup del database eseguito prima in {path})</translation>
        </message>
        <message>
            <source>wrote {path}: fill in its sheets, then `innocite import {path}`</source>
            <translation>scritto {path}: compilare i fogli, poi `innocite import {path}`</translation>
        </message>
        <message>
            <source>exported '{name}' to {path}</source>
            <translation>'{name}' esportato in {path}</translation>
        </message>
        <message>
            <source>Median rank</source>
            <translation>Posizione mediana</translation>
        </message>
        <message>
            <source>Rank 5–95 %</source>
            <translation>Posizione 5–95 %</translation>
        </message>
        <message>
            <source>Figure 1. Composite scores of the towns (higher is better).</source>
            <translation>Figura 1. Punteggi compositi dei comuni (più alto è meglio).</translation>
        </message>
        <message>
            <source>No uncertainty analysis was run: the ranks above hold for these choices only.</source>
            <translation>Non è stata eseguita alcuna analisi di incertezza: le posizioni sopra valgono solo per queste scelte.</translation>
        </message>
        <message>
            <source>How certain are the ranks?</source>
            <translation>Quanto sono certe le posizioni?</translation>
        </message>
        <message>
            <source>The composite was recomputed {runs} times (Monte Carlo, seed {seed}), each time with one of the normalizations {normalizations}, one of the aggregations {aggregations} and weights drawn within their ranges. Each town's median rank and the band holding 90 % of its ranks (5th to 95th percentile) show how much its place depends on these choices.</source>
            <translation>L'indicatore composito è stato ricalcolato {runs} volte (Monte Carlo, seme {seed}), ogni volta con una delle normalizzazioni {normalizations}, una delle aggregazioni {aggregations} e pesi estratti entro i loro intervalli. La posizione mediana di ogni comune e la fascia che contiene il 90 % delle sue posizioni (dal 5° al 95° percentile) mostrano quanto la sua posizione dipenda da queste scelte.</translation>
        </message>
        <message>
            <source>Figure 2. Rank of each town: median (◆), 5–95 % band, rank above (●).</source>
            <translation>Figura 2. Posizione di ogni comune: mediana (◆), fascia 5–95 %, posizione sopra (●).</translation>
        </message>
        <message>
            <source>Share of the variance of the ranks (all towns pooled) explained by each choice alone (first-order sensitivity); the rest comes from the choices together:</source>
            <translation>Quota della varianza delle posizioni (tutti i comuni insieme) spiegata da ciascuna scelta da sola (sensitività del primo ordine); il resto deriva dalle scelte insieme:</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Scelta</translation>
        </message>
        <message>
            <source>Share of rank variance (%)</source>
            <translation>Quota della varianza delle posizioni (%)</translation>
        </message>
        <message>
            <source>Weights in the runs: {weights}.</source>
            <translation>Pesi nelle simulazioni: {weights}.</translation>
        </message>
        <message>
            <source>{town} against its peers</source>
            <translation>{town} rispetto ai comuni di confronto</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of {peers}, indicator by indicator.</source>
            <translation>{town} è confrontato con la media di {peers}, indicatore per indicatore.</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of all other towns ranked, indicator by indicator.</source>
            <translation>{town} è confrontato con la media di tutti gli altri comuni in classifica, indicatore per indicatore.</translation>
        </message>
        <message>
            <source>{path}: no such database file</source>
            <translation>{path}: file di database inesistente</translation>
        </message>
        <message>
            <source>{path} is damaged (integrity_check: {detail}); restore a backup with `innocite db restore`</source>
            <translation>{path} è danneggiato (integrity_check: {detail}); ripristinare un backup con `innocite db restore`</translation>
        </message>
        <message>
            <source>{url}: not a SQLite file</source>
            <translation>{url}: non è un file SQLite</translation>
        </message>
        <message>
            <source>{url}: restore a PostgreSQL database on the server (pg_restore)</source>
            <translation>{url}: ripristinare un database PostgreSQL sul server (pg_restore)</translation>
        </message>
        <message>
            <source>{database}: ok (PostgreSQL {version})</source>
            <translation>{database}: ok (PostgreSQL {version})</translation>
        </message>
        <message>
            <source>{path}: ok ({size} bytes, journal {journal}, {backups} backups, latest {latest})</source>
            <translation>{path}: ok ({size} byte, journal {journal}, {backups} backup, il più recente {latest})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>backed up {database} to {backup} ({size} bytes; {kept} backups kept)</source>
            <translation>backup di {database} in {backup} ({size} byte; {kept} backup conservati)</translation>
        </message>
        <message>
            <source>restored {database} from {backup}; the previous file is saved as {saved}</source>
            <translation>{database} ripristinato da {backup}; il file precedente è salvato come {saved}</translation>
        </message>
        <message>
            <source>restored {database} from {backup}</source>
            <translation>{database} ripristinato da {backup}</translation>
        </message>
        <message>
            <source>Strongest indicators: {names}.</source>
            <translation>Indicatori più forti: {names}.</translation>
        </message>
        <message>
            <source>Weakest indicators: {names}.</source>
            <translation>Indicatori più deboli: {names}.</translation>
        </message>
        <message>
            <source>Peers' mean</source>
            <translation>Media dei comuni di confronto</translation>
        </message>
        <message>
            <source>Better by (%)</source>
            <translation>Meglio di (%)</translation>
        </message>
        <message>
            <source>Normalized gap</source>
            <translation>Scarto normalizzato</translation>
        </message>
        <message>
            <source>Better by: the relative gap, turned round for cost indicators (positive: {town} does better). Normalized gap: difference on the normalized scale ({normalization}).</source>
            <translation>Meglio di: lo scarto relativo, invertito per gli indicatori di costo (positivo: {town} fa meglio). Scarto normalizzato: differenza sulla scala normalizzata ({normalization}).</translation>
        </message>
        <message>
            <source>Imputed values among these towns: {cells}.</source>
            <translation>Valori sostituiti tra questi comuni: {cells}.</translation>
        </message>
        <message>
            <source>Figure {n}. {town} and its peers on every indicator; each axis runs from the worst town ranked (centre) to the best (rim).</source>
            <translation>Figura {n}. {town} e i comuni di confronto su ogni indicatore; ogni asse va dal comune peggiore in classifica (centro) al migliore (bordo).</translation>
        </message>
        <message>
            <source>Reproducibility</source>
            <translation>Riproducibilità</translation>
        </message>
        <message>
            <source>{runs} runs, seed {seed}</source>
            <translation>{runs} simulazioni, seme {seed}</translation>
        </message>
        <message>
            <source>no uncertainty run</source>
            <translation>nessuna analisi di incertezza</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Applicazione</translation>
        </message>
        <message>
            <source>Data hash (SHA-256)</source>
            <translation>Hash dei dati (SHA-256)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generato</translation>
        </message>
        <message>
            <source>The hash covers the towns, indicators, values and settings above; the same data, settings and seed give the same report.</source>
            <translation>L'hash copre comuni, indicatori, valori e impostazioni indicati sopra; gli stessi dati, impostazioni e seme danno lo stesso rapporto.</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not {suffix}</source>
            <translation>{file}: un rapporto si scrive come .pdf, .docx o .html, non come {suffix}</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not a file without extension</source>
            <translation>{file}: un rapporto si scrive come .pdf, .docx o .html, non come file senza estensione</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>Benchmarking</translation>
        </message>
        <message>
            <source>the uncertainty run belongs to other towns: run it again</source>
            <translation>l'analisi di incertezza riguarda altri comuni: la esegua di nuovo</translation>
        </message>
        <message>
            <source>town '{town}' is not one of the towns</source>
            <translation>il comune '{town}' non è tra i comuni</translation>
        </message>
        <message>
            <source>Benchmarking report: {name}</source>
            <translation>Rapporto di benchmarking: {name}</translation>
        </message>
        <message>
            <source>Decision memo</source>
            <translation>Nota decisionale</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autore</translation>
        </message>
        <message>
            <source>Project owner</source>
            <translation>Responsabile del progetto</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Progetto</translation>
        </message>
        <message>
            <source>The decision question</source>
            <translation>La domanda decisionale</translation>
        </message>
        <message>
            <source>Alternatives</source>
            <translation>Alternative</translation>
        </message>
        <message>
            <source>Criteria and weights</source>
            <translation>Criteri e pesi</translation>
        </message>
        <message>
            <source>Performance of the alternatives</source>
            <translation>Prestazioni delle alternative</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Classifica</translation>
        </message>
        <message>
            <source>How robust is the ranking?</source>
            <translation>Quanto è robusta la classifica?</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Scenari a confronto</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <source>Appendix</source>
            <translation>Appendice</translation>
        </message>
        <message>
            <source>Alternative</source>
            <translation>Alternativa</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrice</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>CR</source>
            <translation>CR</translation>
        </message>
        <message>
            <source>Pairs answered</source>
            <translation>Coppie risposte</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Giudizio</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Rapporto</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Voci</translation>
        </message>
        <message>
            <source>Rank 1</source>
            <translation>Posizione 1</translation>
        </message>
        <message>
            <source>Rank 2</source>
            <translation>Posizione 2</translation>
        </message>
        <message>
            <source>Rank 3</source>
            <translation>Posizione 3</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Impostazione</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>benefit (more is better)</source>
            <translation>beneficio (più è meglio)</translation>
        </message>
        <message>
            <source>cost (less is better)</source>
            <translation>costo (meno è meglio)</translation>
        </message>
        <message>
            <source>No decision question was recorded for this project.</source>
            <translation>Per questo progetto non è stata registrata alcuna domanda decisionale.</translation>
        </message>
        <message>
            <source>Weights are global: they add up to 100 % over the criteria with data.</source>
            <translation>I pesi sono globali: sommano a 100 % sui criteri con dati.</translation>
        </message>
        <message>
            <source>Not every criterion has a weight, so the ranking could not be computed.</source>
            <translation>Non tutti i criteri hanno un peso, quindi non è stato possibile calcolare la classifica.</translation>
        </message>
        <message>
            <source>entered directly</source>
            <translation>inseriti direttamente</translation>
        </message>
        <message>
            <source>from the pairwise comparisons (AHP, group geometric mean of {n} participant(s))</source>
            <translation>dai confronti a coppie (AHP, media geometrica di gruppo di {n} partecipanti)</translation>
        </message>
        <message>
            <source>{node}: weights {origin}.</source>
            <translation>{node}: pesi {origin}.</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Livello superiore</translation>
        </message>
        <message>
            <source>Group (geometric mean)</source>
            <translation>Gruppo (media geometrica)</translation>
        </message>
        <message>
            <source>Alternatives under {criterion}</source>
            <translation>Alternative sotto {criterion}</translation>
        </message>
        <message>
            <source>Consistency ratio (CR) of every pairwise matrix; up to 0.10 is acceptable.</source>
            <translation>Rapporto di consistenza (CR) di ogni matrice di confronto a coppie; fino a 0,10 è accettabile.</translation>
        </message>
        <message>
            <source>not enough answers</source>
            <translation>risposte insufficienti</translation>
        </message>
        <message>
            <source>above 0.10: inconsistent</source>
            <translation>sopra 0,10: incoerente</translation>
        </message>
        <message>
            <source>Sources of the values:</source>
            <translation>Fonti dei valori:</translation>
        </message>
        <message>
            <source>Columns {first}–{last} of {total}.</source>
            <translation>Colonne {first}–{last} di {total}.</translation>
        </message>
        <message>
            <source>The alternatives were ranked with {label}: {description}</source>
            <translation>Le alternative sono state classificate con {label}: {description}</translation>
        </message>
        <message>
            <source>Normalization: {plain} ({formula}).</source>
            <translation>Normalizzazione: {plain} ({formula}).</translation>
        </message>
        <message>
            <source>Ties: {rule}.</source>
            <translation>Parità: {rule}.</translation>
        </message>
        <message>
            <source>Weights used: {source}.</source>
            <translation>Pesi usati: {source}.</translation>
        </message>
        <message>
            <source>A higher score is better.</source>
            <translation>Un punteggio più alto è migliore.</translation>
        </message>
        <message>
            <source>A lower score is better.</source>
            <translation>Un punteggio più basso è migliore.</translation>
        </message>
        <message>
            <source>{winner} ranks first with {method}.</source>
            <translation>{winner} è prima con {method}.</translation>
        </message>
        <message>
            <source>Each criterion's contribution to the score (the method adds them up):</source>
            <translation>Contributo di ogni criterio al punteggio (il metodo li somma):</translation>
        </message>
        <message>
            <source>Figure 1. Scores of the alternatives ({method}).</source>
            <translation>Figura 1. Punteggi delle alternative ({method}).</translation>
        </message>
        <message>
            <source>Figure 2. Contribution of each criterion to the score.</source>
            <translation>Figura 2. Contributo di ogni criterio al punteggio.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} rises above {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} resta prima a meno che il peso di {criterion} salga oltre {x} % (ora {now} %); allora è prima {other}.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} falls below {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} resta prima a meno che il peso di {criterion} scenda sotto {x} % (ora {now} %); allora è prima {other}.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} rises to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} resta prima finché il peso di {criterion} sale a {x} % (ora {now} %); lì un'altra alternativa la raggiunge al primo posto.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} falls to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} resta prima finché il peso di {criterion} scende a {x} % (ora {now} %); lì un'altra alternativa la raggiunge al primo posto.</translation>
        </message>
        <message>
            <source>No weight of {criterion} between 0 and 100 % changes the winner (now {now} %).</source>
            <translation>Nessun peso di {criterion} tra 0 e 100 % cambia il vincitore (ora {now} %).</translation>
        </message>
        <message>
            <source>Each criterion's weight changed on its own, the others rescaled in proportion:</source>
            <translation>Il peso di ogni criterio variato da solo, gli altri riscalati in proporzione:</translation>
        </message>
        <message>
            <source>The weight changes that would alter the winner could not be computed: {reason}</source>
            <translation>Non è stato possibile calcolare le variazioni di peso che cambierebbero il vincitore: {reason}</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} % of {samples} random weightings (seed {seed}).</source>
            <translation>{winner} è stata prima nel {share} % di {samples} ponderazioni casuali (seme {seed}).</translation>
        </message>
        <message>
            <source>Share of {samples} random weightings (uniform over all weight sets) giving each rank:</source>
            <translation>Quota di {samples} ponderazioni casuali (uniformi su tutti gli insiemi di pesi) che dà ogni posizione:</translation>
        </message>
        <message>
            <source>The random-weights analysis could not be computed: {reason}</source>
            <translation>Non è stato possibile calcolare l'analisi con pesi casuali: {reason}</translation>
        </message>
        <message>
            <source>The same data ranked with other methods (their default settings):</source>
            <translation>Gli stessi dati classificati con altri metodi (con le loro impostazioni predefinite):</translation>
        </message>
        <message>
            <source>Spearman rank correlation of each method with {method}: {values}.</source>
            <translation>Correlazione di rango di Spearman di ogni metodo con {method}: {values}.</translation>
        </message>
        <message>
            <source>{method} could not rank the data: {reason}</source>
            <translation>{method} non ha potuto classificare i dati: {reason}</translation>
        </message>
        <message>
            <source>Ranks of the alternatives under the project's current weights and the saved scenarios:</source>
            <translation>Posizioni delle alternative con i pesi attuali del progetto e gli scenari salvati:</translation>
        </message>
        <message>
            <source>No scenarios were saved for this project.</source>
            <translation>Per questo progetto non sono stati salvati scenari.</translation>
        </message>
        <message>
            <source>{n} further scenario(s) not shown.</source>
            <translation>Altri {n} scenari non mostrati.</translation>
        </message>
        <message>
            <source>Current weights</source>
            <translation>Pesi attuali</translation>
        </message>
        <message>
            <source>Decision taken: {chosen}</source>
            <translation>Decisione presa: {chosen}</translation>
        </message>
        <message>
            <source>No decision has been recorded yet.</source>
            <translation>Non è stata ancora registrata alcuna decisione.</translation>
        </message>
        <message>
            <source>Rationale: {text}</source>
            <translation>Motivazione: {text}</translation>
        </message>
        <message>
            <source>The analysis recommends {winner}.</source>
            <translation>L'analisi raccomanda {winner}.</translation>
        </message>
        <message>
            <source>The decision differs from the recommendation of the analysis ({winner}).</source>
            <translation>La decisione differisce dalla raccomandazione dell'analisi ({winner}).</translation>
        </message>
        <message>
            <source>Pairwise judgments</source>
            <translation>Giudizi a coppie</translation>
        </message>
        <message>
            <source>Pairwise judgments as given by each participant:</source>
            <translation>Giudizi a coppie come espressi da ogni partecipante:</translation>
        </message>
        <message>
            <source>No pairwise judgments were given.</source>
            <translation>Non sono stati espressi giudizi a coppie.</translation>
        </message>
        <message>
            <source>Audit log summary</source>
            <translation>Sintesi del registro delle modifiche</translation>
        </message>
        <message>
            <source>Changes recorded in the project's audit log: {total} entries, from {first} to {last}.</source>
            <translation>Modifiche registrate nel registro del progetto: {total} voci, dal {first} al {last}.</translation>
        </message>
        <message>
            <source>The audit log holds no entries for this project.</source>
            <translation>Il registro delle modifiche non contiene voci per questo progetto.</translation>
        </message>
        <message>
            <source>Changes made by: {who}.</source>
            <translation>Modifiche effettuate da: {who}.</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio {version}</source>
            <translation>InnoCite Decision Studio {version}</translation>
        </message>
        <message>
            <source>Data hash (SHA-256): {hash}</source>
            <translation>Hash dei dati (SHA-256): {hash}</translation>
        </message>
        <message>
            <source>Memo snapshot made {created}.</source>
            <translation>Istantanea della nota creata il {created}.</translation>
        </message>
        <message>
            <source>This memo is generated from a stored snapshot of its inputs and results; regenerating it gives the same text.</source>
            <translation>Questa nota è generata da un'istantanea salvata dei suoi dati e risultati; rigenerarla dà lo stesso testo.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> e </translation>
        </message>
        <message>
            <source>Method key</source>
            <translation>Chiave del metodo</translation>
        </message>
        <message>
            <source>Parameter {name}</source>
            <translation>Parametro {name}</translation>
        </message>
        <message>
            <source>Random weightings</source>
            <translation>Ponderazioni casuali</translation>
        </message>
        <message>
            <source>{samples} (seed {seed}, uniform over the weight simplex)</source>
            <translation>{samples} (seme {seed}, uniformi sul simplesso dei pesi)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sezioni</translation>
        </message>
        <message>
            <source>Data hash</source>
            <translation>Hash dei dati</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Istantanea</translation>
        </message>
        <message>
            <source>{method} score ({direction})</source>
            <translation>Punteggio {method} ({direction})</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>più alto è meglio</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>più basso è meglio</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} di {pages}</translation>
        </message>
        <message>
            <source>Weighted sum (WSM)</source>
            <translation>Somma ponderata (WSM)</translation>
        </message>
        <message>
            <source>Weighted product (WPM)</source>
            <translation>Prodotto ponderato (WPM)</translation>
        </message>
        <message>
            <source>Closeness to the ideal and distance from the anti-ideal alternative (Euclidean).</source>
            <translation>Vicinanza all'alternativa ideale e distanza da quella anti-ideale (euclidea).</translation>
        </message>
        <message>
            <source>Sum of weighted normalized values; each criterion's contribution is reported.</source>
            <translation>Somma dei valori normalizzati ponderati; è riportato il contributo di ogni criterio.</translation>
        </message>
        <message>
            <source>Product of values raised to their weights; needs values above zero.</source>
            <translation>Prodotto dei valori elevati ai loro pesi; richiede valori maggiori di zero.</translation>
        </message>
        <message>
            <source>vector normalization x/sqrt(sum x^2); cost columns as 1 - r</source>
            <translation>normalizzazione vettoriale x/sqrt(sum x^2); colonne di costo come 1 - r</translation>
        </message>
        <message>
            <source>min-max normalization (x - min)/(max - min), reversed for cost</source>
            <translation>normalizzazione min-max (x - min)/(max - min), invertita per i costi</translation>
        </message>
        <message>
            <source>max normalization x/max; cost columns as 1 - x/max</source>
            <translation>normalizzazione sul massimo x/max; colonne di costo come 1 - x/max</translation>
        </message>
        <message>
            <source>sum normalization x/sum x; cost columns (1/x)/sum(1/x)</source>
            <translation>normalizzazione sulla somma x/sum x; colonne di costo (1/x)/sum(1/x)</translation>
        </message>
        <message>
            <source>linear normalization x/max; cost columns min/x</source>
            <translation>normalizzazione lineare x/max; colonne di costo min/x</translation>
        </message>
        <message>
            <source>logarithmic normalization ln x / ln prod x</source>
            <translation>normalizzazione logaritmica ln x / ln prod x</translation>
        </message>
        <message>
            <source>nonlinear normalization (x/max)^2; cost columns (min/x)^3</source>
            <translation>normalizzazione non lineare (x/max)^2; colonne di costo (min/x)^3</translation>
        </message>
        <message>
            <source>enhanced accuracy normalization (Zeng &amp; Xiao)</source>
            <translation>normalizzazione ad accuratezza migliorata (Zeng &amp; Xiao)</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis normalization</source>
            <translation>normalizzazione di Zavadskas-Turskis</translation>
        </message>
        <message>
            <source>none: raw values (cost criteria subtracted); only for criteria on one scale</source>
            <translation>nessuna: valori grezzi (i criteri di costo vengono sottratti); solo per criteri sulla stessa scala</translation>
        </message>
        <message>
            <source>none: raw values raised to the weight (cost criteria to minus the weight)</source>
            <translation>nessuna: valori grezzi elevati al peso (criteri di costo a meno il peso)</translation>
        </message>
        <message>
            <source>none: raw values; each gap f*_j - f_ij is divided by the criterion's range f*_j - f-_j (f* best, f- worst value of the criterion)</source>
            <translation>nessuna: valori grezzi; ogni scarto f*_j - f_ij è diviso per l'intervallo del criterio f*_j - f-_j (f* valore migliore, f- peggiore del criterio)</translation>
        </message>
        <message>
            <source>none: preference functions on raw differences (thresholds q, p in the criterion's units); flows divided by the weight sum and by (m-1)</source>
            <translation>nessuna: funzioni di preferenza sulle differenze grezze (soglie q, p nelle unità del criterio); flussi divisi per la somma dei pesi e per (m-1)</translation>
        </message>
        <message>
            <source>sum normalization x/sum x for every criterion (direction enters via S+ and S-)</source>
            <translation>normalizzazione sulla somma x/sum x per ogni criterio (la direzione entra tramite S+ e S-)</translation>
        </message>
        <message>
            <source>standard competition ranking (1, 2, 2, 4); scores equal within 1e-9 relative share a rank</source>
            <translation>classifica standard per competizione (1, 2, 2, 4); punteggi uguali entro 1e-9 relativo condividono una posizione</translation>
        </message>
        <message>
            <source>given weights</source>
            <translation>pesi assegnati</translation>
        </message>
        <message>
            <source>given weights (product of local weights down the criteria tree)</source>
            <translation>pesi assegnati (prodotto dei pesi locali lungo l'albero dei criteri)</translation>
        </message>
        <message>
            <source>AHP pairwise comparison of the criteria</source>
            <translation>confronto a coppie dei criteri (AHP)</translation>
        </message>
        <message>
            <source>only one alternative: every flow is 0</source>
            <translation>una sola alternativa: ogni flusso è 0</translation>
        </message>
        <message>
            <source>every alternative has the same S (S- = S*): the S term of Q is set to 0</source>
            <translation>tutte le alternative hanno lo stesso S (S- = S*): il termine S di Q è posto a 0</translation>
        </message>
        <message>
            <source>every alternative has the same R (R- = R*): the R term of Q is set to 0</source>
            <translation>tutte le alternative hanno lo stesso R (R- = R*): il termine R di Q è posto a 0</translation>
        </message>
        <message>
            <source>acceptable stability fails: the best Q is not also best by S or R</source>
            <translation>stabilità accettabile non soddisfatta: il miglior Q non è anche il migliore per S o R</translation>
        </message>
        <message>
            <source>distributive mode: each criterion's local priorities sum to 1, global priority = weighted sum (global priorities sum to 1)</source>
            <translation>modalità distributiva: le priorità locali di ogni criterio sommano a 1, priorità globale = somma ponderata (le priorità globali sommano a 1)</translation>
        </message>
        <message>
            <source>ideal mode (Saaty): each criterion's local priorities divided by their largest value, weighted sum, then the global scores renormalised to sum 1</source>
            <translation>modalità ideale (Saaty): le priorità locali di ogni criterio divise per il loro valore massimo, somma ponderata, poi i punteggi globali rinormalizzati a somma 1</translation>
        </message>
        <message>
            <source>no pairwise judgments of the alternatives: local priorities from the performance values: benefit x/sum(x), cost (1/x)/sum(1/x) (sum normalization; needs values &gt; 0)</source>
            <translation>nessun giudizio a coppie sulle alternative: priorità locali dai valori delle prestazioni: beneficio x/sum(x), costo (1/x)/sum(1/x) (normalizzazione sulla somma; richiede valori &gt; 0)</translation>
        </message>
        <message>
            <source>the prioritization parameter applies only to pairwise matrices</source>
            <translation>il parametro di calcolo delle priorità vale solo per le matrici di confronto a coppie</translation>
        </message>
        <message>
            <source>score = utility degree Q/max Q (1 for the best); Q = S+ + sum S- / (S- x sum 1/S-) as in Zavadskas et al. (1994)</source>
            <translation>punteggio = grado di utilità Q/max Q (1 per la migliore); Q = S+ + sum S- / (S- x sum 1/S-) come in Zavadskas et al. (1994)</translation>
        </message>
        <message>
            <source>composite indicator: missing data, normalization, weighting, aggregation</source>
            <translation>indicatore composito: dati mancanti, normalizzazione, ponderazione, aggregazione</translation>
        </message>
        <message>
            <source>every normalized value is oriented so that higher is better; cost indicators are flipped as the normalization formula states</source>
            <translation>ogni valore normalizzato è orientato in modo che più alto sia meglio; gli indicatori di costo sono invertiti come indica la formula di normalizzazione</translation>
        </message>
        <message>
            <source>min-max: y = (x - min)/(max - min) for benefit indicators, (max - x)/(max - min) for cost indicators, min and max over the units ranked; 0 is the worst unit, 1 the best; an indicator with the same value everywhere gets 0.5</source>
            <translation>min-max: y = (x - min)/(max - min) per gli indicatori di beneficio, (max - x)/(max - min) per quelli di costo, min e max sulle unità in classifica; 0 è l'unità peggiore, 1 la migliore; un indicatore con lo stesso valore ovunque riceve 0,5</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the sample standard deviation (divisor m - 1); an indicator with the same value everywhere gets 0</source>
            <translation>z-score: y = (x - media)/sd per gli indicatori di beneficio, (media - x)/sd per quelli di costo; sd è la deviazione standard campionaria (divisore m - 1); un indicatore con lo stesso valore ovunque riceve 0</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the population standard deviation (divisor m); an indicator with the same value everywhere gets 0</source>
            <translation>z-score: y = (x - media)/sd per gli indicatori di beneficio, (media - x)/sd per quelli di costo; sd è la deviazione standard della popolazione (divisore m); un indicatore con lo stesso valore ovunque riceve 0</translation>
        </message>
        <message>
            <source>goalposts: y = (x - lo)/(hi - lo) for benefit indicators, (hi - x)/(hi - lo) for cost indicators, lo and hi the indicator's fixed goalposts; with log, ln x, ln lo and ln hi replace x, lo and hi (as the UNDP HDI income index); values outside the goalposts are clipped to them, so y is in [0, 1]</source>
            <translation>goalpost: y = (x - lo)/(hi - lo) per gli indicatori di beneficio, (hi - x)/(hi - lo) per quelli di costo, lo e hi i goalpost fissi dell'indicatore; con log, ln x, ln lo e ln hi sostituiscono x, lo e hi (come nell'indice del reddito dell'HDI dell'UNDP); i valori fuori dai goalpost vi vengono ricondotti, quindi y è in [0, 1]</translation>
        </message>
        <message>
            <source>distance to a reference (relative difference): y = (x - ref)/|ref| for benefit indicators, (ref - x)/|ref| for cost indicators; 0 is level with the reference, positive is better</source>
            <translation>distanza da un riferimento (differenza relativa): y = (x - ref)/|ref| per gli indicatori di beneficio, (ref - x)/|ref| per quelli di costo; 0 è pari al riferimento, positivo è meglio</translation>
        </message>
        <message>
            <source>distance to a reference (ratio): y = x/ref for benefit indicators, ref/x for cost indicators; 1 is level with the reference, above 1 is better</source>
            <translation>distanza da un riferimento (rapporto): y = x/ref per gli indicatori di beneficio, ref/x per quelli di costo; 1 è pari al riferimento, sopra 1 è meglio</translation>
        </message>
        <message>
            <source>rank: y = the unit's rank on the indicator counted from the worst (1 = worst, m = best); ties share the average of their ranks</source>
            <translation>posizione: y = posizione dell'unità sull'indicatore contata dalla peggiore (1 = peggiore, m = migliore); le unità a pari merito ricevono la media delle loro posizioni</translation>
        </message>
        <message>
            <source>linear: weighted arithmetic mean sum_j w_j y_j (compensatory)</source>
            <translation>lineare: media aritmetica ponderata sum_j w_j y_j (compensativa)</translation>
        </message>
        <message>
            <source>geometric: weighted geometric mean prod_j y_j^w_j with weights summing to 1 (less compensatory: a low value cannot be fully offset by a high one)</source>
            <translation>geometrica: media geometrica ponderata prod_j y_j^w_j con pesi a somma 1 (meno compensativa: un valore basso non può essere del tutto compensato da uno alto)</translation>
        </message>
        <message>
            <source>units with a missing value are left out of the normalization and the ranking (listed as dropped)</source>
            <translation>le unità con un valore mancante sono escluse dalla normalizzazione e dalla classifica (elencate come escluse)</translation>
        </message>
        <message>
            <source>a missing value is replaced by the mean of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>un valore mancante è sostituito dalla media dei valori delle altre unità per quell'indicatore (valori grezzi, prima della normalizzazione); le celle imputate sono elencate</translation>
        </message>
        <message>
            <source>a missing value is replaced by the median of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>un valore mancante è sostituito dalla mediana dei valori delle altre unità per quell'indicatore (valori grezzi, prima della normalizzazione); le celle imputate sono elencate</translation>
        </message>
        <message>
            <source>rank 1 is the highest composite score</source>
            <translation>la posizione 1 ha il punteggio composito più alto</translation>
        </message>
        <message>
            <source>given reference values (a national value or a target) per indicator</source>
            <translation>valori di riferimento assegnati (un valore nazionale o un obiettivo) per indicatore</translation>
        </message>
        <message>
            <source>given weights (an indicator without a weight counts 1)</source>
            <translation>pesi assegnati (un indicatore senza peso conta 1)</translation>
        </message>
        <message>
            <source>normalised to sum 1</source>
            <translation>normalizzati a somma 1</translation>
        </message>
        <message>
            <source>normalised to sum 1 inside each group</source>
            <translation>normalizzati a somma 1 all'interno di ogni gruppo</translation>
        </message>
        <message>
            <source>dimension weights equal</source>
            <translation>pesi delle dimensioni uguali</translation>
        </message>
        <message>
            <source>dimension weights given per group</source>
            <translation>pesi delle dimensioni assegnati per gruppo</translation>
        </message>
        <message>
            <source>Entropy weights (Shannon)</source>
            <translation>pesi di entropia (Shannon)</translation>
        </message>
        <message>
            <source>CRITIC weights (Diakoulaki)</source>
            <translation>pesi CRITIC (Diakoulaki)</translation>
        </message>
        <message>
            <source>the weights inside a group and of the groups are the group shares of these global weights</source>
            <translation>i pesi all'interno di un gruppo e quelli dei gruppi sono le quote di gruppo di questi pesi globali</translation>
        </message>
        <message>
            <source>missing-data handling, group aggregation, goalposts and reference stay as in the base settings</source>
            <translation>gestione dei dati mancanti, aggregazione nei gruppi, goalpost e riferimento restano come nelle impostazioni di base</translation>
        </message>
        <message>
            <source>median and 5th/95th percentiles of each unit's rank over the runs (linear interpolation between order statistics)</source>
            <translation>mediana e 5°/95° percentile della posizione di ogni unità sulle simulazioni (interpolazione lineare tra statistiche d'ordine)</translation>
        </message>
        <message>
            <source>max_row_col: X divided by k = the largest of all row sums and column sums of X</source>
            <translation>max_row_col: X diviso per k = la maggiore di tutte le somme di riga e di colonna di X</translation>
        </message>
        <message>
            <source>max_row: X divided by k = the largest row sum of X</source>
            <translation>max_row: X diviso per k = la maggiore somma di riga di X</translation>
        </message>
        <message>
            <source>euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalised to sum 1</source>
            <translation>euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalizzati a somma 1</translation>
        </message>
        <message>
            <source>prominence: w_i = (D_i + R_i), normalised to sum 1</source>
            <translation>prominence: w_i = (D_i + R_i), normalizzati a somma 1</translation>
        </message>
        <message>
            <source>mean of all entries of T</source>
            <translation>media di tutti gli elementi di T</translation>
        </message>
        <message>
            <source>set by the user</source>
            <translation>impostata dall'utente</translation>
        </message>
        <message>
            <source>rows influence columns: x_ij is the direct influence of factor i on j</source>
            <translation>le righe influenzano le colonne: x_ij è l'influenza diretta del fattore i su j</translation>
        </message>
        <message>
            <source>N = X / k; T = N (I - N)^-1, computed by a linear solve</source>
            <translation>N = X / k; T = N (I - N)^-1, calcolata risolvendo un sistema lineare</translation>
        </message>
        <message>
            <source>D = row sums of T (influence given), R = column sums (influence received)</source>
            <translation>D = somme di riga di T (influenza esercitata), R = somme di colonna (influenza ricevuta)</translation>
        </message>
        <message>
            <source>causes: D - R &gt; 0; effects: D - R &lt;= 0</source>
            <translation>cause: D - R &gt; 0; effetti: D - R &lt;= 0</translation>
        </message>
        <message>
            <source>impact-relation map: arcs i -&gt; j with T_ij &gt; threshold, self-loops omitted</source>
            <translation>mappa delle relazioni di influenza: archi i -&gt; j con T_ij &gt; soglia, senza autoanelli</translation>
        </message>
        <message>
            <source>local priorities: AHP within each SWOT group (or weights given directly, normalised to sum 1)</source>
            <translation>priorità locali: AHP all'interno di ciascun gruppo SWOT (o pesi indicati direttamente, normalizzati a somma 1)</translation>
        </message>
        <message>
            <source>group weights: AHP over S, W, O, T (or weights given directly)</source>
            <translation>pesi dei gruppi: AHP su S, W, O, T (o pesi indicati direttamente)</translation>
        </message>
        <message>
            <source>global priority = group weight x local priority; all global priorities sum to 1</source>
            <translation>priorità globale = peso del gruppo x priorità locale; tutte le priorità globali sommano a 1</translation>
        </message>
        <message>
            <source>strategy score = sum over factors of global priority x score (higher is better)</source>
            <translation>punteggio della strategia = somma sui fattori di priorità globale x punteggio (più alto è meglio)</translation>
        </message>
        <message>
            <source>strategy priority = sum over factors of global priority x local priority of the strategy from the pairwise comparison with respect to that factor</source>
            <translation>priorità della strategia = somma sui fattori di priorità globale x priorità locale della strategia dal confronto a coppie rispetto a quel fattore</translation>
        </message>
        <message>
            <source>principal right eigenvector (Saaty), normalised to sum 1; lambda_max is its eigenvalue</source>
            <translation>autovettore destro principale (Saaty), normalizzato a somma 1; lambda_max è il suo autovalore</translation>
        </message>
        <message>
            <source>row geometric mean (Crawford &amp; Williams 1985), normalised to sum 1; lambda_max estimated as the mean of (A w)_i / w_i</source>
            <translation>media geometrica di riga (Crawford &amp; Williams 1985), normalizzata a somma 1; lambda_max stimato come media di (A w)_i / w_i</translation>
        </message>
        <message>
            <source>aggregation of individual judgments (AIJ): weighted geometric mean of each pair over the participants who judged it (Aczél &amp; Saaty 1983; Forman &amp; Peniwati 1998, EJOR 108:165-169)</source>
            <translation>aggregazione dei giudizi individuali (AIJ): media geometrica ponderata di ogni coppia sui partecipanti che l'hanno giudicata (Aczél &amp; Saaty 1983; Forman &amp; Peniwati 1998, EJOR 108:165-169)</translation>
        </message>
        <message>
            <source>aggregation of individual priorities (AIP): weighted geometric mean of each item's priority over the participants, renormalised to sum 1 (Forman &amp; Peniwati 1998)</source>
            <translation>aggregazione delle priorità individuali (AIP): media geometrica ponderata della priorità di ogni elemento sui partecipanti, rinormalizzata a somma 1 (Forman &amp; Peniwati 1998)</translation>
        </message>
        <message>
            <source>Saaty's (1980) random index stops at n = 10; CR uses the table named above</source>
            <translation>l'indice casuale di Saaty (1980) si ferma a n = 10; il CR usa la tabella indicata sopra</translation>
        </message>
        <message>
            <source>suggestions: judgments ranked by their share of the inconsistency |ln(a_ij w_j / w_i)| (Saaty 2003, EJOR 145:85-91); for each, 'suggested' is the value on Saaty's 1/9..9 scale that lowers CR most when only that judgment changes, 'cr_after' the CR then, and 'consistent_value' = w_i/w_j the unrestricted value with its CR 'cr_consistent'</source>
            <translation>suggerimenti: giudizi ordinati per la loro quota di incoerenza |ln(a_ij w_j / w_i)| (Saaty 2003, EJOR 145:85-91); per ciascuno, 'suggested' è il valore sulla scala 1/9..9 di Saaty che riduce di più il CR quando cambia solo quel giudizio, 'cr_after' il CR risultante e 'consistent_value' = w_i/w_j il valore non vincolato con il suo CR 'cr_consistent'</translation>
        </message>
        <message>
            <source>Alonso &amp; Lamata (2006) linear fit</source>
            <translation>approssimazione lineare di Alonso &amp; Lamata (2006)</translation>
        </message>
        <message>
            <source>not given: 100 (national average) assumed</source>
            <translation>non indicato: si assume 100 (media nazionale)</translation>
        </message>
        <message>
            <source>population x spending per capita x purchasing-power index / 100</source>
            <translation>popolazione x spesa pro capite x indice del potere d'acquisto / 100</translation>
        </message>
        <message>
            <source>derived: local spending per capita / national spending per capita x 100</source>
            <translation>derivato: spesa pro capite locale / spesa pro capite nazionale x 100</translation>
        </message>
        <message>
            <source>simple: turnover / spending potential x 100</source>
            <translation>semplice: fatturato / potenziale di spesa x 100</translation>
        </message>
        <message>
            <source>index: turnover index / purchasing-power index x 100, turnover index = local turnover per capita / national turnover per capita x 100</source>
            <translation>indice: indice del fatturato / indice del potere d'acquisto x 100, indice del fatturato = fatturato pro capite locale / fatturato pro capite nazionale x 100</translation>
        </message>
        <message>
            <source>(D - S) / (D + S) x 100 with D = spending potential, S = turnover: positive = leakage (residents spend outside), negative = surplus (spending flows in); range -100..100</source>
            <translation>(D - S) / (D + S) x 100 con D = potenziale di spesa, S = fatturato: positivo = evasione (i residenti spendono altrove), negativo = surplus (la spesa affluisce); intervallo -100..100</translation>
        </message>
        <message>
            <source>turnover - spending potential (positive: inflow, negative: outflow)</source>
            <translation>fatturato - potenziale di spesa (positivo: afflusso, negativo: deflusso)</translation>
        </message>
        <message>
            <source>spending potential - turnover (positive: unmet demand)</source>
            <translation>potenziale di spesa - fatturato (positivo: domanda insoddisfatta)</translation>
        </message>
        <message>
            <source>gap / turnover per m² (m²; negative: more floor space than resident demand supports)</source>
            <translation>divario / fatturato per m² (m²; negativo: più superficie di vendita di quanta la domanda dei residenti ne sostenga)</translation>
        </message>
        <message>
            <source>local sales per capita / regional sales per capita</source>
            <translation>vendite pro capite locali / vendite pro capite regionali</translation>
        </message>
        <message>
            <source>Standard-deviation weights</source>
            <translation>pesi da deviazione standard</translation>
        </message>
        <message>
            <source>MEREC weights (removal effects)</source>
            <translation>pesi MEREC (effetti di rimozione)</translation>
        </message>
        <message>
            <source>Statistical-variance weights</source>
            <translation>pesi da varianza statistica</translation>
        </message>
        <message>
            <source>Gini-coefficient weights</source>
            <translation>pesi dal coefficiente di Gini</translation>
        </message>
        <message>
            <source>as defined by pymcdm's {method} (its default)</source>
            <translation>come definito da {method} di pymcdm (il suo predefinito)</translation>
        </message>
        <message>
            <source>compromise solution (Opricovic &amp; Tzeng 2004): {alternatives}; {why}</source>
            <translation>soluzione di compromesso (Opricovic &amp; Tzeng 2004): {alternatives}; {why}</translation>
        </message>
        <message>
            <source>acceptable advantage ({dq}) and acceptable stability hold</source>
            <translation>vantaggio accettabile ({dq}) e stabilità accettabile sono soddisfatti</translation>
        </message>
        <message>
            <source>acceptable advantage fails: these are within {dq} of the best Q</source>
            <translation>vantaggio accettabile non soddisfatto: queste sono entro {dq} dal miglior Q</translation>
        </message>
        <message>
            <source>preference functions: {functions}</source>
            <translation>funzioni di preferenza: {functions}</translation>
        </message>
        <message>
            <source>objective: {method}</source>
            <translation>oggettivi: {method}</translation>
        </message>
        <message>
            <source>objective {method} of the normalized matrix (every indicator already oriented so higher is better)</source>
            <translation>{method} oggettivi della matrice normalizzata (ogni indicatore già orientato in modo che più alto sia meglio)</translation>
        </message>
        <message>
            <source>budget allocation: points given to each indicator, divided by the total ({points} points)</source>
            <translation>allocazione di budget: punti assegnati a ciascun indicatore, divisi per il totale ({points} punti)</translation>
        </message>
        <message>
            <source>indicators of a group are first combined into a dimension index by {how}; the dimension indices are then aggregated</source>
            <translation>gli indicatori di un gruppo sono prima combinati in un indice di dimensione mediante {how}; gli indici di dimensione sono poi aggregati</translation>
        </message>
        <message>
            <source>{count} missing value(s) imputed</source>
            <translation>{count} valore/i mancante/i imputato/i</translation>
        </message>
        <message>
            <source>{count} value(s) lay outside their goalposts and were clipped</source>
            <translation>{count} valore/i fuori dai goalpost ricondotto/i ai limiti</translation>
        </message>
        <message>
            <source>indicator(s) {names} have the same value for every unit</source>
            <translation>gli indicatori {names} hanno lo stesso valore per ogni unità</translation>
        </message>
        <message>
            <source>the values of unit '{unit}'</source>
            <translation>i valori dell'unità '{unit}'</translation>
        </message>
        <message>
            <source>zeros occur after {method} normalization, so every normalized value was shifted to y' = {floor} + {span} * y (range [{lo}, 1]) before the geometric mean</source>
            <translation>dopo la normalizzazione {method} compaiono zeri, quindi ogni valore normalizzato è stato traslato in y' = {floor} + {span} * y (intervallo [{lo}, 1]) prima della media geometrica</translation>
        </message>
        <message>
            <source>values &lt;= 0 occur after {method} normalization, so each indicator was rescaled to [{lo}, 1] by y' = {floor} + {span} * (y - min)/(max - min) before the geometric mean</source>
            <translation>dopo la normalizzazione {method} compaiono valori &lt;= 0, quindi ogni indicatore è stato riscalato in [{lo}, 1] con y' = {floor} + {span} * (y - min)/(max - min) prima della media geometrica</translation>
        </message>
        <message>
            <source>each global indicator weight drawn uniformly in [w (1 - {lo}), w (1 + {hi})] around the base weights, then renormalised to sum 1</source>
            <translation>ogni peso globale di indicatore estratto uniformemente in [w (1 - {lo}), w (1 + {hi})] attorno ai pesi di base, poi rinormalizzato a somma 1</translation>
        </message>
        <message>
            <source>{vectors} weight vectors x {norms} normalization(s) x {aggs} aggregation(s) = {runs} runs (every combination of the discrete choices for each weight vector; runs rounded up to a multiple of the combinations)</source>
            <translation>{vectors} vettori di pesi x {norms} normalizzazioni x {aggs} aggregazioni = {runs} simulazioni (ogni combinazione delle scelte discrete per ciascun vettore di pesi; simulazioni arrotondate per eccesso a un multiplo delle combinazioni)</translation>
        </message>
        <message>
            <source>numpy default_rng({seed}); the same seed gives the same runs</source>
            <translation>numpy default_rng({seed}); lo stesso seed produce le stesse simulazioni</translation>
        </message>
        <message>
            <source>{count} expert matrix(es) averaged element-wise (arithmetic mean)</source>
            <translation>{count} matrice/i degli esperti mediate elemento per elemento (media aritmetica)</translation>
        </message>
        <message>
            <source>prioritization: {how}</source>
            <translation>calcolo delle priorità: {how}</translation>
        </message>
        <message>
            <source>several participants: {how}</source>
            <translation>più partecipanti: {how}</translation>
        </message>
        <message>
            <source>{count} missing judgment(s) completed by {reference} Missing pairs are set to w_i/w_j and CI and CR are computed on that completed matrix.</source>
            <translation>{count} giudizio/i mancante/i completato/i secondo {reference} Le coppie mancanti sono poste a w_i/w_j e CI e CR sono calcolati sulla matrice così completata.</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Affidabilità</translation>
        </message>
        <message>
            <source>Rank {rank}</source>
            <translation>Posizione {rank}</translation>
        </message>
        <message>
            <source>Share of draws in which it wins with its central weights</source>
            <translation>Quota delle estrazioni in cui vince con i suoi pesi centrali</translation>
        </message>
        <message>
            <source>Share of the sampled weightings that put it at rank {rank}</source>
            <translation>Quota delle ponderazioni estratte che la pongono in posizione {rank}</translation>
        </message>
        <message>
            <source>{measure} between {first} and {second}</source>
            <translation>{measure} tra {first} e {second}</translation>
        </message>
        <message>
            <source>Spearman's rank correlation with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Correlazione di rango di Spearman con {method}: 1 = stesso ordine, 0 = nessuna relazione</translation>
        </message>
        <message>
            <source>Kendall's tau-b with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Tau-b di Kendall con {method}: 1 = stesso ordine, 0 = nessuna relazione</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mancante</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fonte: {source}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE: not from a named source</source>
            <translation>ILLUSTRATIVO: non da una fonte indicata</translation>
        </message>
        <message>
            <source>{count} inhabitants</source>
            <translation>{count} abitanti</translation>
        </message>
        <message>
            <source>Weight (local)</source>
            <translation>Peso (locale)</translation>
        </message>
        <message>
            <source>benefit</source>
            <translation>beneficio</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>costo</translation>
        </message>
        <message>
            <source>Change name of {criterion}</source>
            <translation>Modifica il nome di {criterion}</translation>
        </message>
        <message>
            <source>Change direction of {criterion}</source>
            <translation>Modifica la direzione di {criterion}</translation>
        </message>
        <message>
            <source>Change unit of {criterion}</source>
            <translation>Modifica l'unità di {criterion}</translation>
        </message>
        <message>
            <source>Change weight of {criterion}</source>
            <translation>Modifica il peso di {criterion}</translation>
        </message>
        <message>
            <source>Change description of {criterion}</source>
            <translation>Modifica la descrizione di {criterion}</translation>
        </message>
        <message>
            <source>no weight yet: give one here or on the Weights page</source>
            <translation>ancora nessun peso: lo indichi qui o nella pagina Pesi</translation>
        </message>
        <message>
            <source>group '{group}' (id {id}): drop criteria here to move them into it</source>
            <translation>gruppo «{group}» (id {id}): trascini qui i criteri per spostarli nel gruppo</translation>
        </message>
        <message>
            <source>criterion '{id}': the name cannot be empty</source>
            <translation>criterio «{id}»: il nome non può essere vuoto</translation>
        </message>
        <message>
            <source>{error} (nothing was changed)</source>
            <translation>{error} (non è stato modificato nulla)</translation>
        </message>
        <message>
            <source>Move {names} into {group}</source>
            <translation>Sposta {names} in {group}</translation>
        </message>
        <message>
            <source>Move {names} to the top level</source>
            <translation>Sposta {names} al livello superiore</translation>
        </message>
        <message>
            <source>criterion '{criterion}': weight {value} is not a number</source>
            <translation>criterio «{criterion}»: il peso {value} non è un numero</translation>
        </message>
        <message>
            <source>criterion '{criterion}': a weight must be zero or positive, not {value}</source>
            <translation>criterio «{criterion}»: un peso deve essere zero o positivo, non {value}</translation>
        </message>
        <message>
            <source>{a} compared with itself</source>
            <translation>{a} confrontato con sé stesso</translation>
        </message>
        <message>
            <source>{a} / {b}: not answered (completed value in brackets, if any)</source>
            <translation>{a} / {b}: senza risposta (valore completato tra parentesi, se presente)</translation>
        </message>
        <message>
            <source>{a} is {ratio} times as important as {b}</source>
            <translation>{a} ha {ratio} volte l'importanza di {b}</translation>
        </message>
        <message>
            <source>missing value: ranking needs a number here</source>
            <translation>valore mancante: per la classifica serve un numero qui</translation>
        </message>
        <message>
            <source>benefit: higher is better</source>
            <translation>beneficio: più alto è meglio</translation>
        </message>
        <message>
            <source>cost: lower is better</source>
            <translation>costo: più basso è meglio</translation>
        </message>
        <message>
            <source>alternative {n}: the name cannot be empty</source>
            <translation>alternativa {n}: il nome non può essere vuoto</translation>
        </message>
        <message>
            <source>Rename {name}</source>
            <translation>Rinomina {name}</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': {value} is not a number (the value was not changed)</source>
            <translation>alternativa «{alternative}», criterio «{criterion}»: {value} non è un numero (il valore non è stato modificato)</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': the value must be finite</source>
            <translation>alternativa «{alternative}», criterio «{criterion}»: il valore deve essere finito</translation>
        </message>
        <message>
            <source>Edit {alternative} / {criterion}</source>
            <translation>Modifica {alternative} / {criterion}</translation>
        </message>
        <message>
            <source>{alternatives} alternatives, {criteria} criteria</source>
            <translation>{alternatives} alternative, {criteria} criteri</translation>
        </message>
        <message>
            <source>changed {when}</source>
            <translation>modificato il {when}</translation>
        </message>
        <message>
            <source>{name} (id {id})</source>
            <translation>{name} (id {id})</translation>
        </message>
        <message>
            <source>{scenario}: ranked with {method}</source>
            <translation>{scenario}: classificato con {method}</translation>
        </message>
        <message>
            <source>no weight saved for {criteria} (the current one is used)</source>
            <translation>nessun peso salvato per {criteria} (si usa quello attuale)</translation>
        </message>
        <message>
            <source>{n} place(s) up from {base}</source>
            <translation>{n} posizione/i più in alto rispetto a {base}</translation>
        </message>
        <message>
            <source>{n} place(s) down from {base}</source>
            <translation>{n} posizione/i più in basso rispetto a {base}</translation>
        </message>
        <message>
            <source>'{factor}' on itself: always 0 (locked)</source>
            <translation>'{factor}' su se stesso: sempre 0 (bloccato)</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} ({word})</source>
            <translation>Influenza di '{a}' su '{b}': {value} ({word})</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Fattore</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>causa</translation>
        </message>
        <message>
            <source>DEMATEL: causes and effects among success and failure factors</source>
            <translation>DEMATEL: cause ed effetti tra fattori di successo e di insuccesso</translation>
        </message>
        <message>
            <source>DEMATEL file (JSON): factors plus matrix or matrices (0-4)</source>
            <translation>file DEMATEL (JSON): fattori più matrice o matrici (0-4)</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT): priorities of SWOT factors</source>
            <translation>SWOT-AHP (A'WOT): priorità dei fattori SWOT</translation>
        </message>
        <message>
            <source>A'WOT file (JSON): groups S, W, O, T plus group_matrix</source>
            <translation>file A'WOT (JSON): gruppi S, W, O, T più group_matrix</translation>
        </message>
        <message>
            <source>effect</source>
            <translation>effetto</translation>
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
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <source>DEMATEL, {experts} expert(s); normaliser k = {k} ({normalization}); weights: {weighting}</source>
            <translation>DEMATEL, {experts} esperti; normalizzatore k = {k} ({normalization}); pesi: {weighting}</translation>
        </message>
        <message>
            <source>Impact-relation map: arcs with T &gt; {threshold} ({source})</source>
            <translation>Mappa delle relazioni di impatto: archi con T &gt; {threshold} ({source})</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT); CR of the group comparison: {cr}</source>
            <translation>SWOT-AHP (A'WOT); CR del confronto tra gruppi: {cr}</translation>
        </message>
        <message>
            <source>Strategies compared pairwise per factor (A'WOT); highest CR: {cr}</source>
            <translation>Strategie confrontate a coppie per fattore (A'WOT); CR più alto: {cr}</translation>
        </message>
        <message>
            <source>How much more important is '{a}' than '{b}'?</source>
            <translation>Quanto è più importante '{a}' rispetto a '{b}'?</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Locale</translation>
        </message>
        <message>
            <source>Group weight</source>
            <translation>Peso del gruppo</translation>
        </message>
        <message>
            <source>Global</source>
            <translation>Globale</translation>
        </message>
        <message>
            <source>Change to flip</source>
            <translation>Variazione</translation>
        </message>
        <message>
            <source>New winner</source>
            <translation>Nuovo vincitore</translation>
        </message>
        <message>
            <source>Winner stays for</source>
            <translation>Vince tra</translation>
        </message>
        <message>
            <source>The criterion's share of the total weight</source>
            <translation>Quota del criterio sul peso totale</translation>
        </message>
        <message>
            <source>Percentage points the weight must move (the others rescaled in proportion) for another alternative to win; negative = less weight</source>
            <translation>Punti percentuali di cui il peso deve spostarsi (gli altri riscalati in proporzione) perché vinca un'altra alternativa; negativo = meno peso</translation>
        </message>
        <message>
            <source>The alternative that would win after that change</source>
            <translation>L'alternativa che vincerebbe dopo quella variazione</translation>
        </message>
        <message>
            <source>The range of this weight within which the current winner stays first</source>
            <translation>L'intervallo di questo peso entro cui il vincitore attuale resta primo</translation>
        </message>
        <message>
            <source>From {old} to {new}: {winner} would win</source>
            <translation>Da {old} a {new}: vincerebbe {winner}</translation>
        </message>
        <message>
            <source>Min-max (0-1)</source>
            <translation>Min-max (0–1)</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>z-score</translation>
        </message>
        <message>
            <source>Goalposts (fixed min-max)</source>
            <translation>Limiti fissi (min-max fisso)</translation>
        </message>
        <message>
            <source>Distance to reference</source>
            <translation>Distanza dal riferimento</translation>
        </message>
        <message>
            <source>Leave the town out</source>
            <translation>Escludi il comune</translation>
        </message>
        <message>
            <source>Impute the mean</source>
            <translation>Sostituisci con la media</translation>
        </message>
        <message>
            <source>Impute the median</source>
            <translation>Sostituisci con la mediana</translation>
        </message>
        <message>
            <source>Given weights</source>
            <translation>Pesi indicati</translation>
        </message>
        <message>
            <source>Equal</source>
            <translation>Uguali</translation>
        </message>
        <message>
            <source>Budget points</source>
            <translation>Ripartizione di punti</translation>
        </message>
        <message>
            <source>Entropy (objective)</source>
            <translation>Entropia (oggettivo)</translation>
        </message>
        <message>
            <source>CRITIC (objective)</source>
            <translation>CRITIC (oggettivo)</translation>
        </message>
        <message>
            <source>Linear (compensatory)</source>
            <translation>Lineare (compensativa)</translation>
        </message>
        <message>
            <source>Geometric</source>
            <translation>Geometrica</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>rapporto</translation>
        </message>
        <message>
            <source>relative difference</source>
            <translation>differenza relativa</translation>
        </message>
        <message>
            <source>missing — this town is left out of the composite (missing data: leave out)</source>
            <translation>mancante — il comune è escluso dall'indicatore composito (dati mancanti: escludi)</translation>
        </message>
        <message>
            <source>missing — imputed by the mean of the other towns</source>
            <translation>mancante — sostituito con la media degli altri comuni</translation>
        </message>
        <message>
            <source>missing — imputed by the median of the other towns</source>
            <translation>mancante — sostituito con la mediana degli altri comuni</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>Unità: {unit}</translation>
        </message>
        <message>
            <source>More is better</source>
            <translation>Più è meglio</translation>
        </message>
        <message>
            <source>Less is better</source>
            <translation>Meno è meglio</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Gruppo: {group}</translation>
        </message>
        <message>
            <source>Goalposts: {low} – {high}</source>
            <translation>Limiti: {low} – {high}</translation>
        </message>
        <message>
            <source>no source named</source>
            <translation>nessuna fonte indicata</translation>
        </message>
        <message>
            <source>Source: {source}, {year}</source>
            <translation>Fonte: {source}, {year}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values: not taken from a named source</source>
            <translation>Valori ILLUSTRATIVI: non tratti da una fonte indicata</translation>
        </message>
        <message>
            <source>{what}: '{part}' should be indicator=value</source>
            <translation>{what}: '{part}' deve avere la forma indicatore=valore</translation>
        </message>
        <message>
            <source>{what}: '{key}' is not an indicator id ({ids})</source>
            <translation>{what}: '{key}' non è un identificativo di indicatore ({ids})</translation>
        </message>
        <message>
            <source>{what} '{key}': no value</source>
            <translation>{what} '{key}': nessun valore</translation>
        </message>
        <message>
            <source>each axis: normalized value rescaled to the towns ranked (0 = worst, 1 = best)</source>
            <translation>ogni asse: valore normalizzato riscalato sui comuni in classifica (0 = peggiore, 1 = migliore)</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a number</source>
            <translation>{where}: «{text}» non è un numero</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a finite number; leave it empty</source>
            <translation>{where}: «{text}» non è un numero finito; lasci il campo vuoto</translation>
        </message>
        <message>
            <source>the clipboard holds no cells to paste</source>
            <translation>gli appunti non contengono celle da incollare</translation>
        </message>
        <message>
            <source>row {row}, column {column} of the copied cells: {text} is not a number</source>
            <translation>riga {row}, colonna {column} delle celle copiate: {text} non è un numero</translation>
        </message>
        <message>
            <source>the copied cells hold only labels, no values to paste</source>
            <translation>le celle copiate contengono solo etichette, nessun valore da incollare</translation>
        </message>
        <message>
            <source>a table has two dimensions, this one has {n}</source>
            <translation>una tabella ha due dimensioni, questa ne ha {n}</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Documento Word (*.docx)</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Web page, self-contained (*.html)</source>
            <translation>Pagina web autonoma (*.html)</translation>
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
            <translation>Segue la raccomandazione</translation>
        </message>
        <message>
            <source>It differs from the recommendation</source>
            <translation>Differisce dalla raccomandazione</translation>
        </message>
        <message>
            <source>Decide from the text (it names the first-ranked option or not)</source>
            <translation>Decidi dal testo (se nomina o meno l'opzione prima classificata)</translation>
        </message>
        <message>
            <source>{project} — decision memo</source>
            <translation>{project} — nota decisionale</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}): {text}</source>
            <translation>Errore imprevisto ({kind}): {text}</translation>
        </message>
        <message>
            <source>currency units per year</source>
            <translation>unità monetarie all'anno</translation>
        </message>
        <message>
            <source>Data set: {name}</source>
            <translation>Set di dati: {name}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics.</source>
            <translation>Valori ILLUSTRATIVI, non statistiche.</translation>
        </message>
        <message>
            <source>index (100 = turnover equals spending potential)</source>
            <translation>indice (100 = fatturato pari al potenziale di spesa)</translation>
        </message>
        <message>
            <source>index (national average = 100)</source>
            <translation>indice (media nazionale = 100)</translation>
        </message>
        <message>
            <source>index (100 = national average)</source>
            <translation>indice (100 = media nazionale)</translation>
        </message>
        <message>
            <source>% (−100 to 100)</source>
            <translation>% (da −100 a 100)</translation>
        </message>
        <message>
            <source>ratio (1 = regional average)</source>
            <translation>rapporto (1 = media regionale)</translation>
        </message>
        <message>
            <source>m² of sales floor</source>
            <translation>m² di superficie di vendita</translation>
        </message>
        <message>
            <source>Retail figures</source>
            <translation>Indicatori commerciali</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definizione</translation>
        </message>
        <message>
            <source>Retail centrality (simple: turnover / spending potential × 100).</source>
            <translation>Centralità commerciale (semplice: fatturato / potenziale di spesa × 100).</translation>
        </message>
        <message>
            <source>Retail centrality (index form: turnover index / purchasing-power index × 100, needs national per-capita values).</source>
            <translation>Centralità commerciale (forma indice: indice del fatturato / indice del potere d'acquisto × 100, richiede valori nazionali pro capite).</translation>
        </message>
        <message>
            <source>Empty cell: a needed input is missing.</source>
            <translation>Cella vuota: manca un dato necessario.</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Dati di input</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Product groups take population and purchasing-power index from the town.</source>
            <translation>I gruppi merceologici riprendono popolazione e indice del potere d'acquisto dal comune.</translation>
        </message>
        <message>
            <source>Huff model: P = A^γ d^−λ / Σ A^γ d^−λ with γ = {gamma} and λ = {lam}; turnover = Σ zone spending × P; market share = turnover / total spending.</source>
            <translation>Modello di Huff: P = A^γ d^−λ / Σ A^γ d^−λ con γ = {gamma} e λ = {lam}; fatturato = Σ spesa della zona × P; quota di mercato = fatturato / spesa totale.</translation>
        </message>
        <message>
            <source>Turnover and share</source>
            <translation>Fatturato e quota</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Polo commerciale</translation>
        </message>
        <message>
            <source>Attractiveness (m²)</source>
            <translation>Attrattività (m²)</translation>
        </message>
        <message>
            <source>Expected turnover ({unit})</source>
            <translation>Fatturato atteso ({unit})</translation>
        </message>
        <message>
            <source>Market share (0–1)</source>
            <translation>Quota di mercato (0–1)</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Probabilità</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Probability (0–1) that a zone's spending goes to each centre; rows sum to 1.</source>
            <translation>Probabilità (0–1) che la spesa di una zona vada a ciascun polo; ogni riga somma a 1.</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilità</translation>
        </message>
        <message>
            <source>Hansen accessibility</source>
            <translation>Accessibilità di Hansen</translation>
        </message>
        <message>
            <source>New-store impact</source>
            <translation>Impatto nuovo punto vendita</translation>
        </message>
        <message>
            <source>Turnover before ({unit})</source>
            <translation>Fatturato prima ({unit})</translation>
        </message>
        <message>
            <source>Turnover after ({unit})</source>
            <translation>Fatturato dopo ({unit})</translation>
        </message>
        <message>
            <source>Change (%)</source>
            <translation>Variazione (%)</translation>
        </message>
        <message>
            <source>Loss ≥ threshold</source>
            <translation>Perdita ≥ soglia</translation>
        </message>
        <message>
            <source>Planned new store: {name}, market share {share} (0–1).</source>
            <translation>Nuovo punto vendita previsto: {name}, quota di mercato {share} (0–1).</translation>
        </message>
        <message>
            <source>Threshold: losses of {pct} % or more are flagged.</source>
            <translation>Soglia: le perdite pari o superiori al {pct} % sono segnalate.</translation>
        </message>
        <message>
            <source>Interaction (Σ gravity)</source>
            <translation>Interazione (Σ gravitazione)</translation>
        </message>
        <message>
            <source>Functional index</source>
            <translation>Indice funzionale</translation>
        </message>
        <message>
            <source>Breaking points</source>
            <translation>Punti di equilibrio</translation>
        </message>
        <message>
            <source>Town a</source>
            <translation>Comune a</translation>
        </message>
        <message>
            <source>Town b</source>
            <translation>Comune b</translation>
        </message>
        <message>
            <source>Distance a–b</source>
            <translation>Distanza a–b</translation>
        </message>
        <message>
            <source>Breaking point from a</source>
            <translation>Punto di equilibrio da a</translation>
        </message>
        <message>
            <source>Breaking point from b</source>
            <translation>Punto di equilibrio da b</translation>
        </message>
        <message>
            <source>Distances in the unit of the distance matrix.</source>
            <translation>Distanze nell'unità della matrice delle distanze.</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>Gravitazione</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funzione</translation>
        </message>
        <message>
            <source>Total outlets</source>
            <translation>Esercizi totali</translation>
        </message>
        <message>
            <source>Location coefficient</source>
            <translation>Coefficiente di localizzazione</translation>
        </message>
        <message>
            <source>{file}: export as .xlsx or .csv</source>
            <translation>{file}: esportare come .xlsx o .csv</translation>
        </message>
        <message>
            <source>There is no table '{key}' to export.</source>
            <translation>Non esiste una tabella «{key}» da esportare.</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Commercio</translation>
        </message>
        <message>
            <source>Town network</source>
            <translation>Rete dei comuni</translation>
        </message>
        <message>
            <source>Retail figures (*.json);;All files (*)</source>
            <translation>Dati commerciali (*.json);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Zones, centres and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Zone, poli e distanze (*.xlsx *.csv *.json);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Towns and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Comuni e distanze (*.xlsx *.csv *.json);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>file: expected a JSON object {...}</source>
            <translation>file: atteso un oggetto JSON {...}</translation>
        </message>
        <message>
            <source>Illustrative values.</source>
            <translation>Valori illustrativi.</translation>
        </message>
        <message>
            <source>Sources: {list}</source>
            <translation>Fonti: {list}</translation>
        </message>
        <message>
            <source>{where}: is empty; type a number</source>
            <translation>{where}: è vuoto; digitare un numero</translation>
        </message>
        <message>
            <source>{where} must be &gt;= 0 (typed {value})</source>
            <translation>{where} deve essere &gt;= 0 (digitato {value})</translation>
        </message>
        <message>
            <source>{where} must be &gt; 0 (typed {value})</source>
            <translation>{where} deve essere &gt; 0 (digitato {value})</translation>
        </message>
        <message>
            <source>inhabitants</source>
            <translation>abitanti</translation>
        </message>
        <message>
            <source>Retail spending per capita</source>
            <translation>Spesa al dettaglio pro capite</translation>
        </message>
        <message>
            <source>currency per year</source>
            <translation>unità monetarie all'anno</translation>
        </message>
        <message>
            <source>Purchasing-power index</source>
            <translation>Indice del potere d'acquisto</translation>
        </message>
        <message>
            <source>national average = 100</source>
            <translation>media nazionale = 100</translation>
        </message>
        <message>
            <source>Spending potential (if known directly)</source>
            <translation>Potenziale di spesa (se noto direttamente)</translation>
        </message>
        <message>
            <source>Retail turnover</source>
            <translation>Fatturato al dettaglio</translation>
        </message>
        <message>
            <source>Turnover per m² of sales floor</source>
            <translation>Fatturato per m² di superficie di vendita</translation>
        </message>
        <message>
            <source>currency per m²</source>
            <translation>unità monetarie per m²</translation>
        </message>
        <message>
            <source>National turnover per capita</source>
            <translation>Fatturato nazionale pro capite</translation>
        </message>
        <message>
            <source>National spending per capita</source>
            <translation>Spesa nazionale pro capite</translation>
        </message>
        <message>
            <source>Regional retail sales</source>
            <translation>Vendite al dettaglio regionali</translation>
        </message>
        <message>
            <source>Regional population</source>
            <translation>Popolazione regionale</translation>
        </message>
        <message>
            <source>Spending potential</source>
            <translation>Potenziale di spesa</translation>
        </message>
        <message>
            <source>population × spending p.c. × PPI / 100</source>
            <translation>popolazione × spesa pro capite × IPA / 100</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Fatturato</translation>
        </message>
        <message>
            <source>as given</source>
            <translation>come indicato</translation>
        </message>
        <message>
            <source>Retail centrality (simple form)</source>
            <translation>Centralità commerciale (forma semplice)</translation>
        </message>
        <message>
            <source>turnover / spending potential × 100</source>
            <translation>fatturato / potenziale di spesa × 100</translation>
        </message>
        <message>
            <source>Turnover index</source>
            <translation>Indice del fatturato</translation>
        </message>
        <message>
            <source>turnover p.c. / national turnover p.c. × 100</source>
            <translation>fatturato pro capite / fatturato nazionale pro capite × 100</translation>
        </message>
        <message>
            <source>Retail centrality (index form)</source>
            <translation>Centralità commerciale (forma indice)</translation>
        </message>
        <message>
            <source>turnover index / PPI × 100</source>
            <translation>indice del fatturato / IPA × 100</translation>
        </message>
        <message>
            <source>Net flow (+ inflow, − outflow)</source>
            <translation>Flusso netto (+ afflusso, − deflusso)</translation>
        </message>
        <message>
            <source>turnover − spending potential</source>
            <translation>fatturato − potenziale di spesa</translation>
        </message>
        <message>
            <source>Gap (+ unmet demand)</source>
            <translation>Divario (+ domanda insoddisfatta)</translation>
        </message>
        <message>
            <source>spending potential − turnover</source>
            <translation>potenziale di spesa − fatturato</translation>
        </message>
        <message>
            <source>Leakage (+) / surplus (−) factor</source>
            <translation>Fattore di evasione (+) / eccedenza (−)</translation>
        </message>
        <message>
            <source>(D − S) / (D + S) × 100</source>
            <translation>(D − S) / (D + S) × 100</translation>
        </message>
        <message>
            <source>Pull factor</source>
            <translation>Fattore di attrazione</translation>
        </message>
        <message>
            <source>sales p.c. / regional sales p.c.</source>
            <translation>vendite pro capite / vendite regionali pro capite</translation>
        </message>
        <message>
            <source>Supportable floor space (m²)</source>
            <translation>Superficie di vendita sostenibile (m²)</translation>
        </message>
        <message>
            <source>gap / turnover per m²</source>
            <translation>divario / fatturato per m²</translation>
        </message>
        <message>
            <source>taken from the town</source>
            <translation>ripreso dal comune</translation>
        </message>
        <message>
            <source>a product group uses the town's figures</source>
            <translation>un gruppo merceologico usa i valori del comune</translation>
        </message>
        <message>
            <source>{where}: a product group takes it from the town</source>
            <translation>{where}: un gruppo merceologico lo riprende dal comune</translation>
        </message>
        <message>
            <source>population and spending per capita (or the potential)</source>
            <translation>popolazione e spesa pro capite (o il potenziale)</translation>
        </message>
        <message>
            <source>turnover</source>
            <translation>fatturato</translation>
        </message>
        <message>
            <source>spending potential (population and spending per capita)</source>
            <translation>potenziale di spesa (popolazione e spesa pro capite)</translation>
        </message>
        <message>
            <source>turnover per m²</source>
            <translation>fatturato per m²</translation>
        </message>
        <message>
            <source>population</source>
            <translation>popolazione</translation>
        </message>
        <message>
            <source>national turnover per capita</source>
            <translation>fatturato nazionale pro capite</translation>
        </message>
        <message>
            <source>purchasing-power index (or national spending per capita)</source>
            <translation>indice del potere d'acquisto (o spesa nazionale pro capite)</translation>
        </message>
        <message>
            <source>regional sales</source>
            <translation>vendite regionali</translation>
        </message>
        <message>
            <source>regional population</source>
            <translation>popolazione regionale</translation>
        </message>
        <message>
            <source>cannot be computed from these inputs (e.g. a potential of 0)</source>
            <translation>non calcolabile da questi dati (ad es. potenziale pari a 0)</translation>
        </message>
        <message>
            <source>missing input: {inputs}</source>
            <translation>dato mancante: {inputs}</translation>
        </message>
        <message>
            <source>Purchasing-power index: {note}</source>
            <translation>Indice del potere d'acquisto: {note}</translation>
        </message>
        <message>
            <source>observed shares: type at least one share (0–1) to calibrate λ</source>
            <translation>quote osservate: digitare almeno una quota (0–1) per calibrare λ</translation>
        </message>
        <message>
            <source>retail spending of the zone's residents per year</source>
            <translation>spesa al dettaglio annua dei residenti della zona</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Spesa</translation>
        </message>
        <message>
            <source>attractiveness, usually sales floor in m²</source>
            <translation>attrattività, di solito superficie di vendita in m²</translation>
        </message>
        <message>
            <source>Attractiveness</source>
            <translation>Attrattività</translation>
        </message>
        <message>
            <source>{zone} → {store} (planned new store)</source>
            <translation>{zone} → {store} (nuovo punto vendita previsto)</translation>
        </message>
        <message>
            <source>New store (planned)</source>
            <translation>Nuovo punto vendita (previsto)</translation>
        </message>
        <message>
            <source>{store}: the planned new store</source>
            <translation>{store}: il nuovo punto vendita previsto</translation>
        </message>
        <message>
            <source>observed share of {zone}'s spending at {centre} (0–1; empty = not surveyed)</source>
            <translation>quota osservata della spesa di {zone} presso {centre} (0–1; vuoto = non rilevato)</translation>
        </message>
        <message>
            <source>{what} name: is empty; type a name</source>
            <translation>nome ({what}): è vuoto; digitare un nome</translation>
        </message>
        <message>
            <source>{what} '{name}': the name appears twice</source>
            <translation>{what} «{name}»: il nome compare due volte</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>zona</translation>
        </message>
        <message>
            <source>spending of {zone}</source>
            <translation>spesa di {zone}</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>polo commerciale</translation>
        </message>
        <message>
            <source>attractiveness of {centre}</source>
            <translation>attrattività di {centre}</translation>
        </message>
        <message>
            <source>distance {a} → {b}</source>
            <translation>distanza {a} → {b}</translation>
        </message>
        <message>
            <source>observed share {zone} → {centre}</source>
            <translation>quota osservata {zone} → {centre}</translation>
        </message>
        <message>
            <source>{where} must lie in 0–1 (typed {value})</source>
            <translation>{where} deve essere compreso tra 0 e 1 (digitato {value})</translation>
        </message>
        <message>
            <source>new store</source>
            <translation>nuovo punto vendita</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the Huff model</source>
            <translation>«{table}» non è una tabella del modello di Huff</translation>
        </message>
        <message>
            <source>New store</source>
            <translation>Nuovo punto vendita</translation>
        </message>
        <message>
            <source>attractiveness of the new store</source>
            <translation>attrattività del nuovo punto vendita</translation>
        </message>
        <message>
            <source>λ (distance exponent)</source>
            <translation>λ (esponente della distanza)</translation>
        </message>
        <message>
            <source>γ (attractiveness exponent)</source>
            <translation>γ (esponente dell'attrattività)</translation>
        </message>
        <message>
            <source>β (distance exponent)</source>
            <translation>β (esponente della distanza)</translation>
        </message>
        <message>
            <source>impact threshold (%)</source>
            <translation>soglia di impatto (%)</translation>
        </message>
        <message>
            <source>zones: the model needs at least one zone</source>
            <translation>zone: il modello richiede almeno una zona</translation>
        </message>
        <message>
            <source>centres: the model needs at least one centre</source>
            <translation>poli: il modello richiede almeno un polo commerciale</translation>
        </message>
        <message>
            <source>Market share</source>
            <translation>Quota di mercato</translation>
        </message>
        <message>
            <source>Hansen (1959): Σ over the centres of attractiveness × {decay}</source>
            <translation>Hansen (1959): Σ sui poli di attrattività × {decay}</translation>
        </message>
        <message>
            <source>loses {loss} (≥ {threshold})</source>
            <translation>perde {loss} (≥ {threshold})</translation>
        </message>
        <message>
            <source>{share} share</source>
            <translation>quota {share}</translation>
        </message>
        <message>
            <source>market share of {store}</source>
            <translation>quota di mercato di {store}</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Prima</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Dopo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variazione</translation>
        </message>
        <message>
            <source>expected turnover (millions)</source>
            <translation>fatturato atteso (milioni)</translation>
        </message>
        <message>
            <source>expected turnover</source>
            <translation>fatturato atteso</translation>
        </message>
        <message>
            <source>town name</source>
            <translation>nome del comune</translation>
        </message>
        <message>
            <source>a town to itself</source>
            <translation>un comune rispetto a sé stesso</translation>
        </message>
        <message>
            <source>{a} ↔ {b} (both directions change together)</source>
            <translation>{a} ↔ {b} (le due direzioni cambiano insieme)</translation>
        </message>
        <message>
            <source>outlets of {function} in {town}</source>
            <translation>esercizi di {function} a {town}</translation>
        </message>
        <message>
            <source>town</source>
            <translation>comune</translation>
        </message>
        <message>
            <source>population of {town}</source>
            <translation>popolazione di {town}</translation>
        </message>
        <message>
            <source>{where}: a town is 0 from itself</source>
            <translation>{where}: un comune dista 0 da sé stesso</translation>
        </message>
        <message>
            <source>{where} must be a whole number &gt;= 0 (typed {value})</source>
            <translation>{where} deve essere un numero intero &gt;= 0 (digitato {value})</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the town network</source>
            <translation>«{table}» non è una tabella della rete dei comuni</translation>
        </message>
        <message>
            <source>towns: a network needs at least two towns</source>
            <translation>comuni: una rete richiede almeno due comuni</translation>
        </message>
        <message>
            <source>function</source>
            <translation>funzione</translation>
        </message>
        <message>
            <source>Converse (1949) breaking point: from a = D_ab / (1 + √(P_b / P_a))</source>
            <translation>Punto di equilibrio di Converse (1949): da a = D_ab / (1 + √(P_b / P_a))</translation>
        </message>
        <message>
            <source>Gravity interaction PᵢPⱼ / dᵢⱼ^β, β = {beta}</source>
            <translation>Interazione gravitazionale PᵢPⱼ / dᵢⱼ^β, β = {beta}</translation>
        </message>
        <message>
            <source>Hansen (1959) accessibility: Σ over the other towns of population × {decay}</source>
            <translation>Accessibilità di Hansen (1959): Σ sugli altri comuni di popolazione × {decay}</translation>
        </message>
        <message>
            <source>Davies (1967) functional index: C = 100 / total outlets of a function; index = Σ outlets × C</source>
            <translation>Indice funzionale di Davies (1967): C = 100 / esercizi totali di una funzione; indice = Σ esercizi × C</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distanza</translation>
        </message>
        <message>
            <source>From a</source>
            <translation>Da a</translation>
        </message>
        <message>
            <source>From b</source>
            <translation>Da b</translation>
        </message>
        <message>
            <source>sum of the town's row of the gravity matrix</source>
            <translation>somma della riga del comune nella matrice gravitazionale</translation>
        </message>
        <message>
            <source>no functions given</source>
            <translation>nessuna funzione indicata</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interazione</translation>
        </message>
        <message>
            <source>Σ gravity with the other towns</source>
            <translation>Σ gravitazione con gli altri comuni</translation>
        </message>
        <message>
            <source>location coefficient C = 100 / total outlets</source>
            <translation>coefficiente di localizzazione C = 100 / esercizi totali</translation>
        </message>
        <message>
            <source>functional index</source>
            <translation>indice funzionale</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>interazione</translation>
        </message>
        <message>
            <source>{file}: not a readable JSON file ({reason})</source>
            <translation>{file}: file JSON non leggibile ({reason})</translation>
        </message>
        <message>
            <source>{file}: retail figures are imported from JSON files</source>
            <translation>{file}: i dati commerciali si importano da file JSON</translation>
        </message>
        <message>
            <source>{file}: import reads .xlsx, .csv or .json files</source>
            <translation>{file}: l'importazione legge file .xlsx, .csv o .json</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column}</source>
            <translation>{file}, riga {row}, colonna {column}</translation>
        </message>
        <message>
            <source>{file}: has no sheet named '{sheet}' (see the documented layout)</source>
            <translation>{file}: non contiene un foglio chiamato «{sheet}» (vedere il formato documentato)</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, column {column}</source>
            <translation>foglio «{sheet}», riga {row}, colonna {column}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>il file è vuoto</translation>
        </message>
        <message>
            <source>{where}: the header must start with '{first}', '{second}' and then names</source>
            <translation>{where}: l'intestazione deve iniziare con «{first}», «{second}» e poi i nomi</translation>
        </message>
        <message>
            <source>{where}: the header cell is empty</source>
            <translation>{where}: la cella di intestazione è vuota</translation>
        </message>
        <message>
            <source>{where}: a centre name appears twice in the header</source>
            <translation>{where}: il nome di un polo compare due volte nell'intestazione</translation>
        </message>
        <message>
            <source>{where}: the zone name is empty</source>
            <translation>{where}: il nome della zona è vuoto</translation>
        </message>
        <message>
            <source>{where}: the attractiveness is empty</source>
            <translation>{where}: l'attrattività è vuota</translation>
        </message>
        <message>
            <source>{where}: the spending of {zone} is empty</source>
            <translation>{where}: la spesa di {zone} è vuota</translation>
        </message>
        <message>
            <source>{where}: distance {a} → {b} must be &gt; 0</source>
            <translation>{where}: la distanza {a} → {b} deve essere &gt; 0</translation>
        </message>
        <message>
            <source>no row 'attractiveness' (the centres' floor space) below the header</source>
            <translation>sotto l'intestazione manca la riga «attractiveness» (superficie di vendita dei poli)</translation>
        </message>
        <message>
            <source>no zone rows below the header</source>
            <translation>sotto l'intestazione non ci sono righe di zone</translation>
        </message>
        <message>
            <source>{where}: the town name is empty</source>
            <translation>{where}: il nome del comune è vuoto</translation>
        </message>
        <message>
            <source>{where}: after 'population' the header must name the towns in the order of the rows ({towns}), then the functions</source>
            <translation>{where}: dopo «population» l'intestazione deve elencare i comuni nell'ordine delle righe ({towns}), poi le funzioni</translation>
        </message>
        <message>
            <source>{where}: the population of {town} is empty</source>
            <translation>{where}: la popolazione di {town} è vuota</translation>
        </message>
        <message>
            <source>{where}: outlets must be a whole number &gt;= 0</source>
            <translation>{where}: gli esercizi devono essere un numero intero &gt;= 0</translation>
        </message>
        <message>
            <source>the pasted block ({rows} x {cols}) does not fit from row {row}, column {column}</source>
            <translation>il blocco incollato ({rows} × {cols}) non entra a partire dalla riga {row}, colonna {column}</translation>
        </message>
        <message>
            <source>Option {n}</source>
            <translation>Opzione {n}</translation>
        </message>
        <message>
            <source>a decision needs at least one alternative</source>
            <translation>una decisione richiede almeno un'alternativa</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nuovo gruppo</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Nuovo criterio</translation>
        </message>
        <message>
            <source>a decision needs at least one criterion</source>
            <translation>una decisione richiede almeno un criterio</translation>
        </message>
        <message>
            <source>a criterion cannot be moved under itself</source>
            <translation>un criterio non può essere spostato sotto sé stesso</translation>
        </message>
        <message>
            <source>{error}. The project was reloaded.</source>
            <translation>{error}. Il progetto è stato ricaricato.</translation>
        </message>
        <message>
            <source>Save scenario '{name}'</source>
            <translation>Salva lo scenario «{name}»</translation>
        </message>
        <message>
            <source>Replace scenario '{name}'</source>
            <translation>Sostituisci lo scenario «{name}»</translation>
        </message>
        <message>
            <source>Delete scenario '{name}'</source>
            <translation>Elimina lo scenario «{name}»</translation>
        </message>
        <message>
            <source>Use the weights of '{name}'</source>
            <translation>Usa i pesi di «{name}»</translation>
        </message>
        <message>
            <source>Each value divided by the length of its column: keeps the proportions between options (the textbook TOPSIS choice).</source>
            <translation>Ogni valore diviso per la lunghezza della sua colonna: mantiene le proporzioni tra le opzioni (la scelta classica per TOPSIS).</translation>
        </message>
        <message>
            <source>The worst option on a criterion gets 0, the best gets 1, the others in between in proportion.</source>
            <translation>L'opzione peggiore su un criterio ottiene 0, la migliore 1, le altre in proporzione nel mezzo.</translation>
        </message>
        <message>
            <source>Each value divided by the best value of its criterion.</source>
            <translation>Ogni valore diviso per il valore migliore del suo criterio.</translation>
        </message>
        <message>
            <source>Each value as its share of the criterion's total (costs: the share of 1/value).</source>
            <translation>Ogni valore come quota del totale del criterio (costi: la quota di 1/valore).</translation>
        </message>
        <message>
            <source>Each value divided by the best one; for costs, the best (lowest) divided by the value.</source>
            <translation>Ogni valore diviso per il migliore; per i costi, il migliore (il più basso) diviso per il valore.</translation>
        </message>
        <message>
            <source>Shares of the logarithms of the values; dampens very large differences.</source>
            <translation>Quote dei logaritmi dei valori; attenua le differenze molto grandi.</translation>
        </message>
        <message>
            <source>Like 'max' but squared (costs cubed): stresses being close to the best.</source>
            <translation>Come «massimo» ma al quadrato (costi al cubo): premia la vicinanza al migliore.</translation>
        </message>
        <message>
            <source>Distance from the best value relative to all options' distances.</source>
            <translation>Distanza dal valore migliore rispetto alle distanze di tutte le opzioni.</translation>
        </message>
        <message>
            <source>One minus the relative gap to the best value of the criterion.</source>
            <translation>Uno meno lo scarto relativo dal valore migliore del criterio.</translation>
        </message>
        <message>
            <source>Raw values, no rescaling: only sensible when every criterion uses the same scale (costs count negatively).</source>
            <translation>Valori grezzi, senza riscalatura: ha senso solo se tutti i criteri usano la stessa scala (i costi contano in negativo).</translation>
        </message>
        <message>
            <source>How columns are made comparable; vector is Hwang and Yoon's textbook form.</source>
            <translation>Come rendere confrontabili le colonne; vettoriale è la forma classica di Hwang e Yoon.</translation>
        </message>
        <message>
            <source>Compromise ranking by group utility S and individual regret R combined into Q (smaller is better), with Opricovic's compromise set. Every criterion must vary: a constant one makes f* = f- and divides by zero.</source>
            <translation>Classifica di compromesso per utilità di gruppo S e rimpianto individuale R combinati in Q (più piccolo è meglio), con l'insieme di compromesso di Opricović. Ogni criterio deve variare: uno costante dà f* = f- e una divisione per zero.</translation>
        </message>
        <message>
            <source>Weight of the majority rule (S) against the individual regret (R); 0.5 = consensus.</source>
            <translation>Peso della regola di maggioranza (S) rispetto al rimpianto individuale (R); 0,5 = consenso.</translation>
        </message>
        <message>
            <source>Net outranking flow from pairwise preferences per criterion (usual, u-shape, v-shape, level or linear function with thresholds); criteria without one use the usual function.</source>
            <translation>Flusso netto di surclassamento dalle preferenze a coppie per criterio (funzione usuale, a U, a V, a livelli o lineare con soglie); i criteri senza funzione usano quella usuale.</translation>
        </message>
        <message>
            <source>How columns are made comparable before summing (none: raw values, one scale).</source>
            <translation>Come rendere confrontabili le colonne prima della somma (nessuna: valori grezzi, una sola scala).</translation>
        </message>
        <message>
            <source>sum (as pymcdm), linear (x/max, min/x) or none (raw ratios; same ranking).</source>
            <translation>somma (come pymcdm), lineare (x/max, min/x) o nessuna (rapporti grezzi; stessa classifica).</translation>
        </message>
        <message>
            <source>Analytic Hierarchy Process: criteria weights times the alternatives' local priorities, synthesized in distributive or ideal mode.</source>
            <translation>Processo analitico gerarchico: pesi dei criteri per le priorità locali delle alternative, sintetizzati in modalità distributiva o ideale.</translation>
        </message>
        <message>
            <source>Distributive: local priorities sum to 1 per criterion; ideal: divided by the best alternative's, so adding a copy of a weak alternative cannot reverse ranks.</source>
            <translation>Distributiva: le priorità locali sommano a 1 per criterio; ideale: divise per quella dell'alternativa migliore, così aggiungere la copia di un'alternativa debole non può invertire le posizioni.</translation>
        </message>
        <message>
            <source>How priorities are derived from a pairwise matrix: principal eigenvector (Saaty) or row geometric mean.</source>
            <translation>Come si ricavano le priorità da una matrice di confronto a coppie: autovettore principale (Saaty) o media geometrica di riga.</translation>
        </message>
        <message>
            <source>Weighted sums of benefit and cost criteria in proportion (utility degree).</source>
            <translation>Somme pesate dei criteri di beneficio e di costo in proporzione (grado di utilità).</translation>
        </message>
        <message>
            <source>Ratio of each alternative's weighted sum to the ideal's.</source>
            <translation>Rapporto tra la somma pesata di ogni alternativa e quella dell'ideale.</translation>
        </message>
        <message>
            <source>Combined compromise of sum and product aggregations.</source>
            <translation>Compromesso combinato tra aggregazione per somma e per prodotto.</translation>
        </message>
        <message>
            <source>Share of the weighted sum in the combined score.</source>
            <translation>Quota della somma pesata nel punteggio combinato.</translation>
        </message>
        <message>
            <source>Euclidean and taxicab distances from the negative ideal.</source>
            <translation>Distanze euclidea e di Manhattan dall'ideale negativo.</translation>
        </message>
        <message>
            <source>Positive and negative distances from the average solution.</source>
            <translation>Distanze positive e negative dalla soluzione media.</translation>
        </message>
        <message>
            <source>Distance from the border approximation area.</source>
            <translation>Distanza dall'area di approssimazione di confine.</translation>
        </message>
        <message>
            <source>Gap between theoretical and real ratings (smaller is better).</source>
            <translation>Scarto tra valutazioni teoriche e reali (più piccolo è meglio).</translation>
        </message>
        <message>
            <source>Utility relative to ideal and anti-ideal solutions.</source>
            <translation>Utilità rispetto alle soluzioni ideale e anti-ideale.</translation>
        </message>
        <message>
            <source>Ratio system: weighted benefits minus weighted costs.</source>
            <translation>Sistema dei rapporti: benefici pesati meno costi pesati.</translation>
        </message>
        <message>
            <source>Operational competitiveness rating.</source>
            <translation>Valutazione della competitività operativa.</translation>
        </message>
        <message>
            <source>Distances to ideal and average solutions.</source>
            <translation>Distanze dalle soluzioni ideali e medie.</translation>
        </message>
        <message>
            <source>Root assessment of normalized benefit and cost sums.</source>
            <translation>Valutazione a radice delle somme normalizzate di benefici e costi.</translation>
        </message>
        <message>
            <source>Weighted sum and weighted product combined.</source>
            <translation>Somma pesata e prodotto pesato combinati.</translation>
        </message>
        <message>
            <source>Distance to the ideal point within the data bounds (smaller is better).</source>
            <translation>Distanza dal punto ideale entro i limiti dei dati (più piccola è meglio).</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Nessun progetto aperto.</translation>
        </message>
        <message>
            <source>The ranking could not be computed ({error}).</source>
            <translation>Non è stato possibile calcolare la classifica ({error}).</translation>
        </message>
        <message>
            <source>No ranking yet: the value of “{criterion}” for “{alternative}” is missing. Fill it in on the Problem page.</source>
            <translation>Ancora nessuna classifica: manca il valore di «{criterion}» per «{alternative}». Lo inserisca nella pagina Problema.</translation>
        </message>
        <message>
            <source>No ranking yet: the criterion “{criterion}” has no weight. Give it one on the Weights page.</source>
            <translation>Ancora nessuna classifica: il criterio «{criterion}» non ha un peso. Lo assegni nella pagina Pesi.</translation>
        </message>
        <message>
            <source>No ranking: {reason} (at {where})</source>
            <translation>Nessuna classifica: {reason} (in {where})</translation>
        </message>
        <message>
            <source>No ranking: {reason}</source>
            <translation>Nessuna classifica: {reason}</translation>
        </message>
        <message>
            <source>a scenario needs a name</source>
            <translation>uno scenario ha bisogno di un nome</translation>
        </message>
        <message>
            <source>'{name}' is reserved for the project's own weights</source>
            <translation>«{name}» è riservato ai pesi propri del progetto</translation>
        </message>
        <message>
            <source>the project has no weights yet; set them on the Weights page first</source>
            <translation>il progetto non ha ancora pesi; li imposti prima nella pagina Pesi</translation>
        </message>
        <message>
            <source>— none in 0–100 %</source>
            <translation>— nessuna in 0–100 %</translation>
        </message>
        <message>
            <source>No weight of this criterion between 0 and 100 % changes the winner</source>
            <translation>Nessun peso di questo criterio tra 0 e 100 % cambia il vincitore</translation>
        </message>
        <message>
            <source>Results are for the previous weights — Run again.</source>
            <translation>Risultati riferiti ai pesi precedenti — esegua di nuovo.</translation>
        </message>
        <message>
            <source>Any weights (uniform)</source>
            <translation>Pesi qualsiasi (uniforme)</translation>
        </message>
        <message>
            <source>Every weighting equally likely: no preference at all</source>
            <translation>Ogni ponderazione ugualmente probabile: nessuna preferenza</translation>
        </message>
        <message>
            <source>Around the current weights</source>
            <translation>Intorno ai pesi attuali</translation>
        </message>
        <message>
            <source>Weightings scattered around the current weights; a higher concentration keeps them closer</source>
            <translation>Ponderazioni sparse intorno ai pesi attuali; una concentrazione più alta le tiene più vicine</translation>
        </message>
        <message>
            <source>As spread as the participants</source>
            <translation>Dispersione come i partecipanti</translation>
        </message>
        <message>
            <source>Weightings spread like the participants' own AHP weights</source>
            <translation>Ponderazioni distribuite come i pesi AHP dei partecipanti</translation>
        </message>
        <message>
            <source>WS coefficient</source>
            <translation>Coefficiente WS</translation>
        </message>
        <message>
            <source>{change} pp</source>
            <translation>{change} p.p.</translation>
        </message>
        <message>
            <source>At {weight}: {ahead} overtakes {behind}</source>
            <translation>A {weight}: {ahead} supera {behind}</translation>
        </message>
        <message>
            <source>Rank (1 = best)</source>
            <translation>Posizione (1 = migliore)</translation>
        </message>
        <message>
            <source>Score (higher is better)</source>
            <translation>Punteggio (più alto è meglio)</translation>
        </message>
        <message>
            <source>Score (lower is better)</source>
            <translation>Punteggio (più basso è meglio)</translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives (current ranking) are drawn.</source>
            <translation>Sono tracciate le migliori {shown} alternative su {total} (classifica attuale).</translation>
        </message>
        <message>
            <source>No ranking: </source>
            <translation>Nessuna classifica: </translation>
        </message>
        <message>
            <source>Not run: </source>
            <translation>Non eseguito: </translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives and ranks 1–{ranks} are shown.</source>
            <translation>Sono mostrate le migliori {shown} alternative su {total} e le posizioni 1–{ranks}.</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings; {other} did more often ({other_share}).</source>
            <translation>{winner} è stata prima nel {share} di {samples} ponderazioni; {other} più spesso ({other_share}).</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings.</source>
            <translation>{winner} è stata prima nel {share} di {samples} ponderazioni.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Impossibile leggere {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a JSON file (line {line}: {reason}).</source>
            <translation>{file} non è un file JSON (riga {line}: {reason}).</translation>
        </message>
        <message>
            <source>{file} is not a valid {what} file: {reason}</source>
            <translation>{file} non è un file {what} valido: {reason}</translation>
        </message>
        <message>
            <source>D, R and weights</source>
            <translation>D, R e pesi</translation>
        </message>
        <message>
            <source>Total relation T</source>
            <translation>Relazione totale T</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorità</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategia</translation>
        </message>
        <message>
            <source>Pairwise priority</source>
            <translation>Priorità dal confronto a coppie</translation>
        </message>
        <message>
            <source>no influence</source>
            <translation>nessuna influenza</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bassa</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>media</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <source>very high</source>
            <translation>molto alta</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Punti di forza</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Punti di debolezza</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunità</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Minacce</translation>
        </message>
        <message>
            <source>Largest row or column sum</source>
            <translation>Massima somma di riga o di colonna</translation>
        </message>
        <message>
            <source>Largest row sum</source>
            <translation>Massima somma di riga</translation>
        </message>
        <message>
            <source>D+R (prominence)</source>
            <translation>D+R (rilevanza)</translation>
        </message>
        <message>
            <source>Type a name.</source>
            <translation>Digitare un nome.</translation>
        </message>
        <message>
            <source>The name '{name}' is already used here.</source>
            <translation>Il nome '{name}' è già usato qui.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is not a number.</source>
            <translation>Influenza di '{a}' su '{b}': {value} non è un numero.</translation>
        </message>
        <message>
            <source>'{a}' cannot influence itself: the diagonal of the matrix stays 0.</source>
            <translation>'{a}' non può influenzare sé stesso: la diagonale della matrice resta 0.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is outside the scale {lo}..{hi} (0 none, 1 low, 2 medium, 3 high, 4 very high).</source>
            <translation>Influenza di '{a}' su '{b}': {value} è fuori dalla scala {lo}..{hi} (0 nessuna, 1 bassa, 2 media, 3 alta, 4 molto alta).</translation>
        </message>
        <message>
            <source>DEMATEL needs at least one expert's matrix.</source>
            <translation>DEMATEL richiede la matrice di almeno un esperto.</translation>
        </message>
        <message>
            <source>DEMATEL needs at least 2 factors.</source>
            <translation>DEMATEL richiede almeno 2 fattori.</translation>
        </message>
        <message>
            <source>Factor {n}</source>
            <translation>Fattore {n}</translation>
        </message>
        <message>
            <source>Expert {n}</source>
            <translation>Esperto {n}</translation>
        </message>
        <message>
            <source>'{text}' is not an influence: type 0..4.</source>
            <translation>'{text}' non è un'influenza: digitare 0..4.</translation>
        </message>
        <message>
            <source>Participant {n}</source>
            <translation>Partecipante {n}</translation>
        </message>
        <message>
            <source>'{item}' compared with itself is always 1</source>
            <translation>'{item}' confrontato con sé stesso vale sempre 1</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is not a positive ratio</source>
            <translation>'{a}' rispetto a '{b}': {value} non è un rapporto positivo</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is outside Saaty's scale 1/9..9</source>
            <translation>'{a}' rispetto a '{b}': {value} è fuori dalla scala di Saaty 1/9..9</translation>
        </message>
        <message>
            <source>A'WOT needs at least one participant's judgments</source>
            <translation>A'WOT richiede i giudizi di almeno un partecipante</translation>
        </message>
        <message>
            <source>{group} need at least one factor</source>
            <translation>{group}: serve almeno un fattore</translation>
        </message>
        <message>
            <source>score of '{strategy}' on '{factor}' is not a number</source>
            <translation>il punteggio di '{strategy}' su '{factor}' non è un numero</translation>
        </message>
        <message>
            <source>Strength {n}</source>
            <translation>Punto di forza {n}</translation>
        </message>
        <message>
            <source>Weakness {n}</source>
            <translation>Punto di debolezza {n}</translation>
        </message>
        <message>
            <source>Opportunity {n}</source>
            <translation>Opportunità {n}</translation>
        </message>
        <message>
            <source>Threat {n}</source>
            <translation>Minaccia {n}</translation>
        </message>
        <message>
            <source>Between the groups S, W, O, T</source>
            <translation>Tra i gruppi S, W, O, T</translation>
        </message>
        <message>
            <source>Strategies with respect to '{factor}'</source>
            <translation>Strategie rispetto a '{factor}'</translation>
        </message>
        <message>
            <source>Within {group}</source>
            <translation>All'interno di: {group}</translation>
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
            <translation>CR {cr} (sopra 0,10: rivedere)</translation>
        </message>
        <message>
            <source>'{text}' is not a ratio: type e.g. 3 or 1/3.</source>
            <translation>'{text}' non è un rapporto: digitare ad es. 3 o 1/3.</translation>
        </message>
        <message>
            <source>Type a ratio, e.g. 3 or 1/3.</source>
            <translation>Digitare un rapporto, ad es. 3 o 1/3.</translation>
        </message>
        <message>
            <source>Group (geometric mean of all participants, AIJ)</source>
            <translation>Gruppo (media geometrica di tutti i partecipanti, AIJ)</translation>
        </message>
        <message>
            <source>{a} is equally important as {b}</source>
            <translation>{a} è importante quanto {b}</translation>
        </message>
        <message>
            <source>{a} is equally to moderately more important than {b}</source>
            <translation>{a} è da ugualmente a moderatamente più importante di {b}</translation>
        </message>
        <message>
            <source>{a} is moderately more important than {b}</source>
            <translation>{a} è moderatamente più importante di {b}</translation>
        </message>
        <message>
            <source>{a} is moderately to strongly more important than {b}</source>
            <translation>{a} è da moderatamente a fortemente più importante di {b}</translation>
        </message>
        <message>
            <source>{a} is strongly more important than {b}</source>
            <translation>{a} è fortemente più importante di {b}</translation>
        </message>
        <message>
            <source>{a} is strongly to very strongly more important than {b}</source>
            <translation>{a} è da fortemente a molto fortemente più importante di {b}</translation>
        </message>
        <message>
            <source>{a} is very strongly more important than {b}</source>
            <translation>{a} è molto fortemente più importante di {b}</translation>
        </message>
        <message>
            <source>{a} is very strongly to extremely more important than {b}</source>
            <translation>{a} è da molto fortemente a estremamente più importante di {b}</translation>
        </message>
        <message>
            <source>{a} is extremely more important than {b}</source>
            <translation>{a} è estremamente più importante di {b}</translation>
        </message>
        <message>
            <source>Which is more important, {a} or {b}, and how much more?</source>
            <translation>Che cosa è più importante, {a} o {b}, e di quanto?</translation>
        </message>
        <message>
            <source>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; acceptable up to {threshold})</source>
            <translation>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; accettabile fino a {threshold})</translation>
        </message>
        <message>
            <source>{n} unanswered pair(s) completed by {method}</source>
            <translation>{n} coppia/e senza risposta completata/e con {method}</translation>
        </message>
        <message>
            <source>A group needs two criteria to compare.</source>
            <translation>Un gruppo richiede due criteri da confrontare.</translation>
        </message>
        <message>
            <source>No criteria to compare.</source>
            <translation>Nessun criterio da confrontare.</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>Ancora nessuna risposta.</translation>
        </message>
        <message>
            <source>Not enough answers yet: {apart} not compared, directly or through other criteria, with {rest}. Answer a question linking them.</source>
            <translation>Risposte non ancora sufficienti: {apart} non confrontato, direttamente o tramite altri criteri, con {rest}. Risponda a una domanda che li collega.</translation>
        </message>
        <message>
            <source>Entropy</source>
            <translation>Entropia</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Deviazione standard</translation>
        </message>
        <message>
            <source>Equal weights</source>
            <translation>Pesi uguali</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>il livello superiore</translation>
        </message>
        <message>
            <source>group '{group}'</source>
            <translation>il gruppo «{group}»</translation>
        </message>
        <message>
            <source>Objective weights need data, but {where} holds the group '{group}'; weight a group whose criteria are all data columns</source>
            <translation>I pesi oggettivi richiedono dati, ma {where} contiene il gruppo «{group}»; pesi un gruppo i cui criteri siano tutti colonne di dati</translation>
        </message>
        <message>
            <source>Objective weights need complete data: '{alternative}' has no value for '{criterion}' ({n} value(s) missing in {where})</source>
            <translation>I pesi oggettivi richiedono dati completi: «{alternative}» non ha un valore per «{criterion}» ({n} valore/i mancante/i in {where})</translation>
        </message>
        <message>
            <source>composite score</source>
            <translation>punteggio composito</translation>
        </message>
        <message>
            <source>rank (1 = best)</source>
            <translation>posizione (1 = migliore)</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen, ◆ median rank and bar 5–95 % of the ranks over the Monte Carlo runs.</source>
            <translation>A destra: ● posizione con le impostazioni scelte, ◆ posizione mediana e barra 5–95 % delle posizioni nelle simulazioni Monte Carlo.</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen. Run uncertainty to see each town's median rank and 5–95 % band.</source>
            <translation>A destra: ● posizione con le impostazioni scelte. Avvii l'analisi di incertezza per vedere la posizione mediana e la fascia 5–95 % di ogni comune.</translation>
        </message>
        <message>
            <source>Choose a town to compare</source>
            <translation>Scelga un comune da confrontare</translation>
        </message>
        <message>
            <source>outer ring = best town, centre = worst</source>
            <translation>anello esterno = comune migliore, centro = peggiore</translation>
        </message>
        <message>
            <source>{town} is strongest on</source>
            <translation>{town} è più forte in</translation>
        </message>
        <message>
            <source>weakest (vs {against}) on</source>
            <translation>più debole (confronto: {against}) in</translation>
        </message>
        <message>
            <source>Benchmarking data (*.json *.xlsx *.csv);;All files (*)</source>
            <translation>Dati di benchmarking (*.json *.xlsx *.csv);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Cartella di lavoro Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Immagine PNG (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Word document (*.docx);;HTML page (*.html)</source>
            <translation>PDF (*.pdf);;Documento Word (*.docx);;Pagina HTML (*.html)</translation>
        </message>
        <message>
            <source>missing values imputed by the mean: {count}</source>
            <translation>valori mancanti sostituiti con la media: {count}</translation>
        </message>
        <message>
            <source>missing values imputed by the median: {count}</source>
            <translation>valori mancanti sostituiti con la mediana: {count}</translation>
        </message>
        <message>
            <source>benchmarking</source>
            <translation>benchmarking</translation>
        </message>
        <message>
            <source>New benchmark</source>
            <translation>Nuovo benchmarking</translation>
        </message>
        <message>
            <source>Table (Excel or CSV)…</source>
            <translation>Tabella (Excel o CSV)…</translation>
        </message>
        <message>
            <source>Chart of the tab shown (PNG)…</source>
            <translation>Grafico della scheda visualizzata (PNG)…</translation>
        </message>
        <message>
            <source>Benchmarking report…</source>
            <translation>Rapporto di benchmarking…</translation>
        </message>
        <message>
            <source>The data set, method, ranking (with its uncertainty when run) and the town of the peers tab against its peers, as PDF, Word or HTML, in the interface language</source>
            <translation>Il set di dati, il metodo, la classifica (con l'incertezza, se calcolata) e il comune della scheda di confronto rispetto ai comuni di confronto, in PDF, Word o HTML, nella lingua dell'interfaccia</translation>
        </message>
        <message>
            <source>Run uncertainty</source>
            <translation>Calcola incertezza</translation>
        </message>
        <message>
            <source> runs</source>
            <translation> simulazioni</translation>
        </message>
        <message>
            <source>Number of Monte Carlo runs</source>
            <translation>Numero di simulazioni Monte Carlo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Town vs peers</source>
            <translation>Comune e comuni di confronto</translation>
        </message>
        <message>
            <source>Import benchmarking data</source>
            <translation>Importa dati di benchmarking</translation>
        </message>
        <message>
            <source>edit {unit} / {indicator}</source>
            <translation>modifica {unit} / {indicator}</translation>
        </message>
        <message>
            <source>change {settings}</source>
            <translation>modifica delle impostazioni ({settings})</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs over {normalizations} x {aggregations} and weights, seed {seed}.</source>
            <translation>Incertezza: {runs} simulazioni su {normalizations} × {aggregations} e pesi, seme {seed}.</translation>
        </message>
        <message>
            <source>peers</source>
            <translation>comuni di confronto</translation>
        </message>
        <message>
            <source>all others</source>
            <translation>tutti gli altri</translation>
        </message>
        <message>
            <source>Compared with the mean of the peers.</source>
            <translation>Confronto con la media dei comuni di confronto.</translation>
        </message>
        <message>
            <source>Compared with the mean of all other towns.</source>
            <translation>Confronto con la media di tutti gli altri comuni.</translation>
        </message>
        <message>
            <source>Radar: {note}.</source>
            <translation>Radar: {note}.</translation>
        </message>
        <message>
            <source>Uncertainty run cancelled.</source>
            <translation>Analisi di incertezza annullata.</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Esporta la tabella</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Esporta il grafico</translation>
        </message>
        <message>
            <source>{path}: could not write the PNG</source>
            <translation>{path}: impossibile scrivere il file PNG</translation>
        </message>
        <message>
            <source>Export the benchmarking report</source>
            <translation>Esporta il rapporto di benchmarking</translation>
        </message>
        <message>
            <source>left out for missing values: {towns}</source>
            <translation>esclusi per valori mancanti: {towns}</translation>
        </message>
        <message>
            <source>scores shifted above 0 for the geometric mean</source>
            <translation>punteggi spostati sopra 0 per la media geometrica</translation>
        </message>
        <message>
            <source>uncertainty: {runs} Monte Carlo runs</source>
            <translation>incertezza: {runs} simulazioni Monte Carlo</translation>
        </message>
        <message>
            <source>Hover for the conventions.</source>
            <translation>Passi il mouse per le convenzioni.</translation>
        </message>
        <message>
            <source>Peers (tick)</source>
            <translation>Comuni di confronto (spuntare)</translation>
        </message>
        <message>
            <source>Composite settings</source>
            <translation>Impostazioni dell'indicatore composito</translation>
        </message>
        <message>
            <source>target per indicator: vacancy=5; footfall=1500</source>
            <translation>obiettivo per indicatore: vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>sample SD</source>
            <translation>DS campionaria</translation>
        </message>
        <message>
            <source>population SD</source>
            <translation>DS della popolazione</translation>
        </message>
        <message>
            <source>points: vacancy=30; footfall=20 (others: their weight)</source>
            <translation>punti: vacancy=30; footfall=20 (altri: il loro peso)</translation>
        </message>
        <message>
            <source>Missing values</source>
            <translation>Valori mancanti</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Riferimento</translation>
        </message>
        <message>
            <source>Distance as</source>
            <translation>Distanza come</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <source>z-score with</source>
            <translation>z-score con</translation>
        </message>
        <message>
            <source>Weighting</source>
            <translation>Ponderazione</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punti</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Aggregazione</translation>
        </message>
        <message>
            <source>Within groups</source>
            <translation>Nei gruppi</translation>
        </message>
        <message>
            <source>Given target values</source>
            <translation>Valori obiettivo indicati</translation>
        </message>
        <message>
            <source>Type a target value for every indicator, e.g. vacancy=5; footfall=1500</source>
            <translation>Inserisca un valore obiettivo per ogni indicatore, ad es. vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>target values</source>
            <translation>valori obiettivo</translation>
        </message>
        <message>
            <source>points</source>
            <translation>punti</translation>
        </message>
        <message>
            <source>missing value (the value used when imputed)</source>
            <translation>valore mancante (il valore usato se sostituito)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>illustrative indicator (not from a named source)</source>
            <translation>indicatore con dati illustrativi (non da una fonte indicata)</translation>
        </message>
        <message>
            <source>bold</source>
            <translation>grassetto</translation>
        </message>
        <message>
            <source>value with a named source. Hover a header for unit, source and year.</source>
            <translation>valore con fonte indicata. Passi il mouse su un'intestazione per unità, fonte e anno.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Predefinita di sistema</translation>
        </message>
        <message>
            <source>The interface language changes the next time InnoCite starts.</source>
            <translation>La lingua dell'interfaccia cambia al prossimo avvio di InnoCite.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Lingua dell'interfaccia:</translation>
        </message>
        <message>
            <source>The new language applies the next time InnoCite starts. Restart now? Your work is saved.</source>
            <translation>La nuova lingua si applica al prossimo avvio di InnoCite. Riavviare ora? Il Suo lavoro è salvato.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Riavvia ora</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Più tardi</translation>
        </message>
        <message>
            <source>Project files (*.json *.xlsx *.csv *.xml *.xmcda);;All files (*)</source>
            <translation>File di progetto (*.json *.xlsx *.csv *.xml *.xmcda);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;JSON project file (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</source>
            <translation>Cartella di lavoro Excel (*.xlsx);;File di progetto JSON (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Pesi</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Risultati</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensitività</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>Benchmarking</translation>
        </message>
        <message>
            <source>Success factors</source>
            <translation>Fattori di successo</translation>
        </message>
        <message>
            <source>Retail planning</source>
            <translation>Pianificazione commerciale</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Nessun database aperto.</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nuovo progetto…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importa…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Esporta…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
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
            <source>&amp;Duplicate project…</source>
            <translation>&amp;Duplica progetto…</translation>
        </message>
        <message>
            <source>&amp;Rename project…</source>
            <translation>&amp;Rinomina progetto…</translation>
        </message>
        <message>
            <source>De&amp;lete project…</source>
            <translation>&amp;Elimina progetto…</translation>
        </message>
        <message>
            <source>&amp;Find project</source>
            <translation>&amp;Cerca progetto</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Informazioni su {app}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Apri &amp;recenti</translation>
        </message>
        <message>
            <source>Projects &amp;database…</source>
            <translation>&amp;Database dei progetti…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Progetto</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Lingua…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Impostazioni</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra degli strumenti principale</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Backup salvato in {path}</translation>
        </message>
        <message>
            <source>Projects database</source>
            <translation>Database dei progetti</translation>
        </message>
        <message>
            <source>SQLite file or PostgreSQL URL (empty: your own database).
Takes effect the next time InnoCite starts.</source>
            <translation>File SQLite o URL PostgreSQL (vuoto: il Suo database personale).
Ha effetto al prossimo avvio di InnoCite.</translation>
        </message>
        <message>
            <source>The database setting takes effect on the next start</source>
            <translation>L'impostazione del database ha effetto al prossimo avvio</translation>
        </message>
        <message>
            <source>Saved (version {version})</source>
            <translation>Salvato (versione {version})</translation>
        </message>
        <message>
            <source>Opened '{name}'</source>
            <translation>Aperto «{name}»</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(ancora nessuno)</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Annulla: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Ripeti: {action}</translation>
        </message>
        <message>
            <source>Import a project</source>
            <translation>Importa un progetto</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importazione di {file}…</translation>
        </message>
        <message>
            <source>Imported {file}</source>
            <translation>Importato {file}</translation>
        </message>
        <message>
            <source>project</source>
            <translation>progetto</translation>
        </message>
        <message>
            <source>Export the project</source>
            <translation>Esporta il progetto</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Esportato in {path}</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Informazioni su {app}</translation>
        </message>
        <message>
            <source>{app} version {version}</source>
            <translation>{app} versione {version}</translation>
        </message>
        <message>
            <source>Multi-criteria decision support for people who develop small and medium-sized towns.</source>
            <translation>Supporto alle decisioni multicriterio per chi sviluppa comuni piccoli e medi.</translation>
        </message>
        <message>
            <source>The method chosen on the Results page</source>
            <translation>Il metodo scelto nella pagina Risultati</translation>
        </message>
        <message>
            <source>What was decided (it may differ from the recommendation; the memo then says so)</source>
            <translation>Che cosa è stato deciso (può differire dalla raccomandazione; in tal caso la nota lo dice)</translation>
        </message>
        <message>
            <source>Why: the reasons the council or board should read</source>
            <translation>Perché: le ragioni che il consiglio o la giunta devono leggere</translation>
        </message>
        <message>
            <source>When the decision differs from the recommendation, the memo says so plainly</source>
            <translation>Quando la decisione differisce dalla raccomandazione, la nota lo dice chiaramente</translation>
        </message>
        <message>
            <source>The language the memo is written in (the interface language by default)</source>
            <translation>La lingua in cui è scritta la nota (per impostazione predefinita la lingua dell'interfaccia)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Memo language</source>
            <translation>Lingua della nota</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motivazione</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Memos exported before, each with the data it was made from</source>
            <translation>Note esportate in precedenza, ognuna con i dati da cui è stata prodotta</translation>
        </message>
        <message>
            <source>Export again…</source>
            <translation>Esporta di nuovo…</translation>
        </message>
        <message>
            <source>Write the selected memo again exactly as it was, even if the project changed since</source>
            <translation>Riscrive la nota selezionata esattamente com'era, anche se nel frattempo il progetto è cambiato</translation>
        </message>
        <message>
            <source>Earlier memos</source>
            <translation>Note precedenti</translation>
        </message>
        <message>
            <source>Could not list earlier memos: {reason}</source>
            <translation>Impossibile elencare le note precedenti: {reason}</translation>
        </message>
        <message>
            <source>updating…</source>
            <translation>aggiornamento…</translation>
        </message>
        <message>
            <source>The memo could not be made: {reason}</source>
            <translation>Impossibile produrre la nota: {reason}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Anteprima</translation>
        </message>
        <message>
            <source>Export memo</source>
            <translation>Esporta nota decisionale</translation>
        </message>
        <message>
            <source>Preparing the memo…</source>
            <translation>Preparazione della nota…</translation>
        </message>
        <message>
            <source>Not exported: {reason}</source>
            <translation>Non esportato: {reason}</translation>
        </message>
        <message>
            <source>Wrote {path} (stored as memo #{id}).</source>
            <translation>Scritto {path} (salvato come nota n. {id}).</translation>
        </message>
        <message>
            <source>Export memo again</source>
            <translation>Esporta di nuovo la nota decisionale</translation>
        </message>
        <message>
            <source>Wrote {path} from the memo of {when}.</source>
            <translation>Scritto {path} dalla nota del {when}.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <source>Prioritization</source>
            <translation>Calcolo delle priorità</translation>
        </message>
        <message>
            <source>vector</source>
            <translation>vettoriale</translation>
        </message>
        <message>
            <source>min-max</source>
            <translation>min-max</translation>
        </message>
        <message>
            <source>max</source>
            <translation>massimo</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>somma</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>lineare</translation>
        </message>
        <message>
            <source>logarithmic</source>
            <translation>logaritmica</translation>
        </message>
        <message>
            <source>nonlinear</source>
            <translation>non lineare</translation>
        </message>
        <message>
            <source>enhanced accuracy</source>
            <translation>accuratezza migliorata</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis</source>
            <translation>Zavadskas-Turskis</translation>
        </message>
        <message>
            <source>none (raw values)</source>
            <translation>nessuna (valori grezzi)</translation>
        </message>
        <message>
            <source>distributive</source>
            <translation>distributiva</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>ideale</translation>
        </message>
        <message>
            <source>eigenvector</source>
            <translation>autovettore</translation>
        </message>
        <message>
            <source>geometric mean</source>
            <translation>media geometrica</translation>
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
            <source>{description} (default: {default})</source>
            <translation>{description} (predefinito: {default})</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Jobs created</source>
            <translation>Posti di lavoro creati</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>ETP</translation>
        </message>
        <message>
            <source>Search projects</source>
            <translation>Cerca progetti</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuovo</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplica</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rinomina</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Progetti</translation>
        </message>
        <message>
            <source>New decision {n}</source>
            <translation>Nuova decisione {n}</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nuovo progetto</translation>
        </message>
        <message>
            <source>Name of the decision:</source>
            <translation>Nome della decisione:</translation>
        </message>
        <message>
            <source>Duplicate project</source>
            <translation>Duplica progetto</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Nome della copia:</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copia)</translation>
        </message>
        <message>
            <source>Rename project</source>
            <translation>Rinomina progetto</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nuovo nome:</translation>
        </message>
        <message>
            <source>Renamed '{old}' to '{new}'</source>
            <translation>«{old}» rinominato in «{new}»</translation>
        </message>
        <message>
            <source>Delete project</source>
            <translation>Elimina progetto</translation>
        </message>
        <message>
            <source>Delete the project '{name}' with all its data, judgments and scenarios?

The automatic backups keep a copy of it for a while.</source>
            <translation>Eliminare il progetto «{name}» con tutti i dati, i giudizi e gli scenari?

I backup automatici ne conservano una copia per qualche tempo.</translation>
        </message>
        <message>
            <source>Deleted '{name}'</source>
            <translation>«{name}» eliminato</translation>
        </message>
        <message>
            <source>{file}: could not write the SVG</source>
            <translation>{file}: impossibile scrivere il file SVG</translation>
        </message>
        <message>
            <source>{file}: could not write the PNG</source>
            <translation>{file}: impossibile scrivere il file PNG</translation>
        </message>
        <message>
            <source>Node size: {size_by}; line width: gravity interaction PᵢPⱼ/dᵢⱼ^β relative to the strongest pair. Positions are schematic (no map).</source>
            <translation>Dimensione dei nodi: {size_by}; spessore delle linee: interazione gravitazionale PᵢPⱼ/dᵢⱼ^β rispetto alla coppia più forte. Le posizioni sono schematiche (non è una mappa).</translation>
        </message>
        <message>
            <source>γ: exponent of attractiveness (1 = proportional)</source>
            <translation>γ: esponente dell'attrattività (1 = proporzionale)</translation>
        </message>
        <message>
            <source>λ: distance-decay exponent (2 = Huff's classic value)</source>
            <translation>λ: esponente del decadimento con la distanza (2 = valore classico di Huff)</translation>
        </message>
        <message>
            <source>Calibrate λ</source>
            <translation>Calibra λ</translation>
        </message>
        <message>
            <source>Least-squares λ from the observed shares (tab 'Observed shares')</source>
            <translation>λ ai minimi quadrati dalle quote osservate (scheda «Quote osservate»)</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Aggiungi zona</translation>
        </message>
        <message>
            <source>add a zone</source>
            <translation>aggiungi una zona</translation>
        </message>
        <message>
            <source>Remove zone</source>
            <translation>Rimuovi zona</translation>
        </message>
        <message>
            <source>Add centre</source>
            <translation>Aggiungi polo</translation>
        </message>
        <message>
            <source>add a centre</source>
            <translation>aggiungi un polo</translation>
        </message>
        <message>
            <source>Remove centre</source>
            <translation>Rimuovi polo</translation>
        </message>
        <message>
            <source>&lt;b&gt;Zones&lt;/b&gt; (spending per year)</source>
            <translation>&lt;b&gt;Zone&lt;/b&gt; (spesa annua)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Centres&lt;/b&gt; (attractiveness, m²)</source>
            <translation>&lt;b&gt;Poli commerciali&lt;/b&gt; (attrattività, m²)</translation>
        </message>
        <message>
            <source>Distances (zone → centre)</source>
            <translation>Distanze (zona → polo)</translation>
        </message>
        <message>
            <source>Share of each zone's spending observed at each centre (0–1, empty = not surveyed), for 'Calibrate λ'.</source>
            <translation>Quota della spesa di ogni zona osservata presso ogni polo (0–1, vuoto = non rilevato), per «Calibra λ».</translation>
        </message>
        <message>
            <source>Observed shares</source>
            <translation>Quote osservate</translation>
        </message>
        <message>
            <source>Plan a new store</source>
            <translation>Pianifica un nuovo punto vendita</translation>
        </message>
        <message>
            <source>losses of this share or more are flagged</source>
            <translation>le perdite pari o superiori a questa quota sono segnalate</translation>
        </message>
        <message>
            <source>New-store scenario (distances: last column of the distance table)</source>
            <translation>Scenario nuovo punto vendita (distanze: ultima colonna della tabella delle distanze)</translation>
        </message>
        <message>
            <source>Flag losses ≥</source>
            <translation>Segnala perdite ≥</translation>
        </message>
        <message>
            <source>edit observed share {what}</source>
            <translation>modifica la quota osservata {what}</translation>
        </message>
        <message>
            <source>edit distance {what}</source>
            <translation>modifica la distanza {what}</translation>
        </message>
        <message>
            <source>edit zone {what}</source>
            <translation>modifica la zona {what}</translation>
        </message>
        <message>
            <source>edit centre {what}</source>
            <translation>modifica il polo {what}</translation>
        </message>
        <message>
            <source>edit {what}</source>
            <translation>modifica {what}</translation>
        </message>
        <message>
            <source>the loss threshold</source>
            <translation>la soglia di perdita</translation>
        </message>
        <message>
            <source>set {what}</source>
            <translation>imposta {what}</translation>
        </message>
        <message>
            <source>remove zone {name}</source>
            <translation>rimuovi la zona {name}</translation>
        </message>
        <message>
            <source>remove centre {name}</source>
            <translation>rimuovi il polo {name}</translation>
        </message>
        <message>
            <source>plan a new store</source>
            <translation>pianifica un nuovo punto vendita</translation>
        </message>
        <message>
            <source>drop the new store</source>
            <translation>rinuncia al nuovo punto vendita</translation>
        </message>
        <message>
            <source>rename the new store</source>
            <translation>rinomina il nuovo punto vendita</translation>
        </message>
        <message>
            <source>set the new store's attractiveness</source>
            <translation>imposta l'attrattività del nuovo punto vendita</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam} (at the edge of the searched range): RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>λ calibrato = {lam} (al limite dell'intervallo di ricerca): RMSE {rmse}, R² {r2} su {n} quote osservate.</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam}: RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>λ calibrato = {lam}: RMSE {rmse}, R² {r2} su {n} quote osservate.</translation>
        </message>
        <message>
            <source>calibrate λ</source>
            <translation>calibra λ</translation>
        </message>
        <message>
            <source>Labels: market share. Total {total} = the zones' total spending.</source>
            <translation>Etichette: quota di mercato. Totale {total} = spesa complessiva delle zone.</translation>
        </message>
        <message>
            <source>β: distance exponent of the gravity interaction</source>
            <translation>β: esponente della distanza dell'interazione gravitazionale</translation>
        </message>
        <message>
            <source>Add town</source>
            <translation>Aggiungi comune</translation>
        </message>
        <message>
            <source>add a town</source>
            <translation>aggiungi un comune</translation>
        </message>
        <message>
            <source>Remove town</source>
            <translation>Rimuovi comune</translation>
        </message>
        <message>
            <source>Add function…</source>
            <translation>Aggiungi funzione…</translation>
        </message>
        <message>
            <source>Remove function</source>
            <translation>Rimuovi funzione</translation>
        </message>
        <message>
            <source>&lt;b&gt;Towns&lt;/b&gt;</source>
            <translation>&lt;b&gt;Comuni&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Distances&lt;/b&gt; (symmetric: a cell sets both directions)</source>
            <translation>&lt;b&gt;Distanze&lt;/b&gt; (simmetriche: una cella imposta entrambe le direzioni)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Central-place functions&lt;/b&gt; (outlets per town)</source>
            <translation>&lt;b&gt;Funzioni centrali&lt;/b&gt; (esercizi per comune)</translation>
        </message>
        <message>
            <source>Network chart</source>
            <translation>Grafico della rete</translation>
        </message>
        <message>
            <source>Towns: index</source>
            <translation>Comuni: indice</translation>
        </message>
        <message>
            <source>Coefficients</source>
            <translation>Coefficienti</translation>
        </message>
        <message>
            <source>edit the name of {town}</source>
            <translation>modifica il nome di {town}</translation>
        </message>
        <message>
            <source>edit the population of {town}</source>
            <translation>modifica la popolazione di {town}</translation>
        </message>
        <message>
            <source>edit distance {a} ↔ {b}</source>
            <translation>modifica la distanza {a} ↔ {b}</translation>
        </message>
        <message>
            <source>edit outlets of {function} in {town}</source>
            <translation>modifica gli esercizi di {function} a {town}</translation>
        </message>
        <message>
            <source>remove town {name}</source>
            <translation>rimuovi il comune {name}</translation>
        </message>
        <message>
            <source>Add function</source>
            <translation>Aggiungi funzione</translation>
        </message>
        <message>
            <source>Name of the central-place function:</source>
            <translation>Nome della funzione centrale:</translation>
        </message>
        <message>
            <source>add function {name}</source>
            <translation>aggiungi la funzione {name}</translation>
        </message>
        <message>
            <source>remove function {name}</source>
            <translation>rimuovi la funzione {name}</translation>
        </message>
        <message>
            <source>Huff catchment</source>
            <translation>Bacino d'utenza (Huff)</translation>
        </message>
        <message>
            <source>type a value (empty removes it); product groups take population and purchasing-power index from the town</source>
            <translation>digitare un valore (vuoto lo elimina); i gruppi merceologici riprendono popolazione e indice del potere d'acquisto dal comune</translation>
        </message>
        <message>
            <source>“—”: a needed input is missing (hover it for which); centrality 100 = turnover equals spending potential</source>
            <translation>«—»: manca un dato necessario (passare il mouse per sapere quale); centralità 100 = fatturato pari al potenziale di spesa</translation>
        </message>
        <message>
            <source>the town</source>
            <translation>il comune</translation>
        </message>
        <message>
            <source>edit {input} of {where}</source>
            <translation>modifica {input} di {where}</translation>
        </message>
        <message>
            <source>No data set: press New or Import….</source>
            <translation>Nessun set di dati: premere Nuovo o Importa….</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics: hover here for the description and sources.</source>
            <translation>Valori ILLUSTRATIVI, non statistiche: passare il mouse qui per la descrizione e le fonti.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
        <message>
            <source>Export the tables (.xlsx, .csv), the chart (PNG, SVG) or the inputs (JSON)</source>
            <translation>Esporta le tabelle (.xlsx, .csv), il grafico (PNG, SVG) o i dati di input (JSON)</translation>
        </message>
        <message>
            <source>Delete the data set '{name}'? This cannot be undone.</source>
            <translation>Eliminare il set di dati «{name}»? L'operazione non può essere annullata.</translation>
        </message>
        <message>
            <source>Import a data set</source>
            <translation>Importa un set di dati</translation>
        </message>
        <message>
            <source>All tables as Excel workbook (.xlsx)…</source>
            <translation>Tutte le tabelle come cartella di lavoro Excel (.xlsx)…</translation>
        </message>
        <message>
            <source>One table as CSV</source>
            <translation>Una tabella come CSV</translation>
        </message>
        <message>
            <source>Chart as PNG image…</source>
            <translation>Grafico come immagine PNG…</translation>
        </message>
        <message>
            <source>Chart as SVG drawing…</source>
            <translation>Grafico come disegno SVG…</translation>
        </message>
        <message>
            <source>Inputs for the command line (JSON)…</source>
            <translation>Dati di input per la riga di comando (JSON)…</translation>
        </message>
        <message>
            <source>Could not export {file}: {reason}</source>
            <translation>Impossibile esportare {file}: {reason}</translation>
        </message>
        <message>
            <source>Export all tables</source>
            <translation>Esporta tutte le tabelle</translation>
        </message>
        <message>
            <source>Export a table</source>
            <translation>Esporta una tabella</translation>
        </message>
        <message>
            <source>Export the inputs for the command line</source>
            <translation>Esporta i dati di input per la riga di comando</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Aggiungi criterio</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Aggiungi gruppo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Incolla</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Cancella</translation>
        </message>
        <message>
            <source>Add alternative</source>
            <translation>Aggiungi alternativa</translation>
        </message>
        <message>
            <source>Remove alternatives</source>
            <translation>Rimuovi alternative</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteri</translation>
        </message>
        <message>
            <source>select the criteria to remove first</source>
            <translation>selezioni prima i criteri da rimuovere</translation>
        </message>
        <message>
            <source>Remove {names}</source>
            <translation>Rimuovi {names}</translation>
        </message>
        <message>
            <source>select the alternatives (rows) to remove first</source>
            <translation>selezioni prima le alternative (righe) da rimuovere</translation>
        </message>
        <message>
            <source>{names} and {n} more</source>
            <translation>{names} e altre {n}</translation>
        </message>
        <message>
            <source>Nothing was pasted: {reason}</source>
            <translation>Non è stato incollato nulla: {reason}</translation>
        </message>
        <message>
            <source>Paste into {n} cells</source>
            <translation>Incolla in {n} celle</translation>
        </message>
        <message>
            <source>Nothing was pasted: the copied block has {rows} rows x {cols} columns, but from alternative {top} and criterion {left} the table has room for {room_rows} x {room_cols}; add alternatives or criteria first</source>
            <translation>Non è stato incollato nulla: il blocco copiato ha {rows} righe × {cols} colonne, ma dall'alternativa {top} e dal criterio {left} la tabella ha spazio per {room_rows} × {room_cols}; aggiunga prima alternative o criteri</translation>
        </message>
        <message>
            <source>Paste {rows} x {cols} values</source>
            <translation>Incolla {rows} × {cols} valori</translation>
        </message>
        <message>
            <source>Clear {n} values</source>
            <translation>Cancella {n} valori</translation>
        </message>
        <message>
            <source>Clear {n} value</source>
            <translation>Cancella {n} valore</translation>
        </message>
        <message>
            <source>the best {shown} of {total}</source>
            <translation>i migliori {shown} su {total}</translation>
        </message>
        <message>
            <source>Open a project to see its ranking.</source>
            <translation>Apra un progetto per vederne la classifica.</translation>
        </message>
        <message>
            <source>Do the methods agree?</source>
            <translation>I metodi concordano?</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcolo in corso…</translation>
        </message>
        <message>
            <source>What-if weights</source>
            <translation>Pesi what-if (cosa succede se)</translation>
        </message>
        <message>
            <source>{method}: score, higher is better</source>
            <translation>{method}: punteggio, più alto è meglio</translation>
        </message>
        <message>
            <source>{method}: score, lower is better</source>
            <translation>{method}: punteggio, più basso è meglio</translation>
        </message>
        <message>
            <source>Rank correlations with the selected method: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Correlazioni di classifica con il metodo scelto: 1 = stesso ordine, 0 = nessuna relazione, −1 = ordine inverso.</translation>
        </message>
        <message>
            <source>weights: {source}</source>
            <translation>pesi: {source}</translation>
        </message>
        <message>
            <source>Try other weights: the ranking follows at once. Each change is saved and can be undone (Ctrl+Z).</source>
            <translation>Provi altri pesi: la classifica si aggiorna subito. Ogni modifica viene salvata e può essere annullata (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Share of this criterion's weight among its siblings</source>
            <translation>Quota del peso di questo criterio rispetto ai criteri dello stesso livello</translation>
        </message>
        <message>
            <source>weight (%)</source>
            <translation>peso (%)</translation>
        </message>
        <message>
            <source>Weights by scenario</source>
            <translation>Pesi per scenario</translation>
        </message>
        <message>
            <source>Save current weights…</source>
            <translation>Salva i pesi attuali…</translation>
        </message>
        <message>
            <source>Keep the project's current weights and method under a name</source>
            <translation>Conserva con un nome i pesi e il metodo attuali del progetto</translation>
        </message>
        <message>
            <source>Use these weights</source>
            <translation>Usa questi pesi</translation>
        </message>
        <message>
            <source>Give the project the selected scenario's weights (Edit ▸ Undo takes it back)</source>
            <translation>Assegna al progetto i pesi dello scenario selezionato (Modifica ▸ Annulla li ripristina)</translation>
        </message>
        <message>
            <source>Tick up to {n} to compare:</source>
            <translation>Spunti fino a {n} voci da confrontare:</translation>
        </message>
        <message>
            <source>Rank of each alternative</source>
            <translation>Posizione di ogni alternativa</translation>
        </message>
        <message>
            <source>(shaded where it moves)</source>
            <translation>(ombreggiata dove cambia)</translation>
        </message>
        <message>
            <source>the project's weights now</source>
            <translation>i pesi attuali del progetto</translation>
        </message>
        <message>
            <source>{method}, saved weights</source>
            <translation>{method}, pesi salvati</translation>
        </message>
        <message>
            <source>Compare at most {n} at once; untick one first.</source>
            <translation>Confronti al massimo {n} voci insieme; tolga prima una spunta.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Non salvato: {reason}.</translation>
        </message>
        <message>
            <source>Saved the current weights as '{name}'.</source>
            <translation>Pesi attuali salvati come «{name}».</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Salva scenario</translation>
        </message>
        <message>
            <source>Name of the scenario (for example 'Jobs first'):</source>
            <translation>Nome dello scenario (ad esempio «Prima l'occupazione»):</translation>
        </message>
        <message>
            <source>Replace scenario</source>
            <translation>Sostituisci scenario</translation>
        </message>
        <message>
            <source>A scenario called '{name}' exists. Replace its weights?</source>
            <translation>Esiste già uno scenario chiamato «{name}». Sostituirne i pesi?</translation>
        </message>
        <message>
            <source>The project now uses the weights of '{name}'.</source>
            <translation>Il progetto usa ora i pesi di «{name}».</translation>
        </message>
        <message>
            <source>Deleted '{name}' (Edit ▸ Undo brings it back).</source>
            <translation>«{name}» eliminato (Modifica ▸ Annulla lo ripristina).</translation>
        </message>
        <message>
            <source>Could not rank {list}</source>
            <translation>Impossibile classificare {list}</translation>
        </message>
        <message>
            <source>{moved} of {total} alternatives change rank between the compared scenarios.</source>
            <translation>{moved} alternative su {total} cambiano posizione tra gli scenari confrontati.</translation>
        </message>
        <message>
            <source>Tick a second entry to compare.</source>
            <translation>Spunti una seconda voce da confrontare.</translation>
        </message>
        <message>
            <source>Could not compare: {reason}</source>
            <translation>Impossibile confrontare: {reason}</translation>
        </message>
        <message>
            <source>Weight of the criterion (%)</source>
            <translation>Peso del criterio (%)</translation>
        </message>
        <message>
            <source>now {value}</source>
            <translation>ora {value}</translation>
        </message>
        <message>
            <source>Weight of “{criterion}” (%)</source>
            <translation>Peso di «{criterion}» (%)</translation>
        </message>
        <message>
            <source>Rank of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Posizione di ogni alternativa al variare del peso di «{criterion}» da 0 a 100 %</translation>
        </message>
        <message>
            <source>Score of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Punteggio di ogni alternativa al variare del peso di «{criterion}» da 0 a 100 %</translation>
        </message>
        <message>
            <source>The other weights keep their proportions to one another. ○ marks a weight at which two neighbouring alternatives swap places; the dashed line is the current weight.</source>
            <translation>Gli altri pesi mantengono le proporzioni tra loro. ○ indica un peso in cui due alternative vicine si scambiano di posto; la linea tratteggiata è il peso attuale.</translation>
        </message>
        <message>
            <source>Open a project to see how robust its ranking is.</source>
            <translation>Apra un progetto per vedere quanto è robusta la sua classifica.</translation>
        </message>
        <message>
            <source>What would it take for another alternative to win?</source>
            <translation>Che cosa servirebbe perché vinca un'altra alternativa?</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <source>Sweep one weight</source>
            <translation>Variare un peso</translation>
        </message>
        <message>
            <source>Scenarios: save the weights, compare up to four</source>
            <translation>Scenari: salvare i pesi, confrontarne fino a quattro</translation>
        </message>
        <message>
            <source>Current winner with {method}: {winner}. Click a row to sweep that criterion.</source>
            <translation>Vincitore attuale con {method}: {winner}. Faccia clic su una riga per variare quel criterio.</translation>
        </message>
        <message>
            <source>one weight varied, the others keep their proportions</source>
            <translation>un peso variato, gli altri mantengono le proporzioni</translation>
        </message>
        <message>
            <source>Needs AHP judgments from at least two participants (Weights page)</source>
            <translation>Richiede giudizi AHP di almeno due partecipanti (pagina Pesi)</translation>
        </message>
        <message>
            <source>Monte Carlo: does the winner survive other weightings?</source>
            <translation>Monte Carlo: il vincitore resiste ad altre ponderazioni?</translation>
        </message>
        <message>
            <source>How many weightings to draw</source>
            <translation>Quante ponderazioni estrarre</translation>
        </message>
        <message>
            <source>The same seed gives the same result</source>
            <translation>Lo stesso seme dà lo stesso risultato</translation>
        </message>
        <message>
            <source>concentration </source>
            <translation>concentrazione </translation>
        </message>
        <message>
            <source>Higher = weightings closer to the current weights</source>
            <translation>Più alta = ponderazioni più vicine ai pesi attuali</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Esegui</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Campioni</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seme</translation>
        </message>
        <message>
            <source>Weightings spread like the AHP weights of {n} participants</source>
            <translation>Ponderazioni distribuite come i pesi AHP di {n} partecipanti</translation>
        </message>
        <message>
            <source>Cancelled. The table shows the previous run.</source>
            <translation>Annullato. La tabella mostra l'esecuzione precedente.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annullato.</translation>
        </message>
        <message>
            <source>Rows: alternatives in the current ranking; cells: share of the weightings giving that rank. Hover a name for its central weights.</source>
            <translation>Righe: alternative nella classifica attuale; celle: quota delle ponderazioni che danno quella posizione. Passi sopra un nome per i suoi pesi centrali.</translation>
        </message>
        <message>
            <source>Never ranked first: no central weights</source>
            <translation>Mai al primo posto: nessun peso centrale</translation>
        </message>
        <message>
            <source>Typical weights when it wins (central weights): {weights}, …</source>
            <translation>Pesi tipici quando vince (pesi centrali): {weights}, …</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <source>WS (Sałabun &amp; Urbaniak 2020): the row method's ranking is the reference; the top ranks count most. 1 = the same ranking.</source>
            <translation>WS (Sałabun &amp; Urbaniak 2020): la classifica del metodo di riga è il riferimento; le prime posizioni contano di più. 1 = stessa classifica.</translation>
        </message>
        <message>
            <source>Rank correlation: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Correlazione di rango: 1 = stesso ordine, 0 = nessuna relazione, −1 = invertito.</translation>
        </message>
        <message>
            <source>Not ranked — {reasons}</source>
            <translation>Non classificato — {reasons}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ripeti</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Annulla: {action}</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Ripeti: {action}</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importa…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rinomina…</translation>
        </message>
        <message>
            <source>New data set</source>
            <translation>Nuovo set di dati</translation>
        </message>
        <message>
            <source>Name of the new {title} data set:</source>
            <translation>Nome del nuovo set di dati ({title}):</translation>
        </message>
        <message>
            <source>New {title}</source>
            <translation>Nuovo: {title}</translation>
        </message>
        <message>
            <source>Rename data set</source>
            <translation>Rinomina set di dati</translation>
        </message>
        <message>
            <source>Delete the {title} data set '{name}'? This cannot be undone.</source>
            <translation>Eliminare il set di dati «{name}» ({title})? L'operazione non può essere annullata.</translation>
        </message>
        <message>
            <source>Delete data set</source>
            <translation>Elimina set di dati</translation>
        </message>
        <message>
            <source>{error}. The data set was reloaded.</source>
            <translation>{error}. Il set di dati è stato ricaricato.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Aggiungi…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Confronta</translation>
        </message>
        <message>
            <source>Row over column on Saaty's scale: 1 equal · 3 moderately · 5 strongly · 7 very strongly · 9 extremely more important; 1/3 … the other way. Type 3 or 1/3.</source>
            <translation>Riga rispetto a colonna sulla scala di Saaty: 1 uguale · 3 moderatamente · 5 fortemente · 7 molto fortemente · 9 estremamente più importante; 1/3 … il contrario. Digitare 3 o 1/3.</translation>
        </message>
        <message>
            <source>Scores against the factors</source>
            <translation>Punteggi rispetto ai fattori</translation>
        </message>
        <message>
            <source>Pairwise comparison per factor</source>
            <translation>Confronto a coppie per fattore</translation>
        </message>
        <message>
            <source>change strategy method</source>
            <translation>modifica del metodo delle strategie</translation>
        </message>
        <message>
            <source>{group}  ·  weight {weight}</source>
            <translation>{group}  ·  peso {weight}</translation>
        </message>
        <message>
            <source>Highest global priority: {factor} ({group}, {value}).</source>
            <translation>Priorità globale più alta: {factor} ({group}, {value}).</translation>
        </message>
        <message>
            <source>group comparison</source>
            <translation>confronto tra gruppi</translation>
        </message>
        <message>
            <source>strategies on '{factor}'</source>
            <translation>strategie su '{factor}'</translation>
        </message>
        <message>
            <source>CR above 0.10 in: {where}.</source>
            <translation>CR superiore a 0,10 in: {where}.</translation>
        </message>
        <message>
            <source>Best strategy: {name} (priority {value}).</source>
            <translation>Strategia migliore: {name} (priorità {value}).</translation>
        </message>
        <message>
            <source>Best strategy: {name} (score {value}).</source>
            <translation>Strategia migliore: {name} (punteggio {value}).</translation>
        </message>
        <message>
            <source>All participants combined (AIJ)</source>
            <translation>Tutti i partecipanti aggregati (AIJ)</translation>
        </message>
        <message>
            <source>CR — (2 items: always 0)</source>
            <translation>CR — (2 elementi: sempre 0)</translation>
        </message>
        <message>
            <source>{n} participants, combined by the geometric mean of their judgments (AIJ); the CR above is that of the combined matrix. Each participant's CR: {crs}</source>
            <translation>{n} partecipanti, aggregati con la media geometrica dei loro giudizi (AIJ); il CR sopra è quello della matrice aggregata. CR di ciascun partecipante: {crs}</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorità</translation>
        </message>
        <message>
            <source>Local priority of each strategy with respect to each factor, from the comparisons 'Strategies with respect to …' under Compare (left). Priority = Σ global priority of the factor × local priority; the priorities sum to 1.</source>
            <translation>Priorità locale di ogni strategia rispetto a ciascun fattore, dai confronti «Strategie rispetto a …» in Confronta (a sinistra). Priorità = Σ priorità globale del fattore × priorità locale; la somma delle priorità è 1.</translation>
        </message>
        <message>
            <source>Score each strategy 0..5 against each factor (higher is better). Score = Σ global priority × score.</source>
            <translation>Assegnare a ogni strategia un punteggio da 0 a 5 per ciascun fattore (più alto è meglio). Punteggio = Σ priorità globale × punteggio.</translation>
        </message>
        <message>
            <source>{participant}: compare '{a}' with '{b}'</source>
            <translation>{participant}: confronto di '{a}' con '{b}'</translation>
        </message>
        <message>
            <source>score '{strategy}' on '{factor}'</source>
            <translation>punteggio di '{strategy}' su '{factor}'</translation>
        </message>
        <message>
            <source>Add to {group}</source>
            <translation>Aggiungi a: {group}</translation>
        </message>
        <message>
            <source>Name of the new factor:</source>
            <translation>Nome del nuovo fattore:</translation>
        </message>
        <message>
            <source>add '{name}'</source>
            <translation>aggiunta di '{name}'</translation>
        </message>
        <message>
            <source>Rename factor</source>
            <translation>Rinomina fattore</translation>
        </message>
        <message>
            <source>rename '{name}'</source>
            <translation>ridenominazione di '{name}'</translation>
        </message>
        <message>
            <source>remove '{name}'</source>
            <translation>rimozione di '{name}'</translation>
        </message>
        <message>
            <source>Add strategy</source>
            <translation>Aggiungi strategia</translation>
        </message>
        <message>
            <source>Name of the strategy option:</source>
            <translation>Nome dell'opzione strategica:</translation>
        </message>
        <message>
            <source>add strategy '{name}'</source>
            <translation>aggiunta della strategia '{name}'</translation>
        </message>
        <message>
            <source>remove strategy '{name}'</source>
            <translation>rimozione della strategia '{name}'</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Aggiungi partecipante</translation>
        </message>
        <message>
            <source>Name of the new participant (starts with all judgments equal):</source>
            <translation>Nome del nuovo partecipante (all'inizio tutti i giudizi sono uguali):</translation>
        </message>
        <message>
            <source>add participant '{name}'</source>
            <translation>aggiunta del partecipante '{name}'</translation>
        </message>
        <message>
            <source>Rename participant</source>
            <translation>Rinomina partecipante</translation>
        </message>
        <message>
            <source>rename participant '{name}'</source>
            <translation>ridenominazione del partecipante '{name}'</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Rimuovi partecipante</translation>
        </message>
        <message>
            <source>Remove the judgments of '{name}'?</source>
            <translation>Rimuovere i giudizi di '{name}'?</translation>
        </message>
        <message>
            <source>remove participant '{name}'</source>
            <translation>rimozione del partecipante '{name}'</translation>
        </message>
        <message>
            <source>'{text}' is not a score: type a number.</source>
            <translation>'{text}' non è un punteggio: digitare un numero.</translation>
        </message>
        <message>
            <source>D+R  (prominence: how much a factor is involved)</source>
            <translation>D+R  (rilevanza: coinvolgimento del fattore)</translation>
        </message>
        <message>
            <source>D−R  (relation)</source>
            <translation>D−R  (relazione)</translation>
        </message>
        <message>
            <source>causes ↑</source>
            <translation>cause ↑</translation>
        </message>
        <message>
            <source>effects ↓</source>
            <translation>effetti ↓</translation>
        </message>
        <message>
            <source>mean of T</source>
            <translation>media di T</translation>
        </message>
        <message>
            <source>set by you</source>
            <translation>impostata da Lei</translation>
        </message>
        <message>
            <source>cause (D−R &amp;gt; 0)</source>
            <translation>causa (D−R &amp;gt; 0)</translation>
        </message>
        <message>
            <source>{n} arrows: total influence T above the threshold {threshold} ({source}).</source>
            <translation>{n} frecce: influenza totale T sopra la soglia {threshold} ({source}).</translation>
        </message>
        <message>
            <source>global priority</source>
            <translation>priorità globale</translation>
        </message>
        <message>
            <source>Factors</source>
            <translation>Fattori</translation>
        </message>
        <message>
            <source>change normalization</source>
            <translation>modifica della normalizzazione</translation>
        </message>
        <message>
            <source>change weighting</source>
            <translation>modifica della ponderazione</translation>
        </message>
        <message>
            <source>set</source>
            <translation>imposta</translation>
        </message>
        <message>
            <source>Unticked: the threshold is the mean of all entries of T</source>
            <translation>Senza spunta: la soglia è la media di tutti i valori di T</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Soglia</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Esperto</translation>
        </message>
        <message>
            <source>Row influences column: 0 none · 1 low · 2 medium · 3 high · 4 very high. The experts' matrices are averaged.</source>
            <translation>La riga influenza la colonna: 0 nessuna · 1 bassa · 2 media · 3 alta · 4 molto alta. Si calcola la media delle matrici degli esperti.</translation>
        </message>
        <message>
            <source>D: influence given (row sums of T); R: influence received (column sums)</source>
            <translation>D: influenza esercitata (somme di riga di T); R: influenza ricevuta (somme di colonna)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Causes&lt;/b&gt; (act on these): {causes}.&lt;br&gt;&lt;b&gt;Effects&lt;/b&gt;: {effects}.&lt;br&gt;Experts averaged: {n}; N = X / {k} ({normalization}); weights {weighting}.</source>
            <translation>&lt;b&gt;Cause&lt;/b&gt; (intervenire qui): {causes}.&lt;br&gt;&lt;b&gt;Effetti&lt;/b&gt;: {effects}.&lt;br&gt;Esperti mediati: {n}; N = X / {k} ({normalization}); pesi {weighting}.</translation>
        </message>
        <message>
            <source>{expert}: '{a}' on '{b}'</source>
            <translation>{expert}: '{a}' su '{b}'</translation>
        </message>
        <message>
            <source>change threshold</source>
            <translation>modifica della soglia</translation>
        </message>
        <message>
            <source>Add factor</source>
            <translation>Aggiungi fattore</translation>
        </message>
        <message>
            <source>add factor '{name}'</source>
            <translation>aggiunta del fattore '{name}'</translation>
        </message>
        <message>
            <source>rename factor '{name}'</source>
            <translation>ridenominazione del fattore '{name}'</translation>
        </message>
        <message>
            <source>remove factor '{name}'</source>
            <translation>rimozione del fattore '{name}'</translation>
        </message>
        <message>
            <source>Add expert</source>
            <translation>Aggiungi esperto</translation>
        </message>
        <message>
            <source>Name of the new expert:</source>
            <translation>Nome del nuovo esperto:</translation>
        </message>
        <message>
            <source>add expert '{name}'</source>
            <translation>aggiunta dell'esperto '{name}'</translation>
        </message>
        <message>
            <source>Rename expert</source>
            <translation>Rinomina esperto</translation>
        </message>
        <message>
            <source>rename expert '{name}'</source>
            <translation>ridenominazione dell'esperto '{name}'</translation>
        </message>
        <message>
            <source>Remove expert</source>
            <translation>Rimuovi esperto</translation>
        </message>
        <message>
            <source>Remove the matrix of '{name}'?</source>
            <translation>Rimuovere la matrice di '{name}'?</translation>
        </message>
        <message>
            <source>remove expert '{name}'</source>
            <translation>rimozione dell'esperto '{name}'</translation>
        </message>
        <message>
            <source>DEMATEL: cause and effect</source>
            <translation>DEMATEL: causa ed effetto</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nuovo…</translation>
        </message>
        <message>
            <source>Replace the open data set by a JSON file in the command-line format (undoable)</source>
            <translation>Sostituisce il set di dati aperto con un file JSON nel formato della riga di comando (annullabile)</translation>
        </message>
        <message>
            <source>Data set as JSON…</source>
            <translation>Set di dati come JSON…</translation>
        </message>
        <message>
            <source>Shown table as CSV…</source>
            <translation>Tabella visualizzata come CSV…</translation>
        </message>
        <message>
            <source>All tables as Excel…</source>
            <translation>Tutte le tabelle in Excel…</translation>
        </message>
        <message>
            <source>Chart as PNG…</source>
            <translation>Grafico come PNG…</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Esportato in {file}</translation>
        </message>
        <message>
            <source>import {file}</source>
            <translation>importazione di {file}</translation>
        </message>
        <message>
            <source>Import data set</source>
            <translation>Importa set di dati</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>File JSON (*.json)</translation>
        </message>
        <message>
            <source>Export data set</source>
            <translation>Esporta set di dati</translation>
        </message>
        <message>
            <source>There is no result to export.</source>
            <translation>Non c'è alcun risultato da esportare.</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Esporta tabella</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export tables</source>
            <translation>Esporta tabelle</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot write {file}.</source>
            <translation>Impossibile scrivere {file}.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Esporta grafico</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <source>Global weight (%)</source>
            <translation>Peso globale (%)</translation>
        </message>
        <message>
            <source>Global weights of the criteria</source>
            <translation>Pesi globali dei criteri</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Blocca</translation>
        </message>
        <message>
            <source>Keep this weight when others change</source>
            <translation>Mantieni questo peso quando cambiano gli altri</translation>
        </message>
        <message>
            <source>Drag a slider or type a percentage; the unlocked weights of this group are rescaled so the group sums to 100 %.</source>
            <translation>Trascini un cursore o digiti una percentuale; i pesi non bloccati di questo gruppo vengono riscalati in modo che il gruppo sommi a 100 %.</translation>
        </message>
        <message>
            <source>Change weights (top level)</source>
            <translation>Modifica pesi (livello superiore)</translation>
        </message>
        <message>
            <source>Change weights ({group})</source>
            <translation>Modifica pesi ({group})</translation>
        </message>
        <message>
            <source>Sum: {total}</source>
            <translation>Somma: {total}</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Applica</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Metodo:</translation>
        </message>
        <message>
            <source>Weights computed from how much the data of this group's criteria vary.</source>
            <translation>Pesi calcolati in base a quanto variano i dati dei criteri di questo gruppo.</translation>
        </message>
        <message>
            <source>Open a project to compute weights.</source>
            <translation>Apra un progetto per calcolare i pesi.</translation>
        </message>
        <message>
            <source>Apply {method} weights</source>
            <translation>Applica i pesi ({method})</translation>
        </message>
        <message>
            <source>Direct weights</source>
            <translation>Pesi diretti</translation>
        </message>
        <message>
            <source>Pairwise (AHP)</source>
            <translation>Confronto a coppie (AHP)</translation>
        </message>
        <message>
            <source>Objective weights</source>
            <translation>Pesi oggettivi</translation>
        </message>
        <message>
            <source>Criteria group:</source>
            <translation>Gruppo di criteri:</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Aggiungi partecipante…</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Precedente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Successiva</translation>
        </message>
        <message>
            <source>Clear answer</source>
            <translation>Cancella risposta</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Applica suggerimento</translation>
        </message>
        <message>
            <source>Use group weights</source>
            <translation>Usa i pesi del gruppo</translation>
        </message>
        <message>
            <source>Participant:</source>
            <translation>Partecipante:</translation>
        </message>
        <message>
            <source>Matrix (row item over column item; double-click the upper half):</source>
            <translation>Matrice (elemento di riga rispetto a quello di colonna; doppio clic sulla metà superiore):</translation>
        </message>
        <message>
            <source>Apply suggestion: {a} vs {b}</source>
            <translation>Applica suggerimento: {a} rispetto a {b}</translation>
        </message>
        <message>
            <source>Use AHP weights of {participant}</source>
            <translation>Usa i pesi AHP di {participant}</translation>
        </message>
        <message>
            <source>Use group AHP weights</source>
            <translation>Usa i pesi AHP del gruppo</translation>
        </message>
        <message>
            <source>This group needs at least two criteria to compare.</source>
            <translation>Questo gruppo richiede almeno due criteri da confrontare.</translation>
        </message>
        <message>
            <source>Question {n} of {total} ({answered} answered)</source>
            <translation>Domanda {n} di {total} ({answered} con risposta)</translation>
        </message>
        <message>
            <source>Choose or add a participant to answer the questions.</source>
            <translation>Scelga o aggiunga un partecipante per rispondere alle domande.</translation>
        </message>
        <message>
            <source>CR is above {threshold}. Most inconsistent answer: {a} / {b} = {current} ({current_words}). Suggested: {suggested} ({suggested_words}); CR would be {cr}.</source>
            <translation>Il CR supera {threshold}. Risposta più incoerente: {a} / {b} = {current} ({current_words}). Suggerimento: {suggested} ({suggested_words}); il CR sarebbe {cr}.</translation>
        </message>
        <message>
            <source>No participant has answered yet.</source>
            <translation>Nessun partecipante ha ancora risposto.</translation>
        </message>
        <message>
            <source>{n} participant(s).</source>
            <translation>{n} partecipante/i.</translation>
        </message>
        <message>
            <source>Clear: {a} vs {b}</source>
            <translation>Cancella: {a} rispetto a {b}</translation>
        </message>
        <message>
            <source>Answer: {a} vs {b}</source>
            <translation>Risposta: {a} rispetto a {b}</translation>
        </message>
        <message>
            <source>Name of the participant:</source>
            <translation>Nome del partecipante:</translation>
        </message>
        <message>
            <source>the left criterion</source>
            <translation>il criterio di sinistra</translation>
        </message>
        <message>
            <source>the right criterion</source>
            <translation>il criterio di destra</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argomenti posizionali</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opzioni</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostra questo messaggio di aiuto ed esci</translation>
        </message>
        <message>
            <source>{message} (see `innocite --help`)</source>
            <translation>{message} (vedere `innocite --help`)</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio. Without a command, opens the desktop app.</source>
            <translation>InnoCite Decision Studio. Senza un comando apre l'applicazione desktop.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>mostra la versione ed esce</translation>
        </message>
        <message>
            <source>render the main window with the demo project offscreen to a PNG and exit</source>
            <translation>disegna la finestra principale con il progetto dimostrativo fuori schermo in un PNG ed esce</translation>
        </message>
        <message>
            <source>with --screenshot: a page name (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</source>
            <translation>con --screenshot: nome di una pagina (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</translation>
        </message>
        <message>
            <source>with no command: the database the app opens</source>
            <translation>senza comando: il database che l'applicazione apre</translation>
        </message>
        <message>
            <source>interface language: en, sl, de, it or fr (default: the settings or the system's)</source>
            <translation>lingua dell'interfaccia: en, sl, de, it o fr (predefinita: quella delle impostazioni o del sistema)</translation>
        </message>
        <message>
            <source>check this installation offscreen (demo database, ranking, page PNG, memo, translations) and exit 0 if all passed</source>
            <translation>verifica questa installazione fuori schermo (database dimostrativo, classifica, pagina in PNG, nota decisionale, traduzioni) ed esce con 0 se tutto è riuscito</translation>
        </message>
        <message>
            <source>with --self-test: keep its files (PNG, memo) in DIR</source>
            <translation>con --self-test: conserva i suoi file (PNG, nota decisionale) nella cartella DIR</translation>
        </message>
        <message>
            <source>rank the alternatives of a problem file or stored project</source>
            <translation>classifica le alternative di un file di problema o di un progetto salvato</translation>
        </message>
        <message>
            <source>problem file (JSON), or the name or id of a stored project</source>
            <translation>file di problema (JSON), oppure nome o id di un progetto salvato</translation>
        </message>
        <message>
            <source>database for a stored project (default: yours)</source>
            <translation>database per un progetto salvato (predefinito: il Suo)</translation>
        </message>
        <message>
            <source>ranking method (see `innocite methods`); default topsis</source>
            <translation>metodo di classifica (vedere `innocite methods`); predefinito topsis</translation>
        </message>
        <message>
            <source>column normalization for methods that take one</source>
            <translation>normalizzazione delle colonne per i metodi che la prevedono</translation>
        </message>
        <message>
            <source>AHP synthesis mode</source>
            <translation>modalità di sintesi AHP</translation>
        </message>
        <message>
            <source>objective weights (entropy, critic, ...) instead</source>
            <translation>pesi oggettivi (entropy, critic, ...) al loro posto</translation>
        </message>
        <message>
            <source>method parameter</source>
            <translation>parametro del metodo</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>stampa JSON</translation>
        </message>
        <message>
            <source>priorities and consistency of one pairwise matrix</source>
            <translation>priorità e consistenza di una matrice di confronti a coppie</translation>
        </message>
        <message>
            <source>AHP file (JSON): items plus matrix or judgments</source>
            <translation>file AHP (JSON): elementi più matrice o giudizi</translation>
        </message>
        <message>
            <source>objective criteria weights from the data</source>
            <translation>pesi oggettivi dei criteri dai dati</translation>
        </message>
        <message>
            <source>problem file (JSON)</source>
            <translation>file di problema (JSON)</translation>
        </message>
        <message>
            <source>entropy, critic, std, merec or equal</source>
            <translation>entropy, critic, std, merec o equal</translation>
        </message>
        <message>
            <source>list ranking and weighting methods with parameters</source>
            <translation>elenca i metodi di classifica e di ponderazione con i parametri</translation>
        </message>
        <message>
            <source>list the projects in the database</source>
            <translation>elenca i progetti nel database</translation>
        </message>
        <message>
            <source>database URL or SQLite file (default: yours)</source>
            <translation>URL del database o file SQLite (predefinito: il Suo)</translation>
        </message>
        <message>
            <source>store a project file as a new project</source>
            <translation>salva un file di progetto come nuovo progetto</translation>
        </message>
        <message>
            <source>project file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>file di progetto: .json, .xlsx, .csv o .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>project name (default: the name in the file)</source>
            <translation>nome del progetto (predefinito: il nome nel file)</translation>
        </message>
        <message>
            <source>write a stored project to a file</source>
            <translation>scrivi un progetto salvato in un file</translation>
        </message>
        <message>
            <source>project name or id</source>
            <translation>nome o id del progetto</translation>
        </message>
        <message>
            <source>output file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>file di output: .json, .xlsx, .csv o .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>tipping points, stability intervals and rank acceptability (SMAA)</source>
            <translation>punti di svolta, intervalli di stabilità e accettabilità di posizione (SMAA)</translation>
        </message>
        <message>
            <source>problem file (JSON) or a stored project's name or id</source>
            <translation>file di problema (JSON) o nome o id di un progetto salvato</translation>
        </message>
        <message>
            <source>ranking method (default: the file's, or topsis)</source>
            <translation>metodo di classifica (predefinito: quello del file, oppure topsis)</translation>
        </message>
        <message>
            <source>SMAA weightings (default 10000)</source>
            <translation>ponderazioni SMAA (predefinito 10000)</translation>
        </message>
        <message>
            <source>random seed (default 0)</source>
            <translation>seme casuale (predefinito 0)</translation>
        </message>
        <message>
            <source>composite indicator: benchmark towns on indicators</source>
            <translation>indicatore composito: benchmarking dei comuni sugli indicatori</translation>
        </message>
        <message>
            <source>benchmarking file: JSON, or a long CSV unit,indicator,value</source>
            <translation>file di benchmarking: JSON, o CSV lungo unit,indicator,value</translation>
        </message>
        <message>
            <source>write an empty Excel workbook to fill in and import</source>
            <translation>scrivi una cartella di lavoro Excel vuota da compilare e importare</translation>
        </message>
        <message>
            <source>output file (.xlsx)</source>
            <translation>file di output (.xlsx)</translation>
        </message>
        <message>
            <source>check, back up or restore the projects database</source>
            <translation>verifica, esegui il backup o ripristina il database dei progetti</translation>
        </message>
        <message>
            <source>quick and integrity check</source>
            <translation>controllo rapido e di integrità</translation>
        </message>
        <message>
            <source>checked backup now</source>
            <translation>backup verificato adesso</translation>
        </message>
        <message>
            <source>replace the database by a backup (keeps the current one)</source>
            <translation>sostituisci il database con un backup (quello attuale viene conservato)</translation>
        </message>
        <message>
            <source>backup file to restore</source>
            <translation>file di backup da ripristinare</translation>
        </message>
        <message>
            <source>--lang {code}: unknown language; use one of en, sl, de, it, fr</source>
            <translation>--lang {code}: lingua sconosciuta; usi en, sl, de, it o fr</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrotto</translation>
        </message>
        <message>
            <source>{what}: unexpected error: {error}</source>
            <translation>{what}: errore imprevisto: {error}</translation>
        </message>
        <message>
            <source>write a decision memo (PDF, Word or HTML) of a stored project</source>
            <translation>scrivi una nota decisionale (PDF, Word o HTML) di un progetto salvato</translation>
        </message>
        <message>
            <source>stored project's name or id</source>
            <translation>nome o id del progetto salvato</translation>
        </message>
        <message>
            <source>FILE.pdf, FILE.docx or FILE.html</source>
            <translation>FILE.pdf, FILE.docx o FILE.html</translation>
        </message>
        <message>
            <source>ranking method (default topsis)</source>
            <translation>metodo di classifica (predefinito topsis)</translation>
        </message>
        <message>
            <source>the decision taken (may differ from the ranking)</source>
            <translation>la decisione presa (può differire dalla classifica)</translation>
        </message>
        <message>
            <source>why it was taken</source>
            <translation>perché è stata presa</translation>
        </message>
        <message>
            <source>whether the decision follows the ranking (default: guessed from --decision)</source>
            <translation>se la decisione segue la classifica (predefinito: dedotto da --decision)</translation>
        </message>
        <message>
            <source>who writes the memo</source>
            <translation>chi redige la nota</translation>
        </message>
        <message>
            <source>memo title (default: Decision memo: PROJECT)</source>
            <translation>titolo della nota (predefinito: Nota decisionale: PROGETTO)</translation>
        </message>
        <message>
            <source>PDF/Word page</source>
            <translation>formato pagina PDF/Word</translation>
        </message>
        <message>
            <source>leave a section out (repeatable): {sections}</source>
            <translation>escludi una sezione (ripetibile): {sections}</translation>
        </message>
        <message>
            <source>random weightings (default 10000)</source>
            <translation>ponderazioni casuali (predefinito 10000)</translation>
        </message>
        <message>
            <source>regenerate a stored memo snapshot instead of building a new one</source>
            <translation>rigenera un'istantanea salvata della nota invece di crearne una nuova</translation>
        </message>
        <message>
            <source>language of the memo: sl, de, it, fr or en (default: the interface language, see innocite --lang; --snapshot regenerates in the language stored with it)</source>
            <translation>lingua della nota: sl, de, it, fr o en (predefinito: la lingua dell'interfaccia, vedere innocite --lang; --snapshot la rigenera nella lingua salvata con essa)</translation>
        </message>
        <message>
            <source>do not store the new snapshot</source>
            <translation>non salvare la nuova istantanea</translation>
        </message>
        <message>
            <source>{file}: the folder {folder} does not exist</source>
            <translation>{file}: la cartella {folder} non esiste</translation>
        </message>
        <message>
            <source>{file}: is a folder; give a file name</source>
            <translation>{file}: è una cartella; indicare un nome di file</translation>
        </message>
        <message>
            <source>{file}: cannot write there (permission denied)</source>
            <translation>{file}: impossibile scrivere lì (permesso negato)</translation>
        </message>
        <message>
            <source>--lang {code}: choose one of {codes}</source>
            <translation>--lang {code}: scegliere una tra {codes}</translation>
        </message>
        <message>
            <source>--samples {samples}: needs at least 1 weighting</source>
            <translation>--samples {samples}: serve almeno 1 ponderazione</translation>
        </message>
        <message>
            <source>--param {item}: expected NAME=VALUE</source>
            <translation>--param {item}: atteso NOME=VALORE</translation>
        </message>
        <message>
            <source>{file}: cannot write the memo ({reason})</source>
            <translation>{file}: impossibile scrivere la nota ({reason})</translation>
        </message>
        <message>
            <source>stored memo {id} belongs to another project</source>
            <translation>la nota salvata {id} appartiene a un altro progetto</translation>
        </message>
        <message>
            <source>Memo regenerated from snapshot: {path} ({format})</source>
            <translation>Nota rigenerata dall'istantanea: {path} ({format})</translation>
        </message>
        <message>
            <source>Memo written: {path} ({format})</source>
            <translation>Nota scritta: {path} ({format})</translation>
        </message>
        <message>
            <source>Snapshot id: {id}</source>
            <translation>ID dell'istantanea: {id}</translation>
        </message>
        <message>
            <source>Data hash: {hash}</source>
            <translation>Hash dei dati: {hash}</translation>
        </message>
        <message>
            <source>also write the benchmarking report (.pdf, .docx, .html)</source>
            <translation>scrivi anche il rapporto di benchmarking (.pdf, .docx, .html)</translation>
        </message>
        <message>
            <source>report: the town compared with its peers</source>
            <translation>rapporto: il comune confrontato con i comuni di confronto</translation>
        </message>
        <message>
            <source>report: its peers (default: all others)</source>
            <translation>rapporto: i comuni di confronto (predefinito: tutti gli altri)</translation>
        </message>
        <message>
            <source>report page size</source>
            <translation>formato pagina del rapporto</translation>
        </message>
        <message>
            <source>report language: en, sl, de, it, fr (default: the interface language)</source>
            <translation>lingua del rapporto: en, sl, de, it, fr (predefinito: la lingua dell'interfaccia)</translation>
        </message>
        <message>
            <source>unknown language '{code}' (use one of {codes})</source>
            <translation>lingua sconosciuta '{code}' (usare una tra {codes})</translation>
        </message>
        <message>
            <source>--lang is an option of --report</source>
            <translation>--lang è un'opzione di --report</translation>
        </message>
        <message>
            <source>--town and --peers are options of --report</source>
            <translation>--town e --peers sono opzioni di --report</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.d.</translation>
        </message>
        <message>
            <source>median {median}, 5-95 %: {low}-{high}</source>
            <translation>mediana {median}, 5-95 %: {low}-{high}</translation>
        </message>
        <message>
            <source>Dropped (missing values): {units}</source>
            <translation>Esclusi (valori mancanti): {units}</translation>
        </message>
        <message>
            <source>Imputed: {cells}</source>
            <translation>Imputati: {cells}</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs, seed {seed}; share of rank variance: {shares}</source>
            <translation>Incertezza: {runs} esecuzioni, seme {seed}; quota della varianza di posizione: {shares}</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Rapporto scritto in {path}</translation>
        </message>
        <message>
            <source>a project named '{name}' exists already; import with --name NEW_NAME</source>
            <translation>esiste già un progetto di nome '{name}'; importare con --name NUOVO_NOME</translation>
        </message>
        <message>
            <source>the template is an Excel workbook: give a file name ending in .xlsx</source>
            <translation>il modello è una cartella di lavoro Excel: indicare un nome di file che termina con .xlsx</translation>
        </message>
        <message>
            <source>Method: {method}; winner: {winner}</source>
            <translation>Metodo: {method}; vincitrice: {winner}</translation>
        </message>
        <message>
            <source>What it would take</source>
            <translation>Che cosa servirebbe</translation>
        </message>
        <message>
            <source>no weight in [0, 1] changes the winner</source>
            <translation>nessun peso in [0, 1] cambia la vincitrice</translation>
        </message>
        <message>
            <source>{delta} makes {alternative} win</source>
            <translation>{delta} fa vincere {alternative}</translation>
        </message>
        <message>
            <source>winner stays for weights {low} to {high}</source>
            <translation>la vincitrice resta per pesi da {low} a {high}</translation>
        </message>
        <message>
            <source>Rank acceptability ({samples} weightings, seed {seed})</source>
            <translation>Accettabilità di posizione ({samples} ponderazioni, seme {seed})</translation>
        </message>
        <message>
            <source>{alternative}: rank 1..3 = {shares}</source>
            <translation>{alternative}: posizione 1..3 = {shares}</translation>
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
            <translation>Salva</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Salva tutto</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sì</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Sì a &amp;tutti</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o a tutti</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Interrompi</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignora</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Scarta</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Guida</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Applica</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reimposta</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Ripristina predefiniti</translation>
        </message>
    </context>
</TS>
