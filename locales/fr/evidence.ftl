## Fonction justification : pourquoi une mesure existe, d’après ce que la participation a montré.

evidence-heading = Pourquoi cette mesure : ce que les gens ont dit
evidence-none = Aucun résultat de la participation n’a encore été relié à cette mesure.
evidence-unavailable = Les justifications de cette mesure ne peuvent pas être affichées pour le moment.
evidence-used-for = Justification de ces mesures
evidence-link-summary = Relier à une mesure comme justification
evidence-measure-label = Mesure
evidence-rationale-label = Pourquoi c’est important pour la mesure
evidence-rationale-hint = Avec des mots simples : les habitants liront ce texte sur la page de la mesure.
evidence-link-submit = Relier
evidence-unlink = Retirer ce lien
evidence-kind-survey_question = Questionnaires ({ $count })
evidence-kind-focus_group_finding = Groupes de discussion ({ $count })
evidence-source-survey_question = D’après le questionnaire
evidence-source-focus_group_finding = D’après le groupe de discussion
evidence-kind-forum_outcome = Discussions du forum ({ $count })
evidence-source-forum_outcome = D’après le sujet du forum
