"""press_quotes following its sources through an article: names, roles and the current source.
Expected quotes are marked inline (tests/markup.py)."""
import pytest

from pipeline.components.quotes.marks import pair_marks
from tests.components.quotes.test_quotes import check


@pytest.mark.parametrize("marked", [
    # "X, le président de Y, a reçu": X is the subject, though the parse may give that role to the apposition;
    # "le chef de l'État" then points back to X
    "Emmanuel Macron, le président de la République, a reçu jeudi les syndicats. Le chef de l'État a dénoncé "
    "« <q type='mixed' speaker='Emmanuel Macron' cue='dénoncer'>une violence inacceptable</q> ».",
    # a source named once and quoted on keeps the floor over paragraphs: where it was last quoted counts, not where it was named
    "Jean Dupont est maire de la ville depuis 2008.\n\n« <q type='direct' speaker='Jean Dupont' cue='promettre'>Nous allons reconstruire "
    "l'école</q> », a-t-il promis.\n\n« <q type='direct' speaker='Jean Dupont'>Les travaux commenceront en mars "
    "et dureront deux ans.</q> »",
    # after the quote the verb's object is the quote: the noun phrase after it speaks, even one the lexicon does not know;
    # "il" then points back to it
    "La mosquée a été attaquée peu après minuit. « <q type='direct' speaker='officier de police' cue='déclarer'>Nous avons trouvé des "
    "engins explosifs artisanaux</q> », déclare un officier de police. Il ajoute que <q type='indirect' speaker='officier de police' "
    "cue='ajouter'>des riverains auraient vu des hommes armés</q>.",
    # a date between the verb and the speaker is not the speaker
    "Le maire est arrivé. « <q type='direct' speaker=\"ministre de l'Intérieur\" cue='déclarer'>Nous allons reconstruire l'école</q> », "
    "a déclaré mardi soir le ministre de l'Intérieur.",
    # "X a demandé à Y de préciser « ... »": X's demand, not Y's words; "l'autorité" is the organisation named with that
    # word, even as a complement, rather than the one named last
    "Les réseaux d'affichage suivent la recommandation de l'Autorité de régulation professionnelle de la publicité. Médecins du monde "
    "a protesté. L'autorité avait demandé à l'association de préciser les « <q type='mixed' speaker='Autorité de régulation professionnelle "
    "de la publicité' cue='demander'>études venant à l'appui de ces allégations</q> ».",
    # the name apposed to a body noun's phrase speaks, not the organisation named inside the phrase
    "Par la suite, l'agence de presse de l'État islamique, Amaq, annonce que, selon ses sources, la tuerie a été perpétrée par un "
    "« <q type='mixed' speaker='Amaq' cue='annoncer'>combattant de l'État islamique</q> ».",
    # a quote with no cue right after a sentence whose subject is a person named since the source was last quoted: that person
    "Selon une source proche de l'enquête, la victime était très mal placée, « <q type='direct' speaker=\"source proche de l'enquête\" "
    "cue='selon'>vraisemblablement à proximité d'un panneau interdit au public</q> ». Romain Degeer, un pilote belge présent sur les lieux, "
    "avait pourtant tenté de le prévenir. « <q type='direct' speaker='Romain Degeer'>Ce n'était pas un bon endroit pour se placer. On devait "
    "être prudents.</q> »",
    # but a sentence about no one leaves the floor to the source quoted before
    "« <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous allons reconstruire l'école</q> », a déclaré Jean Dupont. Le chantier doit "
    "commencer en mars. « <q type='direct' speaker='Jean Dupont'>Les travaux dureront deux ans et coûteront trois millions d'euros.</q> »",
    # an infinitive seen or heard ("on constate X répéter") is X's words, not a demand of the one who sees
    "Le maire a visité l'école. On constate, dans cette vidéo, Dominique Dord répéter ironiquement la phrase « <q type='mixed' "
    "speaker='Dominique Dord' cue='répéter'>C'est pas de votre faute !</q> ».",
    # "l'association" is not the source quoted last when that one's name holds another body noun ("l'Autorité ...")
    "Médecins du monde a lancé une campagne. Selon l'Autorité de régulation professionnelle de la publicité, <q type='indirect' "
    "speaker='Autorité de régulation professionnelle de la publicité' cue='selon'>elle est trop polémique</q>. L'association dénonce "
    "« <q type='mixed' speaker='Médecins du monde' cue='dénoncer'>une censure inacceptable des messages de santé</q> ».",
    # speech verbs of the lexicon, multi-word ones included
    "Haïder al-Abadi, le Premier ministre irakien, a fait part d'un « <q type='mixed' speaker='Haïder al-Abadi' cue='faire part'>énorme choc</q> ».",
    "L'avocate générale a préconisé une « <q type='mixed' speaker='avocate générale' cue='préconiser'>double tutelle</q> » confiée à une personne physique.",
    # "dit-il" after the quote is the cue even when the tagger reads "dit" as a participle; "selon" after it names the outlet
    "La vidéo de Paul Girard a été vue un million de fois. « <q type='direct' speaker='Paul Girard' cue='dire'>J'ai reçu beaucoup "
    "d'encouragements à continuer</q> » , dit-il selon Francetv info.",
    # a name in marks after a noun for a speaker is a name, not a quotation; it speaks through the document it published
    "Vers 5h00, le site internet « Gilets jaunes le Mouvement » a publié un communiqué qui annonce la « <q type='mixed' "
    "speaker='Gilets jaunes le Mouvement' cue='annoncer'>naissance d'une coordination nationale des Gilets jaunes</q> ».",
    "Vers 7h00, le site internet « Union Gilets Jaunes 84 » a publié un communiqué qui affirme que Christophe Chalençon ne les "
    "« <q type='mixed' speaker='Union Gilets Jaunes 84' cue='affirmer'>représente plus depuis plusieurs semaines</q> ».",
    # a document speaks for who published it, not for itself
    "La CGT a publié un communiqué dimanche. « <q type='direct' speaker='Confédération générale du travail' cue='préciser'>Nous ne "
    "céderons pas</q> », précise le communiqué.",
    # a name in marks that is no subject leaves the speaker as it was
    "Le ministre Jean Dupont a lu le livre « La Peste » et a dénoncé « <q type='mixed' speaker='Jean Dupont' cue='dénoncer'>une dérive "
    "inacceptable du débat public</q> ».",
    # a source quoted three paragraphs before does not speak for a quote with no cue
    "« <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous allons reconstruire l'école</q> », a déclaré Jean Dupont.\n\n"
    "Les habitants attendent.\n\nLe chantier est bloqué.\n\n« <q type='direct'>Les travaux commenceront en mars et dureront deux ans.</q> »",
    # after "X a dit : « ... »", later marks in the sentence go on with X's words, not with the subject of their clause
    "Vers 10h00, Nicolas Dupont-Aignan a présenté ses vœux à Auxerre : « <q type='direct' speaker='Nicolas Dupont-Aignan' cue=':'>quelles "
    "que soient leur origine sociale, leur appartenance politique</q> », les Gilets jaunes « <q type='mixed' speaker='Nicolas Dupont-Aignan'>"
    "incarnent le réveil de la nation française</q> ».",
])
def test_source_followed_through_the_article(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a participle phrase in apposition to the source is not what it says
    "Selon le directeur de la discothèque, interrogé par Sky News, <q type='indirect' speaker='directeur de la discothèque' cue='selon'>les "
    "tirs ont débuté vers 2 heures du matin</q>.",
    "Vers 7h40, selon le sondage Bva, réalisé du 26 novembre au 6 décembre, <q type='indirect' speaker='Bva' cue='selon'>7 Français sur 10 "
    "jugent négativement la politique d'immigration</q>.",
    "Vers 12h30, selon le sondage de l'Ifop, réalisé du 14 au 17 décembre, <q type='indirect' speaker='Ifop' cue='selon'>Priscilla Ludowski est "
    "la femme de l'année 2018</q>.",
    # the person told stands between the verb and "que", whatever the parse hangs the clause on
    "Mark Rutte s'est rendu à Kiev, où il a assuré le président ukrainien Volodymyr Zelensky que <q type='indirect' "
    "speaker='Mark Rutte' cue='assurer'>le soutien des Alliés ne faiblirait pas</q>.",
    # "selon X" closing the sentence without a comma, X a source; what opens the sentence before its subject is left out
    "<q type='indirect' speaker='TRT' cue='selon'>Un couvre-feu et la loi martiale seraient mis en place par l'armée</q> selon la chaîne publique TRT.",
    "Lors de l'opération menée dans les monts Mandara du 26 février au 7 mars, <q type='indirect' speaker='ministre' cue='selon'>21 de ses "
    "membres présumés ont été arrêtés</q>, selon le ministre.",
    "On retrouve une vidéo qui vient d'atteindre le million de vues, sans compter les clics sur Facebook : <q type='indirect' "
    "speaker='Le Dauphiné libéré' cue='selon'>5,5 millions sur le mur des Inconnus</q> selon Le Dauphiné.",
    # "selon ses habitudes" names no source
    "Le maire est arrivé à la mairie selon ses habitudes.",
    # the words before an inverted speech verb, adverbs between its clitic and itself
    "Le ministre Issa Tchiroma Bakary a annoncé la libération des otages. <q type='indirect' speaker='Issa Tchiroma Bakary' cue='confier'>Des "
    "Camerounais pourraient faire partie des civils libérés</q>, a-t-il enfin confié.",
    # "que" a few words after the verb, past a date the parse may hang the clause on
    "Enrique Peña Nieto, le président mexicain, a annoncé ce même lundi qu'<q type='indirect' speaker='Enrique Peña Nieto' "
    "cue='annoncer'>il allait ouvrir des négociations bilatérales avec les autres signataires</q>.",
    "Enrique Peña Nieto, le président mexicain, a annoncé ce même lundi qu’<q type='indirect' speaker='Enrique Peña Nieto' "
    "cue='annoncer'>il allait ouvrir des négociations bilatérales avec les autres signataires du traité</q>.",
    "Une source policière a indiqué à franceinfo en début de matinée qu'<q type='indirect' speaker='source policière' cue='indiquer'>au "
    "moins 81 personnes ont été interpellées aux abords des Champs-Élysées</q>.",
    # "selon X," after an adverb opening the sentence
    "Le chauffeur a pris sa retraite. Ainsi selon la préfecture, <q type='indirect' speaker='préfecture' cue='selon'>les manifestants "
    "étaient 3 000 à Lyon</q>.",
    # but not "le fait que", nor a relative "que"
    "Les évêques jugeaient discriminatoire le fait que les violences commises par des proches soient poursuivies pénalement.",
])
def test_indirect_quotations(nlp, marked):
    check(nlp, marked)


def test_straight_mark_after_a_number_is_a_unit():
    """`10"` is ten seconds: it opens no quotation hiding the quotes after it; a straight quote after words still does."""
    text = 'Il termine en 10"04. « C\'est une déception » a-t-il confié. Il a dit "bonjour à 10" puis "merci".'
    assert [text[p.start:p.end] for p in pair_marks(text)] == ["C'est une déception", "bonjour à 10", "merci"]


@pytest.mark.parametrize("marked", [
    # a definite noun phrase, an auxiliary, then the participle: that phrase is the subject though the parse makes the noun
    # the root; the source of the paragraph before does not cross over
    "« <q type='direct' speaker='Mélanie Joly' cue='déclarer'>Nous ne céderons pas</q> », a déclaré la ministre canadienne, "
    "Mélanie Joly.\n\nLe secrétaire d'État américain a pour sa part appelé Moscou à « <q type='mixed' "
    "speaker=\"secrétaire d'État américain\" cue='appeler'>revenir à la table des négociations</q> ».",
    # ... or its clause, past a comma: not the subject of the clause before
    "Alors que les autorités chinoises considère Taïwan comme une partie intégrante de leur territoire, le nouveau chef de l’état "
    "pro-indépendance a déclaré qu' « <q type='mixed' speaker=\"nouveau chef de l'état pro-indépendance\" cue='déclarer'>il n’y "
    "aura pas d’événement inattendu dans la relation avec la Chine [...] mais personne ne nous empêchera de brandir un drapeau.</q> »",
    # but a clitic subject is not a noun phrase
    "Jean Dupont a parlé devant les députés. L'an dernier, il avait qualifié la réforme de « <q type='mixed' speaker='Jean Dupont' "
    "cue='qualifier'>profondément injuste pour les salariés</q> ».",
    # a title between the comma and the apposed name is not the name
    "« <q type='direct' speaker='Boureima Hama Sambo' cue='déclarer'>La situation se dégrade</q> », a déclaré son représentant en "
    "RDC, le docteur Boureima Hama Sambo.",
    # a firm described by an adjective is the firm named before ...
    "Airbus a annoncé la suppression de 2 000 postes. Le constructeur européen précise que les départs se feront « <q type='mixed' "
    "speaker='Airbus' cue='préciser'>en priorité sur la base du volontariat</q> ».",
    # ... not a state's body, which the adjective picks out
    "Le Hamas a revendiqué l'attaque. L'armée israélienne affirme que « <q type='mixed' speaker='armée israélienne' "
    "cue='affirmer'>la frappe visait un dépôt d'armes</q> ».",
    # an epithet after the speech verb is the person the text is about ...
    "Tadej Pogačar a remporté la 15e étape du Tour de France dimanche, au terme d'une longue échappée dans les Pyrénées.\n\n"
    "« <q type='direct' speaker='Tadej Pogačar' cue='confier'>C'était une journée très dure</q> », a confié le double vainqueur de "
    "l'épreuve à l'arrivée.",
    # ... the subject, not a rival named after it
    "Le Slovène Tadej Pogačar a remporté dimanche la 9e étape au détriment du Danois Jonas Vingegaard.\n\n"
    "« <q type='direct' speaker='Tadej Pogačar' cue='confier'>C'était une journée très dure</q> », a confié le double vainqueur de "
    "l'épreuve à l'arrivée.",
    # ... when someone was named: else the noun phrase itself
    "La course a été disputée sous la pluie. « <q type='direct' speaker='vainqueur' cue='confier'>C'était une journée très dure</q> », "
    "a confié le vainqueur.",
    # a gerund ("tout en estimant", which the parse may fix to "tout") takes the subject of the speech verb before it in its
    # clause, else of the clause's root; not past a semicolon or a bracket
    "Une source diplomatique européenne a jugé les conclusions « <q type='mixed' speaker='source diplomatique européenne' "
    "cue='juger'>plus sévères qu'attendu</q> », tout en estimant qu'<q type='indirect' speaker='source diplomatique européenne' "
    "cue='estimer'>elles ne remettaient pas en cause le vote</q>.",
    "Le Premier ministre a salué la décision. <q type='indirect' speaker='Premier ministre' cue='dire'>Son gouvernement entend "
    "organiser des élections</q>, a-t-il dit, tout en reconnaissant que l'objectif était « <q type='mixed' speaker='Premier "
    "ministre' cue='reconnaître'>ambitieux</q> ».",
    "Bruno Le Maire confirme la taxe ; la veille, Xavier Niel a approuvé cela en racontant que <q type='indirect' speaker='Xavier "
    "Niel' cue='raconter'>Starbucks payait moins d'impôt que le cordonnier</q>.",
    # the bracket closing the aside is not part of the words reported in it
    "Bruno Le Maire confirme la taxe (la veille, Xavier Niel a approuvé cela en racontant que <q type='indirect' speaker='Xavier "
    "Niel' cue='raconter'>Starbucks payait moins d'impôt que le cordonnier</q>).",
    # "a fait savoir X", the parse hanging "a" on "savoir"
    "Pour l'ONG, <q type='indirect' speaker='ONG' cue='pour'>trop de victimes sont renvoyées</q>. <q type='indirect' "
    "speaker='Interpol' cue='faire savoir'>Une nouvelle phase de l'opération est prévue à l'automne</q>, a fait savoir Interpol.",
    # "D'après lui" after a sentence that names one person, in apposition, and no subject
    "Le président du Secours populaire du Nord, Jean-Louis Callens, décrit une demande en hausse. D'après lui, <q type='indirect' "
    "speaker='Jean-Louis Callens' cue=\"d'après\">les distributions alimentaires ont augmenté de 15 %</q>.",
    # "de son côté" between the auxiliary and the participle, which the parse then hangs on "côté": the subject before the
    # auxiliary, or the one after the participle
    "Moscou a de son côté jugé la décision « <q type='mixed' speaker='Moscou' cue='juger'>profondément antidémocratique</q> ».",
    "Le secrétaire général de l'ONU, Antonio Guterres, a salué le texte.\n\n« <q type='direct' speaker='Amina Diallo' "
    "cue='avertir'>Chaque jour sans trêve coûte des vies</q> », a de son côté averti la coordinatrice humanitaire de l'ONU, "
    "Amina Diallo, jointe par téléphone.",
    "Le gouverneur de la Banque de France, François Villeroy de Galhau, avait de son côté plaidé la semaine dernière pour une "
    "baisse, jugeant que le risque principal était désormais celui d'une inflation « <q type='mixed' speaker='François "
    "Villeroy de Galhau' cue='juger'>trop basse</q> ».",
    # a passive no one is said to do reports no one's words: the quote is the reporting speaker's; with its agent, the agent's;
    # a participle coordinated with it shares the reporting verb's auxiliary, and its subject
    "Le ministre est arrivé. Il a assuré que les auteurs de violences seraient « <q type='mixed' speaker='ministre' "
    "cue='assurer'>systématiquement</q> » poursuivis, et annoncé que <q type='indirect' speaker='ministre' "
    "cue='annoncer'>le parquet de Paris avait été saisi</q>.",
    "Le président de l'université a affirmé que des dégradations « <q type='mixed' speaker=\"président de l'université\" "
    "cue='affirmer'>importantes</q> » avaient été constatées dans les locaux.",
    "Déjà épinglée en 2021 par la chambre régionale des comptes, la gestion de la commune avait été qualifiée de « <q "
    "type='mixed' speaker='magistrats financiers' cue='qualifier'>perfectible</q> » par les magistrats financiers.",
    # "Me" (maître) parsed as a subject of its own, or opening the name apposed to a role: the lawyer named after it
    "« <q type='direct' speaker='Elodie Garnier' cue='réagir'>C'est une victoire pour tous les habitants</q> », a réagi l'avocate "
    "des associations, Me Elodie Garnier.",
    # "le groupe", "l'entreprise": the firm named in the sentence before, even as a complement
    "La direction de TotalEnergies conteste ces chiffres. Dans un communiqué, le groupe affirme que le taux de grévistes « <q "
    "type='mixed' speaker='TotalEnergies' cue='affirmer'>ne dépasse pas 35 %</q> ».",
    # "pour" and one person (not those a thing is for), without the participle telling who asked
    "Pour un gérant de fonds parisien interrogé par l'AFP, <q type='indirect' speaker='gérant de fonds parisien' cue='pour'>le "
    "marché attendait un geste plus important</q>.",
    "Pour une source diplomatique européenne à La Haye, l'unanimité des juges « <q type='mixed' speaker='source diplomatique "
    "européenne à La Haye' cue='pour'>affaiblit considérablement la position de Caracas</q> ».",
    "Pour les salariés, c'est un coup dur.",
    # the medium spoken to is not the inverted subject after it; a role with its possessive names the person apposed
    "« <q type='direct' speaker='Natalia Quilaqueo' cue='déclarer'>Nos clients ne boivent que de l'eau sucrée</q> », a déclaré à "
    "la radio Bío-Bío l'avocate des grévistes, Natalia Quilaqueo.",
    "L'organisation Greenpeace Inde a dénoncé une catastrophe. « <q type='direct' speaker='Priya Nair' cue='déclarer'>Les "
    "compagnies font des économies</q> », a déclaré au Times of India sa chargée de campagne, Priya Nair.",
    # "l'ONG", which the tagger calls plural, is the organisation just named
    "L'organisation Amnesty International a appelé les autorités à garantir un procès. Dans un rapport publié en août, l'ONG "
    "estimait que <q type='indirect' speaker='Amnesty International' cue='estimer'>la loi antiterroriste ne respectait pas les "
    "normes</q>.",
    # "Me" and a surname the model reads as a preposition ("Sur"): the lawyer named so before; "le conseil" is the lawyer
    # quoted before, a council otherwise
    "« <q type='direct' speaker='Pierre-Olivier Sur' cue='déclarer'>Mon client n'a jamais reçu le moindre avantage</q> », a "
    "déclaré son avocat, Pierre-Olivier Sur, à l'AFP.\n\nMe Sur a ajouté que l'élu s'était présenté « <q type='mixed' "
    "speaker='Pierre-Olivier Sur' cue='ajouter'>spontanément</q> » aux enquêteurs. D'après le conseil, les faits reposent sur « "
    "<q type='mixed' speaker='Pierre-Olivier Sur' cue=\"d'après\">des lettres anonymes</q> ».",
    "L'avocate de la famille, Me Sophie Kerbrat, a salué la décision.\n\nLe conseil a voté « <q type='mixed' speaker='conseil' "
    "cue=''>à l'unanimité</q> » la motion.",
    # a subject pronoun opening the sentence before a colon speaks, whatever the tagger makes of its verb
    "Pour Claire Montagnac, chercheuse, <q type='indirect' speaker='Claire Montagnac' cue='pour'>ce classement reflète une "
    "tendance</q>. Elle nuance toutefois la portée de l'exercice : « <q type='direct' speaker='Claire Montagnac' cue='nuancer'>Un "
    "classement reste un instrument de plaidoyer, pas une mesure scientifique.</q> »",
    # "le Haut représentant": "Haut" is no place
    "Le Haut représentant de l'Union pour les affaires étrangères, Matteo Sorrentino, a présenté la déclaration.\n\nLe Haut "
    "représentant a indiqué que <q type='indirect' speaker='Matteo Sorrentino' cue='indiquer'>la suspension des visas serait "
    "discutée</q>.",
    # a speech verb closing the sentence, its subject after it, reports the whole clause and the quote in it; a participle
    # adjunct does not, and its subject is the clause's, not its object ("», appelant les grandes économies à ...")
    "La France a condamné « <q type='mixed' speaker=\"ministère de l'Europe et des Affaires étrangères\" cue='annoncer'>avec la "
    "plus grande fermeté</q> » l'attaque qui a visé lundi soir un hôtel de Mogadiscio, faisant au moins vingt-deux morts, a "
    "annoncé mardi le ministère de l'Europe et des Affaires étrangères.",
    "Le Français Benoît Arnal, détenu depuis dix-neuf mois au Sahel, a été libéré samedi et se trouve « <q type='mixed' "
    "speaker='Élysée' cue='annoncer'>en bonne santé</q> », a annoncé l'Elysée dans un communiqué.",
    "La directrice générale du Fonds, Kristalina Georgieva, avait donné le ton. Elle avait estimé que le monde traversait une "
    "période de « <q type='mixed' speaker='Kristalina Georgieva' cue='appeler'>transformation profonde</q> », appelant les "
    "grandes économies à éviter une spirale de représailles.",
    # a speech verb the tagger reads as a noun ends the phrase of the subject "elle" points back to
    "Sur la France, le rapport se montre sévère. L'organisation juge que <q type='indirect' speaker='organisation' "
    "cue='juger'>le déficit public, attendu à 5,1 % du PIB cette année, ne reculera pas assez vite pour stabiliser la dette</q>. "
    "Elle recommande de « <q type='mixed' speaker='organisation' cue='recommander'>crédibiliser</q> » la trajectoire budgétaire "
    "par des économies « <q type='mixed' speaker='organisation' cue='recommander'>durables</q> » plutôt que par des hausses "
    "d'impôts ponctuelles.",
    # "il" after "l'ancien ministre" (masculine by its adjective) is not the prosecutor quoted before
    "« <q type='direct' speaker='Isabelle Ferrand' cue='poursuivre'>Ce n'est pas une négligence</q> », a poursuivi la "
    "procureure, Isabelle Ferrand.\n\nAppelé à la barre en fin de matinée, l'ancien ministre, aujourd'hui âgé de 64 ans, a "
    "contesté toute intervention. « <q type='direct' speaker='ancien ministre' cue='déclarer'>J'ai commis sans doute des "
    "maladresses</q> », a-t-il déclaré d'une voix ferme.",
    # the organisation after a role noun ("le délégué CFDT") does not speak for it
    "Les syndicats ont réagi. « <q type='direct' speaker='Karim Belhadj' cue='fustiger'>Les salariés ne comprennent pas</q> », a "
    "fustigé son délégué syndical central, Karim Belhadj.\n\nLe délégué CFDT a affirmé que <q type='indirect' speaker='Karim "
    "Belhadj' cue='affirmer'>les fermetures d'agences toucheraient d'abord les zones rurales</q>.",
    # "ce responsable" is the unnamed source just quoted, not a person named before it; "ce diplomate" not quoted is the last named
    "Le ministre polonais de la Défense, Tomasz Wrona, a réclamé un renforcement « <q type='mixed' speaker='Tomasz Wrona' "
    "cue='réclamer'>immédiat</q> » de la défense aérienne.\n\n<q type='indirect' speaker=\"responsable de l'Otan\" cue='faire "
    "savoir'>Les ambassadeurs des 32 alliés doivent se réunir jeudi à Bruxelles</q>, a fait savoir un responsable de l'Otan. Ce "
    "responsable assure qu'<q type='indirect' speaker=\"responsable de l'Otan\" cue='assurer'>aucune décision militaire n'est à "
    "l'ordre du jour</q>.",
    # "la gendarmerie", "l'exécutif européen": bodies, not the girl named before, and the Commission
    "Les recherches se poursuivaient pour retrouver Léa Marchetti, une adolescente de 15 ans.\n\n« <q type='direct' "
    "speaker='gendarmerie' cue='indiquer'>Plus de 120 gendarmes sont engagés</q> », indique la gendarmerie dans un communiqué.",
    "La Commission européenne a conclu mercredi les négociations d'un accord avec l'Indonésie. L'exécutif européen estime que "
    "<q type='indirect' speaker='Commission européenne' cue='estimer'>les exportations pourraient progresser d'un tiers</q>.",
    # a sport's noun is a role: "la judokate" is the one introduced so
    "Le comité a décidé de ne pas sélectionner la judokate Inès Bellamy.\n\nLa décision a provoqué la colère de la championne. "
    "« <q type='direct' speaker='Inès Bellamy' cue='réagir'>Je suis sidérée</q> », a réagi la judokate.",
    # "ses estimations" in a clause whose subject does not speak: whom the possessive points to
    "<q type='indirect' speaker='garde côtière indienne' cue='annoncer'>Une nappe de pétrole s'approche des côtes</q>, a annoncé "
    "dimanche la garde côtière indienne. Selon ses estimations, <q type='indirect' speaker='garde côtière indienne' "
    "cue='selon'>près de 3 000 tonnes de brut se sont déversées en mer</q>.",
    # "il" after a passenger introduced as the subject of the sentence before
    "Le procureur, Paolo Scuderi, a ouvert une enquête.\n\nUn passager de 34 ans, hospitalisé à Cosenza avec une jambe cassée, a "
    "parlé au Corriere della Sera. « <q type='direct' speaker='passager de 34 ans' cue='témoigner'>Il y a eu un bruit énorme, "
    "puis plus rien</q> », a-t-il témoigné.",
    # "Me" (maître) parsed as a subject of its own: the lawyer named after it
    "Les avocats de la défense feront appel. « <q type='direct' speaker='Hélène Carrasco' cue='dénoncer'>C'est une décision "
    "rendue sur des impressions</q> », a dénoncé Me Hélène Carrasco à la sortie de la salle d'audience.",
    # the owner of "ses dires", "son communiqué": the subject of the clause they are set in, else whom the possessive points to
    "L'accusé a maintenu sa version : il n'était, selon ses dires, <q type='indirect' speaker='accusé' cue='selon'>pas sur les "
    "lieux</q>.",
    "Les victimes sont partagées. L'Association française des victimes du terrorisme « <q type='mixed' speaker='Association "
    "française des victimes du terrorisme' cue='selon'>comprend la décision</q> », selon son communiqué.",
])
def test_subjects_the_parse_misses(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # "le ministre" is the man introduced as minister, not the woman introduced as "la ministre déléguée" after him ...
    "Le ministre de l'Économie, Antoine Armand, et la ministre déléguée chargée du Numérique, Clara Chappaz, ont réuni les "
    "plateformes.\n\nÀ l'issue de la réunion, le ministre a déclaré : « <q type='direct' speaker='Antoine Armand' "
    "cue='déclarer'>Les plateformes doivent respecter nos règles.</q> »",
    # ... and "la ministre" the woman
    "Le ministre de l'Économie, Antoine Armand, et la ministre déléguée chargée du Numérique, Clara Chappaz, ont réuni les "
    "plateformes.\n\nÀ l'issue de la réunion, la ministre a déclaré : « <q type='direct' speaker='Clara Chappaz' "
    "cue='déclarer'>Les plateformes doivent respecter nos règles.</q> »",
])
def test_a_role_noun_agrees_with_the_person_it_points_back_to(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # texts in the plural, with no complement, speak for themselves, not for the source quoted before ...
    "« <q type='direct' speaker='Lee Jung-mi' cue='déclarer'>La Cour a tranché</q> », a déclaré Lee Jung-mi. <q type='indirect' "
    "speaker='sondages' cue='selon'>Environ 77 % des citoyens étaient favorables à son départ définitif</q> selon divers sondages.",
    "Selon une étude publiée par la revue Nature, <q type='indirect' speaker='Nature' cue='selon'>les deux galaxies ont fusionné</q>. "
    "D'autres études affirment qu'<q type='indirect' speaker='autres études' cue='affirmer'>une autre collision viendra perturber la "
    "vie d'Andromède</q>.",
    # ... a text in the singular speaks for its issuer
    "L'ONU a publié un rapport jeudi. Selon le rapport, <q type='indirect' speaker='Organisation des Nations unies' cue='selon'>la "
    "famine menace deux millions de personnes</q>.",
    # a text signed or published by someone speaks for them ("issuing" verbs) ...
    "Le préfet de police a interdit la manifestation. « <q type='direct' speaker='Laurent Mazerolles' cue='indiquer'>Les "
    "informations recueillies font état de violences</q> », indique l'arrêté signé par le préfet, Laurent Mazerolles.",
    "Un audit publié l'an dernier par la Cour des comptes avait révélé que <q type='indirect' speaker='Cour des comptes' "
    "cue='révéler'>l'endettement réel du pays avait été sous-estimé</q>.",
    # ... not what it was adopted by
    "Le Conseil de sécurité des Nations unies s'est réuni jeudi. La résolution, adoptée par consensus, affirme que <q type='indirect' "
    "speaker='Conseil de sécurité des Nations unies' cue='affirmer'>les attaques contre les civils doivent cesser</q>.",
    # a document the members of a body adopt speaks for the body, in the words that follow ("la déclaration", "le texte");
    # a date between the verb and the document does not hide who adopted it
    "Les chefs d'Etat et de gouvernement de l'Union pour la Méditerranée ont adopté vendredi une déclaration finale.\n\nLa "
    "déclaration finale souligne que <q type='indirect' speaker='Union pour la Méditerranée' cue='souligner'>le bassin se réchauffe "
    "plus vite que la moyenne</q>. Selon un diplomate européen, <q type='indirect' speaker='diplomate européen' cue='selon'>plusieurs "
    "pays refusaient toute mention des accords</q>. Le texte final appelle à une « <q type='mixed' speaker='Union pour la "
    "Méditerranée' cue='appeler'>coopération équilibrée</q> ».",
    # a text the source of "Selon elle" cites is still hers
    "Son avocate, Me Hélène Castaing, a salué la décision. Selon elle, ce jugement rappelle qu'un mandat « <q type='mixed' "
    "speaker='Hélène Castaing' cue='selon'>ne confère aucun droit à la calomnie</q> ».",
    # "a tweeté" tagged X, its auxiliary too: still the cue, the name after it the speaker
    "Jean Dupont a parlé. « <q type='direct' speaker='Simon Harris' cue='tweeter'>Joyeuse fête à tous ! Passez une belle "
    "journée</q> », a tweeté le ministre de la Santé Simon Harris.",
])
def test_texts_and_untagged_cues(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # no speech verb: the subject of the clause holding the quote, a role noun phrase with no name, speaks ...
    "« <q type='direct' speaker='Confédération générale du travail' cue='déclarer'>Nous resterons mobilisés</q> », a déclaré la CGT."
    "\n\nLe préfet du Pas-de-Calais a interdit « <q type='mixed' speaker='préfet du Pas-de-Calais'>la vente, la consommation et le "
    "transport à titre non professionnel des boissons alcooliques</q> ».",
    # ... not a subject that cannot speak
    "« <q type='direct' speaker='Jean Dupont' cue='déclarer'>Nous resterons mobilisés</q> », a déclaré Jean Dupont. La tempête a "
    "provoqué « <q type='mixed' speaker='Jean Dupont'>des dégâts considérables dans toute la région</q> ».",
])
def test_subject_of_the_clause_without_cue(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # "la préfecture", "la police" are no other organisation named before ...
    "La CGT a annulé son appel à la grève des routiers. Dans les Yvelines, la préfecture a interdit la vente de carburant dans "
    "« <q type='mixed' speaker='préfecture'>tout récipient transportable</q> » jusqu'à dimanche.",
    "La CGT a appelé à manifester. La police estime que « <q type='mixed' speaker='police' cue='estimer'>trois mille personnes ont "
    "défilé dans le calme</q> ».",
    # ... but the one whose name holds the noun
    "Le Parquet national financier (PNF) a ouvert une enquête. Le parquet précise que « <q type='mixed' speaker='Parquet national "
    "financier' cue='préciser'>les investigations ne font que commencer</q> ».",
])
def test_institution_nouns(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a role with "de X" opening its clause introduces someone new, not the person named before ...
    "« <q type='direct' speaker='Nordahl Lelandais' cue='déclarer'>Je n'ai rien fait</q> », a déclaré Nordahl Lelandais en septembre."
    "\n\nMaëlys a disparu lors d'un mariage, où Lelandais était l'un des invités. Déjà en septembre, l'avocat des parents de Maëlys avait évoqué le "
    "« <q type='mixed' speaker='avocat des parents de Maëlys' cue='évoquer'>comportement étrange du suspect</q> » durant cette soirée.",
    # ... an adjective does not: the person named before
    "Donald Trump a annulé le sommet avec Kim Jong-un. Le dirigeant américain a dénoncé « <q type='mixed' speaker='Donald Trump' "
    "cue='dénoncer'>la colère et l'hostilité ouverte</q> » de Pyongyang.",
])
def test_role_with_a_complement(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # "qui" after a place that completes a role noun: the role's holder speaks, not the place ...
    "« <q type='direct' speaker='Jean Dupont' cue='ajouter'>Nous ne partirons pas</q> » a ajouté Jean Dupont , le chef de mission "
    "de MSF pour la Syrie qui considère qu'il s'agit « <q type='mixed' speaker='Jean Dupont' cue='considérer'>d'une attaque "
    "délibérée contre une structure de santé</q> » .",
    # ... a country that is the antecedent speaks
    "Le sommet s'est ouvert lundi à Bruxelles en présence de la France, qui estime que « <q type='mixed' speaker='France' "
    "cue='estimer'>la réforme est indispensable</q> ».",
])
def test_antecedent_of_qui(nlp, marked):
    check(nlp, marked)


def test_pronoun_after_a_named_subject_with_a_pronoun_in_its_relative(nlp):
    """"il" in a relative clause does not hide the person named as the sentence's subject."""
    check(nlp, "Les forces du régime de Bachar el-Assad ont reculé. Le président américain Donald Trump a ordonné une frappe "
               "militaire sur une base aérienne qu'il considère à l'origine de l'attaque chimique. « <q type='direct' "
               "speaker='Donald Trump' cue='déclarer'>Ce soir, j'ai ordonné une frappe militaire ciblée</q> », a-t-il déclaré.")


@pytest.mark.parametrize("marked", [
    # a title the model reads as a name, with the name apposed: the name
    "Le 19 juin, le Taoiseach irlandais Leo Varadkar , qui est le premier Taoiseach ouvertement gai du pays, s'est adressé au Dáil "
    "en disant : « <q type='direct' speaker='Leo Varadkar' cue='dire'>Aujourd'hui, les gens auxquels je veux rendre un hommage "
    "spécial sont les héros inconnus</q> » .",
    # a one-word name with its article and none apposed stays itself
    "Les sanctions ont été renforcées jeudi. Le Kremlin a dénoncé « <q type='mixed' speaker='Kremlin' cue='dénoncer'>une décision "
    "hostile et illégale</q> ».",
    # a role noun the model reads as a person's name, as the subject: the person introduced with that role
    "« <q type='direct' speaker='Isabelle Marchetti' cue='déclarer'>Des millions de personnes font face à un écran</q> », a "
    "déclaré la Défenseure des droits, Isabelle Marchetti.\n\nLe rapport relève aussi des progrès. La Défenseure a toutefois mis "
    "en garde contre « <q type='mixed' speaker='Isabelle Marchetti' cue='mettre en garde'>un effet d'usure</q> ».",
    # an adjective between the article and the role noun ("le premier secrétaire sortant, X") still introduces X with the role
    "Le congrès s'est achevé dimanche, après l'affrontement entre le premier secrétaire sortant, Julien Carrère, et la maire de "
    "Nantes, Anne-Sophie Lebrun.\n\nLe premier secrétaire a assuré que <q type='indirect' speaker='Julien Carrère' cue='assurer'>le "
    "projet serait adopté avant l'été</q>.",
])
def test_title_read_as_a_name(nlp, marked):
    check(nlp, marked)


def test_epithet_is_no_phrase_naming_an_organisation(nlp):
    """"le bureau de MSF à Beyrouth" after the speech verb names its speaker: not the person named before."""
    doc = nlp("Selon le secrétaire général, Ban Ki-moon, il s'agit de violations du droit international. « L'hôpital a été touché "
              "par quatre roquettes » a affirmé le bureau de MSF à Beyrouth.")
    assert [q._.speaker for q in doc.spans["quotes"] if q._.quote_type == "direct"] == ["bureau de MSF"]


@pytest.mark.parametrize("marked", [
    # an inverted multi-word cue after the clause: its own words are no verb of what follows
    "<q type='indirect' speaker='Mohamed Salem Ould Salek' cue='faire remarquer'>Toutefois, les textes de l’UA impliquent le respect "
    "par chaque membre de la souveraineté des autres États</q>, fait remarquer Mohamed Salem Ould Salek , le ministre des Affaires "
    "étrangères.",
    # a name the parse reads as a verb after the inverted cue, right after a body noun: the name
    "<q type='indirect' speaker='The Independent' cue='rapporter'>Pour la première fois, des militaires ont assisté au rassemblement "
    "annuel dans leurs uniformes</q>, a rapporté le quotidien britannique The Independent .",
    # with no name, the body noun's phrase
    "<q type='indirect' speaker='quotidien britannique' cue='rapporter'>Pour la première fois, des militaires ont assisté au "
    "rassemblement annuel dans leurs uniformes</q>, a rapporté le quotidien britannique.",
    # the subject the parse gives the verb is the quoted clause's: the source is after the verb
    "La mission d'observation de l'Organisation pour la sécurité et la coopération en Europe (OSCE) a rendu son avis. Le scrutin a "
    "été « <q type='mixed' speaker='Organisation pour la sécurité et la coopération en Europe' cue='juger'>bien organisé et "
    "compétitif</q> », a jugé l'organisation.",
    # nor is the "ne" of that clause a negation of the verb
    "« <q type='direct' speaker='Lin Xiaoyan' cue='affirmer'>Le navire philippin est entré illégalement dans nos eaux</q> », a "
    "affirmé la porte-parole du ministère chinois des Affaires étrangères, Lin Xiaoyan. Washington n'a « <q type='mixed' "
    "speaker='Lin Xiaoyan' cue='rétorquer'>aucun droit d'intervenir</q> » dans ce différend, a rétorqué la porte-parole chinoise.",
    # a person's name the model read as MISC, right after the inverted cue
    "Les familles d'otages ont manifesté à Tel-Aviv. « <q type='direct' speaker='Einav Zangauker' cue='lancer'>Chaque report est "
    "une condamnation</q> », a lancé Einav Zangauker, dont le fils est toujours retenu à Gaza.",
    # after a participle, the noun is its object: not the source
    "Christophe Castaner a détaillé le dispositif. « <q type='direct' speaker='Christophe Castaner' cue='dire'>Je ne dévoilerai pas davantage "
    "le dispositif</q> », a-t-il dit, invitant les journalistes à ne pas « <q type='mixed' speaker='Christophe Castaner' cue='inviter'>renseigner "
    "les casseurs</q> ».",
])
def test_inverted_cue_after_the_clause(nlp, marked):
    check(nlp, marked)


def test_inverted_cue_after_a_passive_clause(nlp):
    """The integrator's probe: the parse makes "annoncé" a conj of "mis" and "parquet" its object; the clause up to the comma
    is still the parquet's announcement, not Éric Dupont's."""
    check(nlp, "<q type='indirect' speaker='Parquet national financier' cue='annoncer'>L'ancien ministre Éric Dupont a été mis "
               "en examen lundi à Paris pour prise illégale d'intérêts</q>, a annoncé mardi le parquet national financier (PNF).")


@pytest.mark.parametrize("marked", [
    # the press varies how it calls the source it is quoting: a role no rule resolves, in the sentence that quotes the
    # current source or the one right after, is that source ...
    "Le secrétaire général de l'Organisation du traité de l'Atlantique Nord (OTAN), Jens Larsen, a annoncé que <q type='indirect' "
    "speaker='Jens Larsen' cue='annoncer'>les alliés livreront de nouveaux systèmes</q>. « <q type='direct' speaker='Jens Larsen' "
    "cue='déclarer'>Chaque batterie livrée aujourd'hui, ce sont des vies sauvées demain</q> », a déclaré l'ancien Premier ministre "
    "norvégien.",
    "La rapporteure du texte, Agnès Morin, a rappelé que <q type='indirect' speaker='Agnès Morin' cue='rappeler'>la commission avait "
    "adopté quarante amendements</q>. « <q type='direct' speaker='Agnès Morin' cue='souligner'>Nous avons amélioré le texte</q> », a "
    "souligné la députée du Finistère.",
    # ... but not one who answers, nor one introduced with the same noun and another complement
    "Le ministre, Paul Girard, a estimé que <q type='indirect' speaker='Paul Girard' cue='estimer'>l'usine restera ouverte</q>. "
    "« <q type='direct' speaker=\"directeur de l'usine\" cue='rétorquer'>Rien n'est signé</q> », a rétorqué le directeur de l'usine.",
    "Le représentant de la France, Marc Aubert, a jugé que <q type='indirect' speaker='Marc Aubert' cue='juger'>le texte était "
    "équilibré</q>. « <q type='direct' speaker='représentant du Soudan' cue='dénoncer'>Ce texte est partial</q> », a dénoncé le "
    "représentant du Soudan.",
    # a designation after an inverted verb that follows a reported clause renames the source quoted just before
    "La commissaire européenne au Commerce, Ingrid Halvorsen, répond aux questions. « <q type='direct' speaker='Ingrid Halvorsen' "
    "cue='déclarer'>Nous préférons la négociation</q> », déclare-t-elle.\n\n<q type='indirect' speaker='Ingrid Halvorsen' "
    "cue='assurer'>La liste des produits visés est prête</q>, assure la responsable norvégienne d'origine.",
    # a generic role ("l'élue") opening the paragraph after the source's quote, no one named since: that source
    "La maire sortante de Toulouse, Valérie Castaing, a été réélue. « <q type='direct' speaker='Valérie Castaing' cue='lancer'>Toulouse "
    "a choisi la continuité</q> », a lancé la maire.\n\nDans son discours, l'élue divers droite a dénoncé les « <q type='mixed' "
    "speaker='Valérie Castaing' cue='dénoncer'>attaques personnelles</q> » dont elle a été la cible.",
    # two roles before a name, the second with its nationality: both are hers
    "La rapporteure du texte, l'eurodéputée française Claire Dumontet, a salué les avancées. « <q type='direct' speaker='Claire "
    "Dumontet' cue='affirmer'>C'est une première mondiale</q> », a-t-elle affirmé. Selon la rapporteure, <q type='indirect' "
    "speaker='Claire Dumontet' cue='selon'>le Conseil a tenté d'affaiblir le texte</q>.",
    # "le premier secrétaire" is the office "le premier secrétaire du Parti socialiste, X" holds
    "Le premier secrétaire du Parti socialiste, Julien Carrère, a répondu à ses rivaux.\n\nLe premier secrétaire a également "
    "assuré que <q type='indirect' speaker='Julien Carrère' cue='assurer'>le projet serait adopté avant l'été</q>.",
    # a first name of both genders ("Dominique") tells none: the apposed role does, and "il" is him
    "Jean-Baptiste Morel avait dirigé le Quai d'Orsay de 1993 à 1997. Son successeur à ce poste, Dominique Serrault, se souvient "
    "d'un homme de parole. « <q type='direct' speaker='Dominique Serrault' cue='confier'>Il pouvait négocier toute une nuit</q> », "
    "a-t-il confié à l'AFP.",
    # an epithet describes the person just named, even tagged as an adjective; "l'intéressé" is whom the article is about
    "Jean Dupont, maire de Lille, a été entendu par les juges. Le quinquagénaire a affirmé que <q type='indirect' "
    "speaker='Jean Dupont' cue='affirmer'>les fonds avaient été remboursés</q>.",
    "Le maire Gérard Castellan a été condamné mardi. Son avocat, Me Olivier Santoni, a annoncé qu'<q type='indirect' "
    "speaker='Olivier Santoni' cue='annoncer'>il ferait appel</q>. Le principal intéressé, joint par téléphone, s'est dit « <q "
    "type='mixed' speaker='Gérard Castellan' cue='se dire'>serein</q> ».",
    # a cue whose subject no rule resolves takes the source quoted in this paragraph or the one before
    "La commissaire européenne au Commerce, Ingrid Halvorsen, défend l'accord. « <q type='direct' speaker='Ingrid Halvorsen' "
    "cue='expliquer'>Renoncer à cet accord, c'est laisser la Chine occuper le terrain</q> », explique-t-elle.\n\nA la question de "
    "savoir si la France pourrait bloquer la ratification, la commissaire répond que <q type='indirect' speaker='Ingrid Halvorsen' "
    "cue='répondre'>la décision appartiendra au Conseil, à la majorité qualifiée</q>.",
    "Selon un diplomate européen, les discussions ont « <q type='mixed' speaker='diplomate européen' cue='selon'>failli capoter</q> "
    "». Un autre, sous couvert d'anonymat, a estimé que <q type='indirect' speaker='diplomate européen' cue='estimer'>le dirigeant "
    "hongrois cherchait surtout des fonds</q>.",
    # the feminine of a role is a role: "la haute-commissaire", "la négociatrice"
    "La haute-commissaire des Nations unies pour les réfugiés, Amina Diallo, dresse un bilan. Selon la haute-commissaire, "
    "<q type='indirect' speaker='Amina Diallo' cue='selon'>l'agence n'a reçu que 38 % des fonds</q>.",
    # two holders of the role: "la ministre" goes on with the one quoted just before, when no other was named since
    "La ministre de l'Economie, Agnès Rochefort, et la ministre du Travail, Nathalie Berthier, ont étalé leur désaccord.\n\n"
    "Dans un entretien, la locataire de Bercy plaide pour une réduction. « <q type='direct' speaker='Agnès Rochefort' "
    "cue='déclarer'>Il faut en tirer les conséquences</q> », déclare-t-elle.\n\nLa ministre estime que <q type='indirect' "
    "speaker='Agnès Rochefort' cue='estimer'>cette mesure permettrait d'économiser 3 milliards</q>.",
    # "la nouvelle députée", a role no one was introduced with, is the person just named, who holds it from then on
    # ("la députée élue"), however the parse hangs the adjective
    "La candidate du Rassemblement national, Laetitia Brunel, a remporté dimanche l'élection législative partielle face à la "
    "candidate de la gauche, Camille Ferrand.\n\n« <q type='direct' speaker='Laetitia Brunel' cue='lancer'>Les habitants ont "
    "envoyé un message clair</q> », a lancé la nouvelle députée devant ses militants.\n\nLa députée élue a affirmé que <q "
    "type='indirect' speaker='Laetitia Brunel' cue='affirmer'>sa victoire annonçait celle de son camp</q>.",
    # a role introduced with a possessive takes the complement the article gave before it ("son porte-parole" is the
    # government's): "le porte-parole du gouvernement" is X
    "La réaction du gouvernement tchadien n'a pas tardé. Dans un communiqué, son porte-parole, Abdelkerim Haggar, a dénoncé « <q "
    "type='mixed' speaker='Abdelkerim Haggar' cue='dénoncer'>un tissu de mensonges</q> ». « <q type='direct' speaker='Abdelkerim "
    "Haggar' cue='affirmer'>Nos forces ont mené des opérations légitimes</q> », a affirmé le porte-parole du gouvernement.",
    # a source known only by its role, then by another name of the office, is one source
    "Le président de la République a salué « <q type='mixed' speaker='président de la République' cue='saluer'>un grand "
    "serviteur de l'Etat</q> ». « <q type='direct' speaker='président de la République' cue='écrire'>Il croyait au dialogue</q> », "
    "écrit le chef de l'Etat.",
])
def test_a_source_called_by_another_role(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a body named before, called by the kind of body it is (broader_bodies.jsonl) rather than a word of its name
    "La Cour de cassation a rejeté mardi le pourvoi des militants. « <q type='direct' speaker='Cour de cassation' "
    "cue='souligner'>Il appartient aux pouvoirs publics d'y répondre</q> », souligne la haute juridiction.",
    "L'Organisation mondiale de la santé (OMS) a annoncé l'envoi de 2 000 doses. <q type='indirect' speaker='Organisation "
    "mondiale de la santé' cue='préciser'>D'autres lots doivent suivre dans les prochains jours</q>, a précisé l'agence onusienne.",
    # a hyphened first word of the name ("Haut-Commissariat") is one word the kind covers; "écrit", present or participle,
    # is a cue after the quote
    "Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a lancé un appel aux donateurs. Les camps restent le plus "
    "grand site de réfugiés au monde. « <q type='direct' speaker='Haut-Commissariat des Nations unies pour les réfugiés' "
    "cue='écrire'>La situation n'a jamais été aussi précaire</q> », écrit l'agence onusienne dans un communiqué.",
    # who interviewed the source does not speak; a circumstance the parse makes the subject gives way to the phrase apposed to it
    "Côté américain, un responsable du département d'Etat, interrogé par l'AFP, a salué « <q type='mixed' speaker=\"responsable "
    "du département d'Etat\" cue='saluer'>un choix d'expérience</q> ». « <q type='direct' speaker=\"responsable du département "
    "d'Etat\" cue='déclarer'>Nous la connaissons bien</q> », a-t-il déclaré.",
    # who interviewed the source does not speak, however the parse hangs the cue on "interrogé"
    "Le syndicat SNPDEN a réclamé une pause. Un principal de collège de Seine-Saint-Denis, interrogé par l'AFP, confie que "
    "<q type='indirect' speaker='principal de collège de Seine-Saint-Denis' cue='confier'>la moitié de ses professeurs sont "
    "contractuels</q>.",
    # nor the agent of another verb after the cue ("dans sa décision, consultée par l'AFP")
    # (and "l'Autorité", one word the model reads as a name, is the Autorité named before)
    "L'Autorité de la concurrence a conclu que <q type='indirect' speaker='Autorité de la concurrence' cue='conclure'>les poursuites "
    "étaient politiques</q>. « <q type='direct' speaker='Autorité de la concurrence' cue='écrire'>Les éléments fournis ne "
    "permettent pas d'établir les faits</q> », écrit l'Autorité dans sa décision, consultée par l'AFP.",
    # the agent of a passive inside the reported clause is not the cue's ("a assuré que ... serait adopté par les militants")
    "Le premier secrétaire, Julien Carrère, a pris la parole. Le premier secrétaire a également assuré que <q type='indirect' "
    "speaker='Julien Carrère' cue='assurer'>le projet serait adopté par les militants avant l'été</q>.",
    "Le Daily Mail a choisi une photo du Premier ministre. Le tabloïd affirme que <q type='indirect' speaker='Daily Mail' "
    "cue='affirmer'>les électeurs du Nord se sentiront trahis</q>.",
    # an indefinite speaker opening the sentence, the cue read as a noun ("juge" tagged as one)
    "Un diplomate européen en poste à Bruxelles juge que <q type='indirect' speaker='diplomate européen en poste à Bruxelles' "
    "cue='juger'>le secrétaire général a trouvé le ton juste</q>.",
    # "l'établissement public" is the body named before
    "Météo-France a maintenu mardi le Gard en vigilance orange. D'après l'établissement public, <q type='indirect' "
    "speaker='Météo-France' cue=\"d'après\">de nouvelles averses sont attendues dans la nuit</q>.",
    # a newspaper called by its kind after its name opened a sentence, however the parse reads a foreign name
    "En Espagne, El País s'inquiète des conséquences pour le budget européen. « <q type='direct' speaker='El País' cue='estimer'>Les "
    "négociations s'annoncent comme un chemin de croix</q> », estime le quotidien madrilène.",
    "A Paris, l'hebdomadaire Jeune Afrique salue une élection sans violence. « <q type='direct' speaker='Jeune Afrique' "
    "cue='écrire'>Le dauphin désigné a su imposer son propre style</q> », écrit le magazine.",
    # a place after the noun is the body's seat, not a name of its own
    "La Banque centrale européenne (BCE) a laissé jeudi ses taux inchangés. « <q type='direct' speaker='Banque centrale "
    "européenne' cue='écrire'>Le Conseil des gouverneurs est déterminé à agir</q> », écrit l'institution de Francfort.",
    "La Fédération marocaine des droits du patient a appelé les parties au calme. <q type='indirect' speaker='Fédération "
    "marocaine des droits du patient' cue='estimer'>Les malades ne doivent pas devenir des otages</q>, a estimé l'association.",
    # its members speaking together: named by a broader noun, or with the body's noun after them; not experts of no body
    "La Cour des comptes publie mercredi un rapport sur les hôpitaux. Les magistrats financiers estiment que <q type='indirect' "
    "speaker='Cour des comptes' cue='estimer'>la moitié des CHU ne pourront plus investir</q>.",
    "Le Comité européen pour la prévention de la torture (CPT) a visité six prisons. Les experts du comité constatent que "
    "<q type='indirect' speaker='Comité européen pour la prévention de la torture' cue='constater'>les cellules sont "
    "surpeuplées</q>. Les experts estiment que <q type='indirect' speaker='experts' cue='estimer'>la situation va empirer</q>.",
    # a union is no "groupe": a firm's noun does not name a body whose name holds another body's noun
    "La Confédération générale du travail (CGT) a appelé à la grève. « <q type='direct' speaker='Karine Lemoine' "
    "cue='déclarer'>On ne lâchera rien</q> », a déclaré Karine Lemoine, déléguée CGT. Les 2,5 % constituent « <q type='mixed' "
    "speaker='groupe' cue='indiquer'>un effort important</q> », a indiqué le groupe.",
    # a complement telling what the body does names no other body ("de défense des droits humains"); "de la République" does
    "Human Rights Watch (HRW) accuse l'armée d'avoir tué 43 civils. Le rapport s'appuie sur 62 témoignages. Selon l'organisation de "
    "défense des droits humains, <q type='indirect' speaker='Human Rights Watch' cue='selon'>des soldats ont ouvert le feu sur des "
    "pêcheurs</q>.",
    # a complement naming its members makes it another body
    "L'Union européenne a signé l'accord. <q type='indirect' speaker='fédération des éleveurs irlandais' cue='prévenir'>La "
    "mobilisation continuera</q>, a prévenu la fédération des éleveurs irlandais.",
])
def test_a_body_called_by_its_kind(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # "son homologue" holds the office of the one introduced before: "le chef de la diplomatie nigériane" is the Nigerian
    # minister, not the Senegalese one; "allemande" tells the counterpart is a woman, whatever "son" says
    "Le ministre sénégalais des Affaires étrangères, Ousmane Diallo, a estimé que <q type='indirect' speaker='Ousmane Diallo' "
    "cue='estimer'>la suspension ne suffirait pas</q>. Son homologue nigérian, Chukwuma Okafor, a jugé que <q type='indirect' "
    "speaker='Chukwuma Okafor' cue='juger'>le dialogue devait rester ouvert</q>. « <q type='direct' speaker='Chukwuma Okafor' "
    "cue='avertir'>Isoler la junte serait une erreur</q> », a averti le chef de la diplomatie nigériane.",
    "La ministre française des Armées, Hélène Roussel, a souligné l'effort. Son homologue allemande, Karin Weber, a estimé que "
    "<q type='indirect' speaker='Karin Weber' cue='estimer'>l'Europe devait acheter européen</q>.\n\nElle a par ailleurs annoncé que "
    "<q type='indirect' speaker='Karin Weber' cue='annoncer'>Berlin commanderait deux frégates</q>.",
    # "son homologue" says nothing of gender: "elle" may be the counterpart, a woman the first-name list does not know
    "La secrétaire générale de la CGT, Sophie Bernier, a dénoncé la mesure. Son homologue de la CFDT, Marylise Garnier, a jugé la "
    "mesure « <q type='mixed' speaker='Marylise Garnier' cue='juger'>disproportionnée</q> ». « <q type='direct' speaker='Marylise "
    "Garnier' cue='ajouter'>Nous serons dans la rue samedi</q> », a-t-elle ajouté.",
    # a long role phrase the parse cuts (its complement hung on the verb) still names the person after it
    "Le sommet a entendu la représentante spéciale du secrétaire général des Nations unies pour l'Afrique de l'Ouest, Fatou Sarr. "
    "« <q type='direct' speaker='Fatou Sarr' cue='prévenir'>Chaque coup d'Etat en inspire un autre</q> », a prévenu la diplomate onusienne.",
    # a role noun the model reads into a place's name ("le locataire de Matignon") is still a role: an office's other name
    "<q type='indirect' speaker='Antoine Mercier' cue='assurer'>Le gouvernement ne recourra pas au 49.3</q>, a assuré le Premier "
    "ministre, Antoine Mercier, à l'ouverture des débats.\n\n"
    "« <q type='direct' speaker='Antoine Mercier' cue='lancer'>Ce texte sera débattu jusqu'au bout</q> », a lancé le locataire de Matignon.",
    # "présidente du Mexique" holds the office "présidente" names alone: "la cheffe de l'Etat" is she
    "Lucía Herrera Campos a été investie mardi présidente du Mexique. La ministre de l'Intérieur, Rosa Ibarra, a salué la cérémonie."
    "\n\nDans son discours, la cheffe de l'Etat a présenté cent engagements. Elle a assuré que <q type='indirect' "
    "speaker='Lucía Herrera Campos' cue='assurer'>l'indépendance de la Banque centrale serait respectée</q>.",
])
def test_offices_through_counterparts_and_long_roles(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # the person apposed after a role with a participle's complement ("chargé de la pêche"), read as a place by the model
    "Le commissaire européen chargé de la pêche, Costas Andreou, a déclaré que <q type='indirect' speaker='Costas Andreou' "
    "cue='déclarer'>l'Union avait épuisé toutes les voies de dialogue</q>.",
    # "par la voix de X": X speaks for the subject
    "Le groupe écologiste, par la voix de Fabienne Lenoir, a réclamé que <q type='indirect' speaker='Fabienne Lenoir' "
    "cue='réclamer'>la Ville rachète des logements vacants</q>.",
    # before a colon, the name a role is apposed to, and the noun phrase before a circumstance, speak
    "Le ton est moins optimiste. Nicolas Perrin, représentant du syndicat Sud : « <q type='direct' speaker='Nicolas Perrin' "
    "cue=':'>Il manque toujours des volontaires en semaine</q> ».",
    "La prudence reste de mise. Un enquêteur français, sous couvert d'anonymat : « <q type='direct' speaker='enquêteur français' "
    "cue=':'>Il en passe sans doute dix fois plus</q> ».",
    # a short quote with a capital set off by a comma before the verb is what is said, not a name in marks
    "« <q type='direct' speaker='ancien Premier ministre norvégien' cue='déclarer'>Chaque batterie compte</q> », a déclaré l'ancien "
    "Premier ministre norvégien.",
])
def test_speakers_named_around_a_role(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # the noun phrase before a relative clause set off by commas right before the verb speaks, whatever the parse
    "Une infirmière, qui a souhaité garder l'anonymat, estime que <q type='indirect' speaker='infirmière' cue='estimer'>la "
    "situation s'est encore dégradée depuis la fermeture de douze lits</q>.",
    # an acronym in brackets is no speaker, nor is the complement of a participle: the name apposed after them
    "La procureure de la juridiction nationale chargée de la lutte contre la criminalité organisée (Junalco), Anne Perrot, a "
    "indiqué que <q type='indirect' speaker='Anne Perrot' cue='indiquer'>vingt-cinq suspects avaient été mis en examen</q>.",
    # a role then another role with the name: the name
    "Trente personnes ont été interpellées. « <q type='direct' speaker='Valérie Ducros' cue='expliquer'>Nous avons frappé la "
    "logistique</q> », explique sa cheffe, la commissaire divisionnaire Valérie Ducros.",
    # a quote opening the sentence, then a colon and its clause's named subject
    "« <q type='direct' speaker='Sébastien Royer' cue=':'>Nous allons former mieux, plus tôt, et payer dès la première année</q> » : "
    "le ministre de l'Education nationale, Sébastien Royer, a présenté mercredi sa réforme.",
    # offices are looked up without accents, as agency copy writes them ("l'Education")
    "Le ministre de l'Education nationale, Sébastien Royer, a souligné que <q type='indirect' speaker='Sébastien Royer' "
    "cue='souligner'>la crise était grave</q>.\n\n« <q type='direct' speaker='Sébastien Royer' cue='insister'>Le métier "
    "d'enseignant doit redevenir un choix</q> », a insisté le locataire de la rue de Grenelle.",
    # "il" goes on with the source quoted last, though the person named since it was first named spoke before it
    "La commission a entendu l'ancien ministre de la Santé Bertrand Leclerc.\n\nLe rapporteur, le député Yannick Morvan, a ouvert "
    "la séance. « <q type='direct' speaker='Yannick Morvan' cue='lancer'>Derrière chaque chiffre, il y a un patient</q> », a-t-il "
    "lancé.\n\nL'ancien ministre a défendu son action. « <q type='direct' speaker='Bertrand Leclerc' cue='affirmer'>Nous avons "
    "commencé à y mettre de l'ordre</q> », a-t-il affirmé. Il a assuré que <q type='indirect' speaker='Bertrand Leclerc' "
    "cue='assurer'>la liste avait été révisée deux fois</q>.",
    # an inverted "indique-t-elle" is not the subject of what it reports: the body named before
    "La Banque de France a relevé mardi sa prévision de croissance. Dans ses projections, l'institution table sur 1,2 % en 2027. "
    "<q type='indirect' speaker='Banque de France' cue='indiquer'>L'inflation devrait revenir à 1,6 % cette année</q>, indique-t-elle.",
    # a gerund takes the subject of the finite speech verb before it, not of a participle ("les efforts annoncés")
    "M. Pereiro a jugé que les efforts annoncés par Paris allaient « <q type='mixed' speaker='Pereiro' cue='juger'>dans la bonne "
    "direction</q> », tout en estimant qu'<q type='indirect' speaker='Pereiro' cue='estimer'>ils devraient être prolongés</q>.",
    # "l'ex-ministre" is the former minister; "selon lui" is not the subject of its own clause
    "Le chancelier Friedrich Lorenz a limogé son ministre des Finances, Tobias Wendland. Selon l'ex-ministre, <q type='indirect' "
    "speaker='Tobias Wendland' cue='selon'>le limogeage était préparé de longue date</q>. Le chancelier aurait, selon lui, cherché "
    "un prétexte dans un « <q type='mixed' speaker='Tobias Wendland' cue='selon'>calcul politique</q> ».",
])
def test_subjects_past_incises_and_brackets(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # an adjective of the role's phrase that one person's introduction holds tells who speaks: the party, not the
    # current source
    "« <q type='direct' speaker='Léa Benoît' cue='accuser'>Vous faites payer les caissières</q> », a accusé la députée La France "
    "insoumise Léa Benoît.\n\nLa rapporteure, Agnès Ferrand, lui a répondu que <q type='indirect' speaker='Agnès Ferrand' cue='répondre'>l'obstruction "
    "priverait les Français d'un débat</q>. « <q type='direct' speaker='Agnès Ferrand' cue='rétorquer'>Huit mille amendements, ce n'est "
    "pas un débat</q> », a-t-elle rétorqué. « <q type='direct' speaker='Léa Benoît' cue='répliquer'>Le blocage, c'est de refuser "
    "d'écouter la rue</q> », a répliqué l'élue insoumise.",
    # a former role after a paragraph break still describes the source of the sentence before
    "<q type='indirect' speaker='Jens Larsen' cue='annoncer'>Les alliés livreront de nouveaux systèmes</q>, a annoncé le secrétaire "
    "général de l'OTAN, Jens Larsen.\n\n« <q type='direct' "
    "speaker='Jens Larsen' cue='déclarer'>Chaque batterie livrée aujourd'hui, ce sont des vies sauvées demain</q> », a déclaré "
    "l'ancien Premier ministre norvégien.",
    # with no source quoted yet, a former role describes the person named before
    "La conférence s'est ouverte sur un appel du directeur général de l'Organisation internationale du Travail (OIT), Gilbert "
    "Houngbo, à l'action.\n\n« <q type='direct' speaker='Gilbert Houngbo' cue='déclarer'>Le travail change plus vite que nos "
    "règles</q> », a déclaré l'ancien Premier ministre togolais.",
    # "la présidence" is the presidency named before
    "L'Élysée a confirmé la visite. « <q type='direct' speaker='Élysée' cue='souligner'>Cette visite traduit une volonté de "
    "partenariat</q> », a souligné la présidence.",
])
def test_who_a_designation_names(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a broader noun covers a role after its adjective ("le magistrat" for "le premier président de la Cour")
    "« <q type='direct' speaker='Etienne Valbrune' cue='déclarer'>La trajectoire budgétaire est la moins maîtrisée</q> », a déclaré "
    "le premier président de la Cour, Etienne Valbrune.\n\nLe magistrat a appelé le gouvernement à « <q type='mixed' speaker='Etienne "
    "Valbrune' cue='appeler'>cesser de compter sur la croissance</q> ».",
    # an organisation in a role's complement counts by its canonical name: "de la BCE" is "de la Banque centrale européenne (BCE)"
    "La présidente de la Banque centrale européenne (BCE), Ingrid Vanderberg, a défendu la pause des taux. Une élue a critiqué ce "
    "choix. La présidente de la BCE lui a rétorqué que l'inflation aurait fait « <q type='mixed' speaker='Ingrid Vanderberg' "
    "cue='rétorquer'>bien plus de dégâts</q> ».",
    # a designation once resolved names the same person later
    "Le directeur du Bureau de presse du Saint-Siège, Lorenzo Bellucci, a indiqué que <q type='indirect' speaker='Lorenzo Bellucci' "
    "cue='indiquer'>le pape rencontrerait des victimes</q>. « <q type='direct' speaker='Lorenzo Bellucci' cue='expliquer'>Le "
    "Saint-Père veut écouter, pas seulement parler</q> », a expliqué le porte-parole du Vatican.\n\nLe président congolais a "
    "remercié le pape. Interrogé sur ce point, le porte-parole du Vatican a refusé d'entrer dans la polémique : « <q type='direct' "
    "speaker='Lorenzo Bellucci' cue='interroger'>Le pape ne désigne pas de coupables, il appelle tout le monde à la paix.</q> »",
    # "ce diplomate" after an unnamed source; "Selon le statisticien" right after the source's quote
    "« <q type='direct' speaker='sherpa européen' cue='reconnaître'>Nous avons obtenu le meilleur texte possible</q> », a reconnu un "
    "sherpa européen, qui a requis l'anonymat. Selon ce diplomate, <q type='indirect' speaker='sherpa européen' cue='selon'>la "
    "délégation américaine s'est opposée jusqu'au bout à cette formule</q>.",
    "« <q type='direct' speaker='Mathieu Lesueur' cue='commenter'>Le marché du travail a nettement ralenti</q> », a commenté Mathieu "
    "Lesueur, chef du département de l'emploi à l'Insee. Selon le statisticien, il est toutefois « <q type='mixed' speaker='Mathieu "
    "Lesueur' cue='selon'>trop tôt pour parler de retournement durable</q> ».",
    # a report the speaker presents as theirs ("dans son rapport") is theirs when it speaks later, not the expert quoted since
    "<q type='indirect' speaker='Banque mondiale' cue='estimer'>La croissance de l'Afrique subsaharienne reste insuffisante</q>, "
    "estime la Banque mondiale dans son rapport semestriel. « <q type='direct' speaker='Kwame Asante' cue='déclarer'>La région a fait "
    "preuve de résilience</q> », a déclaré son économiste en chef, Kwame Asante.\n\nSelon le rapport, <q type='indirect' "
    "speaker='Banque mondiale' cue='selon'>le revenu par habitant ne retrouvera son niveau de 2014 qu'en 2028</q>.",
])
def test_roles_reports_and_unnamed_sources_followed(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a role before the name with its adjective ("le chancelier allemand Markus X"), or given by the verb ("a été élue
    # directrice générale"), is that person's
    "Le président français Philippe Marchal et le chancelier allemand Markus Hellwig ont affiché leur volonté. Le chancelier s'est "
    "montré plus réservé. « <q type='direct' speaker='Markus Hellwig' cue='répondre'>Nous partageons l'objectif</q> », a-t-il répondu.",
    "La Malienne Aminata Kouyaté a été élue jeudi à Genève directrice générale de l'Organisation internationale du travail (OIT). "
    "« <q type='direct' speaker='Aminata Kouyaté' cue='déclarer'>Je mesure l'honneur qui m'est fait</q> », a déclaré la nouvelle "
    "directrice générale devant le Conseil.",
    # two people hold the office: the adjective tells which ...
    "« <q type='direct' speaker='Youssef Bennani' cue='déclarer'>La migration doit être gérée ensemble</q> », a déclaré le ministre "
    "marocain des Affaires étrangères, Youssef Bennani, aux côtés de son homologue espagnol, Javier Montoro.\n\nSelon le chef de la "
    "diplomatie marocaine, <q type='indirect' speaker='Youssef Bennani' cue='selon'>le royaume consacre chaque année 400 millions d'euros "
    "à la lutte contre les passeurs</q>.",
    # ... the nationality tells which, against one named since with no nationality; a participle clause's name is
    # followed by the sentence's subject, no apposition ("Accueilli par le président X, le dirigeant brésilien a été reçu")
    "Le président brésilien, Rafael Monteiro, a entamé mardi une visite d'Etat en France.\n\nAccueilli aux Invalides par le "
    "président Emmanuel Roussel, le dirigeant brésilien a été reçu à l'Elysée. Le président brésilien a jugé « <q type='mixed' "
    "speaker='Rafael Monteiro' cue='juger'>incompréhensible</q> » l'opposition de Paris. Le chef de l'Etat français a répété que "
    "<q type='indirect' speaker='Emmanuel Roussel' cue='répéter'>la France ne pouvait accepter l'accord en l'état</q>.",
    # a role of another country is no one named before: "lui" is the North Korean envoy, whom the article never names
    "« <q type='direct' speaker='Pierre Duval' cue='affirmer'>L'impunité est un message désastreux</q> », a affirmé le représentant "
    "permanent de la France, Pierre Duval. Le représentant nord-coréen, invité à s'exprimer, a rejeté les critiques. Selon lui, "
    "<q type='indirect' speaker='représentant nord-coréen' cue='selon'>son pays exerce son droit à l'autodéfense</q>.",
    # ... nor one of another country named just after
    "La Chine s'est montrée critique. « <q type='direct' speaker='ministre chinois des Affaires étrangères' cue='affirmer'>Certains "
    "pays invoquent la sécurité nationale</q> », a affirmé le ministre chinois des Affaires étrangères. Le ministre russe des "
    "Affaires étrangères, Viktor Orlovski, a estimé que <q type='indirect' speaker='Viktor Orlovski' cue='estimer'>le G20 avait "
    "tenu bon</q>.",
    # ... and one introduced with another adjective is not the one meant
    "« <q type='direct' speaker='Habib Beye' cue='déclarer'>Ce groupe ne lâche jamais</q> », a déclaré l'entraîneur rennais Habib "
    "Beye.\n\nEn face, Franck Haise ne cachait pas sa déception. L'entraîneur niçois a regretté un manque de « <q type='mixed' "
    "speaker='Franck Haise' cue='regretter'>justesse technique</q> ».",
    # figures speak for whoever they are of; "l'électricien" is the firm named before
    "« <q type='direct' speaker='Geneviève Lapointe' cue='déclarer'>Nous soutiendrons l'économie</q> », a déclaré la ministre des "
    "Finances, Geneviève Lapointe. <q type='indirect' speaker='Geneviève Lapointe' cue='selon'>La croissance devrait ralentir à 0,9 % "
    "cette année</q>, selon les prévisions de la ministre.",
    "EDF a obtenu le feu vert pour redémarrer le réacteur. D'après l'électricien, <q type='indirect' speaker='Électricité de France' "
    "cue=\"d'après\">le "
    "coût total des réparations dépasse 1,5 milliard d'euros</q>.",
])
def test_roles_told_apart_and_companies_named_by_their_trade(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # "générale" is part of the title and "devant le Conseil" no complement of the role: the directrice elected
    "La Malienne Aminata Kouyaté a été élue jeudi à Genève directrice générale de l'Organisation internationale du travail (OIT).\n\n"
    "« <q type='direct' speaker='Aminata Kouyaté' cue='déclarer'>Je mesure l'honneur qui m'est fait</q> », a déclaré la nouvelle "
    "directrice générale devant le Conseil.",
    # the adjective may be in the first mention of the name only
    "La juriste l'a emporté devant la Roumaine Elena Petrescu. Plusieurs pays ont rompu avec la consigne de soutenir Mme Petrescu.\n\n"
    "Battue, la candidate roumaine a reconnu sa défaite. « <q type='direct' speaker='Elena Petrescu' cue='écrire'>Je félicite "
    "sincèrement la lauréate</q> », a-t-elle écrit.",
])
def test_titles_and_adjectives_of_earlier_mentions(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # a report within a report is the outer speaker's: "continuer" and "s'exprimer" are cues of their own elsewhere
    "La présidente de la Commission, Katarina Lindqvist, a salué l'accord. Elle a assuré que Bruxelles continuerait de soutenir "
    "Kiev « <q type='mixed' speaker='Katarina Lindqvist' cue='assurer'>aussi longtemps qu'il le faudra</q> ».",
    "Son conseil, Me Antoine Guillerm, a fait valoir que son client s'était exprimé « <q type='mixed' speaker='Antoine Guillerm' "
    "cue='faire valoir'>dans le cadre d'un débat d'intérêt général</q> ».",
    # "l'institution" may be any organisation, even one whose name holds a body noun ("Fonds"), named in the lead's own clause
    "<q type='indirect' speaker='Fonds monétaire international' cue='indiquer'>Une mission du Fonds monétaire international a achevé "
    "mercredi à Tunis deux semaines de discussions sans parvenir à un accord</q>, a indiqué l'institution dans un communiqué.",
    # a role said by its first words; "le nouveau président" is not the outgoing one; "le ministre" is the garde des Sceaux
    "« <q type='direct' speaker='Kwame Adjei' cue='déclarer'>L'Afrique a un problème de financement</q> », a déclaré le président "
    "de la Banque africaine de développement, Kwame Adjei.\n\nLe président de la Banque a toutefois estimé que le coût de l'emprunt "
    "restait « <q type='mixed' speaker='Kwame Adjei' cue='estimer'>injustement élevé</q> ».",
    "<q type='indirect' speaker='fédération' cue='annoncer'>Patrice Lambert a été élu samedi président de la fédération, "
    "devançant le président sortant, Gérard Pallier</q>, a annoncé la fédération.\n\n« <q type='direct' speaker='Patrice Lambert' "
    "cue='déclarer'>Je mesure la confiance qui m'est faite</q> », a déclaré le nouveau président.",
    "Le garde des Sceaux, Pierre Castan, a contesté une partie des conclusions. Le ministre a toutefois reconnu une situation "
    "« <q type='mixed' speaker='Pierre Castan' cue='reconnaître'>préoccupante</q> ».",
])
def test_reports_within_reports_and_offices_by_other_names(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # "cette source" is the source just quoted, even unnamed
    "Selon un membre de la commission, <q type='indirect' speaker='membre de la commission' cue='selon'>les échanges ont été "
    "francs</q>. D'après cette source, <q type='indirect' speaker='membre de la commission' cue=\"d'après\">la partie algérienne a "
    "remis une liste de noms</q>.",
    # members listed after "dont" do not speak for the group
    "Dans un communiqué commun, une vingtaine d'associations, dont la Cimade et la Ligue des droits de l'homme, jugent que "
    "<q type='indirect' speaker=\"vingtaine d'associations\" cue='juger'>l'allongement de la rétention est disproportionné</q>.",
    # a title noun before the name in apposition: the name
    "« <q type='direct' speaker='Ingrid van Houten' cue='résumer'>Ce que nous décrivions comme pessimiste est devenu la norme</q> », "
    "a résumé la coprésidente du groupe, la climatologue néerlandaise Ingrid van Houten.",
])
def test_sources_named_by_demonstratives_groups_and_titles(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", [
    # the adjective of the introduction names the office holder later, however far ("la ministre danoise")
    "« <q type='direct' speaker='Mette Kjærgaard' cue='déclarer'>L'Arctique doit rester une région de coopération</q> », a "
    "déclaré la ministre danoise des Affaires étrangères, Mette Kjærgaard.\n\nLa Russie a critiqué la réunion.\n\nLes peuples "
    "autochtones ont rappelé leurs priorités.\n\nLa ministre danoise a assuré que <q type='indirect' speaker='Mette Kjærgaard' "
    "cue='assurer'>la présidence danoise ferait de la participation autochtone une priorité</q>.",
    # the words apposed to a name, not the next clause's subject, are its introduction
    "Le président brésilien, Rafael Monteiro, a entamé une visite d'Etat. Accueilli aux Invalides par le président Emmanuel "
    "Roussel, le dirigeant brésilien a été reçu à l'Elysée.\n\nLe président brésilien a jugé « <q type='mixed' speaker='Rafael "
    "Monteiro' cue='juger'>incompréhensible</q> » l'opposition de Paris.",
    # a title the model reads as a place is still the role
    "La Médiatrice européenne, Elena Kostova, a conclu à un cas de « <q type='mixed' speaker='Elena Kostova' cue='conclure'>mauvaise "
    "administration</q> ». Dans sa décision, la Médiatrice estime que <q type='indirect' speaker='Elena Kostova' cue='estimer'>la "
    "Commission n'a pas effectué de recherche suffisante</q>.",
    # a body noun with an adjective names the organisation just named as a subject ...
    "Le Mouvement des entreprises de France a appelé le gouvernement à ne pas alourdir la fiscalité. « <q type='direct' "
    "speaker='Mouvement des entreprises de France' cue='prévenir'>Chaque nouvelle taxe se paie en emplois</q> », a prévenu "
    "l'organisation patronale dans un communiqué.",
    # ... not an organisation of another sentence
    "Le roi a changé le nom du pays. Selon le journal officiel, <q type='indirect' speaker='journal officiel' cue='selon'>le gentilé "
    "est désormais Liswati au singulier</q>.",
])
def test_holders_told_by_adjectives_and_bodies_by_description(nlp, marked):
    check(nlp, marked)


def test_a_name_inside_an_organisations_name_is_no_person_a_pronoun_points_to(nlp):
    # the model reads "Nomura" as a person inside "l'institut Nomura": "elle" is the economist
    check(nlp, "Pour Naoko Ishida, économiste chez Mizuho Securities, <q type='indirect' speaker='Naoko Ishida' cue='pour'>la BoJ a "
               "envoyé un signal clair</q>. Une autre économiste, Sayuri Tanabe, de l'institut Nomura, se montre plus réservée. Selon "
               "elle, <q type='indirect' speaker='Sayuri Tanabe' cue='selon'>la banque centrale risque de freiner la reprise</q>.")
