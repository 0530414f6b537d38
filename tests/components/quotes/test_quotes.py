"""press_quotes on real French sentences; expected quotes are marked inline (tests/markup.py)."""
from pathlib import Path

import pytest

from pipeline.components.quotes.lexicon import QuoteRules
from pipeline.components.quotes.marks import pair_marks
from pipeline.ruleset import RULES_DIR, RuleError
from tests.markup import parse

SEED = Path(__file__).resolve().parents[3] / "corpus" / "000_8ae16dfbaa6e08a5.txt"


def quotes(nlp, text):
    doc = nlp(text)  # a SpanGroup needs its Doc alive
    return [(q.start_char, q.end_char, q._.quote_type, q._.speaker, q._.cue) for q in doc.spans["quotes"]]


def check(nlp, marked):
    text, marks = parse(marked)
    expected = [(m.start, m.end, m.attrs["type"], m.attrs.get("speaker", ""), m.attrs.get("cue", "")) for m in marks]
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize("marked", [
    # subject after the verb, clitic subject, apposition, "X : « ... »"
    "« <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous ne céderons pas</q> », a déclaré Jean Dupont.",
    "Jean Dupont était à Lyon. « <q type='direct' speaker='Jean Dupont' cue='préciser'>Rien n'est décidé</q> », a-t-il précisé.",
    "Le ministre de l'Intérieur, Gérald Darmanin, a affirmé que « <q type='mixed' speaker='Gérald Darmanin' cue='affirmer'>la sécurité progresse</q> ».",
    "Marie Curie a conclu : « <q type='direct' speaker='Marie Curie' cue='conclure'>La science avance lentement. Il faut de la patience.</q> »",
    # indirect speech
    "Selon Jean Dupont, <q type='indirect' speaker='Jean Dupont' cue='selon'>la réforme sera votée en juin</q>.",
    "Jean Dupont a affirmé que <q type='indirect' speaker='Jean Dupont' cue='affirmer'>la réforme sera votée en juin</q>.",
])
def test_attribution(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # "il" skips a woman named since; "elle" skips a man
    "Jean Dupont a parlé longtemps. Marie Durand était présente. Il a déclaré que « <q type='mixed' speaker='Jean Dupont' cue='déclarer'>tout est prêt pour la rentrée</q> ».",
    # passive cue with its agent after the quote
    "Les voisins sont décrits comme « <q type='mixed' speaker='voisine' cue='décrire'>des gens très discrets et sans histoire</q> » par une voisine.",
    # the antecedent of "qui"
    "Le projet a été bloqué par Paul Martin, qui estimait qu'il ne renforçait pas « <q type='mixed' speaker='Paul Martin' cue='estimer'>la sécurité énergétique du pays</q> ».",
    # "selon lui" right before the marks wins over the clause's verb
    "Jean Dupont est venu. Il souhaite en finir avec des règles qui vont selon lui « <q type='mixed' speaker='Jean Dupont' cue='selon'>beaucoup trop loin</q> ».",
    # "Pour X, <Y is ...>. Il a ajouté": il is the source X, not Y named inside X's words
    "Jean Martin a réagi. Pour Jean Martin, Paul Durand est victime d'un « <q type='mixed' speaker='Jean Martin' cue='pour'>acharnement médiatique sans précédent</q> ». Il a ajouté : « <q type='direct' speaker='Jean Martin' cue='ajouter'>Nous ne lâcherons rien.</q> »",
    # a role noun with a complement after the quote: the person named just before
    "Jean Dupont a nié toute responsabilité. « <q type='direct' speaker='Jean Dupont' cue='confier'>Je n'ai pas pris connaissance de cela</q> », a confié le candidat d'En marche ! à la présidentielle.",
    # a role noun, "de <place>", then the apposed name: the name, not the place
    "Il a été établi que « <q type='mixed' speaker='Nicolas Martin' cue='selon'>le bilan est de quatre victimes</q> », selon le sous-préfet d'Albertville, Nicolas Martin.",
    # "a twitté :" with the verb mis-tagged as a noun: still the cue, its subject the speaker
    "À 20h43, le ministre de l'Intérieur, Christophe Castaner, a twitté : « <q type='direct' speaker='Christophe Castaner' cue='twitter'>à la haine et à l’injustice, opposer la dignité</q> ».",
    # plural pronouns: a plural subject, else people named by "des X", else the organisation named before
    "Les enquêteurs sont arrivés sur place vers midi. Ils ont expliqué que « <q type='mixed' speaker='enquêteurs' cue='expliquer'>la victime connaissait son agresseur depuis longtemps</q> ».",
    "Le maire a répondu aux questions des habitants. Ils se sont plaints de « <q type='mixed' speaker='habitants' cue='se plaindre'>nuisances sonores répétées chaque nuit depuis des mois</q> ».",
    "La CGT a appelé à la grève dès lundi. Ils estiment que « <q type='mixed' speaker='Confédération générale du travail' cue='estimer'>la réforme des retraites est injuste pour les salariés</q> ».",
    # an indefinite pronoun speaks for itself, not the person quoted before
    "Jean Dupont a annoncé sa démission. Les réactions ont été vives, certains se demandant s'il ne s'agissait pas d'une « <q type='mixed' speaker='certains' cue='se demander'>mauvaise plaisanterie de fin d'année</q> ».",
    # "comme l'a affirmé X" after the marks: X, not the subject of the sentence
    "Jean Dupont refuse de parler d'un « <q type='mixed' speaker='Paul Martin' cue='affirmer'>échec total et sans appel</q> », comme l'a affirmé Paul Martin.",
    # a finite verb the parser hangs on a noun: the noun phrase before it speaks
    "Une source proche du dossier ajoute à l'AFP que « <q type='mixed' speaker='source proche du dossier' cue='ajouter'>les traces ont été effacées avec soin</q> ».",
    # "..., conclut l'agence": the organisation named before, not the one named in what it says
    "Business France a reconnu des erreurs de procédure. <q type='indirect' speaker='Business France' cue='conclure'>L'Inspection générale des finances a ensuite validé la transaction et son montant</q>, conclut l'agence.",
    # the source's apposition is not what it says
    "Selon Christian Jacob, président du groupe LR à l'Assemblée, <q type='indirect' speaker='Christian Jacob' cue='selon'>le bureau du député sera fermé dès lundi</q>.",
    # "annonce que d'après Y, ...": Y's words start after "d'après Y,"
    "Vers 6h00, LCI annonce que d'après l'enquête OpinionWay, <q type='indirect' speaker='OpinionWay' cue=\"d'après\">66% des Français soutiennent toujours le mouvement</q>.",
    # the reported clause runs to the end of the sentence when nothing else is said after it
    "Le ministère de l'Éducation nationale a annoncé que <q type='indirect' speaker=\"ministère de l'Éducation nationale\" cue='annoncer'>plus d'une centaine de lycées en France sont bloqués, au moins partiellement</q>.",
    # a speech verb in a relative clause ("où les combats ont repris") begins no other report
    "Le Programme alimentaire mondial a averti vendredi que <q type='indirect' speaker='Programme alimentaire mondial' cue='avertir'>plus de 2,5 millions de personnes risquaient la famine dans l'est du Congo, où les combats ont repris</q>.",
    # a single capitalised word in marks is a name, not a quotation
    "Donald Trump a ordonné dès son arrivée l'abrogation de l'« Obamacare ».",
    # "il" with no person named: the subject noun phrase before ("raconte" tagged as an adjective)
    "Un habitant du quartier a assisté à la scène. « <q type='direct' speaker='habitant du quartier' cue='raconter'>J'ai entendu trois coups de feu vers minuit</q> », raconte-t-il.",
    # no cue: the speaker of the sentence before in the paragraph, else the person it is about, not who questioned them
    "Un habitant raconte <q type='indirect' speaker='habitant' cue='raconter'>avoir entendu des cris</q>. « <q type='direct' speaker='habitant'>C'était terrifiant, tout le monde courait dans la rue</q> ».",
    "Jean Dupont a été interrogé par la presse. « <q type='direct' speaker='Jean Dupont'>Je ne regrette rien de ce que j'ai fait</q> ». Il a ensuite quitté la salle.",
    # "X, apposition, a demandé ...": nothing reported; the role noun later is X
    "L'avocate de la famille, Marie Dupont, a demandé une contre-expertise. Le tribunal examinera la demande en mars. « <q type='direct' speaker='Marie Dupont' cue='déclarer'>Nous voulons la vérité</q> », a déclaré l'avocate.",
    # "la ministre" far back: the woman introduced as "la ministre de la Santé", not the man quoted since
    "La ministre de la Santé, Agnès Buzyn, a visité l'hôpital de Rennes. Le directeur, Paul Martin, a présenté les travaux. « <q type='direct' speaker='Paul Martin' cue='expliquer'>Nous manquons de lits depuis des mois</q> », a-t-il expliqué. « <q type='direct' speaker='Agnès Buzyn' cue='promettre'>La situation va s'améliorer rapidement</q> », a promis la ministre.",
    # a role no one was introduced with is not the person introduced with another one
    "Le directeur de l'usine, Paul Martin, a présenté les travaux. « <q type='direct' speaker='Paul Martin' cue='expliquer'>Nous manquons de bras</q> », a-t-il expliqué. « <q type='direct' speaker='procureur' cue='déclarer'>Aucune faute n'a été commise</q> », a déclaré le procureur.",
    "La ministre sénégalaise des Affaires étrangères, Aminata Diallo-Sarr, est arrivée à Abidjan.\n\nLa diplomate a jugé la transition « <q type='mixed' speaker='Aminata Diallo-Sarr' cue='juger'>trop longue</q> » et a appelé à « <q type='mixed' speaker='Aminata Diallo-Sarr' cue='appeler'>un calendrier électoral clair</q> ».",
    # a demonstrative name the model read ("ce Gilet jaune du Vaucluse") points back to the person named before;
    # a demonstrative common noun that is no person ("ce risque") does not
    "Sur sa page, Christophe Chalençon a publié une vidéo. Ce Gilet jaune du Vaucluse s'est adressé aux politiques : « <q type='direct' speaker='Christophe Chalençon' cue=\"s'adresser\">Nous irons jusqu'au bout.</q> »",
    "L'association Amnesty a publié un rapport. Ce rapport affirme que « <q type='mixed' speaker='Amnesty' cue='affirmer'>la situation est grave</q> ».",
    # "il" with no person named is the subject noun before, not the organisation quoted before
    "Selon l'Insee, <q type='indirect' speaker='Institut national de la statistique et des études économiques' cue='selon'>les délits ont augmenté</q>. Le chauffeur a pris sa retraite. Il déclare que <q type='indirect' speaker='chauffeur' cue='déclarer'>les voyageurs possèdent des couteaux</q>.",
    "Paul Martin, le guide, était parti. Ce jour-là, le risque était qualifié de « <q type='mixed' speaker='Météo-France' cue='qualifier'>marqué</q> » par Météo-France. Ce risque était « <q type='mixed' speaker='Météo-France'>à caractère piégeux sur certaines pentes</q> ».",
    # who received the words did not say them
    "Dans un message reçu par l'AFP, le groupe affirme que « <q type='mixed' speaker='groupe' cue='affirmer'>les otages sont en bonne santé</q> ».",
    "Selon des messages reçus par Le Monde, « <q type='direct' speaker='' cue='selon'>les otages sont en bonne santé et bien traités</q> ».",
    # "précise-t-on dans l'entourage du ministre": that place speaks
    "« <q type='direct' speaker='entourage du ministre' cue='expliquer'>Le ministre ne commentera pas cette décision</q> », explique-t-on dans l'entourage du ministre.",
    # a noun for people after the cue ("lance" mis-tagged as a participle)
    "Des centaines de personnes ont défilé samedi. « <q type='direct' speaker='manifestant' cue='lancer'>On ne veut plus de cette politique</q> », lance un manifestant.",
    # "X, la maire de la ville, a réagi : « ... »": the name, not the role
    "Marie Durand, la maire de la ville, a réagi sur Twitter : « <q type='direct' speaker='Marie Durand' cue='réagir'>Une pensée pour les victimes et leurs familles</q> ».",
    # but a place named before the role is not its name
    "Lors d'une interview sur la radio France Inter, ce jeudi matin, le secrétaire général du syndicat affirme que « <q type='mixed' speaker='secrétaire général du syndicat' cue='affirmer'>rien n'a été exigé du journal</q> ».",
    # a document speaks for the organisation that published it; "Et d'ajouter" keeps that source
    "Le Quai d'Orsay a publié un communiqué lundi. « <q type='direct' speaker=\"Quai d'Orsay\" cue='indiquer'>La France condamne fermement cette attaque</q> », indique le texte. Et d'ajouter : « <q type='direct' speaker=\"Quai d'Orsay\" cue='ajouter'>Nous appelons à la retenue</q> ».",
    # "Selon la même source, ..." without marks: the source quoted before, not "même source"
    "La police a arrêté deux suspects. « <q type='direct' speaker='préfecture' cue='préciser'>Ils ont été placés en garde à vue</q> », a précisé la préfecture. Selon la même source, <q type='indirect' speaker='préfecture' cue='selon'>les deux hommes sont âgés de 20 ans</q>.",
    # a title noun two words back does not make a title: "la cour d'appel est « ... »"
    "Le sénateur Tom Cotton dénonce le verdict. Selon lui, la cour d'appel est « <q type='mixed' speaker='Tom Cotton' cue='selon'>notoirement de gauche</q> ».",
    # the name of what a noun is, in marks after "de": not a quotation
    "Benjamin Cauchy, porte-parole des « Gilets jaunes libres », estime que la « <q type='mixed' speaker='Benjamin Cauchy' cue='estimer'>concertation nationale</q> » doit « <q type='mixed' speaker='Benjamin Cauchy' cue='estimer'>mettre tout sur la table</q> ».",
    # a first name tells the gender over a noun before the name ("affaires"): "il" is the man named since
    "« <q type='direct' speaker='Jean Durand' cue='affirmer'>Le projet est solide</q> », affirme Jean Durand. L'homme d'affaires Marc Leroy conteste cette version. « <q type='direct' speaker='Marc Leroy' cue='affirmer'>Rien n'a été signé</q> », affirme-t-il.",
])
def test_attribution_across_the_article(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a term in scare quotes takes no speaker from the previous quote; a clause in marks still does
    "Jean Dupont a déclaré : « <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous ferons appel.</q> » "
    "Le prévenu a été placé en détention pour « <q type='mixed'>abus de confiance aggravé</q> ».",
    "Jean Dupont a déclaré : « <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous ferons appel.</q> » "
    "Le verdict serait « <q type='mixed' speaker='Jean Dupont'>une erreur que nous allons corriger</q> ».",
    # "l'entourage de X" speaks, not X; a document speaks for its issuer X
    "L'entourage de Paul Martin a qualifié ces accusations de « <q type='mixed' speaker='entourage de Paul Martin' cue='qualifier'>pure calomnie sans fondement</q> ».",
    "Un communiqué de Paul Martin dénonce « <q type='mixed' speaker='Paul Martin' cue='dénoncer'>une pure calomnie sans fondement</q> ».",
    # "cette dernière": the last woman named, not the man named before her
    "Paul Martin a reçu Claire Petit. Cette dernière a affirmé que « <q type='mixed' speaker='Claire Petit' cue='affirmer'>rien n'est réglé</q> ».",
    # a role noun with its complement: the person introduced with that role and complement, not another one
    "L'évêque de Nantes, Jean Dupont, a célébré la messe. Le maire, Paul Martin, était présent. "
    "« <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous sommes tous unis</q> », a déclaré l'évêque de Nantes.",
    # "Pour X," opening the sentence: X for every quote in it, unless a speech verb names someone else
    "Pour Marie Durand, la réforme est « <q type='mixed' speaker='Marie Durand' cue='pour'>une erreur</q> » et le gouvernement devra « <q type='mixed' speaker='Marie Durand' cue='pour'>revoir sa copie</q> ».",
    "Pour Marie Durand, la réforme est « <q type='mixed' speaker='Marie Durand' cue='pour'>une erreur</q> » et Paul Martin estime qu'« <q type='mixed' speaker='Paul Martin' cue='estimer'>il faut attendre</q> ».",
    # the subject of the quote's own clause (apposition included) before a speech verb elsewhere in the sentence
    "Le maire, Paul Martin, est « <q type='mixed' speaker='Paul Martin'>profondément choqué</q> » et le préfet a annoncé une enquête.",
    "Le bilan reste « <q type='mixed' speaker='Paul Martin' cue='annoncer'>une situation très préoccupante</q> » et le préfet, Paul Martin, a annoncé une enquête.",
    # a passive subject is not the speaker of the words in marks
    "Jean Dupont a déclaré : « <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous ferons appel.</q> » Paul Martin a été « <q type='mixed'>entendu par les gendarmes</q> ».",
    # "..., ajoute-t-il, précisant ...": the speaker of the speech verb before the participle
    "Paul Martin a parlé. « <q type='direct' speaker='Paul Martin' cue='ajouter'>Le dossier est clos</q> », ajoute-t-il, précisant avoir « <q type='mixed' speaker='Paul Martin' cue='préciser'>tout transmis à la justice</q> ».",
    # a bare past participle after the marks qualifies the subject, it is no inverted cue; "a précisé" is one
    "Paul Martin, 40 ans, est un militant qualifié par la police de « <q type='mixed' speaker='police' cue='qualifier'>meneur très dangereux</q> », déjà condamné plusieurs fois par le tribunal.",
    "« <q type='direct' speaker='tribunal' cue='préciser'>La peine sera aménagée</q> », a précisé le tribunal.",
])
def test_attribution_from_the_clause_and_the_sentence(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a surname the tagger reads as an adjective is still the name of the person named in full before
    "Le président de la République François Hollande ainsi que Bernard Cazeneuve ont annoncé leur visite. Le parquet antiterroriste "
    "se charge de l'affaire. Hollande est arrivé sur place à 13 h et évoque un « <q type='mixed' speaker='François Hollande' cue='évoquer'>ignoble attentat terroriste</q> ».",
    # "est « effaré par le décès »": a state of the subject, not words heard from an agent
    "Le Vatican condamne ce crime. Le curé de la paroisse, Jean Morel, est « <q type='mixed' speaker='Jean Morel'>bouleversé par la mort de son ami.</q> » "
    "Il ajoute que « <q type='mixed' speaker='Jean Morel' cue='ajouter'>c'était un homme bon et généreux</q> ».",
    # "n'a confirmé que X" restricts without denying; the participle's subject is the main verb's, not X
    "La RATP, quant à elle, n'a confirmé que le blocage du dépôt de Vitry, qui dure depuis le 2 mai, reconnaissant cependant que "
    "<q type='indirect' speaker='Régie autonome des transports parisiens' cue='reconnaître'>le mouvement avait tendance à s'étendre</q>.",
    # an inverted cue past an incise ", à l'AFP,", the speaker a role with a long complement and the apposed name
    "« <q type='direct' speaker='Paul Girard' cue='confier'>Le mouvement va encore s'amplifier dans les jours à venir</q> », "
    "a confié, à l'AFP, le directeur de cabinet du maire de Lyon, Paul Girard.",
    # "il a été révélé par X que Y ...": the agent X, not Y named in what it revealed
    "Le maire Paul Durand a démissionné.\n\nPar ailleurs, il a également été révélé par Mediapart que "
    "<q type='indirect' speaker='Mediapart' cue='révéler'>Paul Durand a reçu 40 000 euros en deux versements</q>.",
    # "un des X": the group speaks; "un de ses porte-parole, Y": the apposed name; "comme l'a lancé" is no verb of its own
    "Un des manifestants aurait affirmé que <q type='indirect' speaker='manifestants' cue='affirmer'>les députés étaient tous des incapables</q>.",
    "Le collectif exige « <q type='mixed' speaker='Paul Girard' cue='lancer'>2 milliards d'euros tout de suite</q> », comme l'a lancé un de ses porte-parole, Paul Girard.",
    # but "un de ses projets" after a cue names no speaker
    "Jean Morel est arrivé. « <q type='direct' speaker='Jean Morel' cue='évoquer'>Le projet avance bien</q> », a évoqué un de ses projets phares devant la presse.",
    # "pour les élections avec notamment X": not "Pour X, ..."; X is no speaker
    "Jean Morel a constitué une liste « sans extrémistes » pour les élections européennes avec notamment Paul Girard, Marie Petit et Luc Blanc, "
    "mais sans Pierre Noir qui « <q type='mixed' speaker='Jean Morel'>est en contact avec des personnalités peu recommandables</q> ».",
    # a date between the verb and "que"; "le journal": the organisation named as a subject, not the one named since in its words
    "Le Canard enchaîné a révélé ce mercredi 22 mars que <q type='indirect' speaker='Le Canard enchaîné' cue='révéler'>le ministre Paul Girard "
    "s'est fait offrir des costumes chez le même tailleur parisien, Arnys</q>. Le journal précise que "
    "<q type='indirect' speaker='Le Canard enchaîné' cue='préciser'>les faits datent d'une époque où la loi ne l'interdisait pas</q>.",
    # a name in marks inside reported words does not hide them; their speaker is then the current source
    "Pour Paul Girard, <q type='indirect' speaker='Paul Girard' cue='pour'>il s'agit d'une coïncidence qui n'a rien à voir avec l'« affaire Durand »</q>. "
    "« <q type='direct' speaker='Paul Girard' cue='préciser'>C'est un vrai cadeau, fait par un ami</q> », précise-t-il.",
    # "X, l'un des ..., a réclamé sur Europe 1 ...": X is the subject, nothing is reported
    "Vers 7h50, Jean Morel, l'un des dix porte-parole de l'« appel du 2 décembre », a réclamé sur Europe 1, à titre personnel, la démission du gouvernement.",
    # "le monarque" may stand for the person introduced as "le roi"
    "Le roi Mohammed VI a reçu les ministres.\n\nDans un discours le 19 avril, le monarque avait déclaré que le nom du pays était "
    "« <q type='mixed' speaker='Mohammed VI' cue='déclarer'>hérité des colons britanniques</q> ».",
    # "en Conseil des ministres, X" does not make X a minister: "le Premier ministre" stays unnamed
    "Ce matin en Conseil des ministres, Emmanuel Macron s'est dit prêt au dialogue.\n\nVers 15h10, le Premier ministre affirme à l'Assemblée que "
    "« <q type='mixed' speaker='Premier ministre' cue='affirmer'>si nous ne trouvons pas les bonnes solutions, on ne fera pas cette taxe</q> ».",
    # words quoted inside a clause another source reports are that source's: "X affirme que Y souhaite « ... »"
    "Vers 22h25, l'Élysée affirme que le président et le Premier ministre souhaitent « <q type='mixed' speaker='Élysée' cue='affirmer'>que la hausse "
    "de la taxe soit supprimée</q> » et redoutent la venue « <q type='mixed' speaker='Élysée' cue='affirmer'>d'un noyau dur de plusieurs milliers de casseurs</q> ».",
    # ... unless a medium relays what a person said: the person's words
    "Le Figaro rapporte que la ministre Marie Durand a jugé la situation « <q type='mixed' speaker='Marie Durand' cue='juger'>inacceptable</q> ».",
    "L'hebdomadaire Le Point raconte que Jean Dupont aurait demandé à Pierre Martin d'arrêter « <q type='mixed' speaker='Jean Dupont' "
    "cue='demander'>d'envoyer des ministres sur les plateaux de télé</q> ».",
    "Le Figaro rapporte que le gouvernement continuera de soutenir Kiev « <q type='mixed' speaker='Le Figaro' cue='rapporter'>aussi "
    "longtemps qu'il le faudra</q> ».",
    # ... whichever side of the clause the medium's verb stands
    "La ministre Marie Durand a jugé la situation « <q type='mixed' speaker='Marie Durand' cue='juger'>inacceptable</q> », rapporte "
    "Le Figaro.",
    "Le ministère a jugé la situation « <q type='mixed' speaker='Le Figaro' cue='rapporter'>inacceptable</q> », rapporte Le Figaro.",
    # "selon X" opening the sentence gives way to a person the clause has say the words
    "Selon l'AFP, un diplomate européen a jugé la proposition « <q type='mixed' speaker='diplomate européen' cue='juger'>irréaliste</q> ».",
    "Selon le ministère, la réforme permettra de « <q type='mixed' speaker='ministère' cue='selon'>sauver le système</q> ».",
    # who interviews or is spoken to is not who speaks: an agency, a newspaper after its noun
    "Une habitante du quartier, interrogée par l'agence Reuters, a décrit « <q type='mixed' speaker='habitante du quartier' cue='décrire'>un bruit "
    "terrible, comme un train qui passe</q> ».",
    "« <q type='direct' speaker='volontaire' cue='raconter'>Nous avons entendu des voix sous les gravats pendant toute la nuit</q> », a raconté "
    "un volontaire au quotidien El Universal.",
    "Interrogé par la BBC, l'ancien attaquant du club Gary Lineker a estimé que Mauricio Pochettino méritait « <q type='mixed' "
    "speaker='Gary Lineker' cue='estimer'>beaucoup mieux</q> ».",
    # an incise inside the marks is not quoted: the words either side are two quotes of its speaker
    "« <q type='direct' speaker=\"dirigeant d'EDF\" cue='assurer'>Le devis sera présenté d'ici à la fin de l'année, et il sera tenu</q>, a assuré "
    "le dirigeant d'EDF. <q type='direct' speaker=\"dirigeant d'EDF\" cue='assurer'>Nous avons tiré les leçons de Flamanville.</q> »",
    "« <q type='direct' speaker='Jean Dupont' cue='déclarer'>La France</q>, a déclaré Jean Dupont, <q type='direct' speaker='Jean Dupont' "
    "cue='déclarer'>ne cédera pas.</q> »",
    "Le maire a pris la parole. « <q type='direct' speaker='maire' cue='déclarer'>Nous avons voté</q>, a-t-il déclaré. »",
    # each part keeps its own incise's cue, and the kind of the first
    "« <q type='direct' speaker='ministre' cue='déclarer'>Nous partirons</q>, a déclaré le ministre. <q type='direct' speaker='ministre' "
    "cue='ajouter'>Nous reviendrons</q>, a-t-il ajouté. <q type='direct' speaker='ministre' cue='ajouter'>Nous gagnerons.</q> »",
    # a comma before a verb that is not a speech verb's incise leaves the quote whole
    "Le maire a pris la parole. « <q type='direct' speaker='maire'>Nous avons voté, avons attendu, puis nous sommes partis.</q> »",
    # a broader role noun (broader_roles.jsonl) is a role noun: "l'édile" is the mayor
    "« <q type='direct' speaker='Johanna Rolland' cue='déclarer'>Ce n'est pas un choix de confort</q> », a déclaré la maire socialiste, "
    "Johanna Rolland.\n\nSelon l'édile, <q type='indirect' speaker='Johanna Rolland' cue='selon'>la baisse des dotations coûte 26 millions "
    "d'euros à la ville</q>.",
    # a nationality the model tags as a common noun: the person just quoted
    "« <q type='direct' speaker='António Costa' cue='déclarer'>Nous avons pris nos responsabilités</q> », a déclaré le président du Conseil "
    "européen, António Costa.\n\nLe Portugais a reconnu que les négociations avaient été « <q type='mixed' speaker='António Costa' "
    "cue='reconnaître'>longues et parfois franches</q> ».",
    # a body noun with a complement telling what the body does: the organisation just named
    "Europol a annoncé jeudi le démantèlement d'un réseau. Dans un communiqué, l'agence européenne de coopération policière indique que "
    "<q type='indirect' speaker='Europol' cue='indiquer'>plus de 11 tonnes de cocaïne ont été saisies</q>.",
    # a body's acronym restated in brackets is not the role's holder: the name apposed after it is
    "Selon le porte-parole du service départemental d'incendie et de secours (SDIS), le commandant Julien Marty, <q type='indirect' "
    "speaker='Julien Marty' cue='selon'>les pompiers ont effectué 640 interventions</q>.",
    # "les Sages" is the Conseil constitutionnel (organisations.jsonl); "jugent-ils" is not a noun of what it reports
    "Le Conseil constitutionnel a censuré jeudi plusieurs dispositions de la loi.\n\nDans sa décision, les Sages estiment que <q type='indirect' "
    "speaker='Conseil constitutionnel' cue='estimer'>le législateur n'a pas assuré une conciliation équilibrée</q>. <q type='indirect' "
    "speaker='Conseil constitutionnel' cue='juger'>Les garanties prévues sont insuffisantes</q>, jugent-ils.",
    # "il" for a body of its gender, the main subject of the sentence before; not a body in what "il" reports
    "« <q type='direct' speaker='Aymeric Elluin' cue='déclarer'>Le Parlement n'a aucun droit de regard</q> », a déclaré Aymeric Elluin.\n\n"
    "Le ministère des Armées a rejeté ces accusations. Dans une déclaration transmise à l'AFP, il assure que chaque licence fait l'objet "
    "d'un examen « <q type='mixed' speaker='ministère des Armées' cue='assurer'>rigoureux et au cas par cas</q> ».",
    "« <q type='direct' speaker=\"représentant de l'ONU\" cue='déclarer'>Nous sommes soulagés</q> », a déclaré le représentant de l'ONU. "
    "Le Premier ministre haïtien a salué la décision du Conseil. <q type='indirect' speaker='Premier ministre haïtien' cue='dire'>Son "
    "gouvernement entend organiser des élections avant la fin de l'année</q>, a-t-il dit.",
    # a name opening the sentence before an aside the parse takes for the subject's place
    "Pékin, de son côté, a dénoncé une « <q type='mixed' speaker='Pékin' cue='dénoncer'>ingérence flagrante</q> » dans ses affaires intérieures.",
    "Paris, ville lumière, a accueilli les « Jeux olympiques » en 2024.",
    # a role noun with no holder: the person named in its paragraph, even as a complement, over a subject named paragraphs before
    "Le Japonais Hirokazu Kore-eda a remporté la Palme d'or.\n\nLe Grand Prix a été attribué au film de l'Américain Spike Lee. "
    "Le réalisateur a dénoncé la politique du président. « <q type='direct' speaker='Spike Lee' cue='lancer'>Le monde entier nous "
    "regarde</q> », a-t-il lancé.",
    # not reported by anyone: the subject of the verb that governs the marks
    "Le préfet est arrivé. Le président et le Premier ministre souhaitent « <q type='mixed' speaker='président et le Premier ministre' "
    "cue='souhaiter'>que la hausse de la taxe soit supprimée</q> ».",
    # "lui" with no person named: the subject noun before, not one inside the words it reported
    "Le chauffeur a pris sa retraite. Il déclare qu'<q type='indirect' speaker='chauffeur' cue='déclarer'>avant, tout le monde validait son titre "
    "de transport</q>. Selon lui « <q type='mixed' speaker='chauffeur' cue='selon'>aujourd'hui, les gens ne paient plus et les agressions se multiplient.</q> »",
    # a predicate in marks the parse leaves without a subject: the person named before it in the sentence ("de" inside a name is no preposition)
    "Concernant la pétition qui atteint 1,7 million de signataires, Paul de Lacroix, ministre de la Transition écologique, est "
    "« <q type='mixed' speaker='Paul de Lacroix'>agréablement surpris</q> » du succès de cette pétition qui "
    "« <q type='mixed' speaker='Paul de Lacroix'>est peut-être aussi une réplique aux mouvements sociaux</q> ».",
    # "X, selon lequel ...": X says what follows the relative pronoun; "pour lesquels" names no source
    "Même son de cloche au ministère de la Justice, selon lequel <q type='indirect' speaker=\"ministère de la Justice\" cue='selon'>le dispositif "
    "n'est pas une solution miracle mais a pour but de recueillir des renseignements</q>.",
    "Paul Girard avait essuyé des tirs à Vichy, pour lesquels son ex-beau-père a été mis en examen pour « <q type='mixed'>tentative d'assassinat</q> » et écroué.",
    # "pour avoir voté" is a purpose, no source; "car pour lui," opens the reported words
    "Vers 20h00, le député Paul Girard a été exclu du groupe LREM, pour avoir voté contre le projet de budget 2019, car pour lui, "
    "<q type='indirect' speaker='Paul Girard' cue='pour'>la situation que révèle le mouvement n'est pas à prendre à la légère</q>.",
    "Le député Paul Girard a été exclu du groupe, pour avoir voté contre le projet de budget 2019, la semaine dernière.",
    # "le gouvernement" is not the source last quoted when that one is only known as "la préfecture"
    "Le département a connu « <q type='mixed' speaker='préfecture' cue='selon'>la plus grosse manifestation de son histoire</q> », selon la préfecture. "
    "Cette demande a été rejetée par le gouvernement, qui ne veut pas « <q type='mixed' speaker='gouvernement'>céder à la facilité et promettre des aides irréalistes</q> ».",
    # "X avait, il y a quelques jours, qualifié": X, though the parse loses the auxiliary past the incise
    "La sœur de Paul Girard a confirmé qu'un trésor était la cause du drame, alors que la mère du suspect avait, il y a quelques jours, "
    "qualifié cette hypothèse de « <q type='mixed' speaker='mère du suspect' cue='qualifier'>légende familiale sans fondement</q> ».",
    # the speech verb right before the marks introduces them, whatever the parse, before one after them
    "D'autres vidéastes ont tenu à réagir. C'est entre autres le cas de Paul Girard, qui commente « <q type='mixed' speaker='Paul Girard' cue='commenter'>Ne nous "
    "mettez pas tous dans le même panier, les rumeurs nuisent</q> » , de Jean Morel qui publie une blague, ou encore de Luc Blanc.",
    # a verb passing on someone's words: their author speaks, not who repeats them; his own position stays his
    "Vers 22h30, Paul Girard répète les propos tenus par le manifestant Jean Morel : « <q type='direct' speaker='Jean Morel' cue='répéter'>samedi, "
    "c'est l'aboutissement final, samedi, c'est l'Élysée</q> ».",
    "Le présentateur Paul Girard cite les propos du syndicaliste Jean Morel : « <q type='direct' speaker='Jean Morel' cue='citer'>Nous ne lâcherons rien, la grève continue</q> ».",
    "Paul Girard répète sa position : « <q type='direct' speaker='Paul Girard' cue='répéter'>Nous ne lâcherons rien, la grève continue</q> ».",
    # but who received the words did not write them
    "Le Monde publie les lettres reçues par le ministre Paul Girard : « <q type='direct' speaker='Le Monde' cue='publier'>Nous ne lâcherons rien, la grève continue</q> ».",
    # "X : « ... » a-t-elle déclaré": the pronoun is the source the sentence introduces, if the gender agrees
    "Bien que la cause remontera vraisemblablement à la Cour suprême, la nouvelle est accueillie avec soulagement par Amnesty International : "
    "« <q type='direct' speaker='Amnesty International' cue='déclarer'>Les tentatives erratiques du gouvernement ont eu un impact terrible sur des "
    "individus innocents</q> » a-t-elle déclaré.",
    "Paul Girard est arrivé. Marie Petit l'attendait : « <q type='direct' speaker='Paul Girard' cue='plaisanter'>Il est en retard, comme toujours</q> » a-t-il plaisanté.",
    # "Pour X," reports X's view only when X may speak: not "Pour les lieux de vie des policiers,"
    "Pour les lieux de vie des policiers et gendarmes, 300 millions d'euros ont été budgétisés.",
    "Pour le maire, <q type='indirect' speaker='maire' cue='pour'>la situation est grave et personne ne fait rien</q>.",
    # "X, quant à lui, s'insurge": X is what "il" points back to, though the parse makes the name the root
    "Paul Girard avait porté plainte contre Jean Morel. Morel, qui a depuis remporté la primaire, avait été mis en examen.\n\n"
    "Girard, quant à lui, s'insurge et fait le parallèle avec d'autres affaires. « <q type='direct' speaker='Paul Girard' cue='fustiger'>Il y a une "
    "justice à deux vitesses</q> » , fustige-t-il.",
    # the name apposed to a role phrase the model reads as a name itself
    "Selon le Premier ministre d'Australie-Méridionale, Jay Weatherill, <q type='indirect' speaker='Jay Weatherill' cue='selon'>Elizabeth II devrait "
    "présider elle-même au changement de régime</q>.",
    # marks before their clause, the parse hanging the clause on them: the clause's subject
    "Vers 12h30, à Gap (Hautes-Alpes), « <q type='mixed' speaker='Confédération générale du travail'>pour ne pas faire d'histoires</q> », "
    "la CGT a démonté elle-même son campement au rond-point.",
    # a chain of "il" subjects goes back to the one person the sentence before it names, not to the last person named as a subject
    "Mike Pence a prêté serment à midi.\n\nVient ensuite le tour de Donald Trump. Entouré de ses proches, il a prêté serment sur les marches du "
    "Capitole.\n\nIl a choisi deux bibles, dont celle d'Abraham Lincoln.\n\nIl s'est notamment engagé à ce que sa présidence montre la voie "
    "« <q type='mixed' speaker='Donald Trump' cue=\"s'engager\">pour des années et des années</q> », en promettant de "
    "« <q type='mixed' speaker='Donald Trump' cue='promettre'>renforcer les vieilles alliances</q> ».",
    # "a-t-il d'abord affirmé", "a-t-il aussi martelé" (tagged as an adjective): the clitic after the auxiliary is the subject
    "Vient ensuite le tour de Donald Trump.\n\nIl a ensuite prononcé son discours. « <q type='direct' speaker='Donald Trump' cue='affirmer'>Il s'agit "
    "de donner un cap au pays pour les quatre prochaines années (...) Je tiens à saluer l'aide de Paul et Marie Martin. Ils ont été fantastiques</q> » , "
    "a-t-il d'abord affirmé, avant de réaffirmer ses idées. « <q type='direct' speaker='Donald Trump' cue='marteler'>L’Amérique d’abord</q> » , a-t-il aussi martelé.",
    # a speech verb after "tenir à", "vouloir": its inverted subject speaks
    "« <q type='direct' speaker='Jean-François Martins' cue='tempérer'>Tous les travaux se font en concertation</q> », a cependant tenu à "
    "tempérer Jean-François Martins, adjoint à la mairie.",
    # an inverted subject with a complement, then the apposed name: the name, whatever the noun (not the organisation)
    "« <q type='direct' speaker='Robert Lightfoot' cue='expliquer'>C'est le plus grand projet international de l'histoire</q> », "
    "explique l'administrateur de la NASA, Robert Lightfoot.",
    # a speech verb the tagger reads as a noun ("juge") right before "que"; "le juge que" stays a noun
    "L'entraîneur parisien, Pierre Dupont, juge que <q type='indirect' speaker='Pierre Dupont' cue='juger'>le résultat doit servir de réveil au club</q>.",
    "Le juge que nous avons rencontré a refusé de commenter l'affaire.",
    # an indefinite pronoun after the cue speaks for itself, not the subject inside the quote; with the people it counts, the phrase
    "« <q type='direct' speaker='certains' cue='lancer'>Nous ne céderons pas</q> », ont lancé certains.",
    "Nombre de manifestants ont clamé : « <q type='direct' speaker='Nombre de manifestants' cue='clamer'>Nous ne céderons pas</q> ».",
    # "selon X cités par Y": X speaks, Y only relays; "selon Reuters" alone is Reuters
    "<q type='indirect' speaker='responsables turcs' cue='selon'>Il s'agirait d'un attentat-suicide</q>, selon des responsables turcs cités par CNN.",
    "Selon des diplomates interrogés par Reuters, <q type='indirect' speaker='diplomates' cue='selon'>l'accord pourrait être signé lundi</q>.",
    "Selon Reuters, <q type='indirect' speaker='Reuters' cue='selon'>l'accord pourrait être signé lundi</q>.",
    # an inverted cue, then another clause about its source: the report before it stands
    "<q type='indirect' speaker='élu' cue='estimer'>Les dégâts dépassent dix millions d'euros pour la seule commune</q>, estime l'élu, "
    "qui réclame une aide de l'État.",
    "Le président Paul Biya a parlé. <q type='indirect' speaker='Paul Biya' cue='dire'>Son gouvernement entend organiser des élections avant la fin "
    "de l'année</q>, a-t-il dit dans une allocution télévisée.",
    # but a participle with its object or its agent is no inverted cue
    "Selon le directeur de la discothèque, interrogé par Sky News, <q type='indirect' speaker='directeur de la discothèque' cue='selon'>les tirs "
    "ont débuté vers 2 heures</q>.",
    # "cette même source": the source quoted before, not the words "même source"
    "Selon une source diplomatique, <q type='indirect' speaker='source diplomatique' cue='selon'>les discussions avancent</q>. "
    "<q type='indirect' speaker='source diplomatique' cue='estimer'>La présence de l'Égypte sera décisive</q>, estime cette même source.",
    # a role, a complement the parse hangs on the verb, then the apposed name
    "« <q type='direct' speaker='Margaret Ellison' cue='déclarer'>Nous condamnons cette attaque</q> », a déclaré l'ambassadrice des États-Unis "
    "auprès de l'ONU, Margaret Ellison.",
    # a role noun other than the one a person was introduced with points back to that person named in the paragraph
    "L'historienne Aminata Sow juge que <q type='indirect' speaker='Aminata Sow' cue='juger'>le geste est attendu</q>. « <q type='direct' "
    "speaker='Aminata Sow' cue='estimer'>Les Sénégalais veulent des actes concrets, pas des discours</q> », estime la chercheuse.",
    # "il" after a sentence whose subject is a role noun: that person, not one named before
    "Jean Dupont, président du groupe, a parlé longuement. Interrogé sur le recours au 49.3, un conseiller ministériel n'a pas exclu cette "
    "option. « <q type='direct' speaker='conseiller ministériel' cue='confier'>Personne ne veut y recourir</q> », a-t-il confié.",
    # but not the subject of the words he reported
    "Le ministre Jean Dupont a parlé. Il estime que <q type='indirect' speaker='Jean Dupont' cue='estimer'>chaque député devrait toucher un "
    "seul salaire</q>. « <q type='direct' speaker='Jean Dupont' cue='ajouter'>Je suis favorable à la réforme</q> », a-t-il ajouté.",
    # "le communiqué" named again: its issuer, not the source quoted since
    "« <q type='direct' speaker=\"Quai d'Orsay\" cue='souligner'>La situation est grave</q> », souligne un communiqué du Quai d'Orsay. "
    "Selon une source diplomatique, <q type='indirect' speaker='source diplomatique' cue='selon'>les discussions avancent</q>. "
    "<q type='indirect' speaker=\"Quai d'Orsay\" cue='indiquer'>Un dispositif comparable pourrait être reconduit</q>, indique le communiqué.",
    # "pour X" closing a sentence gives X's view when X is a person; not a purpose, nor whom one worked for
    "<q type='indirect' speaker='diplomate américaine' cue='pour'>Le sommet démontre au contraire la solidité du lien transatlantique</q>, "
    "pour la diplomate américaine.",
    "<q type='indirect' speaker='Pierre Delorme' cue='pour'>La hausse des prix pèse sur l'ensemble de la région</q>, pour Pierre Delorme.",
    "Le gouvernement a débloqué 300 millions d'euros, pour les agriculteurs.",
    "Elle a travaillé trois ans, pour Force républicaine (association de Jean Dupont) mais aussi pour la fondation de Marc Durand.",
    # an incise with its own agent before the verb: the subject it qualifies speaks, not the agent
    "Un responsable d'une ONG malienne, joint par téléphone, décrit « <q type='mixed' speaker=\"responsable d'une ONG malienne\" "
    "cue='décrire'>des villages entiers vidés de leurs habitants</q> ».",
    # "qui" after the inverted source, whatever the parse hangs it on; not a plural "qui" after the last of several names
    "<q type='indirect' speaker='Élysée' cue='annoncer'>Le président se rendra au Sénégal</q>, a annoncé mardi l'Élysée, qui évoque "
    "« <q type='mixed' speaker='Élysée' cue='évoquer'>une nouvelle étape</q> » de la relation.",
    "Le traité fut signé entre l'Allemagne, la France et le Luxembourg, qui s'étaient engagés à « <q type='mixed' cue=\"s'engager\">établir "
    "les fondements d'une union sans cesse plus étroite</q> ».",
    # two sources in one sentence: the first report stops where the second begins
    "Le président du groupe, Damien Roche, a estimé que <q type='indirect' speaker='Damien Roche' cue='estimer'>le texte pouvait être "
    "amélioré</q>, tandis que sa collègue Isabelle Nguyen a jugé qu'<q type='indirect' speaker='Isabelle Nguyen' cue='juger'>une hausse "
    "ciblée de la fiscalité était inévitable</q>.",
    # but not at a verb without words of its own; a source's affiliation after it is not what it says
    "Vers 6h00, LCI annonce que d'après l'enquête OpinionWay, <q type='indirect' speaker='OpinionWay' cue=\"d'après\">66% des Français "
    "soutiennent toujours les Gilets jaunes</q>.",
    "D'après Julien Terrasse, chez Natixis, <q type='indirect' speaker='Julien Terrasse' cue=\"d'après\">le chiffre du FMI reste plutôt "
    "optimiste</q>.",
    # a broader role stands for the person introduced with a narrower one of its domain (broader_roles.jsonl) ...
    "« <q type='direct' speaker='Thierry Dran' cue='déclarer'>Les auteurs sont identifiés</q> », a déclaré le procureur, Thierry Dran. "
    "Selon le magistrat, <q type='indirect' speaker='Thierry Dran' cue='selon'>le butin n'a été retrouvé qu'en partie</q>.",
    # ... "Me X" is a lawyer, named as the object of a verb: "l'avocate" is her
    "Une lecture que conteste Me Sophie Kerbrat, conseil de la famille. L'avocate a rappelé que <q type='indirect' speaker='Sophie Kerbrat' "
    "cue='rappeler'>la victime avait reçu onze coups de couteau</q>.",
    # where one speaks is not who speaks
    "« <q type='direct' speaker='deux groupes' cue='indiquer'>Nous sommes prêts</q> », indiquent les deux groupes dans un communiqué commun.",
    # a document speaks for whoever published it or was named as its issuer before
    "Le Secours populaire publie son rapport annuel. Julien Damon, sociologue, a commenté les chiffres. « <q type='direct' "
    "speaker='Secours populaire' cue='conclure'>Le nombre de demandeurs a doublé en dix ans</q> », conclut le document.",
    "<q type='indirect' speaker='Secours populaire' cue='selon'>Un enfant sur cinq vit sous le seuil de pauvreté</q>, selon le rapport annuel du "
    "Secours populaire. Julien Damon, sociologue, a commenté les chiffres. « <q type='direct' speaker='Secours populaire' cue='souligner'>Jamais nos "
    "permanences n'avaient accueilli autant de mères seules</q> », souligne le rapport.",
    # a noun for people with its article after the cue is the person the text is about; with "un", someone new
    "La vidéaste Inès Carpentier a travaillé à partir d'archives familiales. « <q type='direct' speaker='Inès Carpentier' cue='préciser'>Il n'y a "
    "presque pas de visages</q> », précise la jeune femme.",
    "La vidéaste Inès Carpentier a travaillé à partir d'archives familiales. « <q type='direct' speaker='jeune femme' cue='préciser'>Il n'y a "
    "presque pas de visages</q> », précise une jeune femme.",
    # "X : « ... »" without a verb: the phrase before the colon, by its head ("Réaction de X à la sortie", not "sortie")
    "Le procès reprend lundi. Réaction de Me Thomas Le Gall à la sortie : « <q type='direct' speaker='Thomas Le Gall' cue=':'>Le parquet "
    "réclame une peine d'exemple, pas une peine juste</q> ».",
    "Le ministre de l'Intérieur : « <q type='direct' speaker=\"ministre de l'Intérieur\" cue=':'>Nous ne céderons rien</q> ».",
    # a clause with its own named subject after "D'après X," speaks for itself; not a subject that cannot speak
    "D'après la préfecture, les blocages ont été levés, mais la Coordination rurale promet de « <q type='mixed' speaker='Coordination rurale' "
    "cue='promettre'>revenir plus nombreux</q> » la semaine prochaine.",
    "D'après Le Parisien, tous ces éléments semblent bien confirmer l'hypothèse « <q type='mixed' speaker='Le Parisien' cue=\"d'après\">privilégiée "
    "par les enquêteurs</q> ».",
    # "elle" is not the source last quoted when a masculine noun names it ("un conseiller ministériel")
    "Interrogé dans les couloirs, un conseiller ministériel n'a pas exclu cette hypothèse. « <q type='direct' speaker='conseiller ministériel' "
    "cue='confier'>Personne ne veut y recourir</q> », a-t-il confié. La ministre des Comptes publics, Catherine Vidal, était présente. "
    "« <q type='direct' speaker='Catherine Vidal' cue='assurer'>Je crois au débat parlementaire</q> », a-t-elle assuré en fin de soirée.",
    # "À Matignon, on confirme": the place that opens the clause speaks; a bare "on", the source quoted before
    "<q type='indirect' speaker='Élysée' cue='annoncer'>Le président se rendra au Sénégal</q>, a annoncé l'Élysée. À Matignon, on confirme que "
    "<q type='indirect' speaker='Matignon' cue='confirmer'>la Première ministre ne fera pas partie du voyage</q>.",
    "<q type='indirect' speaker='Élysée' cue='annoncer'>Le président se rendra au Sénégal</q>, a annoncé l'Élysée. On précise que "
    "<q type='indirect' speaker='Élysée' cue='préciser'>la Première ministre ne fera pas partie du voyage</q>.",
    # "s'est dite « ... »" says, whatever the length; "dite « X »" names
    "La maire, Nadia Kaci, s'est dite « <q type='mixed' speaker='Nadia Kaci' cue='se dire'>soulagée</q> ».",
    "L'opération dite « Barkhane » a pris fin au Sahel.",
    # a speech verb right after the quote, though the tagger reads it as a noun ("analyse", "soupire")
    "« <q type='direct' speaker='Camille Royer' cue='analyser'>Le marché du lait est en forte croissance en Asie</q> », analyse Camille Royer, "
    "du cabinet Agrimarchés.",
    "« <q type='direct' speaker='automobiliste coincé' cue='soupirer'>On n'a pas bougé depuis une heure</q> », soupire un automobiliste coincé "
    "sur la rocade.",
    # an age is no complement: "l'artiste de 38 ans" points back to the singer, though the parse makes the participle the subject
    "La chanteuse Lou Marceau présente un spectacle. Rencontrée dans sa loge, l'artiste de 38 ans se dit « <q type='mixed' speaker='Lou Marceau' "
    "cue='se dire'>à la fois terrifiée et impatiente</q> ».",
    # a declarative verb's bare infinitive reports what its subject says; "promettre de", "souhaiter" do not
    "Le témoin affirme <q type='indirect' speaker='témoin' cue='affirmer'>avoir vu deux personnes s'enfuir</q>. Le maire a promis de "
    "rembourser les victimes. Le préfet souhaite partir avant la fin du mois.",
    "Leur responsable, Karim Ouali, dit <q type='indirect' speaker='Karim Ouali' cue='dire'>manquer surtout de produits d'entretien</q>.",
    # the press varies how it calls the person just named: another role, a nationality ...
    "Mercredi, l'avocate générale, Claire Le Bihan, a requis vingt ans de réclusion. Pour la magistrate, <q type='indirect' "
    "speaker='Claire Le Bihan' cue='pour'>la préméditation n'est pas établie</q>.",
    "Son capitaine, Dante, a tenu à relativiser. Selon le défenseur brésilien, Nice reste « <q type='mixed' speaker='Dante' cue='selon'>dans "
    "les clous</q> ».",
    "« <q type='direct' speaker='Henrik Solberg' cue='déclarer'>Les alliés ont tenu parole</q> », a déclaré le secrétaire général de l'Alliance, "
    "Henrik Solberg. <q type='indirect' speaker='Henrik Solberg' cue='selon'>Tous les membres consacreront 3 % de leur PIB à la défense</q>, "
    "selon le Norvégien.",
    "Le rapporteur de la commission, le député Philippe Bolo, l'a interrogé sur un rapport interne. « <q type='direct' speaker='Philippe Bolo' "
    "cue='demander'>Pourquoi ce rapport n'a-t-il jamais été transmis ?</q> », a demandé le rapporteur.",
    "« <q type='direct' speaker='Habib Beye' cue='déclarer'>Ce groupe ne lâche jamais</q> », a déclaré l'entraîneur rennais Habib Beye. "
    "Le technicien a reconnu que son équipe avait « <q type='mixed' speaker='Habib Beye' cue='reconnaître'>beaucoup souffert</q> ».",
    # ... but a role with a complement of its own introduces someone new, and a nationality before a name is that name's
    "L'imam de la ville, Mohammed Karabila, est « <q type='mixed' speaker='Mohammed Karabila'>effaré</q> ». L'archevêque de Rouen "
    "appelle tout le monde « <q type='mixed' speaker='archevêque de Rouen' cue='appeler'>à prier</q> ».",
    "Justin Gatlin a été sifflé. Le Français Jimmy Vicaut, qui courait entre Bolt et Gatlin, termine septième. « <q type='direct' "
    "speaker='Jimmy Vicaut' cue='confier'>C'est une déception</q> », a-t-il confié.",
    # one office under its other names (offices.jsonl), a broader noun for a role of its domain (broader_roles.jsonl) ...
    "Le chef du gouvernement, Antoine Mérieux, a présenté sa nouvelle équipe. Dans un communiqué, le Premier ministre affirme que "
    "<q type='indirect' speaker='Antoine Mérieux' cue='affirmer'>les priorités restent la sécurité et l'école</q>.",
    "La présidente de l'institution, Elena Moretti, a annoncé une baisse des taux. La patronne de la BCE a refusé d'aller plus loin. "
    "« <q type='direct' speaker='Elena Moretti' cue='insister'>Nous décidons réunion par réunion</q> », a-t-elle insisté.",
    # ... not another portfolio, and a place of speaking is no complement
    "Le ministre de l'Intérieur, Paul Roche, était présent. Le ministre de la Justice a déclaré que <q type='indirect' "
    "speaker='ministre de la Justice' cue='déclarer'>la réforme serait votée</q>.",
    "Le ministre de l'Industrie, Raphaël Constant, a annoncé qu'<q type='indirect' speaker='Raphaël Constant' cue='annoncer'>il recevrait la "
    "direction lundi</q>. « <q type='direct' speaker='Raphaël Constant' cue='prévenir'>Je ne laisserai pas fermer ce site</q> », a prévenu le "
    "ministre sur France Inter.",
    # a name right after the role, without a comma; a nationality before the apposed name; the holder of a role, not its body
    "« <q type='direct' speaker='Levent Özkan' cue='avertir'>Une réplique n'est pas à exclure</q> », avertit le géologue Levent Özkan, de "
    "l'université technique d'Istanbul.",
    "« <q type='direct' speaker='Ingrid Solberg' cue='résumer'>Les électeurs ont eu un vrai choix</q> », a résumé la cheffe de la mission, "
    "la Norvégienne Ingrid Solberg.",
    "Pour le président de la Bundesbank, Konrad Weiss, <q type='indirect' speaker='Konrad Weiss' cue='pour'>la BCE prend un risque</q>.",
    # the inverted subject past what the parse gets wrong: the quote's own auxiliary, a medium named after a preposition,
    # a second apposition, a speech verb tagged X
    "« <q type='direct' speaker='Claire Montaigu' cue='prévenir'>Notre patience a des limites, et elles sont proches</q> », a prévenu la "
    "ministre française des Affaires étrangères, Claire Montaigu, depuis Bruxelles.",
    "« <q type='direct' speaker='Mathilde Serre' cue='dénoncer'>On change les visages, on ne change pas la politique</q> », a dénoncé sur "
    "France Inter la présidente du groupe écologiste à l'Assemblée, Mathilde Serre.",
    "« <q type='direct' speaker='Murat Kaya' cue='assurer'>Nous avons encore quarante-huit heures</q> », a assuré jeudi matin son président, "
    "le ministre turc de l'Environnement, Murat Kaya.",
    "« <q type='direct' speaker='Jean Carrel' cue='commenter'>Le marché salue une restructuration attendue depuis longtemps</q> », commente "
    "Jean Carrel, analyste chez Oddo BHF.",
    # "celle-ci" is the person named last, subject or not; a subject the parse hangs on its incise; "l'ambassadrice" is a woman
    "La ministre sortante, Nathalie Ferrand, a remis les clés à Claire Dumoulin. « <q type='direct' speaker='Nathalie Ferrand' "
    "cue='glisser'>Je te laisse une belle maison</q> », a glissé la première à la seconde. « <q type='direct' speaker='Claire Dumoulin' "
    "cue='répondre'>Je compte bien finir les travaux</q> », a répondu celle-ci en souriant.",
    "« <q type='direct' speaker='Washington' cue='déclarer'>Nous soutenons ce texte</q> », a déclaré Washington. Le représentant du Soudan, "
    "invité à s'exprimer, a dénoncé un texte « <q type='mixed' speaker='représentant du Soudan' cue='dénoncer'>rédigé sans consultation</q> ».",
    "L'ambassadrice américaine, Linda Carrow, a rappelé que <q type='indirect' speaker='Linda Carrow' cue='rappeler'>les États-Unis "
    "financent 40 % de l'aide</q>. Elle a appelé les pays du Golfe à « <q type='mixed' speaker='Linda Carrow' cue='appeler'>cesser "
    "d'alimenter le conflit</q> ».",
    # "l'humanitaire" may be a woman; a role with a complement is one named before with a role it fits
    "La coordinatrice de MSF, Julie Marchetti, décrit des familles « <q type='mixed' speaker='Julie Marchetti' cue='décrire'>qui dorment "
    "sous la pluie</q> ». « <q type='direct' speaker='Julie Marchetti' cue='ajouter'>Nous n'avions même pas de lumière</q> », ajoute "
    "l'humanitaire.",
    # "l'organisation" is not the United Nations nested in the name of the agency named before
    "Le Haut-Commissariat des Nations unies pour les réfugiés a lancé un appel. Le Comité international de la Croix-Rouge s'inquiète du sort "
    "des civils. Dans un communiqué, l'organisation rappelle que <q type='indirect' speaker='Comité international de la Croix-Rouge' "
    "cue='rappeler'>les attaques contre les hôpitaux sont des violations graves</q>.",
    # a generic role with a complement is one named before with another role, not one with the same noun; the outermost role
    # before a name is that person's ("le rôle du premier adjoint, X")
    "Contre l'avis du ministre, un amendement du sénateur Les Républicains Bernard Quilès maintenant l'obligation d'affichage des prix a "
    "été adopté. « <q type='direct' speaker='Bernard Quilès' cue='plaider'>On ne simplifie pas ainsi</q> », avait plaidé l'élu de l'Aveyron.",
    "« <q type='direct' speaker='Hervé Delmas' cue='souligner'>C'est peu</q> », a souligné le représentant de la France, Hervé Delmas. "
    "Le représentant du Soudan a dénoncé un texte « <q type='mixed' speaker='représentant du Soudan' cue='dénoncer'>rédigé sans "
    "consultation</q> ».",
    "L'opposition conteste le rôle du premier adjoint, Gilles Ravel. « <q type='direct' speaker='Gilles Ravel' cue='assurer'>Je n'ai "
    "aucun lien avec cette société</q> », assure le premier adjoint.",
    # a role the article names only after: the person named with it next
    "<q type='indirect' speaker='Thierry Dran' cue='annoncer'>Trois hommes ont été mis en examen</q>, a annoncé le procureur de la République "
    "de Lyon. « <q type='direct' speaker='Thierry Dran' cue='déclarer'>Les auteurs sont identifiés</q> », a déclaré le procureur, Thierry Dran.",
    # a definite noun phrase right before a speech verb the tagger read as a noun is its subject; "le Conseil" is the council named
    "Le Conseil constitutionnel a censuré une disposition de la loi. Dans sa décision, le Conseil juge que <q type='indirect' "
    "speaker='Conseil constitutionnel' cue='juger'>le législateur n'a pas assuré une conciliation équilibrée</q>.",
    # a document "de l'agence" speaks for the agency named before, not for its director quoted last
    "« <q type='direct' speaker='Mariano Castell' cue='déclarer'>Il reste beaucoup de travail</q> », a déclaré le directeur général de "
    "l'AIEA, Mariano Castell. Selon le dernier rapport trimestriel de l'agence, <q type='indirect' "
    "speaker=\"Agence internationale de l'énergie atomique\" cue='selon'>ce stock dépasserait 400 kilogrammes</q>.",
    # a person named just after with a role of their own is not the one the role before names ("Son homologue italien, X")
    "« <q type='direct' speaker='ministre français' cue='répondre'>La France ne renoncera pas à sa taxe</q> », a répondu le ministre français, "
    "interrogé sur ce point. "
    "Son homologue italien, Giorgio Ferri, a été plus conciliant.",
    # a speech verb set off by commas inside the clause it reports: the whole sentence, its source after the verb
    "<q type='indirect' speaker=\"ministre de l'Intérieur\" cue='préciser'>Le texte, a précisé le ministre de l'Intérieur, sera voté en "
    "juin</q>.",
    # a quote standing alone after a sentence whose subject is a role: the role speaks
    "Le président de la région a visité l'usine. « <q type='direct' speaker='président de la région'>Nous soutiendrons les salariés "
    "jusqu'au bout.</q> »",
    # a name set off by commas before a finite verb is its subject, however the parse reads it
    "Côté normand, le président de la coopérative, Jean-Marc Hébert, insiste sur l'intérêt des éleveurs. D'après lui, <q type='indirect' "
    "speaker='Jean-Marc Hébert' cue=\"d'après\">le prix du lait pourrait progresser</q>.",
    # a colon closing the paragraph before introduces a quote that opens its own
    "De violents incidents ont éclaté dans la nuit. L'ONG Human Rights Watch précise :\n\n« <q type='direct' speaker='Human Rights "
    "Watch' cue='préciser'>La fouille s'est transformée en expédition punitive. Un homme est mort.</q> »",
    # a block quotation signed on the line under it
    "Le réalisateur a annulé sa venue au festival.\n\n« <q type='direct' speaker='Société Dark Star' cue='—'>Nous sommes tristes de vous "
    "annoncer que Michael Moore ne viendra pas en France</q> »\n\n— Société Dark Star\n\nLe festival s'ouvre vendredi.",
    # a speech verb in the infinitive after the verb that follows the quote: its subject after them speaks
    "Le cycliste Roger Walkowiak est mort mardi. Il avait laissé son nom à une expression, « un Tour à la Walko ». « <q type='direct' "
    "speaker='Roger Walkowiak' cue='rectifier'>Ce Tour était riche en attaques</q> », préférait rectifier l'intéressé.",
    # "par voie de communiqué" tells how, not who: the subject speaks
    "La Maison-Blanche a immédiatement réagi par voie de communiqué en qualifiant la décision de « <q type='mixed' "
    "speaker='Maison Blanche' cue='qualifier'>scandaleuse</q> ».",
    # what a passive says is estimated is no speaker
    "Une centaine de manifestants ont vandalisé l'Arc de Triomphe : le montant des réparations est estimé à « <q type='mixed' "
    "cue='estimer'>plus d'un million d'euros</q> ».",
    # a role no one was introduced with is not the person named next beside another noun
    "Le président du tribunal de commerce a indiqué qu'« <q type='mixed' speaker='président du tribunal de commerce' cue='indiquer'>il "
    "n'y avait plus qu'un candidat</q> » à la reprise. Le dernier repreneur potentiel, Antoine Bru, n'a pas pu réunir la caution.",
    # a nationality noun is the person a role gave that country, with other speakers since
    "Le secrétaire général de l'Otan, Henrik Vesterby, a réuni les ministres. Interrogé sur l'Ukraine, l'ancien ministre danois a assuré "
    "que le soutien de l'Alliance « <q type='mixed' speaker='Henrik Vesterby' cue='assurer'>ne faiblira pas</q> ». <q type='indirect' "
    "speaker='source diplomatique' cue='selon'>Le représentant américain a exhorté les Européens à payer davantage</q>, selon une "
    "source diplomatique. Le Danois a également dénoncé une campagne "
    "« <q type='mixed' speaker='Henrik Vesterby' cue='dénoncer'>systématique et coordonnée</q> » de sabotages.",
    # a noun for people set beside a name with a role is that person later
    "« <q type='direct' speaker='Sandrine Le Bihan' cue='résumer'>Nous faisons de la gestion de couloir</q> », a résumé Sandrine Le "
    "Bihan, infirmière et secrétaire de la section CGT du CHU.\n\nL'infirmière affirme que <q type='indirect' speaker='Sandrine Le "
    "Bihan' cue='affirmer'>trente-deux postes sont vacants dans le service</q>.",
    # a body's "dans un communiqué": "le texte" is theirs later
    "Le syndicat SUD Santé a publié un texte. « <q type='direct' speaker='SUD Santé'>Nous sommes à bout</q> », y lit-on. "
    "Dans un communiqué, la direction générale du CHU de Nantes rappelle que <q type='indirect' speaker='direction générale du CHU de "
    "Nantes' cue='rappeler'>quatorze recrutements ont été réalisés</q>. « <q type='direct' speaker='direction générale du CHU de Nantes' "
    "cue='poursuivre'>Les difficultés de recrutement ne se résoudront pas en quelques semaines</q> », poursuit le texte.",
    # "de l'ONG" points back to the body named before: the role says no more than "la présidente"
    "« <q type='direct' speaker='Hélène Vasseur' cue='déclarer'>Nous avons soigné des hypothermies</q> », a déclaré la présidente de "
    "Médecins du monde, Hélène Vasseur.\n\nLe préfet du Pas-de-Calais, Louis Garnier, a défendu les évacuations. La présidente de "
    "l'ONG a dénoncé une politique « <q type='mixed' speaker='Hélène Vasseur' cue='dénoncer'>qui épuise tout le monde</q> ».",
    # the source named before a quote that runs over paragraphs, renamed by a noun for people after it
    "Le président de la FNSEA de Haute-Garonne, Jean-Luc Barrère, a jugé les annonces « <q type='mixed' speaker='Jean-Luc Barrère' "
    "cue='juger'>très insuffisantes</q> ». « <q type='direct' speaker='Jean-Luc Barrère' cue='marteler'>Des promesses, on en a eu "
    "plein les bras. Ce qu'on veut, c'est de l'argent sur les comptes.\n\n« Quand un jeune voit son père pleurer, vous croyez qu'il "
    "a envie de s'installer ?</q> », a martelé l'éleveur de Saint-Gaudens.",
    # the person a role governs is not who speaks: the lawyer apposed to "l'avocat de M. Belkacem" is
    "Yanis Belkacem est jugé pour fraude. Pour l'avocat de M. Belkacem, Me Pierre-Antoine Lorrain, son client est « <q type='mixed' "
    "speaker='Pierre-Antoine Lorrain' cue='pour'>le bouc émissaire commode</q> » d'un système défaillant.",
    # a past role describes someone known: not the person named with a role after it; it may have the noun of the present one
    "Le ministre de l'Economie, Antoine Verdier, était l'invité de France Inter. Sur les droits de douane, l'ancien patron de la "
    "direction du Trésor a durci le ton. « <q type='direct' speaker='Antoine Verdier' cue='prévenir'>Nous ne serons pas naïfs</q> », "
    "a-t-il prévenu.\n\n« <q type='direct' speaker='Bastien Moreau' cue='déclarer'>Le ministre envoie la facture aux retraités</q> », "
    "a déclaré le président de la commission des finances, Bastien Moreau.",
    "Le président du groupe Les Républicains, Laurent Wauquiez, a dénoncé un « <q type='mixed' speaker='Laurent Wauquiez' "
    "cue='dénoncer'>gouvernement des juges</q> ». « <q type='direct' speaker='Laurent Wauquiez' cue='estimer'>Neuf personnes non élues "
    "défont ce que le Parlement a voté. Il faudra réviser la Constitution</q> », a estimé l'ancien président de la région "
    "Auvergne-Rhône-Alpes.",
    # a broader role: "le médiateur" for the envoy
    "« <q type='direct' speaker='Sidi Ould Bakar' cue='déclarer'>Les armes doivent se taire</q> », a déclaré l'envoyé spécial de l'UA, "
    "Sidi Ould Bakar. Le médiateur a reconnu que le cessez-le-feu « <q type='mixed' speaker='Sidi Ould Bakar' cue='reconnaître'>dépendra "
    "de la bonne foi des deux parties</q> ».",
    # "X, a role at a firm :" before a quote: the person, not the firm the parse hangs on the name
    "Les marchés ont accueilli la décision sans surprise. Même lecture chez Sandrine Lefort-Bauer, économiste chez Natixis : « <q "
    "type='direct' speaker='Sandrine Lefort-Bauer' cue=':'>La BCE gagne du temps. Elle attend de voir l'impact des droits de "
    "douane.</q> »",
    # "avant que" is no reported clause; "il" after a quote of two sentences is the subject named before the quote;
    # "l'accusé" is the person the trial is about
    "La cour d'assises a condamné vendredi Julien Mareuil à vingt-deux ans de réclusion. Son avocat, Me Olivier Saint-Clair, a "
    "annoncé qu'<q type='indirect' speaker='Olivier Saint-Clair' cue='annoncer'>il ferait appel</q>.\n\nInvité à s'exprimer avant que "
    "la cour se retire, l'accusé avait présenté ses excuses. « <q type='direct' speaker='Julien Mareuil' cue='déclarer'>Je ne me "
    "pardonnerai jamais ce qui s'est passé. Je n'ai jamais voulu sa mort</q> », avait-il déclaré.",
    # a title before the name after the verb ("maître Bauer"), a date between the verb and its subject, an adjective the parse
    # hangs apart from the noun before the name; a signature line holding a role
    "Les Russes entraînées par le Français Christian Bauer ont remporté le titre. « <q type='direct' speaker='Christian Bauer' "
    "cue='déclarer'>C'est mon premier titre par équipes</q> » a déclaré maître Bauer après la victoire.",
    "Le ballon est « <q type='mixed' speaker='Oleg Artemiev' cue='déclarer'>peut-être celui qui sera utilisé pour le premier match</q> », "
    "a déclaré le 20 mars le cosmonaute russe Oleg Artemiev lors de sa dernière conférence de presse.",
    # a cue of two words: "a fait savoir que", also when the parse makes the second word the verb ("fait valoir")
    "Le ministère de la Santé a fait savoir que <q type='indirect' speaker='ministère de la Santé' cue='faire savoir'>plusieurs "
    "propositions seraient examinées à l'automne</q>.",
    # "l'entreprise" is the firm named in the sentence before, not the union that spoke earlier
    "La CFE-CGC a affirmé que <q type='indirect' speaker='CFE-CGC' cue='affirmer'>la grève serait reconduite</q>. La direction de Renault "
    "a dénoncé un mouvement disproportionné. Dans un communiqué, l'entreprise fait valoir que <q type='indirect' speaker='Renault' "
    "cue='faire valoir'>l'enveloppe proposée dépasse 3,5 % de la masse salariale</q>.",
    # a nationality noun: the person a role or a noun before the name gave that country ("l'eurodéputée allemande X",
    # "l'Italienne X"), else the one of no other country, not the foreigner named just before
    "L'eurodéputée allemande Katrin Vollmer a salué la décision. D'après sa directrice générale, l'Italienne Elena Moretti, <q "
    "type='indirect' speaker='Elena Moretti' cue=\"d'après\">les comparateurs ont perdu 40 % de leur trafic</q>. L'Allemande a estimé "
    "que <q type='indirect' speaker='Katrin Vollmer' cue='estimer'>la Commission devait aller plus loin</q>.",
    "La ministre déléguée chargée de l'Europe, Hélène Carrier, a reçu son homologue. La secrétaire d'Etat espagnole Lucía Ortega : « <q "
    "type='direct' speaker='Lucía Ortega' cue=':'>Nous avons besoin de dates, pas de nouvelles études.</q> » La Française a répondu que "
    "le calendrier dépendait « <q type='mixed' speaker='Hélène Carrier' cue='répondre'>avant tout de la demande industrielle</q> ».",
    # "par ailleurs" is no complement naming the document's issuer; "alerte", read as a noun, still closes the sentence
    "<q type='indirect' speaker='Haut-Commissariat des Nations unies pour les réfugiés' cue='annoncer'>Le nombre de réfugiés a atteint "
    "123 millions</q>, a annoncé jeudi le HCR. Dans son rapport annuel, l'agence onusienne souligne que <q type='indirect' "
    "speaker='Haut-Commissariat des Nations unies pour les réfugiés' cue='souligner'>le Soudan est devenu la plus grande crise de "
    "déplacement</q>.\n\n« <q type='direct' speaker='Amina Djibrine' cue='raconter'>Nous recevons encore des centaines de personnes "
    "chaque jour</q> », a raconté Amina Djibrine, représentante au Tchad. Selon elle, <q type='indirect' speaker='Amina Djibrine' "
    "cue='selon'>le HCR a dû supprimer des postes</q>.\n\nLe rapport relève par ailleurs que <q "
    "type='indirect' speaker='Haut-Commissariat des Nations unies pour les réfugiés' cue='relever'>67 % des réfugiés vivent dans des "
    "pays voisins</q>.",
    "La dette des hôpitaux, qui dépasse 32 milliards d'euros, est devenue « <q type='mixed' speaker=\"commission d'enquête du Sénat\" "
    "cue='alerter'>insoutenable</q> » et menace leur capacité à investir, alerte la commission d'enquête du Sénat dans un rapport.",
    # a participle set off after the clause: the main clause's subject, not that of the clause "que" opens, of an
    # infinitive, or of a participle qualifying a noun; "son rapport au roi" passes on no words of the king
    "M. Tomáš Havlíček a fait savoir que <q type='indirect' speaker='Tomáš Havlíček' cue='faire savoir'>son pays ouvrirait un bureau à "
    "Casablanca</q>. Il n'a pas dit que Prague envisageait d'ouvrir un consulat à Laâyoune, se bornant à évoquer « <q type='mixed' "
    "speaker='Tomáš Havlíček' cue='évoquer'>une réflexion en cours</q> » sur la présence consulaire tchèque.",
    "La Cour constitutionnelle de Roumanie a annulé mercredi le premier tour de l'élection, arrivé en tête par le candidat nationaliste "
    "Mihai Dragomir, estimant que le scrutin avait été « <q type='mixed' speaker='Cour constitutionnelle de Roumanie' cue='estimer'>faussé "
    "de bout en bout</q> » par une campagne de manipulation en ligne.",
    "Le formateur fédéral belge, le nationaliste flamand Bart Verhaegen, a remis mardi soir son rapport au roi Philippe, reconnaissant "
    "qu'<q type='indirect' speaker='Bart Verhaegen' cue='reconnaître'>aucun accord n'avait pu être trouvé sur le volet budgétaire</q>.",
    # "la candidate" may be one introduced with another role; "le Palais royal" speaks
    "Marine Le Pen, présidente du Front national, a lancé dimanche sa campagne à Lyon. La salle comptait 3 000 militants. « <q "
    "type='direct' speaker='Marine Le Pen' cue='déclarer'>Le clivage n'est plus entre la gauche et la droite</q> », a déclaré la candidate.",
    "Le Premier ministre, Pieter Vandenberghe, a remis mercredi la démission de son gouvernement au roi. <q type='indirect' "
    "speaker='Palais royal' cue='annoncer'>Le souverain a tenu sa décision en suspens et entamera jeudi des consultations</q>, a annoncé "
    "le Palais royal dans un bref communiqué.",
    # a role the model reads as a name ("le Directeur général"); "Cheikh", a first name in West Africa, is no title
    "« <q type='direct' speaker='Kwame Asante-Mensah' cue='déclarer'>Le travail forcé est partout</q> », a déclaré le Directeur général "
    "de l'OIT, Kwame Asante-Mensah.\n\nSelon les estimations de l'OIT, <q type='indirect' speaker='Organisation internationale du "
    "travail' cue='selon'>le profit illégal atteint 10 200 dollars par an</q>.\n\nLe Directeur général a plaidé pour une ratification "
    "plus large du protocole. Il a estimé que les entreprises devaient exercer un « <q type='mixed' "
    "speaker='Kwame Asante-Mensah' cue='estimer'>devoir de vigilance réel</q> » sur leurs chaînes.",
    "« <q type='direct' speaker='Cheikh Tidiane Ndour' cue='avertir'>Quand on coupe les rations de moitié, on prend le risque de voir des "
    "enfants mourir</q> », a averti le directeur régional du PAM pour l'Afrique de l'Est, Cheikh Tidiane Ndour. Le directeur régional a "
    "précisé que <q type='indirect' speaker='Cheikh Tidiane Ndour' cue='préciser'>des réductions avaient déjà été appliquées au "
    "Soudan du Sud</q>.",
    # a former role is the person just named as a subject, whatever complement it has; a title in marks after the
    # complement of a role is what the person did, no speaker
    "Le sénateur Iván Cepeda appelle à un rassemblement. « <q type='direct' speaker='Iván Cepeda' cue='affirmer'>Rien n'est joué</q> », "
    "a affirmé le sénateur. Il a ajouté que <q type='indirect' speaker='Iván Cepeda' cue='ajouter'>les électeurs du candidat Jaime Ríos "
    "le rejoindraient</q>.\n\nJaime Ríos n'a donné aucune consigne de vote. L'ancien maire de Cali a indiqué qu'<q type='indirect' "
    "speaker='Jaime Ríos' cue='indiquer'>il consulterait les instances de son parti</q>.",
    "Le ministre de la Transition écologique a annoncé mardi sa démission. « <q type='direct' speaker=\"ancien présentateur de l'émission\" "
    "cue='déclarer'>Je prends la décision de quitter le gouvernement</q> », a déclaré l'ancien présentateur de l'émission « Ushuaïa ».",
    # "Selon lui, NP, dont ..., VP": a pronoun takes no apposition, the reported clause starts after it
    "« <q type='direct' speaker='Iván Cepeda' cue='affirmer'>Rien n'est joué</q> », a affirmé le sénateur Iván Cepeda. Selon lui, <q "
    "type='indirect' speaker='Iván Cepeda' cue='selon'>les électeurs du centre, dont le candidat Jaime Ríos a obtenu 14 % des voix, le "
    "rejoindront</q>.",
    # a body named by what it does and whose it is: the phrase, not the party named before
    "Les Insoumis ont critiqué le vote. La commission de contrôle du parti a fait savoir qu'<q type='indirect' speaker='commission de "
    "contrôle du parti' cue='faire savoir'>elle examinerait les recours d'ici mercredi</q>.",
    "Deux navires américains ont été interceptés.\n\n« <q type='direct' speaker='Jennifer Psaki' cue='—'>Nous avons été en contact avec "
    "les Iraniens, qui nous ont assuré qu'ils étaient en sécurité</q> »\n\n— Jennifer Psaki, directrice de la communication de la "
    "Maison-Blanche\n\nLes raisons de l'incident restent floues.",
    # an elected role whose complement is a place, the seat, names the person just introduced otherwise (elected, referents.jsonl)
    "« <q type='direct' speaker='Claire Vautrin' cue='lancer'>Ce budget a été écrit sans nous</q> », a lancé la présidente du groupe "
    "socialiste, Claire Vautrin. La députée de la Nièvre a dénoncé une réforme « <q type='mixed' speaker='Claire Vautrin' "
    "cue='dénoncer'>injuste et brutale</q> ».",
    "Le groupe LR, par la voix de son président Paul Ternier, a voté contre. « <q type='direct' speaker='Paul Ternier' cue='expliquer'>Nous "
    "ne signerons pas un chèque en blanc</q> », a expliqué le sénateur du Finistère.",
    # a role apposed to the speaker's role, its name after a party's ("le député MoDem de la Gironde X"); a laureate is an
    # epithet (referents.jsonl) for the person the story is about, the prize no one else
    "« <q type='direct' speaker='Paul Lestrade' cue='déclarer'>Ce texte est équilibré</q> », a déclaré le rapporteur du projet, le "
    "député MoDem de la Gironde Paul Lestrade, sous les applaudissements.",
    "La dirigeante birmane Aung San Suu Kyi a pris la parole mardi. « <q type='direct' speaker='Aung San Suu Kyi' cue='déclarer'>Nous "
    "condamnons les violences</q> », a déclaré la lauréate du prix Nobel de la paix devant les diplomates.",
    # "l'opposant" may be anyone introduced with another role (generic_role); an epithet with no one named near is the
    # person the story is about
    "Le porte-parole du collectif, Moussa Diallo, a dénoncé un dialogue de façade. « <q type='direct' speaker='Moussa Diallo' "
    "cue='marteler'>Nous ne servirons pas de décor</q> », a-t-il martelé.\n\nL'opposant réclame la libération des militants. Pour lui, "
    "<q type='indirect' speaker='Moussa Diallo' cue='pour'>le dialogue n'a aucun sens</q>.",
    "Le procès de Mickaël Le Goff s'est ouvert lundi devant la cour d'assises.\n\nUne gendarme a décrit des plaintes répétées entre "
    "les deux familles.\n\nAprès un long silence, le quadragénaire a fini par répondre : « <q type='direct' speaker='Mickaël Le Goff' "
    "cue='répondre'>Je ne sais pas. Je ne sais plus.</q> »",
    # "Leur chef" tells no gender: the woman it introduces is "la députée"
    "Leur chef de file, Aïssatou Diop, a dénoncé un texte « <q type='mixed' speaker='Aïssatou Diop' cue='dénoncer'>taillé sur "
    "mesure</q> ». « <q type='direct' speaker='Aïssatou Diop' cue='lancer'>Plus de soixante jeunes sont morts. Leurs familles attendent "
    "la vérité</q> », a lancé la députée.",
    # an incise inside a quote that goes on over paragraphs: both parts are the speaker's
    "Le Premier ministre, Jean-Paul Hoffmann, a présenté mardi le programme.\n\n« <q type='direct' speaker='Jean-Paul Hoffmann' "
    "cue='déclarer'>Le pays reste prospère. Ce programme veut répondre à cette inquiétude</q>, a déclaré le chef du gouvernement à la "
    "tribune. <q type='direct' speaker='Jean-Paul Hoffmann' cue='déclarer'>Le logement est le problème.\n\n« Nous ne réussirons pas "
    "seuls.</q> »\n\nLe document prévoit dix mille logements.",
    # "l'opposant", tagged as a participle, after the verb; "à l'AFP" is whom he spoke to, not a complement of his role
    "Dans la nuit, la police a donné l'assaut au siège de campagne de Jean Ping. « <q type='direct' speaker='Jean Ping' "
    "cue='déclarer'>Ils ont attaqué vers une heure du matin. Il y a deux morts</q> », a déclaré l'opposant à l'AFP.",
    # "lui a répondu X": "lui" is whom X answers, inside the marks or after them
    "Le député Hervé Cadiou a dénoncé le texte. « <q type='direct' speaker='Jean-Marc Ribérac' cue='répondre'>Je respecte les "
    "convictions de chacun</q>, lui a répondu Jean-Marc Ribérac. <q type='direct' speaker='Jean-Marc Ribérac' cue='répondre'>Mais la "
    "loi ne s'impose à personne.</q> » « <q type='direct' speaker='Claire Da Silva' cue='rétorquer'>Alors expliquez-nous ces "
    "chiffres</q> », lui a rétorqué Claire Da Silva.",
    # a name the parse hangs on the last complement of a long title takes no gender from it ("la Diaspora")
    "Le ministre Jean-Baptiste Lemercier a assuré que rien n'affectait « <q type='mixed' speaker='Jean-Baptiste Lemercier' "
    "cue='assurer'>la densité du partenariat</q> ».\n\nSon homologue, le ministre d'Etat, ministre des Affaires étrangères, de "
    "l'Intégration africaine et de la Diaspora, Aka Kouassi Désiré, a salué « <q type='mixed' speaker='Aka Kouassi Désiré' "
    "cue='saluer'>une relation mature</q> ». « <q type='direct' speaker='Aka Kouassi Désiré' cue='soutenir'>Nous sommes dans le "
    "partenariat, d'égal à égal</q> », a-t-il soutenu.",
    # hyphenated titles are one word, a role made of roles: "le ministre-président", "le député-maire"
    "« <q type='direct' speaker='Karim Haddad' cue='déclarer'>Nous avons besoin de quelques jours</q> », a déclaré le "
    "ministre-président bruxellois Karim Haddad. Le député-maire de Namur, Paul Dumont, est sceptique. « <q type='direct' "
    "speaker='Paul Dumont' cue='dire'>C'est trop tard</q> », a dit le député-maire. Le Ministre-Président a répliqué : « <q "
    "type='direct' speaker='Karim Haddad' cue='répliquer'>Pas du tout.</q> »",
    # a role repeated without its article: "le chef de mission" is "le chef de la mission, X"
    "« <q type='direct' speaker='Rodrigo Estévez' cue='déclarer'>L'Italie doit reconstituer des marges</q> », a déclaré le chef de "
    "la mission, Rodrigo Estévez.\n\nLe chef de mission a insisté sur la fin du plan de relance. Les décaissements "
    "s'achèvent cette année, et « <q type='mixed' speaker='Rodrigo Estévez' cue='prévenir'>la marche sera haute</q> » pour "
    "l'investissement public, a-t-il prévenu.",
    # a long circumstance between the verb and the speaker; not one the parse runs into the speaker ("à la tribune la présidente")
    "« <q type='direct' speaker='Karim Belhadj' cue='déclarer'>Les réserves n'appartiennent pas au patronat</q> », a déclaré à la "
    "sortie de la réunion le négociateur de la CGT, Karim Belhadj. « <q type='direct' speaker='Mathilde Panot' cue='lancer'>Ce "
    "gouvernement n'a plus de majorité</q> », a lancé à la tribune la présidente du groupe insoumis, Mathilde Panot.",
    # a speech verb the tagger reads as an adjective is a verb before its inverted subject: "sourit-elle"
    "Clémence Ardouin achève sa première année au Parlement européen. « <q type='direct' speaker='Clémence Ardouin' "
    "cue='sourire'>La première semaine, je croyais que j'allais me noyer. Maintenant, je nage</q> », sourit-elle.",
    # a quote standing alone after a sentence whose subject is a role or a pronoun: who they stand for, not the source quoted before
    "La négociatrice française, Marion Dessaigne, attend. « <q type='direct' speaker='Daniela Rojas Quintero' cue='soupirer'>Nous "
    "nous battons pour un adjectif</q> », soupire la déléguée colombienne Daniela Rojas Quintero.\n\nA 6 heures, un texte "
    "apparaît. La négociatrice ferme sa tablette. « <q type='direct' speaker='Marion Dessaigne'>Ce n'est pas une victoire. "
    "C'est un point de départ.</q> »",
    "L'institutrice, Camille Rouffiac, enseigne ici depuis six ans. Elle parle doucement, en choisissant ses mots. « <q "
    "type='direct' speaker='Camille Rouffiac'>Ce n'est pas un handicap, c'est une autre façon d'apprendre.</q> »",
    # the nationality noun tells the gender: "l'Allemand" is no "elle"
    "La commissaire Inês Carvalho Pires a pris ses fonctions en octobre. L'Allemand Matthias Oberholzer l'a auditionnée au "
    "Parlement. « <q type='direct' speaker='Inês Carvalho Pires' cue='dire'>C'est le prix à payer</q> », dit-elle.",
    # "elle" two sentences after the protagonist, in the same paragraph: her, not the woman quoted before
    "Françoise Le Bihan, présidente de la chambre, prend sa retraite. La greffière, Sylvie Rouxel, lit son discours : « <q "
    "type='direct' speaker='Sylvie Rouxel' cue=':'>Avec elle, on finissait tard.</q> »\n\nL'intéressée parle volontiers de ce "
    "qui a changé. Les dossiers s'empilent. Elle rappelle que <q type='indirect' speaker='Françoise Le Bihan' cue='rappeler'>le "
    "tribunal a fonctionné deux ans sans greffiers</q>.",
    # a title the parse cuts after its first words ("adjointe" read as the object), a "vice-" title
    "« <q type='direct' speaker='Hélène Marcadier' cue='déclarer'>Ce n'est pas le moment de laisser les populations seules</q> », "
    "a déclaré devant le Conseil la représentante permanente adjointe de la France, Hélène Marcadier.",
    "« <q type='direct' speaker='Oksana Levchenko' cue='déclarer'>Nous parlons d'une surface équivalente à deux fois le "
    "Portugal</q> », a déclaré la vice-ministre chargée du déminage humanitaire, Oksana Levchenko, lors d'une conférence de presse.",
    # nobody named before: no phrase made of the misparsed sentence ("négociatrice ferme sa tablette")
    "La négociatrice ferme sa tablette. « <q type='direct'>Ce n'est pas une victoire.</q> »",
    # an incise inside the marks with a circumstance before the speaker and the name in apposition after the role
    "« <q type='direct' speaker='Ngozi Adeyemi-Clarke' cue='déclarer'>Le cessez-le-feu a permis de sauver des vies</q>, a déclaré "
    "devant le Conseil la secrétaire générale adjointe aux affaires humanitaires, Ngozi Adeyemi-Clarke. <q type='direct' "
    "speaker='Ngozi Adeyemi-Clarke' cue='déclarer'>Nos équipes sont prêtes, nos stocks sont là.</q> »",
    # a noun for people heading the phrase before a name introduces that person, and tells the gender ("Un apprenti")
    "L'ambassadrice, Hélène Marchetti-Roux, visite le centre. Le directeur, Sidi Ould Brahim, fait visiter les ateliers. « <q "
    "type='direct' speaker='Sidi Ould Brahim' cue='affirmer'>Sans ce centre, la moitié de ces garçons seraient déjà partis</q> », "
    "affirme-t-il. Un apprenti de 19 ans, Moussa, glisse qu'il veut « <q type='mixed' speaker='Moussa'>rester ici et ouvrir un "
    "atelier</q> ».\n\nL'ambassadrice écoute. Plus tard, elle reconnaîtra que l'AFD « <q type='mixed' "
    "speaker='Hélène Marchetti-Roux' cue='reconnaître'>ne peut pas tout</q> ».",
    # "la jeune femme", "l'homme" are epithets: the person the text is about
    "Clémence Ardouin, 29 ans, eurodéputée écologiste, achève sa première année. Le conservateur Klaus Brenninkmeyer salue une "
    "élue « <q type='mixed' speaker='Klaus Brenninkmeyer' cue='saluer'>sérieuse</q> ».\n\nLa jeune femme admet que <q "
    "type='indirect' speaker='Clémence Ardouin' cue='admettre'>le rythme est épuisant</q>. « <q type='direct' "
    "speaker='Clémence Ardouin' cue='plaisanter'>Je vois ma famille entre deux trains</q> », plaisante-t-elle.",
])
def test_attribution_on_unseen_news(nlp, marked):
    check(nlp, marked)


def test_role_with_its_complement_before_the_name_without_comma(nlp):
    """"l'archevêque de Rouen Dominique Lebrun": the person holds that role, complement included
    (and "l'imam de la ville, X" climbs past the complement to the role noun)."""
    from pipeline.components.quotes.attribution import Attributor

    rules = nlp.get_pipe("press_quotes").rules
    doc = nlp("Le ministre a annoncé sa visite et l'archevêque de Rouen Dominique Lebrun a annoncé son retour.")
    assert Attributor(rules, doc).roles == {"Dominique Lebrun": {"archevêque de rouen"}}
    doc = nlp("L'imam de la ville, Mohammed Karabila, est arrivé.")
    assert Attributor(rules, doc).roles == {"Mohammed Karabila": {"imam de la ville"}}


def test_multi_sentence_quote_and_follow_up(nlp):
    check(nlp, "« <q type='direct' speaker='Jean Dupont' cue='ajouter'>Le projet avance. Nous tiendrons les délais.</q> », "
               "ajoute Jean Dupont. Et de conclure : « <q type='direct' speaker='Jean Dupont' cue='conclure'>Tout ira bien</q> ».")


def test_quote_continued_over_paragraphs(nlp):
    text = "Jean Dupont a déclaré : « Le projet avance bien.\n\n« Nous tiendrons les délais. »\n\nFin du texte."
    (start, end, kind, speaker, cue), = quotes(nlp, text)
    assert text[start:end].startswith("Le projet") and text[start:end].endswith("délais.")
    assert (kind, speaker, cue) == ("direct", "Jean Dupont", "déclarer")


def test_not_quotations(nlp):
    # scare quotes, a title, a nickname: no speech verb, one or two words or a title noun
    text = ("Les « gilets jaunes » ont manifesté samedi. Il présente l'émission « Audrey et les autres du lundi » "
            "sur la chaîne. Patrick, surnommé « le grand Gépy du village », est arrivé. Les troupes ont participé à l'exercice "
            "« Bouclier d'acier de l'Alliance » en Pologne. L'historienne, autrice de « La Mémoire et l'Empire », est arrivée. "
            "Le groupe autoproclamé « État islamique » a revendiqué les attaques. On utilise le test appelé « épreuve du transfert "
            "inattendu ».")
    assert quotes(nlp, text) == []
    # "selon l'expression consacrée" names no source; "selon le plan du gouvernement" does
    assert quotes(nlp, "Il s'agit de « cavaliers législatifs », selon l'expression consacrée.")[0][3] == ""
    assert quotes(nlp, "Selon le plan du gouvernement, les aides seront versées en mai.")[0][3] == "plan du gouvernement"
    # an incise inside a clause that holds marks reports no words of its own (the marked words are the quotation)
    assert [q[2] for q in quotes(nlp, "D'ici là, a prévenu Mme Moretti, la BCE restera « attentive à tout signe de résurgence » des prix.")] == ["mixed"]
    # "ce que" after a speech verb's object is a relative, no reported clause; "demander à ce que" reports
    assert quotes(nlp, "Kinshasa accuse Kigali de soutenir les rebelles, ce que le Rwanda dément.") == []
    assert [q[4] for q in quotes(nlp, "Les syndicats demandent à ce que les salaires soient revalorisés.")] == ["demander"]
    # a speech verb after a comma that is no incise: a participle qualifying a name, a verb with its object after it
    assert quotes(nlp, "Dix-huit mois de prison ont été requis contre Gérard Fabrègue, ancien maire, poursuivi pour favoritisme.") == []
    assert quotes(nlp, "A la barre, l'ancien édile, 67 ans, a contesté tout enrichissement personnel.") == []


def test_titles_and_headings_hold_no_quotation(nlp):
    # a title line and a "+ heading +" repeat or announce what the text reports; the text's quotations are found
    check(nlp, "Nicolas Hulot : « Je quitte le gouvernement » en direct sur France Inter\n\n28 août 2018. – Nicolas Hulot a annoncé sa démission mardi matin. "
               "« <q type='direct' speaker='Nicolas Hulot' cue='déclarer'>Je prends la décision de quitter le gouvernement</q> », "
               "a-t-il déclaré.\n\n+ « On entend encore des voix » +\n\nLes secouristes fouillent les décombres. Selon le maire, Ahmet "
               "Kaya, <q type='indirect' speaker='Ahmet Kaya' cue='selon'>des habitants sont encore sous les gravats</q>.")
    # a title ending with its quote mark is still a title when the story's date opens the next line, as Wikinews writes;
    # without that date, a first line ending with a quote mark is the text's own quotation
    check(nlp, "Nicolas Hulot : « Je ne veux plus me mentir »\n\n28 août 2018 . – Le ministre Nicolas Hulot a démissionné. "
               "« <q type='direct' speaker='Nicolas Hulot' cue='déclarer'>Je ne veux plus me mentir</q> », a-t-il déclaré.")
    assert [q[2] for q in quotes(nlp, "Nicolas Hulot : « Je ne veux plus me mentir »\n\nLe ministre a démissionné.")] == ["direct"]


def test_negated_speech_verb_is_no_cue(nlp):
    assert all(q[4] != "dire" for q in quotes(nlp, "Jean Dupont n'a pas dit que la réforme sera votée en juin."))
    assert quotes(nlp, "Jean Dupont n'a pas dit que la réforme sera votée en juin.") == []
    # "ne ... que" restricts: the verb is a cue, but what follows "que" is its object, no reported clause
    assert quotes(nlp, "La RATP n'a confirmé que le blocage du dépôt de Vitry depuis le 2 mai.") == []
    assert quotes(nlp, "La RATP n'a jamais confirmé que le dépôt de Vitry était bloqué depuis le 2 mai.") == []


@pytest.mark.parametrize("text", ["Il a dit « oui", "» non « et", '"un "deux', "« »", "«", "Fin. »\n\n« Encore"])
def test_unbalanced_marks_never_crash(nlp, text):
    nlp(text)


def test_an_empty_text_has_no_quotation(nlp):
    assert list(nlp("").spans["quotes"]) == []


def test_unclosed_quote_keeps_its_sentence(nlp):
    text = "Jean Dupont a déclaré : « il faut partir maintenant. Il affirme que rien ne va."
    found = quotes(nlp, text)
    assert found[0][:3] == (text.index("il faut"), text.index("maintenant.") + len("maintenant."), "direct")


def test_pair_marks_nested_and_straight():
    text = 'Il a dit « au « revoir » » puis "bonjour".'
    assert [text[p.start:p.end] for p in pair_marks(text)] == ["au « revoir »", "bonjour"]


def test_seed_quotations(nlp):
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    found = [(q._.quote_type, q._.speaker, q._.cue, q.text[:12]) for q in doc.spans["quotes"]]
    quai, barrot = "Quai d'Orsay", "Jean-Noël Barrot"
    assert found == [
        ("indirect", quai, "annoncer", "De nouveaux "),
        ("direct", quai, "préciser", "À cette occa"),
        ("mixed", quai, "ajouter", "une particip"),
        ("mixed", quai, "rappeler", "ont souhaité"),
        ("mixed", quai, "ajouter", "mettre en lu"),
        ("indirect", quai, "selon", "l’événement "),
        ("mixed", quai, "préciser", "combler les "),
        ("mixed", quai, "noter", "a démontré l"),
        ("mixed", barrot, "se féliciter", "une cinquant"),
        ("direct", barrot, "conclure", "Ensemble, fa"),
        ("mixed", quai, "selon", "sera l’occas"),
    ]


def _rules_copy(tmp_path, name, extra):
    target = tmp_path / "quotes"
    target.mkdir(exist_ok=True)
    for path in (RULES_DIR / "quotes").iterdir():
        (target / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with open(target / name, "a", encoding="utf-8") as handle:
        handle.write(extra + "\n")
    return target


@pytest.mark.parametrize("name, extra, text, cue", [
    ("verbs.jsonl", '{"id": "verb-chanter", "lemma": "chanter"}', "« Tout va très bien », chante Jean Dupont.", "chanter"),
    ("markers.jsonl", '{"id": "marker-aux-dires-de", "kind": "according", "cue": "aux dires de", "pattern": "\\\\baux dires de\\\\b"}',
     "Aux dires de Jean Dupont, la réforme sera votée en juin.", "aux dires de"),
    ("offices.jsonl", '{"id": "office-mayor", "names": ["maire", "premier magistrat de la ville"]}',
     "Le maire, Jean Dupont, a inauguré le pont avec l'architecte Paul Martin. L'architecte a salué le chantier. « C'est un grand jour », "
     "a déclaré le premier magistrat de la ville.", "Jean Dupont"),
    ("broader_bodies.jsonl", '{"id": "broader-body-cenacle", "words": ["cénacle"], "covers": ["académie"]}',
     "L'Académie française a rendu son avis. « Ce mot n'est pas français », a tranché le vénérable cénacle.", "Académie française"),
    ("referents.jsonl", '{"id": "title-chronique", "kind": "title", "words": ["chronique"]}',
     "Jean Dupont signe la chronique « Ce que la ville nous dit chaque matin » dans le journal.", None),
])
def test_rule_files_extend_the_component(nlp, tmp_path, name, extra, text, cue):
    from pipeline.components.quotes.attribution import Attributor

    doc = nlp(text)
    before = [(q.cue, q.speaker.name) for q in Attributor(QuoteRules.load(RULES_DIR / "quotes"), doc).quotes()]
    after = [(q.cue, q.speaker.name) for q in Attributor(QuoteRules.load(_rules_copy(tmp_path, name, extra)), doc).quotes()]
    if cue is None:  # a title, no quotation
        assert before and not after
    else:  # a new cue, or a speaker found (offices)
        assert not any(cue in found for found in before) and any(cue in found for found in after)


def test_broader_roles_name_the_narrower_ones_they_cover():
    """"la juriste" may name the lawyer introduced as "l'avocate de l'Etat, X"; "le magistrat" the prosecutor; no
    co-hyponym covers another ("le juge" is no "procureur")."""
    rules = QuoteRules.load(RULES_DIR / "quotes")
    assert {"avocat", "avocate"} <= rules.broader["juriste"] and "procureur" in rules.broader["magistrat"]
    assert "juge" not in rules.broader and "procureur" not in rules.broader.get("avocat", ())


def test_malformed_rule_file_names_file_and_line(tmp_path):
    rules = _rules_copy(tmp_path, "verbs.jsonl", '{"id": "verb-broken", "lemma": ')
    with pytest.raises(RuleError, match=r"verbs\.jsonl:\d+"):
        QuoteRules.load(rules)


@pytest.mark.parametrize("name, broken, message", [
    ("broader_roles.jsonl", '{"id": "broader-broken", "words": ["magistrat"], "covers": "procureur"}', "words they cover"),
    ("offices.jsonl", '{"id": "office-broken", "names": "premier ministre"}', "list of names"),
])
def test_malformed_role_file_names_file_and_line(tmp_path, name, broken, message):
    with pytest.raises(RuleError, match=rf"{name.replace('.', '[.]')}:\d+.*{message}"):
        QuoteRules.load(_rules_copy(tmp_path, name, broken))


def test_lexicon_size():
    assert len({v.cue for entries in QuoteRules.load().verbs.values() for v in entries}) >= 150


def test_plain_model_pipeline():
    """Without press_layout or press_entities the component still runs, on the model's own ents."""
    import spacy

    import pipeline.components  # noqa: F401

    plain = spacy.load("fr_core_news_md")
    plain.add_pipe("press_quotes", last=True)
    doc = plain("« Nous ne céderons pas », a déclaré Jean Dupont à Paris.")
    (quote,) = doc.spans["quotes"]
    assert (quote.text, quote._.speaker, quote._.cue) == ("Nous ne céderons pas", "Jean Dupont", "déclarer")


def test_only_forms_that_may_be_cues_are_lemmatised(nlp):
    """The lemmatizer's tables tell which forms may have a speech verb or a role noun as lemma;
    the others are never lemmatised (it is the costly part of attribution)."""
    rules = nlp.get_pipe("press_quotes").rules
    assert rules.could_be("verbs", "déclaré") and rules.could_be("verbs", "dit") and rules.could_be("verbs", "fit")
    assert not rules.could_be("verbs", "mangé") and not rules.could_be("verbs", "maison")
    doc = nlp("Les ministres et les maisons.")
    assert rules.word_is("role", doc[1]) == "role-politics" and rules.word_is("role", doc[4]) == ""
