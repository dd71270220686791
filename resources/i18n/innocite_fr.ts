<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name />
        <message>
            <source>Cannot open the projects database.</source>
            <translation>Impossible d'ouvrir la base de données des projets.</translation>
        </message>
        <message>
            <source>composite score ({normalization}, {aggregation}; higher is better)</source>
            <translation>score composite ({normalization}, {aggregation} ; plus élevé = meilleur)</translation>
        </message>
        <message>
            <source>rank (1 = best) over {runs} Monte Carlo runs</source>
            <translation>rang (1 = meilleur) sur {runs} tirages Monte Carlo</translation>
        </message>
        <message>
            <source>mean of the peers</source>
            <translation>moyenne des communes comparables</translation>
        </message>
        <message>
            <source>mean of all other towns</source>
            <translation>moyenne de toutes les autres communes</translation>
        </message>
        <message>
            <source>Each indicator is rescaled so that the worst town gets 0 and the best town 1 (min-max normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Chaque indicateur est ramené à une échelle où la moins bonne commune obtient 0 et la meilleure 1 (normalisation min-max) ; plus élevé est toujours mieux, les indicateurs de coût sont inversés.</translation>
        </message>
        <message>
            <source>Each indicator is expressed as the number of standard deviations a town lies above or below the mean of the towns (z-score standardisation); higher is always better, cost indicators are turned round.</source>
            <translation>Chaque indicateur est exprimé en nombre d'écarts-types dont une commune se situe au-dessus ou au-dessous de la moyenne des communes (centrage-réduction, score z) ; plus élevé est toujours mieux, les indicateurs de coût sont inversés.</translation>
        </message>
        <message>
            <source>Each indicator is rescaled between fixed goalposts: the lower goalpost gives 0, the upper goalpost 1, values outside are clipped (goalpost normalization, as in the HDI); higher is always better, cost indicators are turned round.</source>
            <translation>Chaque indicateur est ramené entre des bornes fixes : la borne inférieure donne 0, la borne supérieure 1, les valeurs hors bornes sont écrêtées (normalisation par bornes, comme pour l'IDH) ; plus élevé est toujours mieux, les indicateurs de coût sont inversés.</translation>
        </message>
        <message>
            <source>Each indicator is expressed relative to a reference (distance to a reference); higher is always better, cost indicators are turned round.</source>
            <translation>Chaque indicateur est exprimé par rapport à une référence (distance à la référence) ; plus élevé est toujours mieux, les indicateurs de coût sont inversés.</translation>
        </message>
        <message>
            <source>Each indicator is replaced by the town's rank on it, counted from the worst (rank normalization); higher is always better, cost indicators are turned round.</source>
            <translation>Chaque indicateur est remplacé par le rang de la commune, compté à partir de la moins bonne (normalisation par rang) ; plus élevé est toujours mieux, les indicateurs de coût sont inversés.</translation>
        </message>
        <message>
            <source>A town with a missing value is left out of the composite.</source>
            <translation>Une commune ayant une valeur manquante est écartée de l'indicateur composite.</translation>
        </message>
        <message>
            <source>A missing value is replaced by the mean of the other towns' values of that indicator (before normalization).</source>
            <translation>Une valeur manquante est remplacée par la moyenne des valeurs des autres communes pour cet indicateur (avant normalisation).</translation>
        </message>
        <message>
            <source>A missing value is replaced by the median of the other towns' values of that indicator (before normalization).</source>
            <translation>Une valeur manquante est remplacée par la médiane des valeurs des autres communes pour cet indicateur (avant normalisation).</translation>
        </message>
        <message>
            <source>the weights given in the data set</source>
            <translation>les poids indiqués dans le jeu de données</translation>
        </message>
        <message>
            <source>equal weights</source>
            <translation>poids égaux</translation>
        </message>
        <message>
            <source>budget allocation (points shared out over the indicators)</source>
            <translation>répartition d'un budget (points distribués entre les indicateurs)</translation>
        </message>
        <message>
            <source>weights from pairwise comparisons (AHP)</source>
            <translation>poids issus de comparaisons par paires (AHP)</translation>
        </message>
        <message>
            <source>objective weights from the entropy of each indicator</source>
            <translation>poids objectifs tirés de l'entropie de chaque indicateur</translation>
        </message>
        <message>
            <source>objective weights by CRITIC (contrast and correlation of the indicators)</source>
            <translation>poids objectifs par CRITIC (contraste et corrélation des indicateurs)</translation>
        </message>
        <message>
            <source>a weighted arithmetic mean: a weak result on one indicator can be fully compensated by a strong one (linear aggregation)</source>
            <translation>une moyenne arithmétique pondérée : un résultat faible sur un indicateur peut être entièrement compensé par un résultat fort (agrégation linéaire)</translation>
        </message>
        <message>
            <source>a weighted geometric mean: a weak result is compensated only in part (geometric aggregation)</source>
            <translation>une moyenne géométrique pondérée : un résultat faible n'est compensé qu'en partie (agrégation géométrique)</translation>
        </message>
        <message>
            <source>Normalization method</source>
            <translation>Méthode de normalisation</translation>
        </message>
        <message>
            <source>Aggregation method</source>
            <translation>Méthode d'agrégation</translation>
        </message>
        <message>
            <source>Weights (±ranges)</source>
            <translation>Poids (±plages)</translation>
        </message>
        <message>
            <source>Interactions of the choices</source>
            <translation>Interactions entre les choix</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Towns</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>Illustrative values: the values of {count} of {total} indicators are illustrative (a plausible order of magnitude, not taken from a named source); do not draw conclusions from them.</source>
            <translation>Données illustratives : les valeurs de {count} indicateurs sur {total} sont illustratives (un ordre de grandeur plausible, non tiré d'une source nommée) ; n'en tirez pas de conclusions.</translation>
        </message>
        <message>
            <source>indicators whose values come from the named source: {names}</source>
            <translation>indicateurs dont les valeurs proviennent de la source nommée : {names}</translation>
        </message>
        <message>
            <source>single values from a named source: {values}</source>
            <translation>valeurs isolées d'une source nommée : {values}</translation>
        </message>
        <message>
            <source>Sourced values: {parts}.</source>
            <translation>Valeurs sourcées : {parts}.</translation>
        </message>
        <message>
            <source>Not stated whether illustrative or sourced: {names}.</source>
            <translation>Non précisé si illustratif ou sourcé : {names}.</translation>
        </message>
        <message>
            <source>illustrative</source>
            <translation>illustratif</translation>
        </message>
        <message>
            <source>sourced</source>
            <translation>sourcé</translation>
        </message>
        <message>
            <source>Huff model: catchment shares, turnover, new-store impact</source>
            <translation>Modèle de Huff : parts de la zone de chalandise, chiffre d'affaires, impact d'un nouveau magasin</translation>
        </message>
        <message>
            <source>zones, centres and distances (JSON)</source>
            <translation>zones, pôles commerciaux et distances (JSON)</translation>
        </message>
        <message>
            <source>spending potential, centrality, flows, gap and supportable floor space</source>
            <translation>potentiel de dépenses, centralité, flux, écart et surface de vente soutenable</translation>
        </message>
        <message>
            <source>the town's retail figures (JSON)</source>
            <translation>les chiffres du commerce de la commune (JSON)</translation>
        </message>
        <message>
            <source>settlement network: breaking points, gravity, accessibility, centrality</source>
            <translation>réseau urbain : points de rupture, gravité, accessibilité, centralité</translation>
        </message>
        <message>
            <source>towns, populations, distances and functions (JSON)</source>
            <translation>communes, populations, distances et fonctions (JSON)</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>Probability of choosing each centre (rows: origin zones)</source>
            <translation>Probabilité de choix de chaque pôle commercial (lignes : zones d'origine)</translation>
        </message>
        <message>
            <source>accessibility</source>
            <translation>accessibilité</translation>
        </message>
        <message>
            <source>Expected turnover and market share</source>
            <translation>Chiffre d'affaires attendu et part de marché</translation>
        </message>
        <message>
            <source>share</source>
            <translation>part</translation>
        </message>
        <message>
            <source>New centre '{id}': turnover {turnover}, share {share}</source>
            <translation>Nouveau pôle commercial '{id}' : chiffre d'affaires {turnover}, part {share}</translation>
        </message>
        <message>
            <source>LOSS &gt;= {threshold} %</source>
            <translation>PERTE &gt;= {threshold} %</translation>
        </message>
        <message>
            <source>before</source>
            <translation>avant</translation>
        </message>
        <message>
            <source>after</source>
            <translation>après</translation>
        </message>
        <message>
            <source>change</source>
            <translation>variation</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>alerte</translation>
        </message>
        <message>
            <source>Calibrated lambda: {value} (least squares on {n} observed shares, RMSE {rmse}, R² {r2})</source>
            <translation>Lambda calibré : {value} (moindres carrés sur {n} parts observées, RMSE {rmse}, R² {r2})</translation>
        </message>
        <message>
            <source>WARNING: at the edge of the searched range</source>
            <translation>ATTENTION : à la limite de l'intervalle exploré</translation>
        </message>
        <message>
            <source>Centrality (simple: turnover / potential x 100)</source>
            <translation>Centralité (simple : chiffre d'affaires / potentiel x 100)</translation>
        </message>
        <message>
            <source>Centrality (index: turnover index / PP index x 100)</source>
            <translation>Centralité (indice : indice de chiffre d'affaires / indice PA x 100)</translation>
        </message>
        <message>
            <source>Net flow (turnover - potential; + inflow)</source>
            <translation>Flux net (chiffre d'affaires - potentiel ; + flux entrant)</translation>
        </message>
        <message>
            <source>Gap (potential - turnover; + unmet demand)</source>
            <translation>Écart (potentiel - chiffre d'affaires ; + demande non satisfaite)</translation>
        </message>
        <message>
            <source>Leakage/surplus factor (+ leakage, - surplus)</source>
            <translation>Facteur d'évasion/excédent (+ évasion, - excédent)</translation>
        </message>
        <message>
            <source>figure</source>
            <translation>indicateur</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Product group '{id}'</source>
            <translation>Groupe de produits '{id}'</translation>
        </message>
        <message>
            <source>Converse breaking points (distance from each town)</source>
            <translation>Points de rupture de Converse (distance depuis chaque commune)</translation>
        </message>
        <message>
            <source>pair</source>
            <translation>paire</translation>
        </message>
        <message>
            <source>distance</source>
            <translation>distance</translation>
        </message>
        <message>
            <source>from a</source>
            <translation>depuis a</translation>
        </message>
        <message>
            <source>from b</source>
            <translation>depuis b</translation>
        </message>
        <message>
            <source>Gravity interaction P_i P_j / d_ij^beta</source>
            <translation>Interaction gravitaire P_i P_j / d_ij^beta</translation>
        </message>
        <message>
            <source>Accessibility (Hansen) and functional index (Davies)</source>
            <translation>Accessibilité (Hansen) et indice fonctionnel (Davies)</translation>
        </message>
        <message>
            <source>Location coefficients: {values}</source>
            <translation>Coefficients de localisation : {values}</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Population: source</source>
            <translation>Population : source</translation>
        </message>
        <message>
            <source>less is better</source>
            <translation>plus bas = mieux</translation>
        </message>
        <message>
            <source>more is better</source>
            <translation>plus haut = mieux</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Weight given</source>
            <translation>Poids indiqué</translation>
        </message>
        <message>
            <source>Weight used (%)</source>
            <translation>Poids utilisé (%)</translation>
        </message>
        <message>
            <source>Goalposts</source>
            <translation>Bornes</translation>
        </message>
        <message>
            <source>illustrative except {towns} (sourced)</source>
            <translation>illustratif sauf {towns} (sourcé)</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>Weight used: each indicator's share of the composite after the weighting method and the groups (sums to 100 %).</source>
            <translation>Poids utilisé : part de chaque indicateur dans l'indicateur composite après la méthode de pondération et les groupes (total 100 %).</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>The composite indicator follows the OECD/JRC Handbook on Constructing Composite Indicators (Nardo et al. 2008): missing data, normalization, weighting, aggregation.</source>
            <translation>L'indicateur composite suit le manuel OCDE/JRC Handbook on Constructing Composite Indicators (Nardo et al. 2008) : données manquantes, normalisation, pondération, agrégation.</translation>
        </message>
        <message>
            <source>Missing data</source>
            <translation>Données manquantes</translation>
        </message>
        <message>
            <source>Imputed cells ({count}), with the value used:</source>
            <translation>Cellules imputées ({count}), avec la valeur utilisée :</translation>
        </message>
        <message>
            <source>No value was missing: nothing was imputed.</source>
            <translation>Aucune valeur ne manquait : rien n'a été imputé.</translation>
        </message>
        <message>
            <source>Left out for missing values: {towns}.</source>
            <translation>Écartées pour valeurs manquantes : {towns}.</translation>
        </message>
        <message>
            <source>Normalization</source>
            <translation>Normalisation</translation>
        </message>
        <message>
            <source>Formula: {formula}</source>
            <translation>Formule : {formula}</translation>
        </message>
        <message>
            <source>Reference: {values}</source>
            <translation>Référence : {values}</translation>
        </message>
        <message>
            <source>Clipped to their goalposts: {cells}.</source>
            <translation>Écrêtées aux bornes : {cells}.</translation>
        </message>
        <message>
            <source>Note: {note}.</source>
            <translation>Remarque : {note}.</translation>
        </message>
        <message>
            <source>Weighting and aggregation</source>
            <translation>Pondération et agrégation</translation>
        </message>
        <message>
            <source>Weights: {weighting} — {detail}.</source>
            <translation>Poids : {weighting} — {detail}.</translation>
        </message>
        <message>
            <source>Indicators are first combined inside their groups ({groups}) into a dimension index by {inner}; the dimension indices are then combined by {outer}.</source>
            <translation>Les indicateurs sont d'abord combinés au sein de leurs groupes ({groups}) en un indice de dimension par {inner} ; les indices de dimension sont ensuite combinés par {outer}.</translation>
        </message>
        <message>
            <source>The composite score is {aggregation}.</source>
            <translation>Le score composite est {aggregation}.</translation>
        </message>
        <message>
            <source>Geometric mean: {shift}.</source>
            <translation>Moyenne géométrique : {shift}.</translation>
        </message>
        <message>
            <source>Ties: {rule}; {ranks}.</source>
            <translation>Ex aequo : {rule} ; {ranks}.</translation>
        </message>
        <message>
            <source>Composite ranking</source>
            <translation>Classement composite</translation>
        </message>
        <message>
            <source>{town} ranks first with a composite score of {score}.</source>
            <translation>{town} est au premier rang avec un score composite de {score}.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Compromise set (Opricovic's conditions): {alternatives}</source>
            <translation>Ensemble de compromis (conditions d'Opricovic) : {alternatives}</translation>
        </message>
        <message>
            <source>Conventions</source>
            <translation>Conventions</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>lambda max {lambda_max}   CI {ci}   CR {cr}   (random index {ri}, {ri_table})</source>
            <translation>lambda max {lambda_max}   CI {ci}   CR {cr}   (indice aléatoire {ri}, {ri_table})</translation>
        </message>
        <message>
            <source>prioritization: {method}</source>
            <translation>calcul des priorités : {method}</translation>
        </message>
        <message>
            <source>missing judgments completed by {method}</source>
            <translation>jugements manquants complétés par {method}</translation>
        </message>
        <message>
            <source>acceptable (CR &lt;= {limit})</source>
            <translation>acceptable (CR &lt;= {limit})</translation>
        </message>
        <message>
            <source>too inconsistent (CR &gt; {limit})</source>
            <translation>trop incohérent (CR &gt; {limit})</translation>
        </message>
        <message>
            <source>consistency: {verdict}</source>
            <translation>cohérence : {verdict}</translation>
        </message>
        <message>
            <source>Judgments to revisit</source>
            <translation>Jugements à revoir</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actuel</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggéré</translation>
        </message>
        <message>
            <source>CR after</source>
            <translation>CR après</translation>
        </message>
        <message>
            <source>Ranking methods</source>
            <translation>Méthodes de classement</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Parameters (default)</source>
            <translation>Paramètres (par défaut)</translation>
        </message>
        <message>
            <source>Weighting methods: {methods}</source>
            <translation>Méthodes de pondération : {methods}</translation>
        </message>
        <message>
            <source>No projects yet: `innocite import FILE` stores a problem file.</source>
            <translation>Aucun projet pour l'instant : `innocite import FICHIER` enregistre un fichier de problème.</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>imported '{name}' (id {id}): {alternatives} alternatives, {criteria} criteria</source>
            <translation>'{name}' importé (id {id}) : {alternatives} alternatives, {criteria} critères</translation>
        </message>
        <message>
            <source>(database backed up first to {path})</source>
            <translation>(base de données sauvegardée au préalable dans {path})</translation>
        </message>
        <message>
            <source>wrote {path}: fill in its sheets, then `innocite import {path}`</source>
            <translation>{path} écrit : remplissez ses feuilles, puis `innocite import {path}`</translation>
        </message>
        <message>
            <source>exported '{name}' to {path}</source>
            <translation>'{name}' exporté vers {path}</translation>
        </message>
        <message>
            <source>Median rank</source>
            <translation>Rang médian</translation>
        </message>
        <message>
            <source>Rank 5–95 %</source>
            <translation>Rang 5–95 %</translation>
        </message>
        <message>
            <source>Figure 1. Composite scores of the towns (higher is better).</source>
            <translation>Figure 1. Scores composites des communes (plus élevé = meilleur).</translation>
        </message>
        <message>
            <source>No uncertainty analysis was run: the ranks above hold for these choices only.</source>
            <translation>Aucune analyse d'incertitude n'a été faite : les rangs ci-dessus ne valent que pour ces choix.</translation>
        </message>
        <message>
            <source>How certain are the ranks?</source>
            <translation>Quelle est la fiabilité des rangs ?</translation>
        </message>
        <message>
            <source>The composite was recomputed {runs} times (Monte Carlo, seed {seed}), each time with one of the normalizations {normalizations}, one of the aggregations {aggregations} and weights drawn within their ranges. Each town's median rank and the band holding 90 % of its ranks (5th to 95th percentile) show how much its place depends on these choices.</source>
            <translation>L'indicateur composite a été recalculé {runs} fois (Monte Carlo, graine {seed}), chaque fois avec l'une des normalisations {normalizations}, l'une des agrégations {aggregations} et des poids tirés dans leurs plages. Le rang médian de chaque commune et la bande contenant 90 % de ses rangs (du 5e au 95e centile) montrent à quel point sa place dépend de ces choix.</translation>
        </message>
        <message>
            <source>Figure 2. Rank of each town: median (◆), 5–95 % band, rank above (●).</source>
            <translation>Figure 2. Rang de chaque commune : médiane (◆), bande 5–95 %, rang ci-dessus (●).</translation>
        </message>
        <message>
            <source>Share of the variance of the ranks (all towns pooled) explained by each choice alone (first-order sensitivity); the rest comes from the choices together:</source>
            <translation>Part de la variance des rangs (toutes communes confondues) expliquée par chaque choix seul (sensibilité du premier ordre) ; le reste provient des choix combinés :</translation>
        </message>
        <message>
            <source>Choice</source>
            <translation>Choix</translation>
        </message>
        <message>
            <source>Share of rank variance (%)</source>
            <translation>Part de la variance des rangs (%)</translation>
        </message>
        <message>
            <source>Weights in the runs: {weights}.</source>
            <translation>Poids dans les tirages : {weights}.</translation>
        </message>
        <message>
            <source>{town} against its peers</source>
            <translation>{town} face aux communes comparables</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of {peers}, indicator by indicator.</source>
            <translation>{town} est comparée à la moyenne de {peers}, indicateur par indicateur.</translation>
        </message>
        <message>
            <source>{town} is compared with the mean of all other towns ranked, indicator by indicator.</source>
            <translation>{town} est comparée à la moyenne de toutes les autres communes classées, indicateur par indicateur.</translation>
        </message>
        <message>
            <source>{path}: no such database file</source>
            <translation>{path} : fichier de base de données inexistant</translation>
        </message>
        <message>
            <source>{path} is damaged (integrity_check: {detail}); restore a backup with `innocite db restore`</source>
            <translation>{path} est endommagé (integrity_check : {detail}) ; restaurez une sauvegarde avec `innocite db restore`</translation>
        </message>
        <message>
            <source>{url}: not a SQLite file</source>
            <translation>{url} : pas un fichier SQLite</translation>
        </message>
        <message>
            <source>{url}: restore a PostgreSQL database on the server (pg_restore)</source>
            <translation>{url} : restaurez une base PostgreSQL sur le serveur (pg_restore)</translation>
        </message>
        <message>
            <source>{database}: ok (PostgreSQL {version})</source>
            <translation>{database} : ok (PostgreSQL {version})</translation>
        </message>
        <message>
            <source>{path}: ok ({size} bytes, journal {journal}, {backups} backups, latest {latest})</source>
            <translation>{path} : ok ({size} octets, journal {journal}, {backups} sauvegardes, la plus récente {latest})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>backed up {database} to {backup} ({size} bytes; {kept} backups kept)</source>
            <translation>{database} sauvegardée dans {backup} ({size} octets ; {kept} sauvegardes conservées)</translation>
        </message>
        <message>
            <source>restored {database} from {backup}; the previous file is saved as {saved}</source>
            <translation>{database} restaurée depuis {backup} ; le fichier précédent est enregistré sous {saved}</translation>
        </message>
        <message>
            <source>restored {database} from {backup}</source>
            <translation>{database} restaurée depuis {backup}</translation>
        </message>
        <message>
            <source>Strongest indicators: {names}.</source>
            <translation>Indicateurs les plus forts : {names}.</translation>
        </message>
        <message>
            <source>Weakest indicators: {names}.</source>
            <translation>Indicateurs les plus faibles : {names}.</translation>
        </message>
        <message>
            <source>Peers' mean</source>
            <translation>Moyenne des communes comparables</translation>
        </message>
        <message>
            <source>Better by (%)</source>
            <translation>Meilleure de (%)</translation>
        </message>
        <message>
            <source>Normalized gap</source>
            <translation>Écart normalisé</translation>
        </message>
        <message>
            <source>Better by: the relative gap, turned round for cost indicators (positive: {town} does better). Normalized gap: difference on the normalized scale ({normalization}).</source>
            <translation>Meilleure de : l'écart relatif, inversé pour les indicateurs de coût (positif : {town} fait mieux). Écart normalisé : différence sur l'échelle normalisée ({normalization}).</translation>
        </message>
        <message>
            <source>Imputed values among these towns: {cells}.</source>
            <translation>Valeurs imputées parmi ces communes : {cells}.</translation>
        </message>
        <message>
            <source>Figure {n}. {town} and its peers on every indicator; each axis runs from the worst town ranked (centre) to the best (rim).</source>
            <translation>Figure {n}. {town} et ses communes comparables sur chaque indicateur ; chaque axe va de la moins bonne commune classée (centre) à la meilleure (bord).</translation>
        </message>
        <message>
            <source>Reproducibility</source>
            <translation>Reproductibilité</translation>
        </message>
        <message>
            <source>{runs} runs, seed {seed}</source>
            <translation>{runs} tirages, graine {seed}</translation>
        </message>
        <message>
            <source>no uncertainty run</source>
            <translation>pas d'analyse d'incertitude</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>Data hash (SHA-256)</source>
            <translation>Empreinte des données (SHA-256)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Généré le</translation>
        </message>
        <message>
            <source>The hash covers the towns, indicators, values and settings above; the same data, settings and seed give the same report.</source>
            <translation>L'empreinte couvre les communes, indicateurs, valeurs et paramètres ci-dessus ; les mêmes données, paramètres et graine donnent le même rapport.</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not {suffix}</source>
            <translation>{file} : un rapport s'écrit en .pdf, .docx ou .html, pas en {suffix}</translation>
        </message>
        <message>
            <source>{file}: a report is written as .pdf, .docx or .html, not a file without extension</source>
            <translation>{file} : un rapport s'écrit en .pdf, .docx ou .html, pas comme fichier sans extension</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>Analyse comparative</translation>
        </message>
        <message>
            <source>the uncertainty run belongs to other towns: run it again</source>
            <translation>le calcul d'incertitude porte sur d'autres communes : relancez-le</translation>
        </message>
        <message>
            <source>town '{town}' is not one of the towns</source>
            <translation>la commune « {town} » ne fait pas partie des communes</translation>
        </message>
        <message>
            <source>Benchmarking report: {name}</source>
            <translation>Rapport d'analyse comparative : {name}</translation>
        </message>
        <message>
            <source>Decision memo</source>
            <translation>Note de décision</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Project owner</source>
            <translation>Maître d'ouvrage</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>The decision question</source>
            <translation>La question de décision</translation>
        </message>
        <message>
            <source>Alternatives</source>
            <translation>Alternatives</translation>
        </message>
        <message>
            <source>Criteria and weights</source>
            <translation>Critères et poids</translation>
        </message>
        <message>
            <source>Performance of the alternatives</source>
            <translation>Performances des alternatives</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Classement</translation>
        </message>
        <message>
            <source>How robust is the ranking?</source>
            <translation>Le classement est-il robuste ?</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Scénarios comparés</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Appendix</source>
            <translation>Annexe</translation>
        </message>
        <message>
            <source>Alternative</source>
            <translation>Alternative</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrice</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>CR</source>
            <translation>CR</translation>
        </message>
        <message>
            <source>Pairs answered</source>
            <translation>Paires renseignées</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Jugement</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entrées</translation>
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
            <translation>Paramètre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>benefit (more is better)</source>
            <translation>bénéfice (plus = mieux)</translation>
        </message>
        <message>
            <source>cost (less is better)</source>
            <translation>coût (moins = mieux)</translation>
        </message>
        <message>
            <source>No decision question was recorded for this project.</source>
            <translation>Aucune question de décision n'a été enregistrée pour ce projet.</translation>
        </message>
        <message>
            <source>Weights are global: they add up to 100 % over the criteria with data.</source>
            <translation>Les poids sont globaux : ils totalisent 100 % sur les critères renseignés.</translation>
        </message>
        <message>
            <source>Not every criterion has a weight, so the ranking could not be computed.</source>
            <translation>Tous les critères n'ont pas de poids ; le classement n'a donc pas pu être calculé.</translation>
        </message>
        <message>
            <source>entered directly</source>
            <translation>saisis directement</translation>
        </message>
        <message>
            <source>from the pairwise comparisons (AHP, group geometric mean of {n} participant(s))</source>
            <translation>issus des comparaisons par paires (AHP, moyenne géométrique du groupe de {n} participant(s))</translation>
        </message>
        <message>
            <source>{node}: weights {origin}.</source>
            <translation>{node} : poids {origin}.</translation>
        </message>
        <message>
            <source>Top level</source>
            <translation>Niveau supérieur</translation>
        </message>
        <message>
            <source>Group (geometric mean)</source>
            <translation>Groupe (moyenne géométrique)</translation>
        </message>
        <message>
            <source>Alternatives under {criterion}</source>
            <translation>Alternatives sous {criterion}</translation>
        </message>
        <message>
            <source>Consistency ratio (CR) of every pairwise matrix; up to 0.10 is acceptable.</source>
            <translation>Ratio de cohérence (CR) de chaque matrice de comparaisons par paires ; jusqu'à 0,10, il est acceptable.</translation>
        </message>
        <message>
            <source>not enough answers</source>
            <translation>réponses insuffisantes</translation>
        </message>
        <message>
            <source>above 0.10: inconsistent</source>
            <translation>au-dessus de 0,10 : incohérent</translation>
        </message>
        <message>
            <source>Sources of the values:</source>
            <translation>Sources des valeurs :</translation>
        </message>
        <message>
            <source>Columns {first}–{last} of {total}.</source>
            <translation>Colonnes {first}–{last} sur {total}.</translation>
        </message>
        <message>
            <source>The alternatives were ranked with {label}: {description}</source>
            <translation>Les alternatives ont été classées avec {label} : {description}</translation>
        </message>
        <message>
            <source>Normalization: {plain} ({formula}).</source>
            <translation>Normalisation : {plain} ({formula}).</translation>
        </message>
        <message>
            <source>Ties: {rule}.</source>
            <translation>Ex aequo : {rule}.</translation>
        </message>
        <message>
            <source>Weights used: {source}.</source>
            <translation>Poids utilisés : {source}.</translation>
        </message>
        <message>
            <source>A higher score is better.</source>
            <translation>Un score plus élevé est meilleur.</translation>
        </message>
        <message>
            <source>A lower score is better.</source>
            <translation>Un score plus bas est meilleur.</translation>
        </message>
        <message>
            <source>{winner} ranks first with {method}.</source>
            <translation>{winner} est en tête avec {method}.</translation>
        </message>
        <message>
            <source>Each criterion's contribution to the score (the method adds them up):</source>
            <translation>Contribution de chaque critère au score (la méthode les additionne) :</translation>
        </message>
        <message>
            <source>Figure 1. Scores of the alternatives ({method}).</source>
            <translation>Figure 1. Scores des alternatives ({method}).</translation>
        </message>
        <message>
            <source>Figure 2. Contribution of each criterion to the score.</source>
            <translation>Figure 2. Contribution de chaque critère au score.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} rises above {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} reste en tête sauf si le poids de {criterion} dépasse {x} % (actuellement {now} %) ; alors {other} passe en tête.</translation>
        </message>
        <message>
            <source>{winner} stays first unless the weight of {criterion} falls below {x} % (now {now} %); then {other} comes first.</source>
            <translation>{winner} reste en tête sauf si le poids de {criterion} descend sous {x} % (actuellement {now} %) ; alors {other} passe en tête.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} rises to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} reste en tête jusqu'à ce que le poids de {criterion} monte à {x} % (actuellement {now} %) ; là, une autre alternative la rejoint ex aequo en tête.</translation>
        </message>
        <message>
            <source>{winner} stays first until the weight of {criterion} falls to {x} % (now {now} %); there another alternative ties with it for first place.</source>
            <translation>{winner} reste en tête jusqu'à ce que le poids de {criterion} descende à {x} % (actuellement {now} %) ; là, une autre alternative la rejoint ex aequo en tête.</translation>
        </message>
        <message>
            <source>No weight of {criterion} between 0 and 100 % changes the winner (now {now} %).</source>
            <translation>Aucun poids de {criterion} entre 0 et 100 % ne change l'alternative en tête (actuellement {now} %).</translation>
        </message>
        <message>
            <source>Each criterion's weight changed on its own, the others rescaled in proportion:</source>
            <translation>Poids de chaque critère modifié seul, les autres ajustés en proportion :</translation>
        </message>
        <message>
            <source>The weight changes that would alter the winner could not be computed: {reason}</source>
            <translation>Les variations de poids qui changeraient l'alternative en tête n'ont pas pu être calculées : {reason}</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} % of {samples} random weightings (seed {seed}).</source>
            <translation>{winner} est en tête dans {share} % de {samples} pondérations aléatoires (graine {seed}).</translation>
        </message>
        <message>
            <source>Share of {samples} random weightings (uniform over all weight sets) giving each rank:</source>
            <translation>Part de {samples} pondérations aléatoires (uniformes sur tous les jeux de poids) donnant chaque rang :</translation>
        </message>
        <message>
            <source>The random-weights analysis could not be computed: {reason}</source>
            <translation>L'analyse par poids aléatoires n'a pas pu être calculée : {reason}</translation>
        </message>
        <message>
            <source>The same data ranked with other methods (their default settings):</source>
            <translation>Les mêmes données classées avec d'autres méthodes (leurs réglages par défaut) :</translation>
        </message>
        <message>
            <source>Spearman rank correlation of each method with {method}: {values}.</source>
            <translation>Corrélation de rang de Spearman de chaque méthode avec {method} : {values}.</translation>
        </message>
        <message>
            <source>{method} could not rank the data: {reason}</source>
            <translation>{method} n'a pas pu classer les données : {reason}</translation>
        </message>
        <message>
            <source>Ranks of the alternatives under the project's current weights and the saved scenarios:</source>
            <translation>Rangs des alternatives avec les poids actuels du projet et les scénarios enregistrés :</translation>
        </message>
        <message>
            <source>No scenarios were saved for this project.</source>
            <translation>Aucun scénario n'a été enregistré pour ce projet.</translation>
        </message>
        <message>
            <source>{n} further scenario(s) not shown.</source>
            <translation>{n} autre(s) scénario(s) non affiché(s).</translation>
        </message>
        <message>
            <source>Current weights</source>
            <translation>Poids actuels</translation>
        </message>
        <message>
            <source>Decision taken: {chosen}</source>
            <translation>Décision prise : {chosen}</translation>
        </message>
        <message>
            <source>No decision has been recorded yet.</source>
            <translation>Aucune décision n'a encore été enregistrée.</translation>
        </message>
        <message>
            <source>Rationale: {text}</source>
            <translation>Justification : {text}</translation>
        </message>
        <message>
            <source>The analysis recommends {winner}.</source>
            <translation>L'analyse recommande {winner}.</translation>
        </message>
        <message>
            <source>The decision differs from the recommendation of the analysis ({winner}).</source>
            <translation>La décision diffère de la recommandation de l'analyse ({winner}).</translation>
        </message>
        <message>
            <source>Pairwise judgments</source>
            <translation>Jugements par paires</translation>
        </message>
        <message>
            <source>Pairwise judgments as given by each participant:</source>
            <translation>Jugements par paires tels que donnés par chaque participant :</translation>
        </message>
        <message>
            <source>No pairwise judgments were given.</source>
            <translation>Aucun jugement par paires n'a été donné.</translation>
        </message>
        <message>
            <source>Audit log summary</source>
            <translation>Résumé du journal des modifications</translation>
        </message>
        <message>
            <source>Changes recorded in the project's audit log: {total} entries, from {first} to {last}.</source>
            <translation>Modifications enregistrées dans le journal du projet : {total} entrées, du {first} au {last}.</translation>
        </message>
        <message>
            <source>The audit log holds no entries for this project.</source>
            <translation>Le journal des modifications ne contient aucune entrée pour ce projet.</translation>
        </message>
        <message>
            <source>Changes made by: {who}.</source>
            <translation>Modifications faites par : {who}.</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio {version}</source>
            <translation>InnoCite Decision Studio {version}</translation>
        </message>
        <message>
            <source>Data hash (SHA-256): {hash}</source>
            <translation>Empreinte des données (SHA-256) : {hash}</translation>
        </message>
        <message>
            <source>Memo snapshot made {created}.</source>
            <translation>Instantané de la note créé le {created}.</translation>
        </message>
        <message>
            <source>This memo is generated from a stored snapshot of its inputs and results; regenerating it gives the same text.</source>
            <translation>Cette note est générée à partir d'un instantané enregistré de ses données et résultats ; la régénérer donne le même texte.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>Method key</source>
            <translation>Clé de la méthode</translation>
        </message>
        <message>
            <source>Parameter {name}</source>
            <translation>Paramètre {name}</translation>
        </message>
        <message>
            <source>Random weightings</source>
            <translation>Pondérations aléatoires</translation>
        </message>
        <message>
            <source>{samples} (seed {seed}, uniform over the weight simplex)</source>
            <translation>{samples} (graine {seed}, uniformes sur le simplexe des poids)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Data hash</source>
            <translation>Empreinte des données</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>Instantané</translation>
        </message>
        <message>
            <source>{method} score ({direction})</source>
            <translation>Score {method} ({direction})</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>plus élevé = meilleur</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>plus bas = meilleur</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Weighted sum (WSM)</source>
            <translation>Somme pondérée (WSM)</translation>
        </message>
        <message>
            <source>Weighted product (WPM)</source>
            <translation>Produit pondéré (WPM)</translation>
        </message>
        <message>
            <source>Closeness to the ideal and distance from the anti-ideal alternative (Euclidean).</source>
            <translation>Proximité de l'alternative idéale et distance de l'anti-idéale (euclidienne).</translation>
        </message>
        <message>
            <source>Sum of weighted normalized values; each criterion's contribution is reported.</source>
            <translation>Somme des valeurs normalisées pondérées ; la contribution de chaque critère est indiquée.</translation>
        </message>
        <message>
            <source>Product of values raised to their weights; needs values above zero.</source>
            <translation>Produit des valeurs élevées à la puissance de leurs poids ; exige des valeurs supérieures à zéro.</translation>
        </message>
        <message>
            <source>vector normalization x/sqrt(sum x^2); cost columns as 1 - r</source>
            <translation>normalisation vectorielle x/sqrt(sum x^2) ; colonnes de coût en 1 - r</translation>
        </message>
        <message>
            <source>min-max normalization (x - min)/(max - min), reversed for cost</source>
            <translation>normalisation min-max (x - min)/(max - min), inversée pour les coûts</translation>
        </message>
        <message>
            <source>max normalization x/max; cost columns as 1 - x/max</source>
            <translation>normalisation par le maximum x/max ; colonnes de coût en 1 - x/max</translation>
        </message>
        <message>
            <source>sum normalization x/sum x; cost columns (1/x)/sum(1/x)</source>
            <translation>normalisation par la somme x/sum x ; colonnes de coût (1/x)/sum(1/x)</translation>
        </message>
        <message>
            <source>linear normalization x/max; cost columns min/x</source>
            <translation>normalisation linéaire x/max ; colonnes de coût min/x</translation>
        </message>
        <message>
            <source>logarithmic normalization ln x / ln prod x</source>
            <translation>normalisation logarithmique ln x / ln prod x</translation>
        </message>
        <message>
            <source>nonlinear normalization (x/max)^2; cost columns (min/x)^3</source>
            <translation>normalisation non linéaire (x/max)^2 ; colonnes de coût (min/x)^3</translation>
        </message>
        <message>
            <source>enhanced accuracy normalization (Zeng &amp; Xiao)</source>
            <translation>normalisation à précision améliorée (Zeng &amp; Xiao)</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis normalization</source>
            <translation>normalisation de Zavadskas-Turskis</translation>
        </message>
        <message>
            <source>none: raw values (cost criteria subtracted); only for criteria on one scale</source>
            <translation>aucune : valeurs brutes (critères de coût soustraits) ; seulement pour des critères sur une même échelle</translation>
        </message>
        <message>
            <source>none: raw values raised to the weight (cost criteria to minus the weight)</source>
            <translation>aucune : valeurs brutes élevées à la puissance du poids (critères de coût à moins le poids)</translation>
        </message>
        <message>
            <source>none: raw values; each gap f*_j - f_ij is divided by the criterion's range f*_j - f-_j (f* best, f- worst value of the criterion)</source>
            <translation>aucune : valeurs brutes ; chaque écart f*_j - f_ij est divisé par l'étendue du critère f*_j - f-_j (f* meilleure, f- pire valeur du critère)</translation>
        </message>
        <message>
            <source>none: preference functions on raw differences (thresholds q, p in the criterion's units); flows divided by the weight sum and by (m-1)</source>
            <translation>aucune : fonctions de préférence sur les différences brutes (seuils q, p dans l'unité du critère) ; flux divisés par la somme des poids et par (m-1)</translation>
        </message>
        <message>
            <source>sum normalization x/sum x for every criterion (direction enters via S+ and S-)</source>
            <translation>normalisation par la somme x/sum x pour chaque critère (le sens intervient via S+ et S-)</translation>
        </message>
        <message>
            <source>standard competition ranking (1, 2, 2, 4); scores equal within 1e-9 relative share a rank</source>
            <translation>classement de compétition standard (1, 2, 2, 4) ; des scores égaux à 1e-9 près en relatif partagent un rang</translation>
        </message>
        <message>
            <source>given weights</source>
            <translation>poids fournis</translation>
        </message>
        <message>
            <source>given weights (product of local weights down the criteria tree)</source>
            <translation>poids donnés (produit des poids locaux le long de l'arbre des critères)</translation>
        </message>
        <message>
            <source>AHP pairwise comparison of the criteria</source>
            <translation>comparaison par paires des critères (AHP)</translation>
        </message>
        <message>
            <source>only one alternative: every flow is 0</source>
            <translation>une seule alternative : chaque flux vaut 0</translation>
        </message>
        <message>
            <source>every alternative has the same S (S- = S*): the S term of Q is set to 0</source>
            <translation>toutes les alternatives ont le même S (S- = S*) : le terme S de Q est mis à 0</translation>
        </message>
        <message>
            <source>every alternative has the same R (R- = R*): the R term of Q is set to 0</source>
            <translation>toutes les alternatives ont le même R (R- = R*) : le terme R de Q est mis à 0</translation>
        </message>
        <message>
            <source>acceptable stability fails: the best Q is not also best by S or R</source>
            <translation>stabilité acceptable non satisfaite : le meilleur Q n'est pas aussi le meilleur selon S ou R</translation>
        </message>
        <message>
            <source>distributive mode: each criterion's local priorities sum to 1, global priority = weighted sum (global priorities sum to 1)</source>
            <translation>mode distributif : les priorités locales de chaque critère somment à 1, priorité globale = somme pondérée (les priorités globales somment à 1)</translation>
        </message>
        <message>
            <source>ideal mode (Saaty): each criterion's local priorities divided by their largest value, weighted sum, then the global scores renormalised to sum 1</source>
            <translation>mode idéal (Saaty) : les priorités locales de chaque critère divisées par leur plus grande valeur, somme pondérée, puis les scores globaux renormalisés à une somme de 1</translation>
        </message>
        <message>
            <source>no pairwise judgments of the alternatives: local priorities from the performance values: benefit x/sum(x), cost (1/x)/sum(1/x) (sum normalization; needs values &gt; 0)</source>
            <translation>aucun jugement par paires des alternatives : priorités locales tirées des performances : bénéfice x/sum(x), coût (1/x)/sum(1/x) (normalisation par la somme ; valeurs &gt; 0 requises)</translation>
        </message>
        <message>
            <source>the prioritization parameter applies only to pairwise matrices</source>
            <translation>le paramètre de calcul des priorités ne s'applique qu'aux matrices de comparaison par paires</translation>
        </message>
        <message>
            <source>score = utility degree Q/max Q (1 for the best); Q = S+ + sum S- / (S- x sum 1/S-) as in Zavadskas et al. (1994)</source>
            <translation>score = degré d'utilité Q/max Q (1 pour la meilleure) ; Q = S+ + sum S- / (S- x sum 1/S-) comme dans Zavadskas et al. (1994)</translation>
        </message>
        <message>
            <source>composite indicator: missing data, normalization, weighting, aggregation</source>
            <translation>indicateur composite : données manquantes, normalisation, pondération, agrégation</translation>
        </message>
        <message>
            <source>every normalized value is oriented so that higher is better; cost indicators are flipped as the normalization formula states</source>
            <translation>chaque valeur normalisée est orientée de sorte que plus élevé soit meilleur ; les indicateurs de coût sont inversés comme l'indique la formule de normalisation</translation>
        </message>
        <message>
            <source>min-max: y = (x - min)/(max - min) for benefit indicators, (max - x)/(max - min) for cost indicators, min and max over the units ranked; 0 is the worst unit, 1 the best; an indicator with the same value everywhere gets 0.5</source>
            <translation>min-max : y = (x - min)/(max - min) pour les indicateurs de bénéfice, (max - x)/(max - min) pour les indicateurs de coût, min et max sur les unités classées ; 0 est la pire unité, 1 la meilleure ; un indicateur de même valeur partout reçoit 0,5</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the sample standard deviation (divisor m - 1); an indicator with the same value everywhere gets 0</source>
            <translation>score z : y = (x - moyenne)/sd pour les indicateurs de bénéfice, (moyenne - x)/sd pour les indicateurs de coût ; sd est l'écart type de l'échantillon (diviseur m - 1) ; un indicateur de même valeur partout reçoit 0</translation>
        </message>
        <message>
            <source>z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost indicators; sd is the population standard deviation (divisor m); an indicator with the same value everywhere gets 0</source>
            <translation>score z : y = (x - moyenne)/sd pour les indicateurs de bénéfice, (moyenne - x)/sd pour les indicateurs de coût ; sd est l'écart type de la population (diviseur m) ; un indicateur de même valeur partout reçoit 0</translation>
        </message>
        <message>
            <source>goalposts: y = (x - lo)/(hi - lo) for benefit indicators, (hi - x)/(hi - lo) for cost indicators, lo and hi the indicator's fixed goalposts; with log, ln x, ln lo and ln hi replace x, lo and hi (as the UNDP HDI income index); values outside the goalposts are clipped to them, so y is in [0, 1]</source>
            <translation>bornes : y = (x - lo)/(hi - lo) pour les indicateurs de bénéfice, (hi - x)/(hi - lo) pour les indicateurs de coût, lo et hi les bornes fixes de l'indicateur ; avec log, ln x, ln lo et ln hi remplacent x, lo et hi (comme l'indice de revenu de l'IDH du PNUD) ; les valeurs hors bornes y sont ramenées, donc y est dans [0, 1]</translation>
        </message>
        <message>
            <source>distance to a reference (relative difference): y = (x - ref)/|ref| for benefit indicators, (ref - x)/|ref| for cost indicators; 0 is level with the reference, positive is better</source>
            <translation>distance à une référence (différence relative) : y = (x - ref)/|ref| pour les indicateurs de bénéfice, (ref - x)/|ref| pour les indicateurs de coût ; 0 correspond à la référence, positif est meilleur</translation>
        </message>
        <message>
            <source>distance to a reference (ratio): y = x/ref for benefit indicators, ref/x for cost indicators; 1 is level with the reference, above 1 is better</source>
            <translation>distance à une référence (rapport) : y = x/ref pour les indicateurs de bénéfice, ref/x pour les indicateurs de coût ; 1 correspond à la référence, au-dessus de 1 est meilleur</translation>
        </message>
        <message>
            <source>rank: y = the unit's rank on the indicator counted from the worst (1 = worst, m = best); ties share the average of their ranks</source>
            <translation>rang : y = rang de l'unité sur l'indicateur compté depuis la pire (1 = pire, m = meilleure) ; les ex aequo reçoivent la moyenne de leurs rangs</translation>
        </message>
        <message>
            <source>linear: weighted arithmetic mean sum_j w_j y_j (compensatory)</source>
            <translation>linéaire : moyenne arithmétique pondérée sum_j w_j y_j (compensatoire)</translation>
        </message>
        <message>
            <source>geometric: weighted geometric mean prod_j y_j^w_j with weights summing to 1 (less compensatory: a low value cannot be fully offset by a high one)</source>
            <translation>géométrique : moyenne géométrique pondérée prod_j y_j^w_j avec des poids de somme 1 (moins compensatoire : une valeur basse ne peut être entièrement compensée par une valeur haute)</translation>
        </message>
        <message>
            <source>units with a missing value are left out of the normalization and the ranking (listed as dropped)</source>
            <translation>les unités avec une valeur manquante sont exclues de la normalisation et du classement (listées comme exclues)</translation>
        </message>
        <message>
            <source>a missing value is replaced by the mean of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>une valeur manquante est remplacée par la moyenne des valeurs des autres unités pour cet indicateur (valeurs brutes, avant normalisation) ; les cellules imputées sont listées</translation>
        </message>
        <message>
            <source>a missing value is replaced by the median of the other units' values of that indicator (raw values, before normalization); imputed cells are listed</source>
            <translation>une valeur manquante est remplacée par la médiane des valeurs des autres unités pour cet indicateur (valeurs brutes, avant normalisation) ; les cellules imputées sont listées</translation>
        </message>
        <message>
            <source>rank 1 is the highest composite score</source>
            <translation>le rang 1 correspond au score composite le plus élevé</translation>
        </message>
        <message>
            <source>given reference values (a national value or a target) per indicator</source>
            <translation>valeurs de référence données (une valeur nationale ou une cible) par indicateur</translation>
        </message>
        <message>
            <source>given weights (an indicator without a weight counts 1)</source>
            <translation>poids donnés (un indicateur sans poids compte 1)</translation>
        </message>
        <message>
            <source>normalised to sum 1</source>
            <translation>normalisés à une somme de 1</translation>
        </message>
        <message>
            <source>normalised to sum 1 inside each group</source>
            <translation>normalisés à une somme de 1 dans chaque groupe</translation>
        </message>
        <message>
            <source>dimension weights equal</source>
            <translation>poids des dimensions égaux</translation>
        </message>
        <message>
            <source>dimension weights given per group</source>
            <translation>poids des dimensions donnés par groupe</translation>
        </message>
        <message>
            <source>Entropy weights (Shannon)</source>
            <translation>poids d'entropie (Shannon)</translation>
        </message>
        <message>
            <source>CRITIC weights (Diakoulaki)</source>
            <translation>poids CRITIC (Diakoulaki)</translation>
        </message>
        <message>
            <source>the weights inside a group and of the groups are the group shares of these global weights</source>
            <translation>les poids à l'intérieur d'un groupe et ceux des groupes sont les parts de groupe de ces poids globaux</translation>
        </message>
        <message>
            <source>missing-data handling, group aggregation, goalposts and reference stay as in the base settings</source>
            <translation>le traitement des données manquantes, l'agrégation par groupe, les bornes et la référence restent comme dans les paramètres de base</translation>
        </message>
        <message>
            <source>median and 5th/95th percentiles of each unit's rank over the runs (linear interpolation between order statistics)</source>
            <translation>médiane et 5e/95e centiles du rang de chaque unité sur les tirages (interpolation linéaire entre statistiques d'ordre)</translation>
        </message>
        <message>
            <source>max_row_col: X divided by k = the largest of all row sums and column sums of X</source>
            <translation>max_row_col : X divisé par k = la plus grande de toutes les sommes de lignes et de colonnes de X</translation>
        </message>
        <message>
            <source>max_row: X divided by k = the largest row sum of X</source>
            <translation>max_row : X divisé par k = la plus grande somme de ligne de X</translation>
        </message>
        <message>
            <source>euclidean: w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalised to sum 1</source>
            <translation>euclidean : w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalisés à une somme de 1</translation>
        </message>
        <message>
            <source>prominence: w_i = (D_i + R_i), normalised to sum 1</source>
            <translation>prominence : w_i = (D_i + R_i), normalisés à une somme de 1</translation>
        </message>
        <message>
            <source>mean of all entries of T</source>
            <translation>moyenne de tous les éléments de T</translation>
        </message>
        <message>
            <source>set by the user</source>
            <translation>fixé par l'utilisateur</translation>
        </message>
        <message>
            <source>rows influence columns: x_ij is the direct influence of factor i on j</source>
            <translation>les lignes influencent les colonnes : x_ij est l'influence directe du facteur i sur j</translation>
        </message>
        <message>
            <source>N = X / k; T = N (I - N)^-1, computed by a linear solve</source>
            <translation>N = X / k ; T = N (I - N)^-1, calculée par résolution d'un système linéaire</translation>
        </message>
        <message>
            <source>D = row sums of T (influence given), R = column sums (influence received)</source>
            <translation>D = sommes des lignes de T (influence exercée), R = sommes des colonnes (influence reçue)</translation>
        </message>
        <message>
            <source>causes: D - R &gt; 0; effects: D - R &lt;= 0</source>
            <translation>causes : D - R &gt; 0 ; effets : D - R &lt;= 0</translation>
        </message>
        <message>
            <source>impact-relation map: arcs i -&gt; j with T_ij &gt; threshold, self-loops omitted</source>
            <translation>carte des relations d'influence : arcs i -&gt; j avec T_ij &gt; seuil, boucles sur soi omises</translation>
        </message>
        <message>
            <source>local priorities: AHP within each SWOT group (or weights given directly, normalised to sum 1)</source>
            <translation>priorités locales : AHP au sein de chaque groupe SWOT (ou poids indiqués directement, normalisés à une somme de 1)</translation>
        </message>
        <message>
            <source>group weights: AHP over S, W, O, T (or weights given directly)</source>
            <translation>poids des groupes : AHP sur S, W, O, T (ou poids indiqués directement)</translation>
        </message>
        <message>
            <source>global priority = group weight x local priority; all global priorities sum to 1</source>
            <translation>priorité globale = poids du groupe x priorité locale ; la somme de toutes les priorités globales vaut 1</translation>
        </message>
        <message>
            <source>strategy score = sum over factors of global priority x score (higher is better)</source>
            <translation>score de la stratégie = somme sur les facteurs de la priorité globale x le score (plus élevé = meilleur)</translation>
        </message>
        <message>
            <source>strategy priority = sum over factors of global priority x local priority of the strategy from the pairwise comparison with respect to that factor</source>
            <translation>priorité de la stratégie = somme sur les facteurs de la priorité globale x la priorité locale de la stratégie issue de la comparaison par paires relative à ce facteur</translation>
        </message>
        <message>
            <source>principal right eigenvector (Saaty), normalised to sum 1; lambda_max is its eigenvalue</source>
            <translation>vecteur propre principal à droite (Saaty), normalisé à une somme de 1 ; lambda_max est sa valeur propre</translation>
        </message>
        <message>
            <source>row geometric mean (Crawford &amp; Williams 1985), normalised to sum 1; lambda_max estimated as the mean of (A w)_i / w_i</source>
            <translation>moyenne géométrique des lignes (Crawford &amp; Williams 1985), normalisée à une somme de 1 ; lambda_max estimé comme la moyenne de (A w)_i / w_i</translation>
        </message>
        <message>
            <source>aggregation of individual judgments (AIJ): weighted geometric mean of each pair over the participants who judged it (Aczél &amp; Saaty 1983; Forman &amp; Peniwati 1998, EJOR 108:165-169)</source>
            <translation>agrégation des jugements individuels (AIJ) : moyenne géométrique pondérée de chaque paire sur les participants qui l'ont jugée (Aczél &amp; Saaty 1983 ; Forman &amp; Peniwati 1998, EJOR 108:165-169)</translation>
        </message>
        <message>
            <source>aggregation of individual priorities (AIP): weighted geometric mean of each item's priority over the participants, renormalised to sum 1 (Forman &amp; Peniwati 1998)</source>
            <translation>agrégation des priorités individuelles (AIP) : moyenne géométrique pondérée de la priorité de chaque élément sur les participants, renormalisée à une somme de 1 (Forman &amp; Peniwati 1998)</translation>
        </message>
        <message>
            <source>Saaty's (1980) random index stops at n = 10; CR uses the table named above</source>
            <translation>l'indice aléatoire de Saaty (1980) s'arrête à n = 10 ; le CR utilise la table citée ci-dessus</translation>
        </message>
        <message>
            <source>suggestions: judgments ranked by their share of the inconsistency |ln(a_ij w_j / w_i)| (Saaty 2003, EJOR 145:85-91); for each, 'suggested' is the value on Saaty's 1/9..9 scale that lowers CR most when only that judgment changes, 'cr_after' the CR then, and 'consistent_value' = w_i/w_j the unrestricted value with its CR 'cr_consistent'</source>
            <translation>suggestions : jugements classés selon leur part de l'incohérence |ln(a_ij w_j / w_i)| (Saaty 2003, EJOR 145:85-91) ; pour chacun, 'suggested' est la valeur de l'échelle 1/9..9 de Saaty qui abaisse le plus le CR lorsque seul ce jugement change, 'cr_after' le CR obtenu et 'consistent_value' = w_i/w_j la valeur non contrainte avec son CR 'cr_consistent'</translation>
        </message>
        <message>
            <source>Alonso &amp; Lamata (2006) linear fit</source>
            <translation>ajustement linéaire d'Alonso &amp; Lamata (2006)</translation>
        </message>
        <message>
            <source>not given: 100 (national average) assumed</source>
            <translation>non indiqué : 100 (moyenne nationale) retenu par défaut</translation>
        </message>
        <message>
            <source>population x spending per capita x purchasing-power index / 100</source>
            <translation>population x dépenses par habitant x indice de pouvoir d'achat / 100</translation>
        </message>
        <message>
            <source>derived: local spending per capita / national spending per capita x 100</source>
            <translation>dérivé : dépenses locales par habitant / dépenses nationales par habitant x 100</translation>
        </message>
        <message>
            <source>simple: turnover / spending potential x 100</source>
            <translation>simple : chiffre d'affaires / potentiel de dépenses x 100</translation>
        </message>
        <message>
            <source>index: turnover index / purchasing-power index x 100, turnover index = local turnover per capita / national turnover per capita x 100</source>
            <translation>indice : indice de chiffre d'affaires / indice de pouvoir d'achat x 100, indice de chiffre d'affaires = chiffre d'affaires local par habitant / chiffre d'affaires national par habitant x 100</translation>
        </message>
        <message>
            <source>(D - S) / (D + S) x 100 with D = spending potential, S = turnover: positive = leakage (residents spend outside), negative = surplus (spending flows in); range -100..100</source>
            <translation>(D - S) / (D + S) x 100 avec D = potentiel de dépenses, S = chiffre d'affaires : positif = évasion (les habitants dépensent ailleurs), négatif = excédent (les dépenses affluent) ; plage -100..100</translation>
        </message>
        <message>
            <source>turnover - spending potential (positive: inflow, negative: outflow)</source>
            <translation>chiffre d'affaires - potentiel de dépenses (positif : flux entrant, négatif : flux sortant)</translation>
        </message>
        <message>
            <source>spending potential - turnover (positive: unmet demand)</source>
            <translation>potentiel de dépenses - chiffre d'affaires (positif : demande non satisfaite)</translation>
        </message>
        <message>
            <source>gap / turnover per m² (m²; negative: more floor space than resident demand supports)</source>
            <translation>écart / chiffre d'affaires par m² (m² ; négatif : plus de surface de vente que la demande des habitants n'en justifie)</translation>
        </message>
        <message>
            <source>local sales per capita / regional sales per capita</source>
            <translation>ventes locales par habitant / ventes régionales par habitant</translation>
        </message>
        <message>
            <source>Standard-deviation weights</source>
            <translation>poids par écart type</translation>
        </message>
        <message>
            <source>MEREC weights (removal effects)</source>
            <translation>poids MEREC (effets de retrait)</translation>
        </message>
        <message>
            <source>Statistical-variance weights</source>
            <translation>poids par variance statistique</translation>
        </message>
        <message>
            <source>Gini-coefficient weights</source>
            <translation>poids par coefficient de Gini</translation>
        </message>
        <message>
            <source>as defined by pymcdm's {method} (its default)</source>
            <translation>tel que défini par {method} de pymcdm (par défaut)</translation>
        </message>
        <message>
            <source>compromise solution (Opricovic &amp; Tzeng 2004): {alternatives}; {why}</source>
            <translation>solution de compromis (Opricovic &amp; Tzeng 2004) : {alternatives} ; {why}</translation>
        </message>
        <message>
            <source>acceptable advantage ({dq}) and acceptable stability hold</source>
            <translation>avantage acceptable ({dq}) et stabilité acceptable sont satisfaits</translation>
        </message>
        <message>
            <source>acceptable advantage fails: these are within {dq} of the best Q</source>
            <translation>avantage acceptable non satisfait : celles-ci sont à moins de {dq} du meilleur Q</translation>
        </message>
        <message>
            <source>preference functions: {functions}</source>
            <translation>fonctions de préférence : {functions}</translation>
        </message>
        <message>
            <source>objective: {method}</source>
            <translation>objectifs : {method}</translation>
        </message>
        <message>
            <source>objective {method} of the normalized matrix (every indicator already oriented so higher is better)</source>
            <translation>{method} objectifs de la matrice normalisée (chaque indicateur déjà orienté de sorte que plus élevé soit meilleur)</translation>
        </message>
        <message>
            <source>budget allocation: points given to each indicator, divided by the total ({points} points)</source>
            <translation>allocation de budget : points attribués à chaque indicateur, divisés par le total ({points} points)</translation>
        </message>
        <message>
            <source>indicators of a group are first combined into a dimension index by {how}; the dimension indices are then aggregated</source>
            <translation>les indicateurs d'un groupe sont d'abord combinés en un indice de dimension par {how} ; les indices de dimension sont ensuite agrégés</translation>
        </message>
        <message>
            <source>{count} missing value(s) imputed</source>
            <translation>{count} valeur(s) manquante(s) imputée(s)</translation>
        </message>
        <message>
            <source>{count} value(s) lay outside their goalposts and were clipped</source>
            <translation>{count} valeur(s) hors bornes ramenée(s) aux bornes</translation>
        </message>
        <message>
            <source>indicator(s) {names} have the same value for every unit</source>
            <translation>le ou les indicateurs {names} ont la même valeur pour chaque unité</translation>
        </message>
        <message>
            <source>the values of unit '{unit}'</source>
            <translation>les valeurs de l'unité '{unit}'</translation>
        </message>
        <message>
            <source>zeros occur after {method} normalization, so every normalized value was shifted to y' = {floor} + {span} * y (range [{lo}, 1]) before the geometric mean</source>
            <translation>des zéros apparaissent après la normalisation {method}, donc chaque valeur normalisée a été décalée en y' = {floor} + {span} * y (plage [{lo}, 1]) avant la moyenne géométrique</translation>
        </message>
        <message>
            <source>values &lt;= 0 occur after {method} normalization, so each indicator was rescaled to [{lo}, 1] by y' = {floor} + {span} * (y - min)/(max - min) before the geometric mean</source>
            <translation>des valeurs &lt;= 0 apparaissent après la normalisation {method}, donc chaque indicateur a été remis à l'échelle [{lo}, 1] par y' = {floor} + {span} * (y - min)/(max - min) avant la moyenne géométrique</translation>
        </message>
        <message>
            <source>each global indicator weight drawn uniformly in [w (1 - {lo}), w (1 + {hi})] around the base weights, then renormalised to sum 1</source>
            <translation>chaque poids global d'indicateur tiré uniformément dans [w (1 - {lo}), w (1 + {hi})] autour des poids de base, puis renormalisé à une somme de 1</translation>
        </message>
        <message>
            <source>{vectors} weight vectors x {norms} normalization(s) x {aggs} aggregation(s) = {runs} runs (every combination of the discrete choices for each weight vector; runs rounded up to a multiple of the combinations)</source>
            <translation>{vectors} vecteurs de poids x {norms} normalisation(s) x {aggs} agrégation(s) = {runs} tirages (chaque combinaison des choix discrets pour chaque vecteur de poids ; tirages arrondis au multiple supérieur des combinaisons)</translation>
        </message>
        <message>
            <source>numpy default_rng({seed}); the same seed gives the same runs</source>
            <translation>numpy default_rng({seed}) ; la même graine donne les mêmes tirages</translation>
        </message>
        <message>
            <source>{count} expert matrix(es) averaged element-wise (arithmetic mean)</source>
            <translation>{count} matrice(s) d'experts moyennée(s) élément par élément (moyenne arithmétique)</translation>
        </message>
        <message>
            <source>prioritization: {how}</source>
            <translation>calcul des priorités : {how}</translation>
        </message>
        <message>
            <source>several participants: {how}</source>
            <translation>plusieurs participants : {how}</translation>
        </message>
        <message>
            <source>{count} missing judgment(s) completed by {reference} Missing pairs are set to w_i/w_j and CI and CR are computed on that completed matrix.</source>
            <translation>{count} jugement(s) manquant(s) complété(s) selon {reference} Les paires manquantes sont fixées à w_i/w_j et CI et CR sont calculés sur cette matrice complétée.</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <source>Rank {rank}</source>
            <translation>Rang {rank}</translation>
        </message>
        <message>
            <source>Share of draws in which it wins with its central weights</source>
            <translation>Part des tirages où elle l'emporte avec ses poids centraux</translation>
        </message>
        <message>
            <source>Share of the sampled weightings that put it at rank {rank}</source>
            <translation>Part des pondérations tirées qui la placent au rang {rank}</translation>
        </message>
        <message>
            <source>{measure} between {first} and {second}</source>
            <translation>{measure} entre {first} et {second}</translation>
        </message>
        <message>
            <source>Spearman's rank correlation with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Corrélation de rang de Spearman avec {method} : 1 = même ordre, 0 = sans lien</translation>
        </message>
        <message>
            <source>Kendall's tau-b with {method}: 1 = the same order, 0 = unrelated</source>
            <translation>Tau-b de Kendall avec {method} : 1 = même ordre, 0 = sans lien</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE: not from a named source</source>
            <translation>ILLUSTRATIF : pas d'une source nommée</translation>
        </message>
        <message>
            <source>{count} inhabitants</source>
            <translation>{count} habitants</translation>
        </message>
        <message>
            <source>Weight (local)</source>
            <translation>Poids (local)</translation>
        </message>
        <message>
            <source>benefit</source>
            <translation>bénéfice</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>coût</translation>
        </message>
        <message>
            <source>Change name of {criterion}</source>
            <translation>Modifier le nom de {criterion}</translation>
        </message>
        <message>
            <source>Change direction of {criterion}</source>
            <translation>Modifier le sens de {criterion}</translation>
        </message>
        <message>
            <source>Change unit of {criterion}</source>
            <translation>Modifier l'unité de {criterion}</translation>
        </message>
        <message>
            <source>Change weight of {criterion}</source>
            <translation>Modifier le poids de {criterion}</translation>
        </message>
        <message>
            <source>Change description of {criterion}</source>
            <translation>Modifier la description de {criterion}</translation>
        </message>
        <message>
            <source>no weight yet: give one here or on the Weights page</source>
            <translation>pas encore de poids : indiquez-le ici ou sur la page Poids</translation>
        </message>
        <message>
            <source>group '{group}' (id {id}): drop criteria here to move them into it</source>
            <translation>groupe « {group} » (id {id}) : déposez des critères ici pour les y déplacer</translation>
        </message>
        <message>
            <source>criterion '{id}': the name cannot be empty</source>
            <translation>critère « {id} » : le nom ne peut pas être vide</translation>
        </message>
        <message>
            <source>{error} (nothing was changed)</source>
            <translation>{error} (rien n'a été modifié)</translation>
        </message>
        <message>
            <source>Move {names} into {group}</source>
            <translation>Déplacer {names} dans {group}</translation>
        </message>
        <message>
            <source>Move {names} to the top level</source>
            <translation>Déplacer {names} au niveau supérieur</translation>
        </message>
        <message>
            <source>criterion '{criterion}': weight {value} is not a number</source>
            <translation>critère « {criterion} » : le poids {value} n'est pas un nombre</translation>
        </message>
        <message>
            <source>criterion '{criterion}': a weight must be zero or positive, not {value}</source>
            <translation>critère « {criterion} » : un poids doit être nul ou positif, pas {value}</translation>
        </message>
        <message>
            <source>{a} compared with itself</source>
            <translation>{a} comparé à lui-même</translation>
        </message>
        <message>
            <source>{a} / {b}: not answered (completed value in brackets, if any)</source>
            <translation>{a} / {b} : sans réponse (valeur complétée entre parenthèses, le cas échéant)</translation>
        </message>
        <message>
            <source>{a} is {ratio} times as important as {b}</source>
            <translation>{a} a {ratio} fois l'importance de {b}</translation>
        </message>
        <message>
            <source>missing value: ranking needs a number here</source>
            <translation>valeur manquante : le classement a besoin d'un nombre ici</translation>
        </message>
        <message>
            <source>benefit: higher is better</source>
            <translation>bénéfice : plus élevé = meilleur</translation>
        </message>
        <message>
            <source>cost: lower is better</source>
            <translation>coût : plus bas = meilleur</translation>
        </message>
        <message>
            <source>alternative {n}: the name cannot be empty</source>
            <translation>alternative {n} : le nom ne peut pas être vide</translation>
        </message>
        <message>
            <source>Rename {name}</source>
            <translation>Renommer {name}</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': {value} is not a number (the value was not changed)</source>
            <translation>alternative « {alternative} », critère « {criterion} » : {value} n'est pas un nombre (la valeur n'a pas été modifiée)</translation>
        </message>
        <message>
            <source>alternative '{alternative}', criterion '{criterion}': the value must be finite</source>
            <translation>alternative « {alternative} », critère « {criterion} » : la valeur doit être finie</translation>
        </message>
        <message>
            <source>Edit {alternative} / {criterion}</source>
            <translation>Modifier {alternative} / {criterion}</translation>
        </message>
        <message>
            <source>{alternatives} alternatives, {criteria} criteria</source>
            <translation>{alternatives} alternatives, {criteria} critères</translation>
        </message>
        <message>
            <source>changed {when}</source>
            <translation>modifié le {when}</translation>
        </message>
        <message>
            <source>{name} (id {id})</source>
            <translation>{name} (id {id})</translation>
        </message>
        <message>
            <source>{scenario}: ranked with {method}</source>
            <translation>{scenario} : classé avec {method}</translation>
        </message>
        <message>
            <source>no weight saved for {criteria} (the current one is used)</source>
            <translation>aucun poids enregistré pour {criteria} (le poids actuel est utilisé)</translation>
        </message>
        <message>
            <source>{n} place(s) up from {base}</source>
            <translation>{n} rang(s) de mieux que {base}</translation>
        </message>
        <message>
            <source>{n} place(s) down from {base}</source>
            <translation>{n} rang(s) de moins que {base}</translation>
        </message>
        <message>
            <source>'{factor}' on itself: always 0 (locked)</source>
            <translation>'{factor}' sur lui-même : toujours 0 (verrouillé)</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} ({word})</source>
            <translation>Influence de '{a}' sur '{b}' : {value} ({word})</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Facteur</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>cause</translation>
        </message>
        <message>
            <source>DEMATEL: causes and effects among success and failure factors</source>
            <translation>DEMATEL : causes et effets entre facteurs de succès et d'échec</translation>
        </message>
        <message>
            <source>DEMATEL file (JSON): factors plus matrix or matrices (0-4)</source>
            <translation>fichier DEMATEL (JSON) : facteurs, plus matrice ou matrices (0-4)</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT): priorities of SWOT factors</source>
            <translation>SWOT-AHP (A'WOT) : priorités des facteurs SWOT</translation>
        </message>
        <message>
            <source>A'WOT file (JSON): groups S, W, O, T plus group_matrix</source>
            <translation>fichier A'WOT (JSON) : groupes S, W, O, T, plus group_matrix</translation>
        </message>
        <message>
            <source>effect</source>
            <translation>effet</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Vers</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>DEMATEL, {experts} expert(s); normaliser k = {k} ({normalization}); weights: {weighting}</source>
            <translation>DEMATEL, {experts} expert(s) ; normalisateur k = {k} ({normalization}) ; poids : {weighting}</translation>
        </message>
        <message>
            <source>Impact-relation map: arcs with T &gt; {threshold} ({source})</source>
            <translation>Carte des relations d'influence : arcs avec T &gt; {threshold} ({source})</translation>
        </message>
        <message>
            <source>SWOT-AHP (A'WOT); CR of the group comparison: {cr}</source>
            <translation>SWOT-AHP (A'WOT) ; CR de la comparaison des groupes : {cr}</translation>
        </message>
        <message>
            <source>Strategies compared pairwise per factor (A'WOT); highest CR: {cr}</source>
            <translation>Stratégies comparées par paires pour chaque facteur (A'WOT) ; CR le plus élevé : {cr}</translation>
        </message>
        <message>
            <source>How much more important is '{a}' than '{b}'?</source>
            <translation>Quelle est l'importance de '{a}' par rapport à '{b}' ?</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Locale</translation>
        </message>
        <message>
            <source>Group weight</source>
            <translation>Poids du groupe</translation>
        </message>
        <message>
            <source>Global</source>
            <translation>Globale</translation>
        </message>
        <message>
            <source>Change to flip</source>
            <translation>Variation</translation>
        </message>
        <message>
            <source>New winner</source>
            <translation>Nouveau gagnant</translation>
        </message>
        <message>
            <source>Winner stays for</source>
            <translation>En tête entre</translation>
        </message>
        <message>
            <source>The criterion's share of the total weight</source>
            <translation>Part du critère dans le poids total</translation>
        </message>
        <message>
            <source>Percentage points the weight must move (the others rescaled in proportion) for another alternative to win; negative = less weight</source>
            <translation>Points de pourcentage dont le poids doit varier (les autres ajustés en proportion) pour qu'une autre alternative l'emporte ; négatif = moins de poids</translation>
        </message>
        <message>
            <source>The alternative that would win after that change</source>
            <translation>L'alternative qui l'emporterait après cette variation</translation>
        </message>
        <message>
            <source>The range of this weight within which the current winner stays first</source>
            <translation>La plage de ce poids dans laquelle l'alternative en tête le reste</translation>
        </message>
        <message>
            <source>From {old} to {new}: {winner} would win</source>
            <translation>De {old} à {new} : {winner} l'emporterait</translation>
        </message>
        <message>
            <source>Min-max (0-1)</source>
            <translation>Min-max (0–1)</translation>
        </message>
        <message>
            <source>z-score</source>
            <translation>Score z</translation>
        </message>
        <message>
            <source>Goalposts (fixed min-max)</source>
            <translation>Bornes fixes (min-max fixe)</translation>
        </message>
        <message>
            <source>Distance to reference</source>
            <translation>Distance à la référence</translation>
        </message>
        <message>
            <source>Leave the town out</source>
            <translation>Écarter la commune</translation>
        </message>
        <message>
            <source>Impute the mean</source>
            <translation>Remplacer par la moyenne</translation>
        </message>
        <message>
            <source>Impute the median</source>
            <translation>Remplacer par la médiane</translation>
        </message>
        <message>
            <source>Given weights</source>
            <translation>Poids indiqués</translation>
        </message>
        <message>
            <source>Equal</source>
            <translation>Égaux</translation>
        </message>
        <message>
            <source>Budget points</source>
            <translation>Répartition de points</translation>
        </message>
        <message>
            <source>Entropy (objective)</source>
            <translation>Entropie (objectif)</translation>
        </message>
        <message>
            <source>CRITIC (objective)</source>
            <translation>CRITIC (objectif)</translation>
        </message>
        <message>
            <source>Linear (compensatory)</source>
            <translation>Linéaire (compensatoire)</translation>
        </message>
        <message>
            <source>Geometric</source>
            <translation>Géométrique</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>relative difference</source>
            <translation>écart relatif</translation>
        </message>
        <message>
            <source>missing — this town is left out of the composite (missing data: leave out)</source>
            <translation>manquant — cette commune est écartée de l'indicateur composite (données manquantes : écarter)</translation>
        </message>
        <message>
            <source>missing — imputed by the mean of the other towns</source>
            <translation>manquant — remplacé par la moyenne des autres communes</translation>
        </message>
        <message>
            <source>missing — imputed by the median of the other towns</source>
            <translation>manquant — remplacé par la médiane des autres communes</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>Unité : {unit}</translation>
        </message>
        <message>
            <source>More is better</source>
            <translation>Plus c'est élevé, mieux c'est</translation>
        </message>
        <message>
            <source>Less is better</source>
            <translation>Plus c'est bas, mieux c'est</translation>
        </message>
        <message>
            <source>Group: {group}</source>
            <translation>Groupe : {group}</translation>
        </message>
        <message>
            <source>Goalposts: {low} – {high}</source>
            <translation>Bornes : {low} – {high}</translation>
        </message>
        <message>
            <source>no source named</source>
            <translation>aucune source nommée</translation>
        </message>
        <message>
            <source>Source: {source}, {year}</source>
            <translation>Source : {source}, {year}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values: not taken from a named source</source>
            <translation>Valeurs ILLUSTRATIVES : non tirées d'une source nommée</translation>
        </message>
        <message>
            <source>{what}: '{part}' should be indicator=value</source>
            <translation>{what} : « {part} » doit avoir la forme indicateur=valeur</translation>
        </message>
        <message>
            <source>{what}: '{key}' is not an indicator id ({ids})</source>
            <translation>{what} : « {key} » n'est pas un identifiant d'indicateur ({ids})</translation>
        </message>
        <message>
            <source>{what} '{key}': no value</source>
            <translation>{what} « {key} » : aucune valeur</translation>
        </message>
        <message>
            <source>each axis: normalized value rescaled to the towns ranked (0 = worst, 1 = best)</source>
            <translation>chaque axe : valeur normalisée ramenée aux communes classées (0 = la moins bonne, 1 = la meilleure)</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a number</source>
            <translation>{where} : « {text} » n'est pas un nombre</translation>
        </message>
        <message>
            <source>{where}: '{text}' is not a finite number; leave it empty</source>
            <translation>{where} : « {text} » n'est pas un nombre fini ; laissez le champ vide</translation>
        </message>
        <message>
            <source>the clipboard holds no cells to paste</source>
            <translation>le presse-papiers ne contient aucune cellule à coller</translation>
        </message>
        <message>
            <source>row {row}, column {column} of the copied cells: {text} is not a number</source>
            <translation>ligne {row}, colonne {column} des cellules copiées : {text} n'est pas un nombre</translation>
        </message>
        <message>
            <source>the copied cells hold only labels, no values to paste</source>
            <translation>les cellules copiées ne contiennent que des libellés, aucune valeur à coller</translation>
        </message>
        <message>
            <source>a table has two dimensions, this one has {n}</source>
            <translation>un tableau a deux dimensions, celui-ci en a {n}</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Document Word (*.docx)</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Web page, self-contained (*.html)</source>
            <translation>Page web autonome (*.html)</translation>
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
            <translation>Elle suit la recommandation</translation>
        </message>
        <message>
            <source>It differs from the recommendation</source>
            <translation>Elle diffère de la recommandation</translation>
        </message>
        <message>
            <source>Decide from the text (it names the first-ranked option or not)</source>
            <translation>Déduire du texte (s'il nomme ou non l'option classée première)</translation>
        </message>
        <message>
            <source>{project} — decision memo</source>
            <translation>{project} — note de décision</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}): {text}</source>
            <translation>Erreur inattendue ({kind}) : {text}</translation>
        </message>
        <message>
            <source>currency units per year</source>
            <translation>unités monétaires par an</translation>
        </message>
        <message>
            <source>Data set: {name}</source>
            <translation>Jeu de données : {name}</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics.</source>
            <translation>Valeurs ILLUSTRATIVES, pas des statistiques.</translation>
        </message>
        <message>
            <source>index (100 = turnover equals spending potential)</source>
            <translation>indice (100 = chiffre d'affaires égal au potentiel de dépenses)</translation>
        </message>
        <message>
            <source>index (national average = 100)</source>
            <translation>indice (moyenne nationale = 100)</translation>
        </message>
        <message>
            <source>index (100 = national average)</source>
            <translation>indice (100 = moyenne nationale)</translation>
        </message>
        <message>
            <source>% (−100 to 100)</source>
            <translation>% (de −100 à 100)</translation>
        </message>
        <message>
            <source>ratio (1 = regional average)</source>
            <translation>rapport (1 = moyenne régionale)</translation>
        </message>
        <message>
            <source>m² of sales floor</source>
            <translation>m² de surface de vente</translation>
        </message>
        <message>
            <source>Retail figures</source>
            <translation>Indicateurs commerciaux</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Retail centrality (simple: turnover / spending potential × 100).</source>
            <translation>Centralité commerciale (simple : chiffre d'affaires / potentiel de dépenses × 100).</translation>
        </message>
        <message>
            <source>Retail centrality (index form: turnover index / purchasing-power index × 100, needs national per-capita values).</source>
            <translation>Centralité commerciale (forme indicielle : indice de chiffre d'affaires / indice de pouvoir d'achat × 100, nécessite des valeurs nationales par habitant).</translation>
        </message>
        <message>
            <source>Empty cell: a needed input is missing.</source>
            <translation>Cellule vide : une donnée nécessaire manque.</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Données d'entrée</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Donnée</translation>
        </message>
        <message>
            <source>Product groups take population and purchasing-power index from the town.</source>
            <translation>Les groupes de produits reprennent la population et l'indice de pouvoir d'achat de la commune.</translation>
        </message>
        <message>
            <source>Huff model: P = A^γ d^−λ / Σ A^γ d^−λ with γ = {gamma} and λ = {lam}; turnover = Σ zone spending × P; market share = turnover / total spending.</source>
            <translation>Modèle de Huff : P = A^γ d^−λ / Σ A^γ d^−λ avec γ = {gamma} et λ = {lam} ; chiffre d'affaires = Σ dépenses de la zone × P ; part de marché = chiffre d'affaires / dépenses totales.</translation>
        </message>
        <message>
            <source>Turnover and share</source>
            <translation>Chiffre d'affaires et part</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Pôle commercial</translation>
        </message>
        <message>
            <source>Attractiveness (m²)</source>
            <translation>Attractivité (m²)</translation>
        </message>
        <message>
            <source>Expected turnover ({unit})</source>
            <translation>Chiffre d'affaires attendu ({unit})</translation>
        </message>
        <message>
            <source>Market share (0–1)</source>
            <translation>Part de marché (0–1)</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Probabilités</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Probability (0–1) that a zone's spending goes to each centre; rows sum to 1.</source>
            <translation>Probabilité (0–1) que les dépenses d'une zone aillent à chaque pôle ; chaque ligne somme à 1.</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <source>Hansen accessibility</source>
            <translation>Accessibilité de Hansen</translation>
        </message>
        <message>
            <source>New-store impact</source>
            <translation>Impact nouveau magasin</translation>
        </message>
        <message>
            <source>Turnover before ({unit})</source>
            <translation>Chiffre d'affaires avant ({unit})</translation>
        </message>
        <message>
            <source>Turnover after ({unit})</source>
            <translation>Chiffre d'affaires après ({unit})</translation>
        </message>
        <message>
            <source>Change (%)</source>
            <translation>Variation (%)</translation>
        </message>
        <message>
            <source>Loss ≥ threshold</source>
            <translation>Perte ≥ seuil</translation>
        </message>
        <message>
            <source>Planned new store: {name}, market share {share} (0–1).</source>
            <translation>Nouveau magasin prévu : {name}, part de marché {share} (0–1).</translation>
        </message>
        <message>
            <source>Threshold: losses of {pct} % or more are flagged.</source>
            <translation>Seuil : les pertes de {pct} % ou plus sont signalées.</translation>
        </message>
        <message>
            <source>Interaction (Σ gravity)</source>
            <translation>Interaction (Σ gravitation)</translation>
        </message>
        <message>
            <source>Functional index</source>
            <translation>Indice fonctionnel</translation>
        </message>
        <message>
            <source>Breaking points</source>
            <translation>Points de rupture</translation>
        </message>
        <message>
            <source>Town a</source>
            <translation>Commune a</translation>
        </message>
        <message>
            <source>Town b</source>
            <translation>Commune b</translation>
        </message>
        <message>
            <source>Distance a–b</source>
            <translation>Distance a–b</translation>
        </message>
        <message>
            <source>Breaking point from a</source>
            <translation>Point de rupture depuis a</translation>
        </message>
        <message>
            <source>Breaking point from b</source>
            <translation>Point de rupture depuis b</translation>
        </message>
        <message>
            <source>Distances in the unit of the distance matrix.</source>
            <translation>Distances dans l'unité de la matrice des distances.</translation>
        </message>
        <message>
            <source>Gravity</source>
            <translation>Gravitation</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Total outlets</source>
            <translation>Total des établissements</translation>
        </message>
        <message>
            <source>Location coefficient</source>
            <translation>Coefficient de localisation</translation>
        </message>
        <message>
            <source>{file}: export as .xlsx or .csv</source>
            <translation>{file} : exportez en .xlsx ou .csv</translation>
        </message>
        <message>
            <source>There is no table '{key}' to export.</source>
            <translation>Il n'y a pas de tableau « {key} » à exporter.</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Town network</source>
            <translation>Réseau des communes</translation>
        </message>
        <message>
            <source>Retail figures (*.json);;All files (*)</source>
            <translation>Données commerciales (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Zones, centres and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Zones, pôles et distances (*.xlsx *.csv *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Towns and distances (*.xlsx *.csv *.json);;All files (*)</source>
            <translation>Communes et distances (*.xlsx *.csv *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>file: expected a JSON object {...}</source>
            <translation>fichier : objet JSON {...} attendu</translation>
        </message>
        <message>
            <source>Illustrative values.</source>
            <translation>Valeurs illustratives.</translation>
        </message>
        <message>
            <source>Sources: {list}</source>
            <translation>Sources : {list}</translation>
        </message>
        <message>
            <source>{where}: is empty; type a number</source>
            <translation>{where} : est vide ; saisissez un nombre</translation>
        </message>
        <message>
            <source>{where} must be &gt;= 0 (typed {value})</source>
            <translation>{where} doit être &gt;= 0 (saisi : {value})</translation>
        </message>
        <message>
            <source>{where} must be &gt; 0 (typed {value})</source>
            <translation>{where} doit être &gt; 0 (saisi : {value})</translation>
        </message>
        <message>
            <source>inhabitants</source>
            <translation>habitants</translation>
        </message>
        <message>
            <source>Retail spending per capita</source>
            <translation>Dépenses de commerce de détail par habitant</translation>
        </message>
        <message>
            <source>currency per year</source>
            <translation>unités monétaires par an</translation>
        </message>
        <message>
            <source>Purchasing-power index</source>
            <translation>Indice de pouvoir d'achat</translation>
        </message>
        <message>
            <source>national average = 100</source>
            <translation>moyenne nationale = 100</translation>
        </message>
        <message>
            <source>Spending potential (if known directly)</source>
            <translation>Potentiel de dépenses (s'il est connu directement)</translation>
        </message>
        <message>
            <source>Retail turnover</source>
            <translation>Chiffre d'affaires du commerce de détail</translation>
        </message>
        <message>
            <source>Turnover per m² of sales floor</source>
            <translation>Chiffre d'affaires par m² de surface de vente</translation>
        </message>
        <message>
            <source>currency per m²</source>
            <translation>unités monétaires par m²</translation>
        </message>
        <message>
            <source>National turnover per capita</source>
            <translation>Chiffre d'affaires national par habitant</translation>
        </message>
        <message>
            <source>National spending per capita</source>
            <translation>Dépenses nationales par habitant</translation>
        </message>
        <message>
            <source>Regional retail sales</source>
            <translation>Ventes régionales du commerce de détail</translation>
        </message>
        <message>
            <source>Regional population</source>
            <translation>Population régionale</translation>
        </message>
        <message>
            <source>Spending potential</source>
            <translation>Potentiel de dépenses</translation>
        </message>
        <message>
            <source>population × spending p.c. × PPI / 100</source>
            <translation>population × dépenses par hab. × IPA / 100</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Chiffre d'affaires</translation>
        </message>
        <message>
            <source>as given</source>
            <translation>tel que saisi</translation>
        </message>
        <message>
            <source>Retail centrality (simple form)</source>
            <translation>Centralité commerciale (forme simple)</translation>
        </message>
        <message>
            <source>turnover / spending potential × 100</source>
            <translation>chiffre d'affaires / potentiel de dépenses × 100</translation>
        </message>
        <message>
            <source>Turnover index</source>
            <translation>Indice de chiffre d'affaires</translation>
        </message>
        <message>
            <source>turnover p.c. / national turnover p.c. × 100</source>
            <translation>chiffre d'affaires par hab. / chiffre d'affaires national par hab. × 100</translation>
        </message>
        <message>
            <source>Retail centrality (index form)</source>
            <translation>Centralité commerciale (forme indicielle)</translation>
        </message>
        <message>
            <source>turnover index / PPI × 100</source>
            <translation>indice de chiffre d'affaires / IPA × 100</translation>
        </message>
        <message>
            <source>Net flow (+ inflow, − outflow)</source>
            <translation>Flux net (+ entrant, − sortant)</translation>
        </message>
        <message>
            <source>turnover − spending potential</source>
            <translation>chiffre d'affaires − potentiel de dépenses</translation>
        </message>
        <message>
            <source>Gap (+ unmet demand)</source>
            <translation>Écart (+ demande non satisfaite)</translation>
        </message>
        <message>
            <source>spending potential − turnover</source>
            <translation>potentiel de dépenses − chiffre d'affaires</translation>
        </message>
        <message>
            <source>Leakage (+) / surplus (−) factor</source>
            <translation>Facteur d'évasion (+) / d'excédent (−)</translation>
        </message>
        <message>
            <source>(D − S) / (D + S) × 100</source>
            <translation>(D − S) / (D + S) × 100</translation>
        </message>
        <message>
            <source>Pull factor</source>
            <translation>Facteur d'attraction</translation>
        </message>
        <message>
            <source>sales p.c. / regional sales p.c.</source>
            <translation>ventes par hab. / ventes régionales par hab.</translation>
        </message>
        <message>
            <source>Supportable floor space (m²)</source>
            <translation>Surface de vente supportable (m²)</translation>
        </message>
        <message>
            <source>gap / turnover per m²</source>
            <translation>écart / chiffre d'affaires par m²</translation>
        </message>
        <message>
            <source>taken from the town</source>
            <translation>repris de la commune</translation>
        </message>
        <message>
            <source>a product group uses the town's figures</source>
            <translation>un groupe de produits utilise les valeurs de la commune</translation>
        </message>
        <message>
            <source>{where}: a product group takes it from the town</source>
            <translation>{where} : un groupe de produits le reprend de la commune</translation>
        </message>
        <message>
            <source>population and spending per capita (or the potential)</source>
            <translation>population et dépenses par habitant (ou le potentiel)</translation>
        </message>
        <message>
            <source>turnover</source>
            <translation>chiffre d'affaires</translation>
        </message>
        <message>
            <source>spending potential (population and spending per capita)</source>
            <translation>potentiel de dépenses (population et dépenses par habitant)</translation>
        </message>
        <message>
            <source>turnover per m²</source>
            <translation>chiffre d'affaires par m²</translation>
        </message>
        <message>
            <source>population</source>
            <translation>population</translation>
        </message>
        <message>
            <source>national turnover per capita</source>
            <translation>chiffre d'affaires national par habitant</translation>
        </message>
        <message>
            <source>purchasing-power index (or national spending per capita)</source>
            <translation>indice de pouvoir d'achat (ou dépenses nationales par habitant)</translation>
        </message>
        <message>
            <source>regional sales</source>
            <translation>ventes régionales</translation>
        </message>
        <message>
            <source>regional population</source>
            <translation>population régionale</translation>
        </message>
        <message>
            <source>cannot be computed from these inputs (e.g. a potential of 0)</source>
            <translation>non calculable à partir de ces données (p. ex. potentiel nul)</translation>
        </message>
        <message>
            <source>missing input: {inputs}</source>
            <translation>donnée manquante : {inputs}</translation>
        </message>
        <message>
            <source>Purchasing-power index: {note}</source>
            <translation>Indice de pouvoir d'achat : {note}</translation>
        </message>
        <message>
            <source>observed shares: type at least one share (0–1) to calibrate λ</source>
            <translation>parts observées : saisissez au moins une part (0–1) pour calibrer λ</translation>
        </message>
        <message>
            <source>retail spending of the zone's residents per year</source>
            <translation>dépenses annuelles de commerce de détail des habitants de la zone</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Dépenses</translation>
        </message>
        <message>
            <source>attractiveness, usually sales floor in m²</source>
            <translation>attractivité, en général surface de vente en m²</translation>
        </message>
        <message>
            <source>Attractiveness</source>
            <translation>Attractivité</translation>
        </message>
        <message>
            <source>{zone} → {store} (planned new store)</source>
            <translation>{zone} → {store} (nouveau magasin prévu)</translation>
        </message>
        <message>
            <source>New store (planned)</source>
            <translation>Nouveau magasin (prévu)</translation>
        </message>
        <message>
            <source>{store}: the planned new store</source>
            <translation>{store} : le nouveau magasin prévu</translation>
        </message>
        <message>
            <source>observed share of {zone}'s spending at {centre} (0–1; empty = not surveyed)</source>
            <translation>part observée des dépenses de {zone} à {centre} (0–1 ; vide = non enquêté)</translation>
        </message>
        <message>
            <source>{what} name: is empty; type a name</source>
            <translation>nom ({what}) : est vide ; saisissez un nom</translation>
        </message>
        <message>
            <source>{what} '{name}': the name appears twice</source>
            <translation>{what} « {name} » : le nom apparaît deux fois</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>zone</translation>
        </message>
        <message>
            <source>spending of {zone}</source>
            <translation>dépenses de {zone}</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>pôle commercial</translation>
        </message>
        <message>
            <source>attractiveness of {centre}</source>
            <translation>attractivité de {centre}</translation>
        </message>
        <message>
            <source>distance {a} → {b}</source>
            <translation>distance {a} → {b}</translation>
        </message>
        <message>
            <source>observed share {zone} → {centre}</source>
            <translation>part observée {zone} → {centre}</translation>
        </message>
        <message>
            <source>{where} must lie in 0–1 (typed {value})</source>
            <translation>{where} doit être compris entre 0 et 1 (saisi : {value})</translation>
        </message>
        <message>
            <source>new store</source>
            <translation>nouveau magasin</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the Huff model</source>
            <translation>« {table} » n'est pas un tableau du modèle de Huff</translation>
        </message>
        <message>
            <source>New store</source>
            <translation>Nouveau magasin</translation>
        </message>
        <message>
            <source>attractiveness of the new store</source>
            <translation>attractivité du nouveau magasin</translation>
        </message>
        <message>
            <source>λ (distance exponent)</source>
            <translation>λ (exposant de distance)</translation>
        </message>
        <message>
            <source>γ (attractiveness exponent)</source>
            <translation>γ (exposant d'attractivité)</translation>
        </message>
        <message>
            <source>β (distance exponent)</source>
            <translation>β (exposant de distance)</translation>
        </message>
        <message>
            <source>impact threshold (%)</source>
            <translation>seuil d'impact (%)</translation>
        </message>
        <message>
            <source>zones: the model needs at least one zone</source>
            <translation>zones : le modèle a besoin d'au moins une zone</translation>
        </message>
        <message>
            <source>centres: the model needs at least one centre</source>
            <translation>pôles : le modèle a besoin d'au moins un pôle commercial</translation>
        </message>
        <message>
            <source>Market share</source>
            <translation>Part de marché</translation>
        </message>
        <message>
            <source>Hansen (1959): Σ over the centres of attractiveness × {decay}</source>
            <translation>Hansen (1959) : Σ sur les pôles de l'attractivité × {decay}</translation>
        </message>
        <message>
            <source>loses {loss} (≥ {threshold})</source>
            <translation>perd {loss} (≥ {threshold})</translation>
        </message>
        <message>
            <source>{share} share</source>
            <translation>part {share}</translation>
        </message>
        <message>
            <source>market share of {store}</source>
            <translation>part de marché de {store}</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variation</translation>
        </message>
        <message>
            <source>expected turnover (millions)</source>
            <translation>chiffre d'affaires attendu (millions)</translation>
        </message>
        <message>
            <source>expected turnover</source>
            <translation>chiffre d'affaires attendu</translation>
        </message>
        <message>
            <source>town name</source>
            <translation>nom de la commune</translation>
        </message>
        <message>
            <source>a town to itself</source>
            <translation>une commune à elle-même</translation>
        </message>
        <message>
            <source>{a} ↔ {b} (both directions change together)</source>
            <translation>{a} ↔ {b} (les deux sens changent ensemble)</translation>
        </message>
        <message>
            <source>outlets of {function} in {town}</source>
            <translation>établissements {function} à {town}</translation>
        </message>
        <message>
            <source>town</source>
            <translation>commune</translation>
        </message>
        <message>
            <source>population of {town}</source>
            <translation>population de {town}</translation>
        </message>
        <message>
            <source>{where}: a town is 0 from itself</source>
            <translation>{where} : une commune est à 0 d'elle-même</translation>
        </message>
        <message>
            <source>{where} must be a whole number &gt;= 0 (typed {value})</source>
            <translation>{where} doit être un nombre entier &gt;= 0 (saisi : {value})</translation>
        </message>
        <message>
            <source>'{table}' is not a table of the town network</source>
            <translation>« {table} » n'est pas un tableau du réseau des communes</translation>
        </message>
        <message>
            <source>towns: a network needs at least two towns</source>
            <translation>communes : un réseau a besoin d'au moins deux communes</translation>
        </message>
        <message>
            <source>function</source>
            <translation>fonction</translation>
        </message>
        <message>
            <source>Converse (1949) breaking point: from a = D_ab / (1 + √(P_b / P_a))</source>
            <translation>Point de rupture de Converse (1949) : depuis a = D_ab / (1 + √(P_b / P_a))</translation>
        </message>
        <message>
            <source>Gravity interaction PᵢPⱼ / dᵢⱼ^β, β = {beta}</source>
            <translation>Interaction gravitaire PᵢPⱼ / dᵢⱼ^β, β = {beta}</translation>
        </message>
        <message>
            <source>Hansen (1959) accessibility: Σ over the other towns of population × {decay}</source>
            <translation>Accessibilité de Hansen (1959) : Σ sur les autres communes de la population × {decay}</translation>
        </message>
        <message>
            <source>Davies (1967) functional index: C = 100 / total outlets of a function; index = Σ outlets × C</source>
            <translation>Indice fonctionnel de Davies (1967) : C = 100 / total des établissements d'une fonction ; indice = Σ établissements × C</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <source>From a</source>
            <translation>Depuis a</translation>
        </message>
        <message>
            <source>From b</source>
            <translation>Depuis b</translation>
        </message>
        <message>
            <source>sum of the town's row of the gravity matrix</source>
            <translation>somme de la ligne de la commune dans la matrice gravitaire</translation>
        </message>
        <message>
            <source>no functions given</source>
            <translation>aucune fonction indiquée</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interaction</translation>
        </message>
        <message>
            <source>Σ gravity with the other towns</source>
            <translation>Σ gravitation avec les autres communes</translation>
        </message>
        <message>
            <source>location coefficient C = 100 / total outlets</source>
            <translation>coefficient de localisation C = 100 / total des établissements</translation>
        </message>
        <message>
            <source>functional index</source>
            <translation>indice fonctionnel</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>interaction</translation>
        </message>
        <message>
            <source>{file}: not a readable JSON file ({reason})</source>
            <translation>{file} : fichier JSON illisible ({reason})</translation>
        </message>
        <message>
            <source>{file}: retail figures are imported from JSON files</source>
            <translation>{file} : les données commerciales s'importent depuis des fichiers JSON</translation>
        </message>
        <message>
            <source>{file}: import reads .xlsx, .csv or .json files</source>
            <translation>{file} : l'import lit les fichiers .xlsx, .csv ou .json</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column}</source>
            <translation>{file}, ligne {row}, colonne {column}</translation>
        </message>
        <message>
            <source>{file}: has no sheet named '{sheet}' (see the documented layout)</source>
            <translation>{file} : aucune feuille nommée « {sheet} » (voir la structure documentée)</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, column {column}</source>
            <translation>feuille « {sheet} », ligne {row}, colonne {column}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>{where}: the header must start with '{first}', '{second}' and then names</source>
            <translation>{where} : l'en-tête doit commencer par « {first} », « {second} » puis les noms</translation>
        </message>
        <message>
            <source>{where}: the header cell is empty</source>
            <translation>{where} : la cellule d'en-tête est vide</translation>
        </message>
        <message>
            <source>{where}: a centre name appears twice in the header</source>
            <translation>{where} : un nom de pôle apparaît deux fois dans l'en-tête</translation>
        </message>
        <message>
            <source>{where}: the zone name is empty</source>
            <translation>{where} : le nom de la zone est vide</translation>
        </message>
        <message>
            <source>{where}: the attractiveness is empty</source>
            <translation>{where} : l'attractivité est vide</translation>
        </message>
        <message>
            <source>{where}: the spending of {zone} is empty</source>
            <translation>{where} : les dépenses de {zone} sont vides</translation>
        </message>
        <message>
            <source>{where}: distance {a} → {b} must be &gt; 0</source>
            <translation>{where} : la distance {a} → {b} doit être &gt; 0</translation>
        </message>
        <message>
            <source>no row 'attractiveness' (the centres' floor space) below the header</source>
            <translation>aucune ligne « attractiveness » (surface de vente des pôles) sous l'en-tête</translation>
        </message>
        <message>
            <source>no zone rows below the header</source>
            <translation>aucune ligne de zone sous l'en-tête</translation>
        </message>
        <message>
            <source>{where}: the town name is empty</source>
            <translation>{where} : le nom de la commune est vide</translation>
        </message>
        <message>
            <source>{where}: after 'population' the header must name the towns in the order of the rows ({towns}), then the functions</source>
            <translation>{where} : après « population », l'en-tête doit nommer les communes dans l'ordre des lignes ({towns}), puis les fonctions</translation>
        </message>
        <message>
            <source>{where}: the population of {town} is empty</source>
            <translation>{where} : la population de {town} est vide</translation>
        </message>
        <message>
            <source>{where}: outlets must be a whole number &gt;= 0</source>
            <translation>{where} : les établissements doivent être un nombre entier &gt;= 0</translation>
        </message>
        <message>
            <source>the pasted block ({rows} x {cols}) does not fit from row {row}, column {column}</source>
            <translation>le bloc collé ({rows} × {cols}) ne tient pas à partir de la ligne {row}, colonne {column}</translation>
        </message>
        <message>
            <source>Option {n}</source>
            <translation>Option {n}</translation>
        </message>
        <message>
            <source>a decision needs at least one alternative</source>
            <translation>une décision exige au moins une alternative</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nouveau groupe</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Nouveau critère</translation>
        </message>
        <message>
            <source>a decision needs at least one criterion</source>
            <translation>une décision exige au moins un critère</translation>
        </message>
        <message>
            <source>a criterion cannot be moved under itself</source>
            <translation>un critère ne peut pas être déplacé sous lui-même</translation>
        </message>
        <message>
            <source>{error}. The project was reloaded.</source>
            <translation>{error}. Le projet a été rechargé.</translation>
        </message>
        <message>
            <source>Save scenario '{name}'</source>
            <translation>Enregistrer le scénario « {name} »</translation>
        </message>
        <message>
            <source>Replace scenario '{name}'</source>
            <translation>Remplacer le scénario « {name} »</translation>
        </message>
        <message>
            <source>Delete scenario '{name}'</source>
            <translation>Supprimer le scénario « {name} »</translation>
        </message>
        <message>
            <source>Use the weights of '{name}'</source>
            <translation>Utiliser les poids de « {name} »</translation>
        </message>
        <message>
            <source>Each value divided by the length of its column: keeps the proportions between options (the textbook TOPSIS choice).</source>
            <translation>Chaque valeur divisée par la longueur de sa colonne : conserve les proportions entre les options (le choix classique pour TOPSIS).</translation>
        </message>
        <message>
            <source>The worst option on a criterion gets 0, the best gets 1, the others in between in proportion.</source>
            <translation>La pire option sur un critère obtient 0, la meilleure 1, les autres proportionnellement entre les deux.</translation>
        </message>
        <message>
            <source>Each value divided by the best value of its criterion.</source>
            <translation>Chaque valeur divisée par la meilleure valeur de son critère.</translation>
        </message>
        <message>
            <source>Each value as its share of the criterion's total (costs: the share of 1/value).</source>
            <translation>Chaque valeur en part du total du critère (coûts : la part de 1/valeur).</translation>
        </message>
        <message>
            <source>Each value divided by the best one; for costs, the best (lowest) divided by the value.</source>
            <translation>Chaque valeur divisée par la meilleure ; pour les coûts, la meilleure (la plus basse) divisée par la valeur.</translation>
        </message>
        <message>
            <source>Shares of the logarithms of the values; dampens very large differences.</source>
            <translation>Parts des logarithmes des valeurs ; atténue les très grands écarts.</translation>
        </message>
        <message>
            <source>Like 'max' but squared (costs cubed): stresses being close to the best.</source>
            <translation>Comme « maximum » mais au carré (coûts au cube) : valorise la proximité de la meilleure valeur.</translation>
        </message>
        <message>
            <source>Distance from the best value relative to all options' distances.</source>
            <translation>Distance à la meilleure valeur rapportée aux distances de toutes les options.</translation>
        </message>
        <message>
            <source>One minus the relative gap to the best value of the criterion.</source>
            <translation>Un moins l'écart relatif à la meilleure valeur du critère.</translation>
        </message>
        <message>
            <source>Raw values, no rescaling: only sensible when every criterion uses the same scale (costs count negatively).</source>
            <translation>Valeurs brutes, sans remise à l'échelle : pertinent seulement si tous les critères utilisent la même échelle (les coûts comptent négativement).</translation>
        </message>
        <message>
            <source>How columns are made comparable; vector is Hwang and Yoon's textbook form.</source>
            <translation>Comment rendre les colonnes comparables ; vectorielle est la forme classique de Hwang et Yoon.</translation>
        </message>
        <message>
            <source>Compromise ranking by group utility S and individual regret R combined into Q (smaller is better), with Opricovic's compromise set. Every criterion must vary: a constant one makes f* = f- and divides by zero.</source>
            <translation>Classement de compromis par l'utilité de groupe S et le regret individuel R combinés en Q (plus petit = meilleur), avec l'ensemble de compromis d'Opricović. Chaque critère doit varier : un critère constant donne f* = f- et une division par zéro.</translation>
        </message>
        <message>
            <source>Weight of the majority rule (S) against the individual regret (R); 0.5 = consensus.</source>
            <translation>Poids de la règle de la majorité (S) face au regret individuel (R) ; 0,5 = consensus.</translation>
        </message>
        <message>
            <source>Net outranking flow from pairwise preferences per criterion (usual, u-shape, v-shape, level or linear function with thresholds); criteria without one use the usual function.</source>
            <translation>Flux net de surclassement à partir des préférences par paires par critère (fonction usuelle, en U, en V, à paliers ou linéaire avec seuils) ; les critères sans fonction utilisent la fonction usuelle.</translation>
        </message>
        <message>
            <source>How columns are made comparable before summing (none: raw values, one scale).</source>
            <translation>Comment rendre les colonnes comparables avant la somme (aucune : valeurs brutes, une seule échelle).</translation>
        </message>
        <message>
            <source>sum (as pymcdm), linear (x/max, min/x) or none (raw ratios; same ranking).</source>
            <translation>somme (comme pymcdm), linéaire (x/max, min/x) ou aucune (rapports bruts ; même classement).</translation>
        </message>
        <message>
            <source>Analytic Hierarchy Process: criteria weights times the alternatives' local priorities, synthesized in distributive or ideal mode.</source>
            <translation>Processus de hiérarchie analytique : poids des critères multipliés par les priorités locales des alternatives, synthétisés en mode distributif ou idéal.</translation>
        </message>
        <message>
            <source>Distributive: local priorities sum to 1 per criterion; ideal: divided by the best alternative's, so adding a copy of a weak alternative cannot reverse ranks.</source>
            <translation>Distributif : les priorités locales totalisent 1 par critère ; idéal : divisées par celle de la meilleure alternative, de sorte qu'ajouter la copie d'une alternative faible ne peut pas inverser les rangs.</translation>
        </message>
        <message>
            <source>How priorities are derived from a pairwise matrix: principal eigenvector (Saaty) or row geometric mean.</source>
            <translation>Comment les priorités sont tirées d'une matrice de comparaison par paires : vecteur propre principal (Saaty) ou moyenne géométrique des lignes.</translation>
        </message>
        <message>
            <source>Weighted sums of benefit and cost criteria in proportion (utility degree).</source>
            <translation>Sommes pondérées des critères de bénéfice et de coût en proportion (degré d'utilité).</translation>
        </message>
        <message>
            <source>Ratio of each alternative's weighted sum to the ideal's.</source>
            <translation>Rapport entre la somme pondérée de chaque alternative et celle de l'idéal.</translation>
        </message>
        <message>
            <source>Combined compromise of sum and product aggregations.</source>
            <translation>Compromis combiné des agrégations par somme et par produit.</translation>
        </message>
        <message>
            <source>Share of the weighted sum in the combined score.</source>
            <translation>Part de la somme pondérée dans le score combiné.</translation>
        </message>
        <message>
            <source>Euclidean and taxicab distances from the negative ideal.</source>
            <translation>Distances euclidienne et de Manhattan à l'idéal négatif.</translation>
        </message>
        <message>
            <source>Positive and negative distances from the average solution.</source>
            <translation>Distances positives et négatives à la solution moyenne.</translation>
        </message>
        <message>
            <source>Distance from the border approximation area.</source>
            <translation>Distance à la zone d'approximation frontière.</translation>
        </message>
        <message>
            <source>Gap between theoretical and real ratings (smaller is better).</source>
            <translation>Écart entre évaluations théoriques et réelles (plus petit = meilleur).</translation>
        </message>
        <message>
            <source>Utility relative to ideal and anti-ideal solutions.</source>
            <translation>Utilité par rapport aux solutions idéale et anti-idéale.</translation>
        </message>
        <message>
            <source>Ratio system: weighted benefits minus weighted costs.</source>
            <translation>Système de ratios : bénéfices pondérés moins coûts pondérés.</translation>
        </message>
        <message>
            <source>Operational competitiveness rating.</source>
            <translation>Évaluation de la compétitivité opérationnelle.</translation>
        </message>
        <message>
            <source>Distances to ideal and average solutions.</source>
            <translation>Distances aux solutions idéales et moyennes.</translation>
        </message>
        <message>
            <source>Root assessment of normalized benefit and cost sums.</source>
            <translation>Évaluation par racine des sommes normalisées de bénéfices et de coûts.</translation>
        </message>
        <message>
            <source>Weighted sum and weighted product combined.</source>
            <translation>Somme pondérée et produit pondéré combinés.</translation>
        </message>
        <message>
            <source>Distance to the ideal point within the data bounds (smaller is better).</source>
            <translation>Distance au point idéal dans les bornes des données (plus petite = meilleure).</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>Aucun projet n'est ouvert.</translation>
        </message>
        <message>
            <source>The ranking could not be computed ({error}).</source>
            <translation>Le classement n'a pas pu être calculé ({error}).</translation>
        </message>
        <message>
            <source>No ranking yet: the value of “{criterion}” for “{alternative}” is missing. Fill it in on the Problem page.</source>
            <translation>Pas encore de classement : la valeur de « {criterion} » pour « {alternative} » manque. Saisissez-la sur la page Problème.</translation>
        </message>
        <message>
            <source>No ranking yet: the criterion “{criterion}” has no weight. Give it one on the Weights page.</source>
            <translation>Pas encore de classement : le critère « {criterion} » n'a pas de poids. Attribuez-lui-en un sur la page Poids.</translation>
        </message>
        <message>
            <source>No ranking: {reason} (at {where})</source>
            <translation>Pas de classement : {reason} (pour {where})</translation>
        </message>
        <message>
            <source>No ranking: {reason}</source>
            <translation>Pas de classement : {reason}</translation>
        </message>
        <message>
            <source>a scenario needs a name</source>
            <translation>un scénario doit avoir un nom</translation>
        </message>
        <message>
            <source>'{name}' is reserved for the project's own weights</source>
            <translation>« {name} » est réservé aux poids propres du projet</translation>
        </message>
        <message>
            <source>the project has no weights yet; set them on the Weights page first</source>
            <translation>le projet n'a pas encore de poids ; définissez-les d'abord sur la page Poids</translation>
        </message>
        <message>
            <source>— none in 0–100 %</source>
            <translation>— aucun dans 0–100 %</translation>
        </message>
        <message>
            <source>No weight of this criterion between 0 and 100 % changes the winner</source>
            <translation>Aucun poids de ce critère entre 0 et 100 % ne change l'alternative en tête</translation>
        </message>
        <message>
            <source>Results are for the previous weights — Run again.</source>
            <translation>Résultats valables pour les poids précédents — relancez.</translation>
        </message>
        <message>
            <source>Any weights (uniform)</source>
            <translation>Poids quelconques (uniforme)</translation>
        </message>
        <message>
            <source>Every weighting equally likely: no preference at all</source>
            <translation>Toutes les pondérations également probables : aucune préférence</translation>
        </message>
        <message>
            <source>Around the current weights</source>
            <translation>Autour des poids actuels</translation>
        </message>
        <message>
            <source>Weightings scattered around the current weights; a higher concentration keeps them closer</source>
            <translation>Pondérations dispersées autour des poids actuels ; une concentration plus élevée les garde plus proches</translation>
        </message>
        <message>
            <source>As spread as the participants</source>
            <translation>Dispersion des participants</translation>
        </message>
        <message>
            <source>Weightings spread like the participants' own AHP weights</source>
            <translation>Pondérations dispersées comme les propres poids AHP des participants</translation>
        </message>
        <message>
            <source>WS coefficient</source>
            <translation>Coefficient WS</translation>
        </message>
        <message>
            <source>{change} pp</source>
            <translation>{change} pt</translation>
        </message>
        <message>
            <source>At {weight}: {ahead} overtakes {behind}</source>
            <translation>À {weight} : {ahead} dépasse {behind}</translation>
        </message>
        <message>
            <source>Rank (1 = best)</source>
            <translation>Rang (1 = meilleur)</translation>
        </message>
        <message>
            <source>Score (higher is better)</source>
            <translation>Score (plus élevé = meilleur)</translation>
        </message>
        <message>
            <source>Score (lower is better)</source>
            <translation>Score (plus bas = meilleur)</translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives (current ranking) are drawn.</source>
            <translation>Les {shown} meilleures alternatives sur {total} (classement actuel) sont tracées.</translation>
        </message>
        <message>
            <source>No ranking: </source>
            <translation>Pas de classement : </translation>
        </message>
        <message>
            <source>Not run: </source>
            <translation>Non lancé : </translation>
        </message>
        <message>
            <source>The best {shown} of {total} alternatives and ranks 1–{ranks} are shown.</source>
            <translation>Les {shown} meilleures alternatives sur {total} et les rangs 1–{ranks} sont affichés.</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings; {other} did more often ({other_share}).</source>
            <translation>{winner} est en tête dans {share} de {samples} pondérations ; {other} plus souvent ({other_share}).</translation>
        </message>
        <message>
            <source>{winner} ranked first in {share} of {samples} weightings.</source>
            <translation>{winner} est en tête dans {share} de {samples} pondérations.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <source>{file} is not a JSON file (line {line}: {reason}).</source>
            <translation>{file} n'est pas un fichier JSON (ligne {line} : {reason}).</translation>
        </message>
        <message>
            <source>{file} is not a valid {what} file: {reason}</source>
            <translation>{file} n'est pas un fichier {what} valide : {reason}</translation>
        </message>
        <message>
            <source>D, R and weights</source>
            <translation>D, R et poids</translation>
        </message>
        <message>
            <source>Total relation T</source>
            <translation>Relation totale T</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <source>Strategies</source>
            <translation>Stratégies</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <source>Pairwise priority</source>
            <translation>Priorité par comparaison par paires</translation>
        </message>
        <message>
            <source>no influence</source>
            <translation>aucune influence</translation>
        </message>
        <message>
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>high</source>
            <translation>forte</translation>
        </message>
        <message>
            <source>very high</source>
            <translation>très forte</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Forces</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Faiblesses</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Opportunités</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Menaces</translation>
        </message>
        <message>
            <source>Largest row or column sum</source>
            <translation>Plus grande somme de ligne ou de colonne</translation>
        </message>
        <message>
            <source>Largest row sum</source>
            <translation>Plus grande somme de ligne</translation>
        </message>
        <message>
            <source>D+R (prominence)</source>
            <translation>D+R (importance)</translation>
        </message>
        <message>
            <source>Type a name.</source>
            <translation>Saisissez un nom.</translation>
        </message>
        <message>
            <source>The name '{name}' is already used here.</source>
            <translation>Le nom '{name}' est déjà utilisé ici.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is not a number.</source>
            <translation>Influence de '{a}' sur '{b}' : {value} n'est pas un nombre.</translation>
        </message>
        <message>
            <source>'{a}' cannot influence itself: the diagonal of the matrix stays 0.</source>
            <translation>'{a}' ne peut pas s'influencer lui-même : la diagonale de la matrice reste à 0.</translation>
        </message>
        <message>
            <source>Influence of '{a}' on '{b}': {value} is outside the scale {lo}..{hi} (0 none, 1 low, 2 medium, 3 high, 4 very high).</source>
            <translation>Influence de '{a}' sur '{b}' : {value} est hors de l'échelle {lo}..{hi} (0 aucune, 1 faible, 2 moyenne, 3 forte, 4 très forte).</translation>
        </message>
        <message>
            <source>DEMATEL needs at least one expert's matrix.</source>
            <translation>DEMATEL a besoin de la matrice d'au moins un expert.</translation>
        </message>
        <message>
            <source>DEMATEL needs at least 2 factors.</source>
            <translation>DEMATEL a besoin d'au moins 2 facteurs.</translation>
        </message>
        <message>
            <source>Factor {n}</source>
            <translation>Facteur {n}</translation>
        </message>
        <message>
            <source>Expert {n}</source>
            <translation>Expert {n}</translation>
        </message>
        <message>
            <source>'{text}' is not an influence: type 0..4.</source>
            <translation>'{text}' n'est pas une influence : saisissez 0..4.</translation>
        </message>
        <message>
            <source>Participant {n}</source>
            <translation>Participant {n}</translation>
        </message>
        <message>
            <source>'{item}' compared with itself is always 1</source>
            <translation>'{item}' comparé à lui-même vaut toujours 1</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is not a positive ratio</source>
            <translation>'{a}' par rapport à '{b}' : {value} n'est pas un rapport positif</translation>
        </message>
        <message>
            <source>'{a}' over '{b}': {value} is outside Saaty's scale 1/9..9</source>
            <translation>'{a}' par rapport à '{b}' : {value} est hors de l'échelle de Saaty 1/9..9</translation>
        </message>
        <message>
            <source>A'WOT needs at least one participant's judgments</source>
            <translation>A'WOT a besoin des jugements d'au moins un participant</translation>
        </message>
        <message>
            <source>{group} need at least one factor</source>
            <translation>{group} : il faut au moins un facteur</translation>
        </message>
        <message>
            <source>score of '{strategy}' on '{factor}' is not a number</source>
            <translation>la note de '{strategy}' pour '{factor}' n'est pas un nombre</translation>
        </message>
        <message>
            <source>Strength {n}</source>
            <translation>Force {n}</translation>
        </message>
        <message>
            <source>Weakness {n}</source>
            <translation>Faiblesse {n}</translation>
        </message>
        <message>
            <source>Opportunity {n}</source>
            <translation>Opportunité {n}</translation>
        </message>
        <message>
            <source>Threat {n}</source>
            <translation>Menace {n}</translation>
        </message>
        <message>
            <source>Between the groups S, W, O, T</source>
            <translation>Entre les groupes S, W, O, T</translation>
        </message>
        <message>
            <source>Strategies with respect to '{factor}'</source>
            <translation>Stratégies par rapport à '{factor}'</translation>
        </message>
        <message>
            <source>Within {group}</source>
            <translation>Au sein de : {group}</translation>
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
            <translation>CR {cr} (au-dessus de 0,10 : à revoir)</translation>
        </message>
        <message>
            <source>'{text}' is not a ratio: type e.g. 3 or 1/3.</source>
            <translation>'{text}' n'est pas un rapport : saisissez p. ex. 3 ou 1/3.</translation>
        </message>
        <message>
            <source>Type a ratio, e.g. 3 or 1/3.</source>
            <translation>Saisissez un rapport, p. ex. 3 ou 1/3.</translation>
        </message>
        <message>
            <source>Group (geometric mean of all participants, AIJ)</source>
            <translation>Groupe (moyenne géométrique de tous les participants, AIJ)</translation>
        </message>
        <message>
            <source>{a} is equally important as {b}</source>
            <translation>{a} a la même importance que {b}</translation>
        </message>
        <message>
            <source>{a} is equally to moderately more important than {b}</source>
            <translation>{a} a une importance égale à modérément supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>{a} is moderately more important than {b}</source>
            <translation>{a} a une importance modérément supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>{a} is moderately to strongly more important than {b}</source>
            <translation>{a} a une importance modérément à fortement supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>{a} is strongly more important than {b}</source>
            <translation>{a} a une importance fortement supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>{a} is strongly to very strongly more important than {b}</source>
            <translation>{a} a une importance fortement à très fortement supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>{a} is very strongly more important than {b}</source>
            <translation>{a} a une importance très fortement supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>{a} is very strongly to extremely more important than {b}</source>
            <translation>{a} a une importance très fortement à extrêmement supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>{a} is extremely more important than {b}</source>
            <translation>{a} a une importance extrêmement supérieure à celle de {b}</translation>
        </message>
        <message>
            <source>Which is more important, {a} or {b}, and how much more?</source>
            <translation>Qu'est-ce qui compte le plus, {a} ou {b}, et de combien ?</translation>
        </message>
        <message>
            <source>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; acceptable up to {threshold})</source>
            <translation>λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table} ; acceptable jusqu'à {threshold})</translation>
        </message>
        <message>
            <source>{n} unanswered pair(s) completed by {method}</source>
            <translation>{n} paire(s) sans réponse complétée(s) selon {method}</translation>
        </message>
        <message>
            <source>A group needs two criteria to compare.</source>
            <translation>Un groupe doit compter deux critères à comparer.</translation>
        </message>
        <message>
            <source>No criteria to compare.</source>
            <translation>Aucun critère à comparer.</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>Pas encore de réponses.</translation>
        </message>
        <message>
            <source>Not enough answers yet: {apart} not compared, directly or through other criteria, with {rest}. Answer a question linking them.</source>
            <translation>Pas encore assez de réponses : {apart} n'est pas comparé, directement ou via d'autres critères, avec {rest}. Répondez à une question qui les relie.</translation>
        </message>
        <message>
            <source>Entropy</source>
            <translation>Entropie</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Écart type</translation>
        </message>
        <message>
            <source>Equal weights</source>
            <translation>Poids égaux</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>le niveau supérieur</translation>
        </message>
        <message>
            <source>group '{group}'</source>
            <translation>le groupe « {group} »</translation>
        </message>
        <message>
            <source>Objective weights need data, but {where} holds the group '{group}'; weight a group whose criteria are all data columns</source>
            <translation>Les poids objectifs exigent des données, mais {where} contient le groupe « {group} » ; pondérez un groupe dont tous les critères sont des colonnes de données</translation>
        </message>
        <message>
            <source>Objective weights need complete data: '{alternative}' has no value for '{criterion}' ({n} value(s) missing in {where})</source>
            <translation>Les poids objectifs exigent des données complètes : « {alternative} » n'a pas de valeur pour « {criterion} » ({n} valeur(s) manquante(s) dans {where})</translation>
        </message>
        <message>
            <source>composite score</source>
            <translation>score composite</translation>
        </message>
        <message>
            <source>rank (1 = best)</source>
            <translation>rang (1 = meilleur)</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen, ◆ median rank and bar 5–95 % of the ranks over the Monte Carlo runs.</source>
            <translation>À droite : ● rang avec les paramètres choisis, ◆ rang médian et barre 5–95 % des rangs sur les tirages Monte Carlo.</translation>
        </message>
        <message>
            <source>Right: ● rank with the settings chosen. Run uncertainty to see each town's median rank and 5–95 % band.</source>
            <translation>À droite : ● rang avec les paramètres choisis. Lancez l'analyse d'incertitude pour voir le rang médian et la bande 5–95 % de chaque commune.</translation>
        </message>
        <message>
            <source>Choose a town to compare</source>
            <translation>Choisissez une commune à comparer</translation>
        </message>
        <message>
            <source>outer ring = best town, centre = worst</source>
            <translation>anneau extérieur = meilleure commune, centre = la moins bonne</translation>
        </message>
        <message>
            <source>{town} is strongest on</source>
            <translation>{town} est le plus fort sur</translation>
        </message>
        <message>
            <source>weakest (vs {against}) on</source>
            <translation>le plus faible (comparaison : {against}) sur</translation>
        </message>
        <message>
            <source>Benchmarking data (*.json *.xlsx *.csv);;All files (*)</source>
            <translation>Données d'analyse comparative (*.json *.xlsx *.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Word document (*.docx);;HTML page (*.html)</source>
            <translation>PDF (*.pdf);;Document Word (*.docx);;Page HTML (*.html)</translation>
        </message>
        <message>
            <source>missing values imputed by the mean: {count}</source>
            <translation>valeurs manquantes remplacées par la moyenne : {count}</translation>
        </message>
        <message>
            <source>missing values imputed by the median: {count}</source>
            <translation>valeurs manquantes remplacées par la médiane : {count}</translation>
        </message>
        <message>
            <source>benchmarking</source>
            <translation>d'analyse comparative</translation>
        </message>
        <message>
            <source>New benchmark</source>
            <translation>Nouvelle analyse comparative</translation>
        </message>
        <message>
            <source>Table (Excel or CSV)…</source>
            <translation>Tableau (Excel ou CSV)…</translation>
        </message>
        <message>
            <source>Chart of the tab shown (PNG)…</source>
            <translation>Graphique de l'onglet affiché (PNG)…</translation>
        </message>
        <message>
            <source>Benchmarking report…</source>
            <translation>Rapport d'analyse comparative…</translation>
        </message>
        <message>
            <source>The data set, method, ranking (with its uncertainty when run) and the town of the peers tab against its peers, as PDF, Word or HTML, in the interface language</source>
            <translation>Le jeu de données, la méthode, le classement (avec son incertitude si elle a été calculée) et la commune de l'onglet de comparaison face aux communes comparables, en PDF, Word ou HTML, dans la langue de l'interface</translation>
        </message>
        <message>
            <source>Run uncertainty</source>
            <translation>Calculer l'incertitude</translation>
        </message>
        <message>
            <source> runs</source>
            <translation> tirages</translation>
        </message>
        <message>
            <source>Number of Monte Carlo runs</source>
            <translation>Nombre de tirages Monte Carlo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Town vs peers</source>
            <translation>Commune et communes comparables</translation>
        </message>
        <message>
            <source>Import benchmarking data</source>
            <translation>Importer des données d'analyse comparative</translation>
        </message>
        <message>
            <source>edit {unit} / {indicator}</source>
            <translation>modification {unit} / {indicator}</translation>
        </message>
        <message>
            <source>change {settings}</source>
            <translation>modification des paramètres ({settings})</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs over {normalizations} x {aggregations} and weights, seed {seed}.</source>
            <translation>Incertitude : {runs} tirages sur {normalizations} × {aggregations} et les poids, graine {seed}.</translation>
        </message>
        <message>
            <source>peers</source>
            <translation>communes comparables</translation>
        </message>
        <message>
            <source>all others</source>
            <translation>toutes les autres</translation>
        </message>
        <message>
            <source>Compared with the mean of the peers.</source>
            <translation>Comparaison avec la moyenne des communes comparables.</translation>
        </message>
        <message>
            <source>Compared with the mean of all other towns.</source>
            <translation>Comparaison avec la moyenne de toutes les autres communes.</translation>
        </message>
        <message>
            <source>Radar: {note}.</source>
            <translation>Radar : {note}.</translation>
        </message>
        <message>
            <source>Uncertainty run cancelled.</source>
            <translation>Calcul d'incertitude annulé.</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Exporter le tableau</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Exporter le graphique</translation>
        </message>
        <message>
            <source>{path}: could not write the PNG</source>
            <translation>{path} : impossible d'écrire le fichier PNG</translation>
        </message>
        <message>
            <source>Export the benchmarking report</source>
            <translation>Exporter le rapport d'analyse comparative</translation>
        </message>
        <message>
            <source>left out for missing values: {towns}</source>
            <translation>écartées pour valeurs manquantes : {towns}</translation>
        </message>
        <message>
            <source>scores shifted above 0 for the geometric mean</source>
            <translation>scores décalés au-dessus de 0 pour la moyenne géométrique</translation>
        </message>
        <message>
            <source>uncertainty: {runs} Monte Carlo runs</source>
            <translation>incertitude : {runs} tirages Monte Carlo</translation>
        </message>
        <message>
            <source>Hover for the conventions.</source>
            <translation>Survolez pour voir les conventions.</translation>
        </message>
        <message>
            <source>Peers (tick)</source>
            <translation>Communes comparables (cochez)</translation>
        </message>
        <message>
            <source>Composite settings</source>
            <translation>Paramètres de l'indicateur composite</translation>
        </message>
        <message>
            <source>target per indicator: vacancy=5; footfall=1500</source>
            <translation>cible par indicateur : vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>sample SD</source>
            <translation>écart-type de l'échantillon</translation>
        </message>
        <message>
            <source>population SD</source>
            <translation>écart-type de la population</translation>
        </message>
        <message>
            <source>points: vacancy=30; footfall=20 (others: their weight)</source>
            <translation>points : vacancy=30; footfall=20 (autres : leur poids)</translation>
        </message>
        <message>
            <source>Missing values</source>
            <translation>Valeurs manquantes</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Distance as</source>
            <translation>Distance en</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Cibles</translation>
        </message>
        <message>
            <source>z-score with</source>
            <translation>Score z avec</translation>
        </message>
        <message>
            <source>Weighting</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Agrégation</translation>
        </message>
        <message>
            <source>Within groups</source>
            <translation>Dans les groupes</translation>
        </message>
        <message>
            <source>Given target values</source>
            <translation>Valeurs cibles indiquées</translation>
        </message>
        <message>
            <source>Type a target value for every indicator, e.g. vacancy=5; footfall=1500</source>
            <translation>Saisissez une valeur cible pour chaque indicateur, p. ex. vacancy=5; footfall=1500</translation>
        </message>
        <message>
            <source>target values</source>
            <translation>valeurs cibles</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>missing value (the value used when imputed)</source>
            <translation>valeur manquante (la valeur utilisée si elle est imputée)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>illustrative indicator (not from a named source)</source>
            <translation>indicateur à données illustratives (pas d'une source nommée)</translation>
        </message>
        <message>
            <source>bold</source>
            <translation>gras</translation>
        </message>
        <message>
            <source>value with a named source. Hover a header for unit, source and year.</source>
            <translation>valeur avec source nommée. Survolez un en-tête pour l'unité, la source et l'année.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Valeur par défaut du système</translation>
        </message>
        <message>
            <source>The interface language changes the next time InnoCite starts.</source>
            <translation>La langue de l'interface change au prochain démarrage d'InnoCite.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Langue de l'interface :</translation>
        </message>
        <message>
            <source>The new language applies the next time InnoCite starts. Restart now? Your work is saved.</source>
            <translation>La nouvelle langue s'applique au prochain démarrage d'InnoCite. Redémarrer maintenant ? Votre travail est enregistré.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Redémarrer maintenant</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Plus &amp;tard</translation>
        </message>
        <message>
            <source>Project files (*.json *.xlsx *.csv *.xml *.xmcda);;All files (*)</source>
            <translation>Fichiers de projet (*.json *.xlsx *.csv *.xml *.xmcda);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;JSON project file (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</source>
            <translation>Classeur Excel (*.xlsx);;Fichier de projet JSON (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>Analyse comparative</translation>
        </message>
        <message>
            <source>Success factors</source>
            <translation>Facteurs de succès</translation>
        </message>
        <message>
            <source>Retail planning</source>
            <translation>Urbanisme commercial</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Aucune base de données n'est ouverte.</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nouveau projet…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
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
            <source>&amp;Duplicate project…</source>
            <translation>&amp;Dupliquer le projet…</translation>
        </message>
        <message>
            <source>&amp;Rename project…</source>
            <translation>&amp;Renommer le projet…</translation>
        </message>
        <message>
            <source>De&amp;lete project…</source>
            <translation>&amp;Supprimer le projet…</translation>
        </message>
        <message>
            <source>&amp;Find project</source>
            <translation>Rec&amp;hercher un projet</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>À &amp;propos de {app}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un projet &amp;récent</translation>
        </message>
        <message>
            <source>Projects &amp;database…</source>
            <translation>&amp;Base de données des projets…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Projet</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Langue…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Pa&amp;ramètres</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Sauvegarde enregistrée dans {path}</translation>
        </message>
        <message>
            <source>Projects database</source>
            <translation>Base de données des projets</translation>
        </message>
        <message>
            <source>SQLite file or PostgreSQL URL (empty: your own database).
Takes effect the next time InnoCite starts.</source>
            <translation>Fichier SQLite ou URL PostgreSQL (vide : votre propre base de données).
Prend effet au prochain démarrage d'InnoCite.</translation>
        </message>
        <message>
            <source>The database setting takes effect on the next start</source>
            <translation>Le réglage de la base de données prend effet au prochain démarrage</translation>
        </message>
        <message>
            <source>Saved (version {version})</source>
            <translation>Enregistré (version {version})</translation>
        </message>
        <message>
            <source>Opened '{name}'</source>
            <translation>« {name} » ouvert</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(aucun pour l'instant)</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Annuler : {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rétablir : {action}</translation>
        </message>
        <message>
            <source>Import a project</source>
            <translation>Importer un projet</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importation de {file}…</translation>
        </message>
        <message>
            <source>Imported {file}</source>
            <translation>{file} importé</translation>
        </message>
        <message>
            <source>project</source>
            <translation>projet</translation>
        </message>
        <message>
            <source>Export the project</source>
            <translation>Exporter le projet</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exporté vers {path}</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Base de données : {location}</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>{app} version {version}</source>
            <translation>{app} version {version}</translation>
        </message>
        <message>
            <source>Multi-criteria decision support for people who develop small and medium-sized towns.</source>
            <translation>Aide à la décision multicritère pour celles et ceux qui développent les petites et moyennes communes.</translation>
        </message>
        <message>
            <source>The method chosen on the Results page</source>
            <translation>La méthode choisie sur la page Résultats</translation>
        </message>
        <message>
            <source>What was decided (it may differ from the recommendation; the memo then says so)</source>
            <translation>Ce qui a été décidé (cela peut différer de la recommandation ; la note le dit alors)</translation>
        </message>
        <message>
            <source>Why: the reasons the council or board should read</source>
            <translation>Pourquoi : les raisons que le conseil ou le bureau doit lire</translation>
        </message>
        <message>
            <source>When the decision differs from the recommendation, the memo says so plainly</source>
            <translation>Si la décision diffère de la recommandation, la note le dit clairement</translation>
        </message>
        <message>
            <source>The language the memo is written in (the interface language by default)</source>
            <translation>La langue dans laquelle la note est rédigée (par défaut, celle de l'interface)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Memo language</source>
            <translation>Langue de la note</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
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
            <translation>Notes exportées auparavant, chacune avec les données dont elle est issue</translation>
        </message>
        <message>
            <source>Export again…</source>
            <translation>Exporter à nouveau…</translation>
        </message>
        <message>
            <source>Write the selected memo again exactly as it was, even if the project changed since</source>
            <translation>Réécrire la note sélectionnée exactement telle qu'elle était, même si le projet a changé depuis</translation>
        </message>
        <message>
            <source>Earlier memos</source>
            <translation>Notes précédentes</translation>
        </message>
        <message>
            <source>Could not list earlier memos: {reason}</source>
            <translation>Impossible de lister les notes précédentes : {reason}</translation>
        </message>
        <message>
            <source>updating…</source>
            <translation>mise à jour…</translation>
        </message>
        <message>
            <source>The memo could not be made: {reason}</source>
            <translation>La note n'a pas pu être produite : {reason}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Export memo</source>
            <translation>Exporter la note de décision</translation>
        </message>
        <message>
            <source>Preparing the memo…</source>
            <translation>Préparation de la note…</translation>
        </message>
        <message>
            <source>Not exported: {reason}</source>
            <translation>Non exporté : {reason}</translation>
        </message>
        <message>
            <source>Wrote {path} (stored as memo #{id}).</source>
            <translation>{path} écrit (enregistré comme note n° {id}).</translation>
        </message>
        <message>
            <source>Export memo again</source>
            <translation>Exporter à nouveau la note de décision</translation>
        </message>
        <message>
            <source>Wrote {path} from the memo of {when}.</source>
            <translation>{path} écrit à partir de la note du {when}.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Prioritization</source>
            <translation>Calcul des priorités</translation>
        </message>
        <message>
            <source>vector</source>
            <translation>vectorielle</translation>
        </message>
        <message>
            <source>min-max</source>
            <translation>min-max</translation>
        </message>
        <message>
            <source>max</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>somme</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>linéaire</translation>
        </message>
        <message>
            <source>logarithmic</source>
            <translation>logarithmique</translation>
        </message>
        <message>
            <source>nonlinear</source>
            <translation>non linéaire</translation>
        </message>
        <message>
            <source>enhanced accuracy</source>
            <translation>précision améliorée</translation>
        </message>
        <message>
            <source>Zavadskas-Turskis</source>
            <translation>Zavadskas-Turskis</translation>
        </message>
        <message>
            <source>none (raw values)</source>
            <translation>aucune (valeurs brutes)</translation>
        </message>
        <message>
            <source>distributive</source>
            <translation>distributif</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>idéal</translation>
        </message>
        <message>
            <source>eigenvector</source>
            <translation>vecteur propre</translation>
        </message>
        <message>
            <source>geometric mean</source>
            <translation>moyenne géométrique</translation>
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
            <source>{description} (default: {default})</source>
            <translation>{description} (par défaut : {default})</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Jobs created</source>
            <translation>Emplois créés</translation>
        </message>
        <message>
            <source>FTE</source>
            <translation>ETP</translation>
        </message>
        <message>
            <source>Search projects</source>
            <translation>Rechercher des projets</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projets</translation>
        </message>
        <message>
            <source>New decision {n}</source>
            <translation>Nouvelle décision {n}</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <source>Name of the decision:</source>
            <translation>Nom de la décision :</translation>
        </message>
        <message>
            <source>Duplicate project</source>
            <translation>Dupliquer le projet</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Nom de la copie :</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copie)</translation>
        </message>
        <message>
            <source>Rename project</source>
            <translation>Renommer le projet</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Renamed '{old}' to '{new}'</source>
            <translation>« {old} » renommé en « {new} »</translation>
        </message>
        <message>
            <source>Delete project</source>
            <translation>Supprimer le projet</translation>
        </message>
        <message>
            <source>Delete the project '{name}' with all its data, judgments and scenarios?

The automatic backups keep a copy of it for a while.</source>
            <translation>Supprimer le projet « {name} » avec toutes ses données, ses jugements et ses scénarios ?

Les sauvegardes automatiques en conservent une copie pendant un certain temps.</translation>
        </message>
        <message>
            <source>Deleted '{name}'</source>
            <translation>« {name} » supprimé</translation>
        </message>
        <message>
            <source>{file}: could not write the SVG</source>
            <translation>{file} : impossible d'écrire le fichier SVG</translation>
        </message>
        <message>
            <source>{file}: could not write the PNG</source>
            <translation>{file} : impossible d'écrire le fichier PNG</translation>
        </message>
        <message>
            <source>Node size: {size_by}; line width: gravity interaction PᵢPⱼ/dᵢⱼ^β relative to the strongest pair. Positions are schematic (no map).</source>
            <translation>Taille des nœuds : {size_by} ; épaisseur des traits : interaction gravitaire PᵢPⱼ/dᵢⱼ^β rapportée à la paire la plus forte. Les positions sont schématiques (pas une carte).</translation>
        </message>
        <message>
            <source>γ: exponent of attractiveness (1 = proportional)</source>
            <translation>γ : exposant de l'attractivité (1 = proportionnel)</translation>
        </message>
        <message>
            <source>λ: distance-decay exponent (2 = Huff's classic value)</source>
            <translation>λ : exposant de décroissance avec la distance (2 = valeur classique de Huff)</translation>
        </message>
        <message>
            <source>Calibrate λ</source>
            <translation>Calibrer λ</translation>
        </message>
        <message>
            <source>Least-squares λ from the observed shares (tab 'Observed shares')</source>
            <translation>λ par moindres carrés à partir des parts observées (onglet « Parts observées »)</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Ajouter une zone</translation>
        </message>
        <message>
            <source>add a zone</source>
            <translation>ajouter une zone</translation>
        </message>
        <message>
            <source>Remove zone</source>
            <translation>Supprimer la zone</translation>
        </message>
        <message>
            <source>Add centre</source>
            <translation>Ajouter un pôle</translation>
        </message>
        <message>
            <source>add a centre</source>
            <translation>ajouter un pôle</translation>
        </message>
        <message>
            <source>Remove centre</source>
            <translation>Supprimer le pôle</translation>
        </message>
        <message>
            <source>&lt;b&gt;Zones&lt;/b&gt; (spending per year)</source>
            <translation>&lt;b&gt;Zones&lt;/b&gt; (dépenses par an)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Centres&lt;/b&gt; (attractiveness, m²)</source>
            <translation>&lt;b&gt;Pôles commerciaux&lt;/b&gt; (attractivité, m²)</translation>
        </message>
        <message>
            <source>Distances (zone → centre)</source>
            <translation>Distances (zone → pôle)</translation>
        </message>
        <message>
            <source>Share of each zone's spending observed at each centre (0–1, empty = not surveyed), for 'Calibrate λ'.</source>
            <translation>Part des dépenses de chaque zone observée dans chaque pôle (0–1, vide = non enquêté), pour « Calibrer λ ».</translation>
        </message>
        <message>
            <source>Observed shares</source>
            <translation>Parts observées</translation>
        </message>
        <message>
            <source>Plan a new store</source>
            <translation>Planifier un nouveau magasin</translation>
        </message>
        <message>
            <source>losses of this share or more are flagged</source>
            <translation>les pertes égales ou supérieures à cette part sont signalées</translation>
        </message>
        <message>
            <source>New-store scenario (distances: last column of the distance table)</source>
            <translation>Scénario nouveau magasin (distances : dernière colonne du tableau des distances)</translation>
        </message>
        <message>
            <source>Flag losses ≥</source>
            <translation>Signaler les pertes ≥</translation>
        </message>
        <message>
            <source>edit observed share {what}</source>
            <translation>modifier la part observée {what}</translation>
        </message>
        <message>
            <source>edit distance {what}</source>
            <translation>modifier la distance {what}</translation>
        </message>
        <message>
            <source>edit zone {what}</source>
            <translation>modifier la zone {what}</translation>
        </message>
        <message>
            <source>edit centre {what}</source>
            <translation>modifier le pôle {what}</translation>
        </message>
        <message>
            <source>edit {what}</source>
            <translation>modifier {what}</translation>
        </message>
        <message>
            <source>the loss threshold</source>
            <translation>le seuil de perte</translation>
        </message>
        <message>
            <source>set {what}</source>
            <translation>définir {what}</translation>
        </message>
        <message>
            <source>remove zone {name}</source>
            <translation>supprimer la zone {name}</translation>
        </message>
        <message>
            <source>remove centre {name}</source>
            <translation>supprimer le pôle {name}</translation>
        </message>
        <message>
            <source>plan a new store</source>
            <translation>planifier un nouveau magasin</translation>
        </message>
        <message>
            <source>drop the new store</source>
            <translation>abandonner le nouveau magasin</translation>
        </message>
        <message>
            <source>rename the new store</source>
            <translation>renommer le nouveau magasin</translation>
        </message>
        <message>
            <source>set the new store's attractiveness</source>
            <translation>définir l'attractivité du nouveau magasin</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam} (at the edge of the searched range): RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>λ calibré = {lam} (à la limite de l'intervalle de recherche) : RMSE {rmse}, R² {r2} sur {n} parts observées.</translation>
        </message>
        <message>
            <source>Calibrated λ = {lam}: RMSE {rmse}, R² {r2} over {n} observed shares.</source>
            <translation>λ calibré = {lam} : RMSE {rmse}, R² {r2} sur {n} parts observées.</translation>
        </message>
        <message>
            <source>calibrate λ</source>
            <translation>calibrer λ</translation>
        </message>
        <message>
            <source>Labels: market share. Total {total} = the zones' total spending.</source>
            <translation>Étiquettes : part de marché. Total {total} = dépenses totales des zones.</translation>
        </message>
        <message>
            <source>β: distance exponent of the gravity interaction</source>
            <translation>β : exposant de distance de l'interaction gravitaire</translation>
        </message>
        <message>
            <source>Add town</source>
            <translation>Ajouter une commune</translation>
        </message>
        <message>
            <source>add a town</source>
            <translation>ajouter une commune</translation>
        </message>
        <message>
            <source>Remove town</source>
            <translation>Supprimer la commune</translation>
        </message>
        <message>
            <source>Add function…</source>
            <translation>Ajouter une fonction…</translation>
        </message>
        <message>
            <source>Remove function</source>
            <translation>Supprimer la fonction</translation>
        </message>
        <message>
            <source>&lt;b&gt;Towns&lt;/b&gt;</source>
            <translation>&lt;b&gt;Communes&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Distances&lt;/b&gt; (symmetric: a cell sets both directions)</source>
            <translation>&lt;b&gt;Distances&lt;/b&gt; (symétriques : une cellule fixe les deux sens)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Central-place functions&lt;/b&gt; (outlets per town)</source>
            <translation>&lt;b&gt;Fonctions centrales&lt;/b&gt; (établissements par commune)</translation>
        </message>
        <message>
            <source>Network chart</source>
            <translation>Graphe du réseau</translation>
        </message>
        <message>
            <source>Towns: index</source>
            <translation>Communes : indice</translation>
        </message>
        <message>
            <source>Coefficients</source>
            <translation>Coefficients</translation>
        </message>
        <message>
            <source>edit the name of {town}</source>
            <translation>modifier le nom de {town}</translation>
        </message>
        <message>
            <source>edit the population of {town}</source>
            <translation>modifier la population de {town}</translation>
        </message>
        <message>
            <source>edit distance {a} ↔ {b}</source>
            <translation>modifier la distance {a} ↔ {b}</translation>
        </message>
        <message>
            <source>edit outlets of {function} in {town}</source>
            <translation>modifier les établissements {function} à {town}</translation>
        </message>
        <message>
            <source>remove town {name}</source>
            <translation>supprimer la commune {name}</translation>
        </message>
        <message>
            <source>Add function</source>
            <translation>Ajouter une fonction</translation>
        </message>
        <message>
            <source>Name of the central-place function:</source>
            <translation>Nom de la fonction centrale :</translation>
        </message>
        <message>
            <source>add function {name}</source>
            <translation>ajouter la fonction {name}</translation>
        </message>
        <message>
            <source>remove function {name}</source>
            <translation>supprimer la fonction {name}</translation>
        </message>
        <message>
            <source>Huff catchment</source>
            <translation>Zone de chalandise (Huff)</translation>
        </message>
        <message>
            <source>type a value (empty removes it); product groups take population and purchasing-power index from the town</source>
            <translation>saisissez une valeur (vide la supprime) ; les groupes de produits reprennent la population et l'indice de pouvoir d'achat de la commune</translation>
        </message>
        <message>
            <source>“—”: a needed input is missing (hover it for which); centrality 100 = turnover equals spending potential</source>
            <translation>« — » : une donnée nécessaire manque (survolez pour savoir laquelle) ; centralité 100 = chiffre d'affaires égal au potentiel de dépenses</translation>
        </message>
        <message>
            <source>the town</source>
            <translation>la commune</translation>
        </message>
        <message>
            <source>edit {input} of {where}</source>
            <translation>modifier {input} de {where}</translation>
        </message>
        <message>
            <source>No data set: press New or Import….</source>
            <translation>Aucun jeu de données : cliquez sur Nouveau ou Importer….</translation>
        </message>
        <message>
            <source>ILLUSTRATIVE values, not statistics: hover here for the description and sources.</source>
            <translation>Valeurs ILLUSTRATIVES, pas des statistiques : survolez ici pour la description et les sources.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export the tables (.xlsx, .csv), the chart (PNG, SVG) or the inputs (JSON)</source>
            <translation>Exporter les tableaux (.xlsx, .csv), le graphique (PNG, SVG) ou les données d'entrée (JSON)</translation>
        </message>
        <message>
            <source>Delete the data set '{name}'? This cannot be undone.</source>
            <translation>Supprimer le jeu de données « {name} » ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Import a data set</source>
            <translation>Importer un jeu de données</translation>
        </message>
        <message>
            <source>All tables as Excel workbook (.xlsx)…</source>
            <translation>Tous les tableaux en classeur Excel (.xlsx)…</translation>
        </message>
        <message>
            <source>One table as CSV</source>
            <translation>Un tableau en CSV</translation>
        </message>
        <message>
            <source>Chart as PNG image…</source>
            <translation>Graphique en image PNG…</translation>
        </message>
        <message>
            <source>Chart as SVG drawing…</source>
            <translation>Graphique en dessin SVG…</translation>
        </message>
        <message>
            <source>Inputs for the command line (JSON)…</source>
            <translation>Données d'entrée pour la ligne de commande (JSON)…</translation>
        </message>
        <message>
            <source>Could not export {file}: {reason}</source>
            <translation>Impossible d'exporter {file} : {reason}</translation>
        </message>
        <message>
            <source>Export all tables</source>
            <translation>Exporter tous les tableaux</translation>
        </message>
        <message>
            <source>Export a table</source>
            <translation>Exporter un tableau</translation>
        </message>
        <message>
            <source>Export the inputs for the command line</source>
            <translation>Exporter les données d'entrée pour la ligne de commande</translation>
        </message>
        <message>
            <source>Add criterion</source>
            <translation>Ajouter un critère</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Ajouter un groupe</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Add alternative</source>
            <translation>Ajouter une alternative</translation>
        </message>
        <message>
            <source>Remove alternatives</source>
            <translation>Supprimer les alternatives</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <source>select the criteria to remove first</source>
            <translation>sélectionnez d'abord les critères à supprimer</translation>
        </message>
        <message>
            <source>Remove {names}</source>
            <translation>Supprimer {names}</translation>
        </message>
        <message>
            <source>select the alternatives (rows) to remove first</source>
            <translation>sélectionnez d'abord les alternatives (lignes) à supprimer</translation>
        </message>
        <message>
            <source>{names} and {n} more</source>
            <translation>{names} et {n} autres</translation>
        </message>
        <message>
            <source>Nothing was pasted: {reason}</source>
            <translation>Rien n'a été collé : {reason}</translation>
        </message>
        <message>
            <source>Paste into {n} cells</source>
            <translation>Coller dans {n} cellules</translation>
        </message>
        <message>
            <source>Nothing was pasted: the copied block has {rows} rows x {cols} columns, but from alternative {top} and criterion {left} the table has room for {room_rows} x {room_cols}; add alternatives or criteria first</source>
            <translation>Rien n'a été collé : le bloc copié compte {rows} lignes × {cols} colonnes, mais à partir de l'alternative {top} et du critère {left} le tableau n'a de place que pour {room_rows} × {room_cols} ; ajoutez d'abord des alternatives ou des critères</translation>
        </message>
        <message>
            <source>Paste {rows} x {cols} values</source>
            <translation>Coller {rows} × {cols} valeurs</translation>
        </message>
        <message>
            <source>Clear {n} values</source>
            <translation>Effacer {n} valeurs</translation>
        </message>
        <message>
            <source>Clear {n} value</source>
            <translation>Effacer {n} valeur</translation>
        </message>
        <message>
            <source>the best {shown} of {total}</source>
            <translation>les {shown} meilleures sur {total}</translation>
        </message>
        <message>
            <source>Open a project to see its ranking.</source>
            <translation>Ouvrez un projet pour voir son classement.</translation>
        </message>
        <message>
            <source>Do the methods agree?</source>
            <translation>Les méthodes concordent-elles ?</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul…</translation>
        </message>
        <message>
            <source>What-if weights</source>
            <translation>Poids de simulation (et si)</translation>
        </message>
        <message>
            <source>{method}: score, higher is better</source>
            <translation>{method} : score, plus élevé = meilleur</translation>
        </message>
        <message>
            <source>{method}: score, lower is better</source>
            <translation>{method} : score, plus bas = meilleur</translation>
        </message>
        <message>
            <source>Rank correlations with the selected method: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Corrélations de rang avec la méthode choisie : 1 = même ordre, 0 = sans lien, −1 = ordre inversé.</translation>
        </message>
        <message>
            <source>weights: {source}</source>
            <translation>poids : {source}</translation>
        </message>
        <message>
            <source>Try other weights: the ranking follows at once. Each change is saved and can be undone (Ctrl+Z).</source>
            <translation>Essayez d'autres poids : le classement suit aussitôt. Chaque modification est enregistrée et peut être annulée (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Share of this criterion's weight among its siblings</source>
            <translation>Part du poids de ce critère parmi les critères de même niveau</translation>
        </message>
        <message>
            <source>weight (%)</source>
            <translation>poids (%)</translation>
        </message>
        <message>
            <source>Weights by scenario</source>
            <translation>Poids par scénario</translation>
        </message>
        <message>
            <source>Save current weights…</source>
            <translation>Enregistrer les poids actuels…</translation>
        </message>
        <message>
            <source>Keep the project's current weights and method under a name</source>
            <translation>Conserver sous un nom les poids et la méthode actuels du projet</translation>
        </message>
        <message>
            <source>Use these weights</source>
            <translation>Utiliser ces poids</translation>
        </message>
        <message>
            <source>Give the project the selected scenario's weights (Edit ▸ Undo takes it back)</source>
            <translation>Donner au projet les poids du scénario sélectionné (Édition ▸ Annuler les retire)</translation>
        </message>
        <message>
            <source>Tick up to {n} to compare:</source>
            <translation>Cochez jusqu'à {n} entrées à comparer :</translation>
        </message>
        <message>
            <source>Rank of each alternative</source>
            <translation>Rang de chaque alternative</translation>
        </message>
        <message>
            <source>(shaded where it moves)</source>
            <translation>(grisé là où il change)</translation>
        </message>
        <message>
            <source>the project's weights now</source>
            <translation>les poids actuels du projet</translation>
        </message>
        <message>
            <source>{method}, saved weights</source>
            <translation>{method}, poids enregistrés</translation>
        </message>
        <message>
            <source>Compare at most {n} at once; untick one first.</source>
            <translation>Comparez au plus {n} entrées à la fois ; décochez-en d'abord une.</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Non enregistré : {reason}.</translation>
        </message>
        <message>
            <source>Saved the current weights as '{name}'.</source>
            <translation>Poids actuels enregistrés sous « {name} ».</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Enregistrer le scénario</translation>
        </message>
        <message>
            <source>Name of the scenario (for example 'Jobs first'):</source>
            <translation>Nom du scénario (par exemple « L'emploi d'abord ») :</translation>
        </message>
        <message>
            <source>Replace scenario</source>
            <translation>Remplacer le scénario</translation>
        </message>
        <message>
            <source>A scenario called '{name}' exists. Replace its weights?</source>
            <translation>Un scénario nommé « {name} » existe déjà. Remplacer ses poids ?</translation>
        </message>
        <message>
            <source>The project now uses the weights of '{name}'.</source>
            <translation>Le projet utilise maintenant les poids de « {name} ».</translation>
        </message>
        <message>
            <source>Deleted '{name}' (Edit ▸ Undo brings it back).</source>
            <translation>« {name} » supprimé (Édition ▸ Annuler le rétablit).</translation>
        </message>
        <message>
            <source>Could not rank {list}</source>
            <translation>Classement impossible : {list}</translation>
        </message>
        <message>
            <source>{moved} of {total} alternatives change rank between the compared scenarios.</source>
            <translation>{moved} alternatives sur {total} changent de rang entre les scénarios comparés.</translation>
        </message>
        <message>
            <source>Tick a second entry to compare.</source>
            <translation>Cochez une deuxième entrée à comparer.</translation>
        </message>
        <message>
            <source>Could not compare: {reason}</source>
            <translation>Comparaison impossible : {reason}</translation>
        </message>
        <message>
            <source>Weight of the criterion (%)</source>
            <translation>Poids du critère (%)</translation>
        </message>
        <message>
            <source>now {value}</source>
            <translation>actuel {value}</translation>
        </message>
        <message>
            <source>Weight of “{criterion}” (%)</source>
            <translation>Poids de « {criterion} » (%)</translation>
        </message>
        <message>
            <source>Rank of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Rang de chaque alternative quand le poids de « {criterion} » va de 0 à 100 %</translation>
        </message>
        <message>
            <source>Score of each alternative as the weight of “{criterion}” goes from 0 to 100 %</source>
            <translation>Score de chaque alternative quand le poids de « {criterion} » va de 0 à 100 %</translation>
        </message>
        <message>
            <source>The other weights keep their proportions to one another. ○ marks a weight at which two neighbouring alternatives swap places; the dashed line is the current weight.</source>
            <translation>Les autres poids gardent leurs proportions entre eux. ○ marque un poids où deux alternatives voisines échangent leur place ; la ligne en pointillés est le poids actuel.</translation>
        </message>
        <message>
            <source>Open a project to see how robust its ranking is.</source>
            <translation>Ouvrez un projet pour voir la robustesse de son classement.</translation>
        </message>
        <message>
            <source>What would it take for another alternative to win?</source>
            <translation>Que faudrait-il pour qu'une autre alternative l'emporte ?</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Sweep one weight</source>
            <translation>Faire varier un poids</translation>
        </message>
        <message>
            <source>Scenarios: save the weights, compare up to four</source>
            <translation>Scénarios : enregistrer les poids, en comparer jusqu'à quatre</translation>
        </message>
        <message>
            <source>Current winner with {method}: {winner}. Click a row to sweep that criterion.</source>
            <translation>Alternative en tête avec {method} : {winner}. Cliquez sur une ligne pour faire varier ce critère.</translation>
        </message>
        <message>
            <source>one weight varied, the others keep their proportions</source>
            <translation>un poids varie, les autres gardent leurs proportions</translation>
        </message>
        <message>
            <source>Needs AHP judgments from at least two participants (Weights page)</source>
            <translation>Nécessite les jugements AHP d'au moins deux participants (page Poids)</translation>
        </message>
        <message>
            <source>Monte Carlo: does the winner survive other weightings?</source>
            <translation>Monte Carlo : l'alternative en tête résiste-t-elle à d'autres pondérations ?</translation>
        </message>
        <message>
            <source>How many weightings to draw</source>
            <translation>Nombre de pondérations à tirer</translation>
        </message>
        <message>
            <source>The same seed gives the same result</source>
            <translation>La même graine donne le même résultat</translation>
        </message>
        <message>
            <source>concentration </source>
            <translation>concentration </translation>
        </message>
        <message>
            <source>Higher = weightings closer to the current weights</source>
            <translation>Plus élevée = pondérations plus proches des poids actuels</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lancer</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Tirages</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Weightings spread like the AHP weights of {n} participants</source>
            <translation>Pondérations dispersées comme les poids AHP de {n} participants</translation>
        </message>
        <message>
            <source>Cancelled. The table shows the previous run.</source>
            <translation>Annulé. Le tableau montre le calcul précédent.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Rows: alternatives in the current ranking; cells: share of the weightings giving that rank. Hover a name for its central weights.</source>
            <translation>Lignes : alternatives dans le classement actuel ; cellules : part des pondérations donnant ce rang. Survolez un nom pour voir ses poids centraux.</translation>
        </message>
        <message>
            <source>Never ranked first: no central weights</source>
            <translation>Jamais en tête : pas de poids centraux</translation>
        </message>
        <message>
            <source>Typical weights when it wins (central weights): {weights}, …</source>
            <translation>Poids typiques quand elle l'emporte (poids centraux) : {weights}, …</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>WS (Sałabun &amp; Urbaniak 2020): the row method's ranking is the reference; the top ranks count most. 1 = the same ranking.</source>
            <translation>WS (Sałabun &amp; Urbaniak 2020) : le classement de la méthode en ligne sert de référence ; les premiers rangs comptent le plus. 1 = même classement.</translation>
        </message>
        <message>
            <source>Rank correlation: 1 = the same order, 0 = unrelated, −1 = reversed.</source>
            <translation>Corrélation de rang : 1 = même ordre, 0 = sans lien, −1 = inversé.</translation>
        </message>
        <message>
            <source>Not ranked — {reasons}</source>
            <translation>Non classé — {reasons}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Annuler : {action}</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Rétablir : {action}</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>New data set</source>
            <translation>Nouveau jeu de données</translation>
        </message>
        <message>
            <source>Name of the new {title} data set:</source>
            <translation>Nom du nouveau jeu de données ({title}) :</translation>
        </message>
        <message>
            <source>New {title}</source>
            <translation>Nouveau : {title}</translation>
        </message>
        <message>
            <source>Rename data set</source>
            <translation>Renommer le jeu de données</translation>
        </message>
        <message>
            <source>Delete the {title} data set '{name}'? This cannot be undone.</source>
            <translation>Supprimer le jeu de données « {name} » ({title}) ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete data set</source>
            <translation>Supprimer le jeu de données</translation>
        </message>
        <message>
            <source>{error}. The data set was reloaded.</source>
            <translation>{error}. Le jeu de données a été rechargé.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Row over column on Saaty's scale: 1 equal · 3 moderately · 5 strongly · 7 very strongly · 9 extremely more important; 1/3 … the other way. Type 3 or 1/3.</source>
            <translation>Ligne par rapport à colonne sur l'échelle de Saaty : 1 égal · 3 modérément · 5 fortement · 7 très fortement · 9 extrêmement plus important ; 1/3 … l'inverse. Saisissez 3 ou 1/3.</translation>
        </message>
        <message>
            <source>Scores against the factors</source>
            <translation>Scores par facteur</translation>
        </message>
        <message>
            <source>Pairwise comparison per factor</source>
            <translation>Comparaison par paires par facteur</translation>
        </message>
        <message>
            <source>change strategy method</source>
            <translation>changer la méthode des stratégies</translation>
        </message>
        <message>
            <source>{group}  ·  weight {weight}</source>
            <translation>{group}  ·  poids {weight}</translation>
        </message>
        <message>
            <source>Highest global priority: {factor} ({group}, {value}).</source>
            <translation>Priorité globale la plus élevée : {factor} ({group}, {value}).</translation>
        </message>
        <message>
            <source>group comparison</source>
            <translation>comparaison des groupes</translation>
        </message>
        <message>
            <source>strategies on '{factor}'</source>
            <translation>stratégies pour '{factor}'</translation>
        </message>
        <message>
            <source>CR above 0.10 in: {where}.</source>
            <translation>CR supérieur à 0,10 dans : {where}.</translation>
        </message>
        <message>
            <source>Best strategy: {name} (priority {value}).</source>
            <translation>Meilleure stratégie : {name} (priorité {value}).</translation>
        </message>
        <message>
            <source>Best strategy: {name} (score {value}).</source>
            <translation>Meilleure stratégie : {name} (score {value}).</translation>
        </message>
        <message>
            <source>All participants combined (AIJ)</source>
            <translation>Tous les participants agrégés (AIJ)</translation>
        </message>
        <message>
            <source>CR — (2 items: always 0)</source>
            <translation>CR — (2 éléments : toujours 0)</translation>
        </message>
        <message>
            <source>{n} participants, combined by the geometric mean of their judgments (AIJ); the CR above is that of the combined matrix. Each participant's CR: {crs}</source>
            <translation>{n} participants, agrégés par la moyenne géométrique de leurs jugements (AIJ) ; le CR ci-dessus est celui de la matrice agrégée. CR de chaque participant : {crs}</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Local priority of each strategy with respect to each factor, from the comparisons 'Strategies with respect to …' under Compare (left). Priority = Σ global priority of the factor × local priority; the priorities sum to 1.</source>
            <translation>Priorité locale de chaque stratégie par rapport à chaque facteur, issue des comparaisons « Stratégies par rapport à … » sous Comparer (à gauche). Priorité = Σ priorité globale du facteur × priorité locale ; la somme des priorités vaut 1.</translation>
        </message>
        <message>
            <source>Score each strategy 0..5 against each factor (higher is better). Score = Σ global priority × score.</source>
            <translation>Notez chaque stratégie de 0 à 5 pour chaque facteur (plus c'est élevé, mieux c'est). Score = Σ priorité globale × note.</translation>
        </message>
        <message>
            <source>{participant}: compare '{a}' with '{b}'</source>
            <translation>{participant} : comparer '{a}' à '{b}'</translation>
        </message>
        <message>
            <source>score '{strategy}' on '{factor}'</source>
            <translation>note de '{strategy}' pour '{factor}'</translation>
        </message>
        <message>
            <source>Add to {group}</source>
            <translation>Ajouter à : {group}</translation>
        </message>
        <message>
            <source>Name of the new factor:</source>
            <translation>Nom du nouveau facteur :</translation>
        </message>
        <message>
            <source>add '{name}'</source>
            <translation>ajouter '{name}'</translation>
        </message>
        <message>
            <source>Rename factor</source>
            <translation>Renommer le facteur</translation>
        </message>
        <message>
            <source>rename '{name}'</source>
            <translation>renommer '{name}'</translation>
        </message>
        <message>
            <source>remove '{name}'</source>
            <translation>supprimer '{name}'</translation>
        </message>
        <message>
            <source>Add strategy</source>
            <translation>Ajouter une stratégie</translation>
        </message>
        <message>
            <source>Name of the strategy option:</source>
            <translation>Nom de l'option stratégique :</translation>
        </message>
        <message>
            <source>add strategy '{name}'</source>
            <translation>ajouter la stratégie '{name}'</translation>
        </message>
        <message>
            <source>remove strategy '{name}'</source>
            <translation>supprimer la stratégie '{name}'</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Ajouter un participant</translation>
        </message>
        <message>
            <source>Name of the new participant (starts with all judgments equal):</source>
            <translation>Nom du nouveau participant (tous les jugements sont d'abord égaux) :</translation>
        </message>
        <message>
            <source>add participant '{name}'</source>
            <translation>ajouter le participant '{name}'</translation>
        </message>
        <message>
            <source>Rename participant</source>
            <translation>Renommer le participant</translation>
        </message>
        <message>
            <source>rename participant '{name}'</source>
            <translation>renommer le participant '{name}'</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Supprimer le participant</translation>
        </message>
        <message>
            <source>Remove the judgments of '{name}'?</source>
            <translation>Supprimer les jugements de '{name}' ?</translation>
        </message>
        <message>
            <source>remove participant '{name}'</source>
            <translation>supprimer le participant '{name}'</translation>
        </message>
        <message>
            <source>'{text}' is not a score: type a number.</source>
            <translation>'{text}' n'est pas un score : saisissez un nombre.</translation>
        </message>
        <message>
            <source>D+R  (prominence: how much a factor is involved)</source>
            <translation>D+R  (importance : implication du facteur)</translation>
        </message>
        <message>
            <source>D−R  (relation)</source>
            <translation>D−R  (relation)</translation>
        </message>
        <message>
            <source>causes ↑</source>
            <translation>causes ↑</translation>
        </message>
        <message>
            <source>effects ↓</source>
            <translation>effets ↓</translation>
        </message>
        <message>
            <source>mean of T</source>
            <translation>moyenne de T</translation>
        </message>
        <message>
            <source>set by you</source>
            <translation>fixé par vous</translation>
        </message>
        <message>
            <source>cause (D−R &amp;gt; 0)</source>
            <translation>cause (D−R &amp;gt; 0)</translation>
        </message>
        <message>
            <source>{n} arrows: total influence T above the threshold {threshold} ({source}).</source>
            <translation>{n} flèches : influence totale T au-dessus du seuil {threshold} ({source}).</translation>
        </message>
        <message>
            <source>global priority</source>
            <translation>priorité globale</translation>
        </message>
        <message>
            <source>Factors</source>
            <translation>Facteurs</translation>
        </message>
        <message>
            <source>change normalization</source>
            <translation>changer la normalisation</translation>
        </message>
        <message>
            <source>change weighting</source>
            <translation>changer la pondération</translation>
        </message>
        <message>
            <source>set</source>
            <translation>fixer</translation>
        </message>
        <message>
            <source>Unticked: the threshold is the mean of all entries of T</source>
            <translation>Non coché : le seuil est la moyenne de toutes les valeurs de T</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Row influences column: 0 none · 1 low · 2 medium · 3 high · 4 very high. The experts' matrices are averaged.</source>
            <translation>La ligne influence la colonne : 0 aucune · 1 faible · 2 moyenne · 3 forte · 4 très forte. Les matrices des experts sont moyennées.</translation>
        </message>
        <message>
            <source>D: influence given (row sums of T); R: influence received (column sums)</source>
            <translation>D : influence exercée (sommes des lignes de T) ; R : influence reçue (sommes des colonnes)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Causes&lt;/b&gt; (act on these): {causes}.&lt;br&gt;&lt;b&gt;Effects&lt;/b&gt;: {effects}.&lt;br&gt;Experts averaged: {n}; N = X / {k} ({normalization}); weights {weighting}.</source>
            <translation>&lt;b&gt;Causes&lt;/b&gt; (agir sur celles-ci) : {causes}.&lt;br&gt;&lt;b&gt;Effets&lt;/b&gt; : {effects}.&lt;br&gt;Experts moyennés : {n} ; N = X / {k} ({normalization}) ; poids {weighting}.</translation>
        </message>
        <message>
            <source>{expert}: '{a}' on '{b}'</source>
            <translation>{expert} : '{a}' sur '{b}'</translation>
        </message>
        <message>
            <source>change threshold</source>
            <translation>changer le seuil</translation>
        </message>
        <message>
            <source>Add factor</source>
            <translation>Ajouter un facteur</translation>
        </message>
        <message>
            <source>add factor '{name}'</source>
            <translation>ajouter le facteur '{name}'</translation>
        </message>
        <message>
            <source>rename factor '{name}'</source>
            <translation>renommer le facteur '{name}'</translation>
        </message>
        <message>
            <source>remove factor '{name}'</source>
            <translation>supprimer le facteur '{name}'</translation>
        </message>
        <message>
            <source>Add expert</source>
            <translation>Ajouter un expert</translation>
        </message>
        <message>
            <source>Name of the new expert:</source>
            <translation>Nom du nouvel expert :</translation>
        </message>
        <message>
            <source>add expert '{name}'</source>
            <translation>ajouter l'expert '{name}'</translation>
        </message>
        <message>
            <source>Rename expert</source>
            <translation>Renommer l'expert</translation>
        </message>
        <message>
            <source>rename expert '{name}'</source>
            <translation>renommer l'expert '{name}'</translation>
        </message>
        <message>
            <source>Remove expert</source>
            <translation>Supprimer l'expert</translation>
        </message>
        <message>
            <source>Remove the matrix of '{name}'?</source>
            <translation>Supprimer la matrice de '{name}' ?</translation>
        </message>
        <message>
            <source>remove expert '{name}'</source>
            <translation>supprimer l'expert '{name}'</translation>
        </message>
        <message>
            <source>DEMATEL: cause and effect</source>
            <translation>DEMATEL : cause et effet</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nouveau…</translation>
        </message>
        <message>
            <source>Replace the open data set by a JSON file in the command-line format (undoable)</source>
            <translation>Remplacer le jeu de données ouvert par un fichier JSON au format de la ligne de commande (annulable)</translation>
        </message>
        <message>
            <source>Data set as JSON…</source>
            <translation>Jeu de données en JSON…</translation>
        </message>
        <message>
            <source>Shown table as CSV…</source>
            <translation>Tableau affiché en CSV…</translation>
        </message>
        <message>
            <source>All tables as Excel…</source>
            <translation>Tous les tableaux en Excel…</translation>
        </message>
        <message>
            <source>Chart as PNG…</source>
            <translation>Graphique en PNG…</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exporté vers {file}</translation>
        </message>
        <message>
            <source>import {file}</source>
            <translation>importer {file}</translation>
        </message>
        <message>
            <source>Import data set</source>
            <translation>Importer un jeu de données</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Export data set</source>
            <translation>Exporter le jeu de données</translation>
        </message>
        <message>
            <source>There is no result to export.</source>
            <translation>Il n'y a aucun résultat à exporter.</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Exporter le tableau</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export tables</source>
            <translation>Exporter les tableaux</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot write {file}.</source>
            <translation>Impossible d'écrire {file}.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Exporter le graphique</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Global weight (%)</source>
            <translation>Poids global (%)</translation>
        </message>
        <message>
            <source>Global weights of the criteria</source>
            <translation>Poids globaux des critères</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Keep this weight when others change</source>
            <translation>Conserver ce poids quand les autres changent</translation>
        </message>
        <message>
            <source>Drag a slider or type a percentage; the unlocked weights of this group are rescaled so the group sums to 100 %.</source>
            <translation>Faites glisser un curseur ou saisissez un pourcentage ; les poids non verrouillés de ce groupe sont ajustés pour que le groupe totalise 100 %.</translation>
        </message>
        <message>
            <source>Change weights (top level)</source>
            <translation>Modifier les poids (niveau supérieur)</translation>
        </message>
        <message>
            <source>Change weights ({group})</source>
            <translation>Modifier les poids ({group})</translation>
        </message>
        <message>
            <source>Sum: {total}</source>
            <translation>Total : {total}</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Méthode :</translation>
        </message>
        <message>
            <source>Weights computed from how much the data of this group's criteria vary.</source>
            <translation>Poids calculés d'après la variabilité des données des critères de ce groupe.</translation>
        </message>
        <message>
            <source>Open a project to compute weights.</source>
            <translation>Ouvrez un projet pour calculer les poids.</translation>
        </message>
        <message>
            <source>Apply {method} weights</source>
            <translation>Appliquer les poids ({method})</translation>
        </message>
        <message>
            <source>Direct weights</source>
            <translation>Poids directs</translation>
        </message>
        <message>
            <source>Pairwise (AHP)</source>
            <translation>Comparaison par paires (AHP)</translation>
        </message>
        <message>
            <source>Objective weights</source>
            <translation>Poids objectifs</translation>
        </message>
        <message>
            <source>Criteria group:</source>
            <translation>Groupe de critères :</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>Ajouter un participant…</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivante</translation>
        </message>
        <message>
            <source>Clear answer</source>
            <translation>Effacer la réponse</translation>
        </message>
        <message>
            <source>Apply suggestion</source>
            <translation>Appliquer la suggestion</translation>
        </message>
        <message>
            <source>Use group weights</source>
            <translation>Utiliser les poids du groupe</translation>
        </message>
        <message>
            <source>Participant:</source>
            <translation>Participant :</translation>
        </message>
        <message>
            <source>Matrix (row item over column item; double-click the upper half):</source>
            <translation>Matrice (élément de ligne par rapport à l'élément de colonne ; double-cliquez dans la moitié supérieure) :</translation>
        </message>
        <message>
            <source>Apply suggestion: {a} vs {b}</source>
            <translation>Appliquer la suggestion : {a} par rapport à {b}</translation>
        </message>
        <message>
            <source>Use AHP weights of {participant}</source>
            <translation>Utiliser les poids AHP de {participant}</translation>
        </message>
        <message>
            <source>Use group AHP weights</source>
            <translation>Utiliser les poids AHP du groupe</translation>
        </message>
        <message>
            <source>This group needs at least two criteria to compare.</source>
            <translation>Ce groupe doit compter au moins deux critères à comparer.</translation>
        </message>
        <message>
            <source>Question {n} of {total} ({answered} answered)</source>
            <translation>Question {n} sur {total} ({answered} avec réponse)</translation>
        </message>
        <message>
            <source>Choose or add a participant to answer the questions.</source>
            <translation>Choisissez ou ajoutez un participant pour répondre aux questions.</translation>
        </message>
        <message>
            <source>CR is above {threshold}. Most inconsistent answer: {a} / {b} = {current} ({current_words}). Suggested: {suggested} ({suggested_words}); CR would be {cr}.</source>
            <translation>Le CR dépasse {threshold}. Réponse la plus incohérente : {a} / {b} = {current} ({current_words}). Suggestion : {suggested} ({suggested_words}) ; le CR serait de {cr}.</translation>
        </message>
        <message>
            <source>No participant has answered yet.</source>
            <translation>Aucun participant n'a encore répondu.</translation>
        </message>
        <message>
            <source>{n} participant(s).</source>
            <translation>{n} participant(s).</translation>
        </message>
        <message>
            <source>Clear: {a} vs {b}</source>
            <translation>Effacer : {a} par rapport à {b}</translation>
        </message>
        <message>
            <source>Answer: {a} vs {b}</source>
            <translation>Réponse : {a} par rapport à {b}</translation>
        </message>
        <message>
            <source>Name of the participant:</source>
            <translation>Nom du participant :</translation>
        </message>
        <message>
            <source>the left criterion</source>
            <translation>le critère de gauche</translation>
        </message>
        <message>
            <source>the right criterion</source>
            <translation>le critère de droite</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>{message} (see `innocite --help`)</source>
            <translation>{message} (voir `innocite --help`)</translation>
        </message>
        <message>
            <source>InnoCite Decision Studio. Without a command, opens the desktop app.</source>
            <translation>InnoCite Decision Studio. Sans commande, ouvre l'application de bureau.</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>affiche la version et quitte</translation>
        </message>
        <message>
            <source>render the main window with the demo project offscreen to a PNG and exit</source>
            <translation>dessine la fenêtre principale avec le projet de démonstration hors écran dans un PNG et quitte</translation>
        </message>
        <message>
            <source>with --screenshot: a page name (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</source>
            <translation>avec --screenshot : nom d'une page (problem, weights, results, sensitivity, memo, benchmarking, success, planning)</translation>
        </message>
        <message>
            <source>with no command: the database the app opens</source>
            <translation>sans commande : la base de données que l'application ouvre</translation>
        </message>
        <message>
            <source>interface language: en, sl, de, it or fr (default: the settings or the system's)</source>
            <translation>langue de l'interface : en, sl, de, it ou fr (par défaut : celle des paramètres ou du système)</translation>
        </message>
        <message>
            <source>check this installation offscreen (demo database, ranking, page PNG, memo, translations) and exit 0 if all passed</source>
            <translation>vérifie cette installation hors écran (base de démonstration, classement, page en PNG, note de décision, traductions) et quitte avec 0 si tout a réussi</translation>
        </message>
        <message>
            <source>with --self-test: keep its files (PNG, memo) in DIR</source>
            <translation>avec --self-test : conserve ses fichiers (PNG, note de décision) dans le dossier DIR</translation>
        </message>
        <message>
            <source>rank the alternatives of a problem file or stored project</source>
            <translation>classer les alternatives d'un fichier de problème ou d'un projet enregistré</translation>
        </message>
        <message>
            <source>problem file (JSON), or the name or id of a stored project</source>
            <translation>fichier de problème (JSON), ou nom ou identifiant d'un projet enregistré</translation>
        </message>
        <message>
            <source>database for a stored project (default: yours)</source>
            <translation>base de données d'un projet enregistré (par défaut : la vôtre)</translation>
        </message>
        <message>
            <source>ranking method (see `innocite methods`); default topsis</source>
            <translation>méthode de classement (voir `innocite methods`) ; par défaut topsis</translation>
        </message>
        <message>
            <source>column normalization for methods that take one</source>
            <translation>normalisation des colonnes pour les méthodes qui en utilisent une</translation>
        </message>
        <message>
            <source>AHP synthesis mode</source>
            <translation>mode de synthèse AHP</translation>
        </message>
        <message>
            <source>objective weights (entropy, critic, ...) instead</source>
            <translation>poids objectifs (entropy, critic, ...) à la place</translation>
        </message>
        <message>
            <source>method parameter</source>
            <translation>paramètre de la méthode</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>afficher en JSON</translation>
        </message>
        <message>
            <source>priorities and consistency of one pairwise matrix</source>
            <translation>priorités et cohérence d'une matrice de comparaisons par paires</translation>
        </message>
        <message>
            <source>AHP file (JSON): items plus matrix or judgments</source>
            <translation>fichier AHP (JSON) : éléments, plus matrice ou jugements</translation>
        </message>
        <message>
            <source>objective criteria weights from the data</source>
            <translation>poids objectifs des critères à partir des données</translation>
        </message>
        <message>
            <source>problem file (JSON)</source>
            <translation>fichier de problème (JSON)</translation>
        </message>
        <message>
            <source>entropy, critic, std, merec or equal</source>
            <translation>entropy, critic, std, merec ou equal</translation>
        </message>
        <message>
            <source>list ranking and weighting methods with parameters</source>
            <translation>lister les méthodes de classement et de pondération avec leurs paramètres</translation>
        </message>
        <message>
            <source>list the projects in the database</source>
            <translation>lister les projets de la base de données</translation>
        </message>
        <message>
            <source>database URL or SQLite file (default: yours)</source>
            <translation>URL de la base de données ou fichier SQLite (par défaut : la vôtre)</translation>
        </message>
        <message>
            <source>store a project file as a new project</source>
            <translation>enregistrer un fichier de projet comme nouveau projet</translation>
        </message>
        <message>
            <source>project file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>fichier de projet : .json, .xlsx, .csv ou .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>project name (default: the name in the file)</source>
            <translation>nom du projet (par défaut : le nom dans le fichier)</translation>
        </message>
        <message>
            <source>write a stored project to a file</source>
            <translation>écrire un projet enregistré dans un fichier</translation>
        </message>
        <message>
            <source>project name or id</source>
            <translation>nom ou identifiant du projet</translation>
        </message>
        <message>
            <source>output file: .json, .xlsx, .csv or .xml (XMCDA 3)</source>
            <translation>fichier de sortie : .json, .xlsx, .csv ou .xml (XMCDA 3)</translation>
        </message>
        <message>
            <source>tipping points, stability intervals and rank acceptability (SMAA)</source>
            <translation>points de bascule, intervalles de stabilité et acceptabilité de rang (SMAA)</translation>
        </message>
        <message>
            <source>problem file (JSON) or a stored project's name or id</source>
            <translation>fichier de problème (JSON) ou nom ou identifiant d'un projet enregistré</translation>
        </message>
        <message>
            <source>ranking method (default: the file's, or topsis)</source>
            <translation>méthode de classement (par défaut : celle du fichier, sinon topsis)</translation>
        </message>
        <message>
            <source>SMAA weightings (default 10000)</source>
            <translation>pondérations SMAA (par défaut 10000)</translation>
        </message>
        <message>
            <source>random seed (default 0)</source>
            <translation>graine aléatoire (par défaut 0)</translation>
        </message>
        <message>
            <source>composite indicator: benchmark towns on indicators</source>
            <translation>indicateur composite : analyse comparative des communes selon des indicateurs</translation>
        </message>
        <message>
            <source>benchmarking file: JSON, or a long CSV unit,indicator,value</source>
            <translation>fichier d'analyse comparative : JSON, ou CSV long unit,indicator,value</translation>
        </message>
        <message>
            <source>write an empty Excel workbook to fill in and import</source>
            <translation>écrire un classeur Excel vide à remplir puis importer</translation>
        </message>
        <message>
            <source>output file (.xlsx)</source>
            <translation>fichier de sortie (.xlsx)</translation>
        </message>
        <message>
            <source>check, back up or restore the projects database</source>
            <translation>vérifier, sauvegarder ou restaurer la base de données des projets</translation>
        </message>
        <message>
            <source>quick and integrity check</source>
            <translation>vérification rapide et d'intégrité</translation>
        </message>
        <message>
            <source>checked backup now</source>
            <translation>sauvegarde vérifiée maintenant</translation>
        </message>
        <message>
            <source>replace the database by a backup (keeps the current one)</source>
            <translation>remplacer la base de données par une sauvegarde (l'actuelle est conservée)</translation>
        </message>
        <message>
            <source>backup file to restore</source>
            <translation>fichier de sauvegarde à restaurer</translation>
        </message>
        <message>
            <source>--lang {code}: unknown language; use one of en, sl, de, it, fr</source>
            <translation>--lang {code} : langue inconnue ; utilisez en, sl, de, it ou fr</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrompu</translation>
        </message>
        <message>
            <source>{what}: unexpected error: {error}</source>
            <translation>{what} : erreur inattendue : {error}</translation>
        </message>
        <message>
            <source>write a decision memo (PDF, Word or HTML) of a stored project</source>
            <translation>écrire une note de décision (PDF, Word ou HTML) d'un projet enregistré</translation>
        </message>
        <message>
            <source>stored project's name or id</source>
            <translation>nom ou identifiant du projet enregistré</translation>
        </message>
        <message>
            <source>FILE.pdf, FILE.docx or FILE.html</source>
            <translation>FICHIER.pdf, FICHIER.docx ou FICHIER.html</translation>
        </message>
        <message>
            <source>ranking method (default topsis)</source>
            <translation>méthode de classement (par défaut topsis)</translation>
        </message>
        <message>
            <source>the decision taken (may differ from the ranking)</source>
            <translation>la décision prise (peut différer du classement)</translation>
        </message>
        <message>
            <source>why it was taken</source>
            <translation>pourquoi elle a été prise</translation>
        </message>
        <message>
            <source>whether the decision follows the ranking (default: guessed from --decision)</source>
            <translation>si la décision suit le classement (par défaut : déduit de --decision)</translation>
        </message>
        <message>
            <source>who writes the memo</source>
            <translation>auteur de la note</translation>
        </message>
        <message>
            <source>memo title (default: Decision memo: PROJECT)</source>
            <translation>titre de la note (par défaut : Note de décision : PROJET)</translation>
        </message>
        <message>
            <source>PDF/Word page</source>
            <translation>format de page PDF/Word</translation>
        </message>
        <message>
            <source>leave a section out (repeatable): {sections}</source>
            <translation>omettre une section (répétable) : {sections}</translation>
        </message>
        <message>
            <source>random weightings (default 10000)</source>
            <translation>pondérations aléatoires (par défaut 10000)</translation>
        </message>
        <message>
            <source>regenerate a stored memo snapshot instead of building a new one</source>
            <translation>régénérer un instantané enregistré de la note au lieu d'en créer un nouveau</translation>
        </message>
        <message>
            <source>language of the memo: sl, de, it, fr or en (default: the interface language, see innocite --lang; --snapshot regenerates in the language stored with it)</source>
            <translation>langue de la note : sl, de, it, fr ou en (par défaut : la langue de l'interface, voir innocite --lang ; --snapshot la régénère dans la langue enregistrée avec lui)</translation>
        </message>
        <message>
            <source>do not store the new snapshot</source>
            <translation>ne pas enregistrer le nouvel instantané</translation>
        </message>
        <message>
            <source>{file}: the folder {folder} does not exist</source>
            <translation>{file} : le dossier {folder} n'existe pas</translation>
        </message>
        <message>
            <source>{file}: is a folder; give a file name</source>
            <translation>{file} : est un dossier ; indiquez un nom de fichier</translation>
        </message>
        <message>
            <source>{file}: cannot write there (permission denied)</source>
            <translation>{file} : impossible d'écrire ici (permission refusée)</translation>
        </message>
        <message>
            <source>--lang {code}: choose one of {codes}</source>
            <translation>--lang {code} : choisissez l'une de {codes}</translation>
        </message>
        <message>
            <source>--samples {samples}: needs at least 1 weighting</source>
            <translation>--samples {samples} : au moins 1 pondération est nécessaire</translation>
        </message>
        <message>
            <source>--param {item}: expected NAME=VALUE</source>
            <translation>--param {item} : NOM=VALEUR attendu</translation>
        </message>
        <message>
            <source>{file}: cannot write the memo ({reason})</source>
            <translation>{file} : impossible d'écrire la note ({reason})</translation>
        </message>
        <message>
            <source>stored memo {id} belongs to another project</source>
            <translation>la note enregistrée {id} appartient à un autre projet</translation>
        </message>
        <message>
            <source>Memo regenerated from snapshot: {path} ({format})</source>
            <translation>Note régénérée à partir de l'instantané : {path} ({format})</translation>
        </message>
        <message>
            <source>Memo written: {path} ({format})</source>
            <translation>Note écrite : {path} ({format})</translation>
        </message>
        <message>
            <source>Snapshot id: {id}</source>
            <translation>Identifiant de l'instantané : {id}</translation>
        </message>
        <message>
            <source>Data hash: {hash}</source>
            <translation>Empreinte des données : {hash}</translation>
        </message>
        <message>
            <source>also write the benchmarking report (.pdf, .docx, .html)</source>
            <translation>écrire aussi le rapport d'analyse comparative (.pdf, .docx, .html)</translation>
        </message>
        <message>
            <source>report: the town compared with its peers</source>
            <translation>rapport : la commune comparée à ses communes comparables</translation>
        </message>
        <message>
            <source>report: its peers (default: all others)</source>
            <translation>rapport : ses communes comparables (par défaut : toutes les autres)</translation>
        </message>
        <message>
            <source>report page size</source>
            <translation>format de page du rapport</translation>
        </message>
        <message>
            <source>report language: en, sl, de, it, fr (default: the interface language)</source>
            <translation>langue du rapport : en, sl, de, it, fr (par défaut : la langue de l'interface)</translation>
        </message>
        <message>
            <source>unknown language '{code}' (use one of {codes})</source>
            <translation>langue inconnue '{code}' (utilisez l'une de {codes})</translation>
        </message>
        <message>
            <source>--lang is an option of --report</source>
            <translation>--lang est une option de --report</translation>
        </message>
        <message>
            <source>--town and --peers are options of --report</source>
            <translation>--town et --peers sont des options de --report</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.d.</translation>
        </message>
        <message>
            <source>median {median}, 5-95 %: {low}-{high}</source>
            <translation>médiane {median}, 5-95 % : {low}-{high}</translation>
        </message>
        <message>
            <source>Dropped (missing values): {units}</source>
            <translation>Exclues (valeurs manquantes) : {units}</translation>
        </message>
        <message>
            <source>Imputed: {cells}</source>
            <translation>Imputées : {cells}</translation>
        </message>
        <message>
            <source>Uncertainty: {runs} runs, seed {seed}; share of rank variance: {shares}</source>
            <translation>Incertitude : {runs} exécutions, graine {seed} ; part de la variance des rangs : {shares}</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>Rapport écrit dans {path}</translation>
        </message>
        <message>
            <source>a project named '{name}' exists already; import with --name NEW_NAME</source>
            <translation>un projet nommé '{name}' existe déjà ; importez avec --name NOUVEAU_NOM</translation>
        </message>
        <message>
            <source>the template is an Excel workbook: give a file name ending in .xlsx</source>
            <translation>le modèle est un classeur Excel : indiquez un nom de fichier se terminant par .xlsx</translation>
        </message>
        <message>
            <source>Method: {method}; winner: {winner}</source>
            <translation>Méthode : {method} ; gagnante : {winner}</translation>
        </message>
        <message>
            <source>What it would take</source>
            <translation>Ce qu'il faudrait</translation>
        </message>
        <message>
            <source>no weight in [0, 1] changes the winner</source>
            <translation>aucun poids dans [0, 1] ne change la gagnante</translation>
        </message>
        <message>
            <source>{delta} makes {alternative} win</source>
            <translation>{delta} fait gagner {alternative}</translation>
        </message>
        <message>
            <source>winner stays for weights {low} to {high}</source>
            <translation>la gagnante reste pour des poids de {low} à {high}</translation>
        </message>
        <message>
            <source>Rank acceptability ({samples} weightings, seed {seed})</source>
            <translation>Acceptabilité de rang ({samples} pondérations, graine {seed})</translation>
        </message>
        <message>
            <source>{alternative}: rank 1..3 = {shares}</source>
            <translation>{alternative} : rang 1..3 = {shares}</translation>
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
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Tout enregistrer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Oui à &amp;tout</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;on à tout</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Ignorer les modifications</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurer les valeurs par défaut</translation>
        </message>
    </context>
</TS>
