## Evidence feature: why a measure exists, from what participation said.

evidence-heading = Why this measure: what people said
evidence-none = No results of participation have been linked to this measure yet.
evidence-unavailable = The evidence for this measure cannot be shown right now.
evidence-used-for = Evidence for these measures
evidence-link-summary = Link to a measure as evidence
evidence-measure-label = Measure
evidence-rationale-label = Why this matters for the measure
evidence-rationale-hint = Plain words: residents will read this on the measure's page.
evidence-link-submit = Link
evidence-unlink = Remove this link
evidence-kind-survey_question = Surveys ({ $count })
evidence-kind-focus_group_finding = Focus groups ({ $count })
evidence-source-survey_question = From the survey
evidence-source-focus_group_finding = From the focus group
evidence-kind-forum_outcome = Forum ({ $count })
evidence-source-forum_outcome = From the forum thread
