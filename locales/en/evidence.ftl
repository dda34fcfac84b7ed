## Evidence feature: why a measure exists, from what participation said.

evidence-heading = Why this measure: what people said
evidence-none = No results of participation have been linked to this measure yet.
evidence-unavailable = The evidence for this measure cannot be shown right now.
evidence-from-survey = From the survey
evidence-used-for = These results were used for
evidence-link-summary = Link these results to a measure
evidence-measure-label = Measure
evidence-rationale-label = Why these results matter for the measure
evidence-rationale-hint = Plain words: residents will read this on the measure's page.
evidence-link-submit = Link
evidence-unlink = Remove this link
