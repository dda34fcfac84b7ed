## Fonction justification : pourquoi une mesure existe, d’après ce que la participation a montré.

evidence-heading = Pourquoi cette mesure : ce que les gens ont dit
evidence-none = Aucun résultat de la participation n’a encore été relié à cette mesure.
evidence-unavailable = Les justifications de cette mesure ne peuvent pas être affichées pour le moment.
evidence-from-survey = D’après le questionnaire
evidence-used-for = Ces résultats ont servi pour
evidence-link-summary = Relier ces résultats à une mesure
evidence-measure-label = Mesure
evidence-rationale-label = Pourquoi ces résultats comptent pour la mesure
evidence-rationale-hint = Avec des mots simples : les habitants liront ce texte sur la page de la mesure.
evidence-link-submit = Relier
evidence-unlink = Retirer ce lien
