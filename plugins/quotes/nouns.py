"""Nouns that name people or bodies who speak (`les députés`, `the minister`, `la cour`, `police`).

A common noun phrase is a likely speaker only when its head is one of these: `Les députés veulent … « … »`
gives the deputies the fragment, `La demande de nomination … « … »` gives nobody. Titles (`le ministre`,
`the spokesman`) also resolve to the last named person who bears them. Our own lists, singular forms; the
plural is derived (s/x).
"""

from __future__ import annotations

__all__ = ["is_speaker_noun", "plural_form"]

_FR = """
ministre président présidente premier première chef cheffe porte-parole député députée sénateur sénatrice maire
juge procureur procureure avocat avocate gouvernement cour tribunal police gendarmerie armée syndicat parti
association comité commission conseil ministère parquet préfet préfète préfecture directeur directrice dirigeant
dirigeante responsable secrétaire ambassadeur ambassadrice diplomate expert experte scientifique chercheur
chercheuse médecin enquêteur enquêtrice témoin victime manifestant manifestante habitant habitante élu élue
candidat candidate militant militante opposition majorité assemblée parlement sénat agence organisation ong
entreprise société groupe fédération union communauté famille père mère fils fille frère sœur épouse mari
veuve journal quotidien chaîne média auteur autrice écrivain écrivaine étudiant étudiante professeur
professeure spécialiste analyste observateur observatrice sauveteur sauveteurs pompier pompiers officier
soldat général colonel capitaine commandant policier policière gendarme tireur suspect suspecte accusé accusée
roi reine pape évêque archevêque prêtre imam rabbin joueur joueuse entraîneur entraîneuse sélectionneur
patron patronne employé employée salarié salariée ouvrier ouvrière agriculteur agricultrice éleveur
rapporteur rapporteuse défenseur défense accusation ong onu otan banque institut office autorité autorités
régulateur fondation université hôpital ville région état état-major équipe club télévision radio presse
médias agence site chaîne station direction conseiller conseillère conseillers
collectif mouvement coalition travailleur travailleuse
ami amie collègue voisin voisine membre personne
source proche collaborateur collaboratrice stratège négociateur négociatrice délégué déléguée
survivant survivante passager passagère rescapé rescapée
personnel équipage psychiatre psychologue infirmier infirmière chirurgien chirurgienne ingénieur ingénieure pilote
détenu détenue prisonnier prisonnière réfugié réfugiée
homme femme garçon enfant adolescent adolescente
journaliste reporter correspondant correspondante éditorialiste chroniqueur chroniqueuse blogueur blogueuse auteure
romancier romancière philosophe historien historienne sociologue économiste politologue docteur syndicaliste
athlète coureur coureuse cycliste acteur actrice chanteur chanteuse réalisateur réalisatrice artiste musicien
musicienne fondateur fondatrice cofondateur cofondatrice opposant opposante enseignant enseignante élève prince
princesse inspecteur inspectrice commissaire gouverneur gouverneure astronaute pêcheur commerçant commerçante
chauffeur touriste propriétaire locataire électeur électrice citoyen citoyenne résident résidente migrant migrante
"""
_EN = """
minister president prime premier chief spokesman spokeswoman spokesperson spokespeople representative deputy
senator congressman congresswoman lawmaker legislator mayor governor judge justice prosecutor attorney lawyer
counsel government court tribunal police army military union party association committee commission council
ministry department office agency officer official administration authority authorities director chairman
chairwoman chair executive ceo founder leader head secretary ambassador diplomat expert scientist researcher
doctor physician investigator witness victim protester resident voter candidate activist campaigner
opposition parliament assembly senate congress organization organisation group company firm corporation
federation community family father mother son daughter brother sister wife husband widow newspaper paper
broadcaster network channel author writer student teacher professor specialist analyst observer rescuer
firefighter soldier general colonel captain commander policeman policewoman sheriff detective gunman suspect
defendant king queen pope bishop archbishop priest imam rabbi player coach manager owner employee worker
farmer rapporteur defense defence prosecution bank institute regulator foundation university hospital city
state team club board panel jury people residents officials organizers organisers television radio media
press outlet website broadcaster station tv commissioner superintendent inspector councillor councilor chancellor
friend colleague neighbour neighbor classmate partner relative critic opponent supporter advocate economist historian
person source aide adviser advisor staffer strategist operative donor pollster insider consultant negotiator delegate
nominee surrogate lobbyist report
eyewitness bystander onlooker survivor passenger news politician
staff crew personnel psychiatrist psychologist nurse paramedic surgeon engineer pilot inmate prisoner refugee
man men woman women boy girl child children teenager youth
journalist reporter correspondent columnist editor blogger novelist philosopher sociologist unionist boss athlete
cyclist actor actress singer artist musician cofounder pupil prince princess astronaut fisherman shopkeeper tourist
driver tenant citizen migrant protestor demonstrator fan
"""
_PREFIXES = ("vice-", "ex-", "co-", "sous-")
# bodies only in the singular: `l'accusation`, `la défense` speak; `ces accusations`, `les défenses` do not
_SINGULAR_ONLY = frozenset("accusation défense defense defence prosecution opposition majorité direction".split())
_NOUNS = {"fr": frozenset(_FR.split()), "en": frozenset(_EN.split())}
_ALL = frozenset().union(*_NOUNS.values())


def is_speaker_noun(word: str, lang: str) -> bool:
    """Whether ``word`` (any case, singular or plural in s/x/es) names people or a body that can speak."""
    nouns = _NOUNS.get(lang, _ALL)
    w = word.lower()
    if w.startswith(_PREFIXES):
        w = w.split("-", 1)[1]  # `vice-procureur`, `ex-ministre`, `co-founder` (eighteenth pass)
    if w in nouns:
        return True
    for suffix in ("s", "x", "es"):
        if w.endswith(suffix) and w[: -len(suffix)] in nouns and w[: -len(suffix)] not in _SINGULAR_ONLY:
            return True
    return w.endswith("men") and w[:-3] + "man" in nouns  # spokesmen, policemen


def plural_form(word: str) -> bool:
    """Whether the lower-case English ``word`` is written as a plural (`officials`, `police`; not `witness`)."""
    return word == "police" or (word.endswith("s") and not word.endswith("ss"))
