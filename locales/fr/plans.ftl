## Fonction plans : plans, domaines, organisations et mesures proposées.

plans-home-title = Plans pour l’intégration des migrants
plans-home-intro = Les municipalités préparent leurs plans pour l’intégration des migrants avec les personnes qui y vivent. Lisez les mesures proposées et découvrez qui y participe.
plans-home-empty = Aucun plan n’a encore été publié ici.

plans-kind-municipal = Plan municipal
plans-kind-intermunicipal = Plan intermunicipal

plans-status-drafting = En préparation
plans-status-drafting-explained = La municipalité rédige le projet de plan. Les mesures proposées peuvent encore beaucoup changer.
plans-status-consultation = En consultation publique
plans-status-consultation-explained = Le projet de plan est ouvert à la lecture de tous. Ce que disent les habitants, les immigrés et les associations sert à améliorer les mesures.
plans-status-approved = Approuvé
plans-status-approved-explained = Le plan a été approuvé par les organes municipaux et va maintenant être mis en œuvre.
plans-status-monitoring = En cours de réalisation
plans-status-monitoring-explained = Les mesures du plan sont en train d’être réalisées et suivies.

plans-field-status = Étape
plans-field-kind = Type de plan
plans-field-promoter = Porté par
plans-field-period = Période
plans-municipalities-heading = Municipalités
plans-municipality = Municipalité
plans-residents = Habitants
plans-foreign-residents = Résidents étrangers

plans-next-heading = Ce que vous pouvez faire maintenant
plans-next-measures = Lire les mesures proposées par domaine
plans-overview-measures = { $measures ->
    [one] { $measures } mesure
   *[other] { $measures } mesures
} dans { $areas ->
    [one] { $areas } domaine
   *[other] { $areas } domaines
}, { $core ->
    [one] dont { $core } essentielle (niveau 1)
   *[other] dont { $core } essentielles (niveau 1)
}
plans-next-entities = Voir les services et organisations locaux
plans-next-surveys = Répondre aux questionnaires et voir leurs résultats
plans-entity-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}

plans-levels-heading = Que veulent dire niveau 1 et niveau 2 ?
plans-level-1-badge = Niveau 1 · essentiel
plans-level-2-badge = Niveau 2
plans-level-1-explained = Les mesures de niveau 1 sont le cœur du plan. Les municipalités garantissent qu’elles seront réalisées.
plans-level-2-explained = Les mesures de niveau 2 sont aussi prévues, mais elles dépendent de l’argent et des partenaires disponibles.

plans-areas-title = Domaines et mesures
plans-areas-intro = Le plan est organisé en domaines d’intervention. Choisissez un domaine pour voir ses mesures proposées.
plans-area-no-measures = Pas encore de mesure proposée dans ce domaine.
plans-area-counts = { $measures ->
    [one] { $measures } mesure proposée
   *[other] { $measures } mesures proposées
}, { $core ->
    [one] { $core } essentielle
   *[other] { $core } essentielles
}
plans-area-measures-heading = Mesures proposées

plans-measure-status-draft = Proposition
plans-measure-status-revised = Proposition révisée
plans-measure-status-final = Version finale
plans-measure-summary = En bref
plans-measure-description = Ce qui sera fait
plans-measure-objectives = Objectifs
plans-measure-indicators = Comment les progrès seront mesurés
plans-measure-indicator = Indicateur
plans-measure-target = Cible
plans-measure-timeline = Quand
plans-measure-responsible = Responsable
plans-measure-partners = Partenaires
plans-measure-no-partners = Aucun partenaire indiqué pour l’instant.
plans-measure-area = Domaine

plans-entities-title = Services et organisations locaux
plans-entities-intro = Les organisations repérées lors du diagnostic local : services publics, écoles, centres de santé, associations et autres, avec l’aide qu’elles proposent.
plans-entities-all = Toutes les organisations
plans-entities-in-area = Actives dans le domaine : { $area }
plans-entities-filter-label = Domaine d’activité
plans-entities-filter-all = Tous les domaines
plans-entities-filter-apply = Afficher
plans-entity-services = Services
plans-entity-areas = Domaines d’activité

plans-entity-kind-municipality = Municipalité
plans-entity-kind-intermunicipal = Organisme intermunicipal
plans-entity-kind-claim = Centre local d’appui à l’intégration des migrants (CLAIM)
plans-entity-kind-association = Association
plans-entity-kind-school = École
plans-entity-kind-health_unit = Centre de santé
plans-entity-kind-employer = Employeur
plans-entity-kind-employment_service = Service de l’emploi
plans-entity-kind-ngo = Organisation non gouvernementale (ONG)
plans-entity-kind-parish = Junta de freguesia (mairie de quartier)
plans-entity-kind-media = Médias
plans-entity-kind-other = Autre
plans-timeline-heading = Comment le plan est élaboré
plans-timeline-empty = Les dates du processus n’ont pas encore été fixées.
plans-timeline-working-days = { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
}
plans-timeline-done = Terminée
plans-timeline-now = En cours
plans-timeline-later = À venir
plans-timeline-saved = Calendrier enregistré.
plans-timeline-add = Ajouter une phase
plans-timeline-kind = Phase
plans-timeline-starts = Premier jour
plans-timeline-ends = Dernier jour
plans-timeline-or-days = Ou sa durée en jours ouvrés
plans-timeline-days-hint = Comptés comme les délais administratifs : les week-ends et les jours fériés nationaux ne comptent pas. Laissez le dernier jour vide pour utiliser cette durée.
plans-timeline-add-submit = Ajouter la phase
plans-timeline-remove = Retirer cette phase
plans-phase-diagnosis = Diagnostic local
plans-phase-surveys = Questionnaires
plans-phase-focus-groups = Groupes de discussion
plans-phase-information-sessions = Séances d’information
plans-phase-consultation = Consultation publique du projet de plan
plans-phase-forum = Forum
plans-phase-approval = Approbation
plans-phase-monitoring = Suivi
plans-activity-title = Journal d’activité
plans-activity-link = Ce qui a été modifié dans ce plan, et par qui (journal d’activité)
plans-activity-intro = Toutes les modifications apportées à ce plan, à ses questionnaires, à leurs réponses et à ses justifications, des plus récentes aux plus anciennes. Seuls les facilitateurs du plan et les administrateurs voient cette page.
plans-activity-times = Les heures indiquées sont à l’heure locale du plan : { $zone }.
plans-activity-none = Rien n’a encore été modifié.
plans-activity-someone = Un compte supprimé, ou la ligne de commande du serveur
plans-activity-col-when = Quand
plans-activity-col-who = Qui
plans-activity-col-what = Quoi
plans-activity-col-about = Objet
plans-activity-pages-label = Pages du journal d’activité
plans-activity-account-deleted = Suppression d’un compte
plans-activity-evidence-linked = Création d’un lien entre un résultat et une mesure, comme justification
plans-activity-evidence-rationale-changed = Modification de la raison pour laquelle un résultat justifie une mesure
plans-activity-evidence-unlinked = Retrait du lien entre un résultat et une mesure
plans-activity-plan-phase-added = Ajout d’une phase au calendrier
plans-activity-plan-phase-removed = Retrait d’une phase du calendrier
plans-activity-role-granted = Attribution d’un rôle
plans-activity-role-revoked = Retrait d’un rôle
plans-activity-survey-codes-created = Création de codes à usage unique
plans-activity-survey-created = Création d’un questionnaire
plans-activity-survey-published = Publication d’un questionnaire
plans-activity-survey-unpublished = Remise en brouillon d’un questionnaire
plans-activity-survey-question-added = Ajout d’une question
plans-activity-survey-question-changed = Modification d’une question
plans-activity-survey-question-deleted = Suppression d’une question
plans-activity-survey-question-moved = Déplacement d’une question
plans-activity-survey-section-added = Ajout d’une partie
plans-activity-survey-section-renamed = Changement du titre d’une partie
plans-activity-survey-settings-changed = Modification des paramètres d’un questionnaire
plans-activity-survey-text-hidden = Masquage d’une réponse écrite dans les résultats
plans-activity-survey-text-shown = Réaffichage d’une réponse écrite dans les résultats
plans-activity-survey-response-corrected = Correction d’une réponse
plans-activity-survey-response-withdrawn = Retrait d’une réponse
plans-new-title = Créer un plan
plans-new-intro = Un nouveau plan commence en préparation, rédigé dans une seule langue, avec les 16 domaines d’intervention d’un plan municipal pour l’intégration des migrants. Désignez ses facilitateurs sur la page « Personnes et rôles » ; ce sont eux qui rédigent le reste.
plans-new-title-label = Titre du plan
plans-new-slug-hint = La dernière partie de l’adresse du plan : de 3 à 60 caractères, lettres minuscules a–z, chiffres et tirets, par exemple lisboa-2026.
plans-new-municipalities-hint = Une pour un plan municipal, deux ou plus pour un plan intermunicipal. Maintenez la touche Ctrl (ou Cmd) enfoncée pour en choisir plusieurs.
plans-new-lang-label = La langue d’origine du plan
plans-new-start = Premier jour de la période du plan
plans-new-end = Dernier jour de la période du plan
plans-new-submit = Créer le plan
plans-created = Plan créé. Désignez ses facilitateurs sur la page « Personnes et rôles ».
plans-activity-plan-created = Création du plan
plans-home-search-label = Trouver un plan
plans-home-query = Municipalité
plans-home-district = District ou région autonome
plans-home-all-districts = Tous
plans-home-none-match = Aucun plan ne correspond à cette recherche.
plans-home-open-surveys = { $count ->
    [one] { $count } questionnaire ouvert en ce moment
   *[other] { $count } questionnaires ouverts en ce moment
}
plans-edit-title = Modifier le plan
plans-edit-saved = Enregistré.
plans-edit-languages = Langue des textes
plans-edit-not-offered = (pas encore proposée : un titre en fait une des langues du plan)
plans-edit-summary = Résumé
plans-edit-submit = Enregistrer
plans-activity-plan-changed = Modification des textes, de l’étape ou de la période du plan
plans-activity-plan-measure-drafted = Ajout d’une mesure à la proposition
plans-activity-plan-measure-changed = Modification d’une mesure de la proposition
plans-activity-plan-measure-draft-deleted = Suppression d’une mesure de la proposition
plans-activity-plan-version-published = Publication d’une version de la proposition
plans-measure-version = Version { $number } de la proposition, publiée le { $date }.
plans-measure-changes-link = Ce qui a changé
plans-versions-link = Toutes les versions de la proposition
plans-version-published = Version { $number } du { $date }
plans-draft-title = Mesures de la proposition
plans-draft-intro = Rédigez et révisez ici les mesures du plan. Personne d’autre ne voit vos modifications tant que vous n’avez pas publié une nouvelle version de la proposition ; les versions précédentes restent consultables, avec ce qui a changé.
plans-draft-published = La version { $number } est publiée : les pages publiques l’affichent désormais.
plans-draft-deleted = La mesure de la proposition a été supprimée.
plans-draft-none-published = Aucune version de la proposition n’a encore été publiée.
plans-draft-missing = { $count ->
    [one] { $count } texte reste à traduire
   *[other] { $count } textes restent à traduire
}
plans-draft-list = Les mesures de la proposition de plan
plans-draft-empty = Il n’y a pas encore de mesure : ajoutez la première ci-dessous.
plans-draft-col-code = Code de la mesure
plans-draft-col-measure = Mesure
plans-draft-col-area = Domaine
plans-draft-col-level = Niveau
plans-draft-col-state = État
plans-draft-state-new = Pas encore publiée
plans-draft-state-changed = Modifiée depuis la dernière version
plans-draft-state-published = Telle que publiée
plans-draft-new = Nouvelle mesure
plans-draft-new-title = Titre, dans la langue d’origine du plan
plans-draft-code = Code de la mesure
plans-draft-code-hint = Laissez vide pour obtenir le code suivant, par exemple { $example }.
plans-draft-new-submit = Ajouter la mesure
plans-draft-publish = Publier la version { $number }
plans-draft-unpublished = { $count ->
    [one] { $count } mesure est nouvelle ou a été modifiée depuis la dernière version.
   *[other] { $count } mesures sont nouvelles ou ont été modifiées depuis la dernière version.
}
plans-draft-note = Ce qui a changé (la note de modification)
plans-draft-note-hint = Tout le monde la lit dans la liste des versions.
plans-draft-publish-submit = Publier cette version
plans-draft-edit-title = Modifier la mesure { $code }
plans-draft-see-public = Lire la mesure publiée
plans-draft-source = En { $language } :
plans-draft-shared = Dans toutes les langues
plans-draft-texts-in = Textes en { $language }
plans-draft-starts = Début le
plans-draft-ends = Fin le
plans-draft-no-entity = Aucune pour l’instant
plans-draft-objective = Objectif { $number }
plans-draft-objective-new = Nouvel objectif
plans-draft-indicator = Indicateur { $number }
plans-draft-indicator-new = Nouvel indicateur
plans-draft-indicator-new-target = Cible du nouvel indicateur
plans-draft-remove-item = Retirer
plans-draft-delete = Supprimer cette mesure de la proposition
plans-draft-delete-explained = Elle n’a jamais été publiée : personne d’autre ne l’a donc lue. Cette action est irréversible.
plans-draft-delete-confirm = Oui, la supprimer
plans-versions-title = Versions de la proposition
plans-versions-intro = Chaque version a figé toutes les mesures telles qu’elles étaient alors rédigées. Ouvrez une version pour la lire, ou les modifications d’une mesure pour voir ce qui a été reformulé, ajouté et retiré.
plans-version-measures = { $count ->
    [one] Lire son unique mesure
   *[other] Lire ses { $count } mesures
}
plans-version-added = Nouvelle dans cette version
plans-version-changed = Modifiée dans cette version
plans-version-older = Ceci est une version antérieure : le plan a changé depuis.
plans-version-read-current = Lire la version actuelle
plans-version-changes-from = Ce qui a changé depuis la version { $number }
plans-version-number = Version n° { $number }
plans-diff-title = Modifications de { $code }
plans-diff-only-one = Cette mesure n’a pour l’instant qu’une seule version.
plans-diff-between = De la version { $from } à la version { $to }. Les mots supprimés sont barrés ; les mots ajoutés sont soulignés.
plans-diff-none = Rien n’a changé entre ces versions.
plans-diff-unchanged = Sans changement :
plans-diff-removed = supprimé :
plans-diff-added = ajouté :
plans-diff-choose = Choisissez les versions à comparer
plans-diff-from = De
plans-diff-to = À
plans-diff-compare = Comparer
plans-diff-field-code = Code de la mesure
plans-diff-field-area = Domaine
plans-diff-field-level = Niveau
plans-diff-field-title = Titre
plans-diff-field-summary = Résumé
plans-diff-field-description = Descriptif
plans-diff-field-objectives = Objectifs
plans-diff-field-indicators = Indicateurs et cibles
plans-diff-field-timeline = Calendrier
plans-diff-field-dates = Dates de début et de fin
plans-diff-field-responsible = Entité responsable
plans-diff-field-partners = Entités partenaires
plans-activity-plan-entity-added = Ajout d’une entité au diagnostic
plans-activity-plan-entity-changed = Modification d’une entité du diagnostic
plans-activity-plan-entity-removed = Retrait d’une entité du diagnostic
plans-activity-plan-entities-imported = Importation d’entités depuis un tableur
plans-diagnosis-title = Diagnostic local : entités
plans-diagnosis-intro = Les services, associations et autres entités qui travaillent avec les personnes migrantes sur ce territoire. Les mesures de la proposition les désignent comme entités responsables ou partenaires.
plans-diagnosis-public-link = Voir l’annuaire public
plans-diagnosis-list = Les entités du plan
plans-diagnosis-empty = Il n’y a pas encore d’entité : ajoutez-les une par une ou importez un tableur.
plans-diagnosis-col-name = Nom
plans-diagnosis-col-kind = Type
plans-diagnosis-col-municipality = Municipalité
plans-diagnosis-col-used = Citée dans
plans-diagnosis-col-line = Ligne
plans-diagnosis-col-areas = Domaines
plans-diagnosis-col-state = Problèmes
plans-diagnosis-used = { $count ->
    [one] { $count } mesure de la proposition
   *[other] { $count } mesures de la proposition
}
plans-diagnosis-imported = { $count ->
    [one] { $count } entité a été importée
   *[other] { $count } entités ont été importées
} (lignes écartées car elles posaient problème : { $skipped }).
plans-diagnosis-removed = L’entité a été supprimée.
plans-diagnosis-add = Ajouter une entité
plans-diagnosis-name = Nom
plans-diagnosis-add-submit = Ajouter l’entité
plans-diagnosis-import = Importer depuis un tableur
plans-diagnosis-import-intro = Envoyez un fichier CSV (dans Excel : « Enregistrer sous », puis « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur: point-virgule) »). Vous verrez chaque ligne avant que quoi que ce soit ne soit enregistré.
plans-diagnosis-import-columns = La première ligne donne le nom des colonnes : Nome (obligatoire), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. Séparez plusieurs domaines ou services par |.
plans-diagnosis-import-file = Fichier CSV (1 MB au maximum)
plans-diagnosis-import-submit = Envoyer et prévisualiser
plans-diagnosis-areas = Domaines d’intervention
plans-diagnosis-website = Site web
plans-diagnosis-email = Adresse e-mail publique
plans-diagnosis-phone = Numéro de téléphone public
plans-diagnosis-address = Adresse postale
plans-diagnosis-description = Descriptif
plans-diagnosis-services-hint = Un service par ligne.
plans-diagnosis-in-use = Impossible de supprimer cette entité : des mesures de la proposition la citent ({ $measures }).
plans-diagnosis-remove = Supprimer cette entité
plans-diagnosis-remove-explained = Elle disparaît du diagnostic et de l’annuaire public. Cette action est irréversible.
plans-diagnosis-preview-title = Vérifier l’importation
plans-diagnosis-preview-read = Fichier { $file }, lu comme { $encoding }, colonnes séparées par « { $separator } ».
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } ligne est prête à être importée
   *[other] { $count } lignes sont prêtes à être importées
} ; les lignes qui posent problème ({ $skipped }) seront écartées. Rien n’est enregistré tant que vous n’avez pas confirmé.
plans-diagnosis-preview-ignored = Colonnes non lues :
plans-diagnosis-preview-rows = Les lignes du fichier
plans-diagnosis-preview-ok = Prête
plans-diagnosis-preview-confirm = { $count ->
    [one] Importer { $count } entité
   *[other] Importer { $count } entités
}
plans-diagnosis-preview-discard = Abandonner ce fichier
plans-entity-website = Site web
plans-entity-email = E-mail
plans-entity-phone = Téléphone
plans-entity-address = Adresse
plans-status-diagnosis = Diagnostic local
plans-status-diagnosis-explained = La municipalité apprend à connaître qui vit ici et quels services existent, au moyen de questionnaires et de réunions, avant de rédiger les mesures.
plans-field-time-zone = Fuseau horaire
plans-time-zone-mainland = Portugal continental (heure de Lisbonne)
plans-time-zone-madeira = Archipel de Madère
plans-time-zone-azores = Archipel des Açores
plans-field-contact = Coordonnées
plans-edit-contact-email = Adresse e-mail publique de contact
plans-edit-contact-phone = Numéro de téléphone public de contact
plans-activity-plan-area-changed = Renommage, masquage ou réaffichage d’un domaine
plans-activity-plan-area-added = Ajout d’un domaine
plans-activity-plan-area-moved = Déplacement d’un domaine
plans-areas-edit-title = Domaines du plan
plans-areas-edit-intro = Un nouveau plan commence avec les 16 domaines du modèle PMIM. Renommez-les, ajoutez les vôtres, classez-les dans l’ordre qui vous convient et masquez ceux que le plan n’utilise pas.
plans-areas-edit-public = Voir les domaines comme le public les voit
plans-areas-edit-in-use = { $count ->
    [one] Ce domaine contient { $count } mesure de la proposition.
   *[other] Ce domaine contient { $count } mesures de la proposition.
}
plans-areas-edit-hidden = Masquer ce domaine sur les pages publiques
plans-areas-edit-up = Monter
plans-areas-edit-down = Descendre
plans-areas-edit-add = Ajouter un domaine
plans-areas-edit-add-submit = Ajouter le domaine
plans-home-pages-label = Pages de la liste des plans
plans-holidays-heading = Jours fériés municipaux
plans-holidays-intro = Chaque municipalité peut avoir son propre jour férié. Le jour férié de la première municipalité est un jour de fermeture lorsque le plan compte les délais en jours ouvrés.
plans-holidays-submit = Enregistrer les jours fériés
plans-holiday-label = Jour férié municipal
plans-holiday-none = Aucun
plans-holiday-ascension = Jeudi de l’Ascension (39 jours après Pâques)
plans-holiday-date = À une date fixe
plans-holiday-date-label = Jour et mois du jour férié
plans-holiday-date-hint = Uniquement pour un jour férié à date fixe : jour et mois, par exemple 13-06 pour le 13 juin.
plans-next-consultations = Consultations publiques : commenter la proposition
plans-activity-plan-holidays-changed = Modification des jours fériés municipaux
plans-activity-consultation-opened = Ouverture d’une consultation publique
plans-activity-moderation-hidden = Masquage d’une contribution par un modérateur
plans-activity-moderation-removed = Retrait d’une contribution par un modérateur
plans-activity-moderation-restored = Rétablissement d’une contribution par un modérateur
plans-activity-consultation-comment-entered = Saisie d’un commentaire reçu hors du site
plans-activity-consultation-input-answered = Réponse à une contribution à une consultation
plans-activity-consultation-report-published = Publication du rapport d’une consultation
plans-next-focus-groups = Groupes de discussion : s’inscrire à une séance
plans-next-forum = Forum : discuter du plan
plans-activity-focus-group-created = Création d’un groupe de discussion
plans-activity-focus-group-registration-entered = Inscription à un groupe de discussion faite au nom d’une autre personne
plans-activity-focus-group-slot-proposed = Créneau proposé dans le sondage de dates d’un groupe de discussion
plans-activity-focus-group-time-fixed = Fixation de la date d’un groupe de discussion
plans-activity-focus-group-checked-in = Enregistrement de l’arrivée d’un participant à un groupe de discussion
plans-activity-focus-group-check-in-undone = Annulation d’une arrivée enregistrée à un groupe de discussion
plans-activity-focus-group-changed = Modification de la date ou du lieu d’une séance de groupe de discussion
plans-activity-focus-group-called-off = Annulation d’une séance de groupe de discussion
plans-activity-focus-group-minutes-saved = Rédaction ou modification du compte rendu d’un groupe de discussion
plans-activity-focus-group-finding-added = Ajout d’une conclusion à un groupe de discussion
plans-activity-focus-group-finding-changed = Traduction ou correction d’une conclusion d’un groupe de discussion
plans-activity-focus-group-finding-removed = Retrait d’une conclusion d’un groupe de discussion
plans-activity-focus-group-findings-published = Publication du compte rendu et des conclusions d’un groupe de discussion
plans-activity-focus-group-findings-withdrawn = Retrait de la vue du public du compte rendu et des conclusions d’un groupe de discussion
plans-activity-moderation-locked = Verrouillage d’un sujet du forum par un modérateur
plans-activity-moderation-unlocked = Déverrouillage d’un sujet du forum par un modérateur
plans-activity-moderation-pinned = Épinglage d’un sujet du forum par un modérateur
plans-activity-moderation-unpinned = Désépinglage d’un sujet du forum par un modérateur
plans-activity-moderation-closed = Clôture d’un sujet du forum avec une conclusion
plans-activity-forum-outcome-written = Rédaction ou traduction de la conclusion d’un sujet du forum
plans-activity-plan-population-added = Ajout d’un groupe à la population de référence
plans-activity-plan-population-changed = Modification d’un groupe de la population de référence
plans-activity-plan-population-removed = Retrait d’un groupe de la population de référence
plans-activity-plan-indicator-figures-set = Fixation de la valeur de départ et de la cible d’un indicateur
plans-activity-plan-progress-reported = Compte rendu de l’avancement d’une mesure
plans-activity-plan-progress-removed = Retrait d’un rapport d’avancement
plans-draft-state-withdrawing = Retirée de la prochaine version
plans-draft-state-withdrawn = Retirée
plans-draft-withdraw = Retirer cette mesure
plans-draft-withdraw-explained = La prochaine version que vous publierez laissera cette mesure de côté. Sa page reste publique, avec son dernier texte, les commentaires et les justifications, pour que chacun puisse voir ce qu’elle est devenue. Tant que vous n’avez pas publié, vous pouvez la réintégrer.
plans-draft-withdraw-reason = Pourquoi elle est retirée (facultatif ; affiché sur la page de la mesure)
plans-draft-withdraw-confirm = La retirer de la prochaine version
plans-draft-withdrawn-notice = La mesure sera laissée de côté dans la prochaine version.
plans-draft-restored-notice = La mesure fait de nouveau partie de la prochaine version.
plans-draft-restore-heading = Mesure retirée
plans-draft-restore-explained = Cette mesure est laissée de côté dans la prochaine version, ou une version publiée l’a déjà écartée. Réintégrez-la et la prochaine version que vous publierez l’inclura de nouveau.
plans-draft-restore = La réintégrer dans le plan
plans-version-withdrawn = Retirées dans cette version
plans-measure-status-withdrawn = Retirée
plans-measure-withdrawn = La version { $number } de la proposition a retiré cette mesure du plan. Son dernier texte reste ici, avec ce que les gens en ont dit.
plans-measure-withdrawn-reason = Motif :
plans-measure-withdrawn-last = La lire dans la dernière version qui la contenait
plans-activity-plan-measure-withdrawn = Retrait d’une mesure de la prochaine version
plans-activity-plan-measure-restored = Réintégration d’une mesure retirée dans le plan
