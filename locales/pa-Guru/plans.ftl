## ਯੋਜਨਾਵਾਂ ਵਾਲਾ ਹਿੱਸਾ: ਯੋਜਨਾਵਾਂ, ਖੇਤਰ, ਸੰਗਠਨ ਅਤੇ ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ।

plans-home-title = ਪਰਵਾਸੀਆਂ ਦੇ ਏਕੀਕਰਨ ਲਈ ਯੋਜਨਾਵਾਂ
plans-home-intro = ਨਗਰਪਾਲਿਕਾਵਾਂ ਉੱਥੇ ਰਹਿਣ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਮਿਲ ਕੇ ਪਰਵਾਸੀਆਂ ਦੇ ਏਕੀਕਰਨ ਲਈ ਆਪਣੀਆਂ ਯੋਜਨਾਵਾਂ ਤਿਆਰ ਕਰ ਰਹੀਆਂ ਹਨ। ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ ਪੜ੍ਹੋ ਅਤੇ ਦੇਖੋ ਕਿ ਕੌਣ-ਕੌਣ ਸ਼ਾਮਲ ਹੈ।
plans-home-empty = ਇੱਥੇ ਅਜੇ ਕੋਈ ਯੋਜਨਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਈ।

plans-kind-municipal = ਨਗਰਪਾਲਿਕਾ ਦੀ ਯੋਜਨਾ
plans-kind-intermunicipal = ਕਈ ਨਗਰਪਾਲਿਕਾਵਾਂ ਦੀ ਸਾਂਝੀ ਯੋਜਨਾ

plans-status-drafting = ਤਿਆਰੀ ਅਧੀਨ
plans-status-drafting-explained = ਨਗਰਪਾਲਿਕਾ ਯੋਜਨਾ ਦਾ ਖਰੜਾ ਲਿਖ ਰਹੀ ਹੈ। ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ ਅਜੇ ਕਾਫ਼ੀ ਬਦਲ ਸਕਦੇ ਹਨ।
plans-status-consultation = ਜਨਤਕ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਚੱਲ ਰਿਹਾ ਹੈ
plans-status-consultation-explained = ਯੋਜਨਾ ਦਾ ਖਰੜਾ ਹਰ ਕਿਸੇ ਦੇ ਪੜ੍ਹਨ ਲਈ ਖੁੱਲ੍ਹਾ ਹੈ। ਵਸਨੀਕ, ਪਰਵਾਸੀ ਅਤੇ ਸੰਸਥਾਵਾਂ ਜੋ ਕਹਿੰਦੇ ਹਨ, ਉਸ ਨਾਲ ਉਪਾਵਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਇਆ ਜਾਂਦਾ ਹੈ।
plans-status-approved = ਮਨਜ਼ੂਰ
plans-status-approved-explained = ਨਗਰਪਾਲਿਕਾ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਨੇ ਯੋਜਨਾ ਨੂੰ ਮਨਜ਼ੂਰੀ ਦੇ ਦਿੱਤੀ ਹੈ ਅਤੇ ਹੁਣ ਇਸ ਨੂੰ ਲਾਗੂ ਕੀਤਾ ਜਾਵੇਗਾ।
plans-status-monitoring = ਲਾਗੂ ਹੋ ਰਹੀ ਹੈ
plans-status-monitoring-explained = ਯੋਜਨਾ ਦੇ ਉਪਾਅ ਲਾਗੂ ਕੀਤੇ ਜਾ ਰਹੇ ਹਨ ਅਤੇ ਉਹਨਾਂ 'ਤੇ ਨਜ਼ਰ ਰੱਖੀ ਜਾ ਰਹੀ ਹੈ।

plans-field-status = ਪੜਾਅ
plans-field-kind = ਯੋਜਨਾ ਦੀ ਕਿਸਮ
plans-field-promoter = ਕਿਸ ਦੀ ਪਹਿਲ
plans-field-period = ਸਮਾਂ-ਮਿਆਦ
plans-municipalities-heading = ਨਗਰਪਾਲਿਕਾਵਾਂ
plans-municipality = ਨਗਰਪਾਲਿਕਾ
plans-residents = ਵਸਨੀਕ
plans-foreign-residents = ਵਿਦੇਸ਼ੀ ਵਸਨੀਕ

plans-next-heading = ਤੁਸੀਂ ਹੁਣ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
plans-next-measures = ਖੇਤਰ ਅਨੁਸਾਰ ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ ਪੜ੍ਹੋ
plans-overview-measures = { $areas ->
    [one] { $areas } ਖੇਤਰ ਵਿੱਚ
   *[other] { $areas } ਖੇਤਰਾਂ ਵਿੱਚ
} { $measures ->
    [one] { $measures } ਉਪਾਅ
   *[other] { $measures } ਉਪਾਅ
}, { $core ->
    [one] ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ { $core } ਮੁੱਖ ਹੈ (ਪੱਧਰ 1)
   *[other] ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ { $core } ਮੁੱਖ ਹਨ (ਪੱਧਰ 1)
}
plans-next-entities = ਸਥਾਨਕ ਸੇਵਾਵਾਂ ਅਤੇ ਸੰਗਠਨ ਦੇਖੋ
plans-next-surveys = ਸਰਵੇਖਣਾਂ ਦੇ ਜਵਾਬ ਦਿਓ ਅਤੇ ਉਹਨਾਂ ਦੇ ਨਤੀਜੇ ਦੇਖੋ
plans-entity-count = { $count ->
    [one] { $count } ਸੰਗਠਨ
   *[other] { $count } ਸੰਗਠਨ
}

plans-levels-heading = ਪੱਧਰ 1 ਅਤੇ ਪੱਧਰ 2 ਦਾ ਕੀ ਮਤਲਬ ਹੈ?
plans-level-1-badge = ਪੱਧਰ 1 · ਮੁੱਖ
plans-level-2-badge = ਪੱਧਰ 2
plans-level-1-explained = ਪੱਧਰ 1 ਦੇ ਉਪਾਅ ਯੋਜਨਾ ਦਾ ਮੁੱਖ ਹਿੱਸਾ ਹਨ। ਨਗਰਪਾਲਿਕਾਵਾਂ ਯਕੀਨੀ ਬਣਾਉਂਦੀਆਂ ਹਨ ਕਿ ਇਹ ਲਾਗੂ ਕੀਤੇ ਜਾਣਗੇ।
plans-level-2-explained = ਪੱਧਰ 2 ਦੇ ਉਪਾਅ ਵੀ ਯੋਜਨਾ ਵਿੱਚ ਹਨ, ਪਰ ਇਹ ਪੈਸੇ ਅਤੇ ਭਾਈਵਾਲਾਂ ਦੇ ਉਪਲਬਧ ਹੋਣ 'ਤੇ ਨਿਰਭਰ ਕਰਦੇ ਹਨ।

plans-areas-title = ਖੇਤਰ ਅਤੇ ਉਪਾਅ
plans-areas-intro = ਯੋਜਨਾ ਕੰਮ ਦੇ ਵੱਖ-ਵੱਖ ਖੇਤਰਾਂ ਵਿੱਚ ਵੰਡੀ ਹੋਈ ਹੈ। ਕਿਸੇ ਖੇਤਰ ਦੇ ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ ਦੇਖਣ ਲਈ ਉਸ ਨੂੰ ਚੁਣੋ।
plans-area-no-measures = ਇਸ ਖੇਤਰ ਵਿੱਚ ਅਜੇ ਕੋਈ ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ ਨਹੀਂ ਹੈ।
plans-area-counts = { $measures ->
    [one] { $measures } ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ
   *[other] { $measures } ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ
}, { $core ->
    [one] ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ { $core } ਮੁੱਖ ਹੈ
   *[other] ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ { $core } ਮੁੱਖ ਹਨ
}
plans-area-measures-heading = ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਅ

plans-measure-status-draft = ਖਰੜਾ
plans-measure-status-revised = ਸੋਧਿਆ ਖਰੜਾ
plans-measure-status-final = ਅੰਤਿਮ ਰੂਪ
plans-measure-summary = ਸੰਖੇਪ ਵਿੱਚ
plans-measure-description = ਕੀ ਕੀਤਾ ਜਾਵੇਗਾ
plans-measure-objectives = ਉਦੇਸ਼
plans-measure-indicators = ਤਰੱਕੀ ਕਿਵੇਂ ਮਾਪੀ ਜਾਵੇਗੀ
plans-measure-indicator = ਸੂਚਕ
plans-measure-target = ਟੀਚਾ
plans-measure-timeline = ਕਦੋਂ
plans-measure-responsible = ਜ਼ਿੰਮੇਵਾਰ
plans-measure-partners = ਭਾਈਵਾਲ
plans-measure-no-partners = ਅਜੇ ਕਿਸੇ ਭਾਈਵਾਲ ਦਾ ਨਾਂ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ।
plans-measure-area = ਖੇਤਰ

plans-entities-title = ਸਥਾਨਕ ਸੇਵਾਵਾਂ ਅਤੇ ਸੰਗਠਨ
plans-entities-intro = ਸਥਾਨਕ ਅਧਿਐਨ ਵਿੱਚ ਲੱਭੇ ਸੰਗਠਨ: ਸਰਕਾਰੀ ਸੇਵਾਵਾਂ, ਸਕੂਲ, ਸਿਹਤ ਕੇਂਦਰ, ਸੰਸਥਾਵਾਂ ਅਤੇ ਹੋਰ, ਨਾਲ ਹੀ ਉਹ ਮਦਦ ਜੋ ਉਹ ਦਿੰਦੇ ਹਨ।
plans-entities-all = ਸਾਰੇ ਸੰਗਠਨ
plans-entities-in-area = ਇਸ ਖੇਤਰ ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਹਨ: { $area }
plans-entities-filter-label = ਕੰਮ ਦਾ ਖੇਤਰ
plans-entities-filter-all = ਸਾਰੇ ਖੇਤਰ
plans-entities-filter-apply = ਦਿਖਾਓ
plans-entity-services = ਸੇਵਾਵਾਂ
plans-entity-areas = ਕੰਮ ਦੇ ਖੇਤਰ

plans-entity-kind-municipality = ਨਗਰਪਾਲਿਕਾ
plans-entity-kind-intermunicipal = ਕਈ ਨਗਰਪਾਲਿਕਾਵਾਂ ਦੀ ਸਾਂਝੀ ਸੰਸਥਾ
plans-entity-kind-claim = ਪਰਵਾਸੀਆਂ ਦੀ ਸਹਾਇਤਾ ਲਈ ਸਥਾਨਕ ਕੇਂਦਰ (CLAIM)
plans-entity-kind-association = ਸੰਸਥਾ
plans-entity-kind-school = ਸਕੂਲ
plans-entity-kind-health_unit = ਸਿਹਤ ਕੇਂਦਰ
plans-entity-kind-employer = ਰੁਜ਼ਗਾਰਦਾਤਾ
plans-entity-kind-employment_service = ਰੁਜ਼ਗਾਰ ਸੇਵਾ
plans-entity-kind-ngo = ਗ਼ੈਰ-ਸਰਕਾਰੀ ਸੰਗਠਨ
plans-entity-kind-parish = ਸਥਾਨਕ ਕੌਂਸਲ (Junta de Freguesia)
plans-entity-kind-media = ਮੀਡੀਆ
plans-entity-kind-other = ਹੋਰ
plans-timeline-heading = ਯੋਜਨਾ ਕਿਵੇਂ ਬਣਾਈ ਜਾ ਰਹੀ ਹੈ
plans-timeline-empty = ਪ੍ਰਕਿਰਿਆ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ ਅਜੇ ਤੈਅ ਨਹੀਂ ਕੀਤੀਆਂ ਗਈਆਂ।
plans-timeline-working-days = { $count ->
    [one] { $count } ਕੰਮਕਾਜੀ ਦਿਨ
   *[other] { $count } ਕੰਮਕਾਜੀ ਦਿਨ
}
plans-timeline-done = ਪੂਰਾ ਹੋ ਗਿਆ
plans-timeline-now = ਹੁਣ ਚੱਲ ਰਿਹਾ ਹੈ
plans-timeline-later = ਅਜੇ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ
plans-timeline-saved = ਸਮਾਂ-ਸਾਰਣੀ ਸੰਭਾਲ ਲਈ ਗਈ।
plans-timeline-add = ਇੱਕ ਪੜਾਅ ਜੋੜੋ
plans-timeline-kind = ਪੜਾਅ
plans-timeline-starts = ਪਹਿਲਾ ਦਿਨ
plans-timeline-ends = ਆਖ਼ਰੀ ਦਿਨ
plans-timeline-or-days = ਜਾਂ ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਇਸ ਦੀ ਮਿਆਦ
plans-timeline-days-hint = ਦਿਨ ਉਸੇ ਤਰ੍ਹਾਂ ਗਿਣੇ ਜਾਂਦੇ ਹਨ ਜਿਵੇਂ ਸਰਕਾਰੀ ਸਮਾਂ-ਸੀਮਾਵਾਂ: ਸ਼ਨਿੱਚਰਵਾਰ, ਐਤਵਾਰ ਅਤੇ ਰਾਸ਼ਟਰੀ ਛੁੱਟੀਆਂ ਨਹੀਂ ਗਿਣੀਆਂ ਜਾਂਦੀਆਂ। ਇਹ ਮਿਆਦ ਵਰਤਣ ਲਈ ਆਖ਼ਰੀ ਦਿਨ ਖਾਲੀ ਛੱਡ ਦਿਓ।
plans-timeline-add-submit = ਪੜਾਅ ਜੋੜੋ
plans-timeline-remove = ਇਹ ਪੜਾਅ ਹਟਾਓ
plans-phase-diagnosis = ਸਥਾਨਕ ਅਧਿਐਨ
plans-phase-surveys = ਸਰਵੇਖਣ
plans-phase-focus-groups = ਫੋਕਸ ਗਰੁੱਪ
plans-phase-information-sessions = ਜਾਣਕਾਰੀ ਸੈਸ਼ਨ
plans-phase-consultation = ਯੋਜਨਾ ਦੇ ਖਰੜੇ 'ਤੇ ਜਨਤਕ ਸਲਾਹ-ਮਸ਼ਵਰਾ
plans-phase-forum = ਫੋਰਮ
plans-phase-approval = ਮਨਜ਼ੂਰੀ
plans-phase-monitoring = ਨਿਗਰਾਨੀ
plans-activity-title = ਗਤੀਵਿਧੀ ਲੌਗ
plans-activity-link = ਇਸ ਯੋਜਨਾ ਵਿੱਚ ਕੀ ਬਦਲਿਆ ਗਿਆ, ਅਤੇ ਕਿਸ ਨੇ ਬਦਲਿਆ (ਗਤੀਵਿਧੀ ਲੌਗ)
plans-activity-intro = ਇਸ ਯੋਜਨਾ, ਇਸ ਦੇ ਸਰਵੇਖਣਾਂ, ਉਹਨਾਂ ਦੇ ਜਵਾਬਾਂ ਅਤੇ ਇਸ ਦੇ ਉਪਾਵਾਂ ਦੇ ਸਬੂਤ ਵਿੱਚ ਕੀਤੀ ਗਈ ਹਰ ਤਬਦੀਲੀ, ਸਭ ਤੋਂ ਨਵੀਂ ਪਹਿਲਾਂ। ਇਹ ਪੰਨਾ ਸਿਰਫ਼ ਯੋਜਨਾ ਦੇ ਸੰਚਾਲਕ ਅਤੇ ਪ੍ਰਬੰਧਕ ਦੇਖਦੇ ਹਨ।
plans-activity-times = ਇੱਥੇ ਦਿੱਤੇ ਗਏ ਸਮੇਂ ਯੋਜਨਾ ਦੇ ਸਥਾਨਕ ਸਮੇਂ ਅਨੁਸਾਰ ਹਨ: { $zone }।
plans-activity-none = ਅਜੇ ਤੱਕ ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
plans-activity-someone = ਇੱਕ ਮਿਟਾਇਆ ਗਿਆ ਖਾਤਾ, ਜਾਂ ਸਰਵਰ ਦੀ ਕਮਾਂਡ ਲਾਈਨ
plans-activity-col-when = ਕਦੋਂ
plans-activity-col-who = ਕਿਸ ਨੇ
plans-activity-col-what = ਕੀ
plans-activity-col-about = ਕਿਸ ਬਾਰੇ
plans-activity-pages-label = ਗਤੀਵਿਧੀ ਲੌਗ ਦੇ ਪੰਨੇ
plans-activity-account-deleted = ਇੱਕ ਖਾਤਾ ਮਿਟਾਇਆ ਗਿਆ
plans-activity-evidence-linked = ਇੱਕ ਨਤੀਜਾ ਸਬੂਤ ਵਜੋਂ ਕਿਸੇ ਉਪਾਅ ਨਾਲ ਜੋੜਿਆ ਗਿਆ
plans-activity-evidence-rationale-changed = ਇਹ ਬਦਲਿਆ ਗਿਆ ਕਿ ਕੋਈ ਨਤੀਜਾ ਕਿਸੇ ਉਪਾਅ ਦਾ ਸਬੂਤ ਕਿਉਂ ਹੈ
plans-activity-evidence-unlinked = ਕਿਸੇ ਨਤੀਜੇ ਦਾ ਕਿਸੇ ਉਪਾਅ ਨਾਲ ਜੋੜ ਹਟਾਇਆ ਗਿਆ
plans-activity-plan-phase-added = ਸਮਾਂ-ਸਾਰਣੀ ਵਿੱਚ ਇੱਕ ਪੜਾਅ ਜੋੜਿਆ ਗਿਆ
plans-activity-plan-phase-removed = ਸਮਾਂ-ਸਾਰਣੀ ਵਿੱਚੋਂ ਇੱਕ ਪੜਾਅ ਹਟਾਇਆ ਗਿਆ
plans-activity-role-granted = ਕਿਸੇ ਨੂੰ ਭੂਮਿਕਾ ਦਿੱਤੀ ਗਈ
plans-activity-role-revoked = ਇੱਕ ਭੂਮਿਕਾ ਹਟਾਈ ਗਈ
plans-activity-survey-codes-created = ਇੱਕ ਵਾਰ ਵਰਤੇ ਜਾਣ ਵਾਲੇ ਕੋਡ ਬਣਾਏ ਗਏ
plans-activity-survey-created = ਇੱਕ ਸਰਵੇਖਣ ਬਣਾਇਆ ਗਿਆ
plans-activity-survey-published = ਇੱਕ ਸਰਵੇਖਣ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਗਿਆ
plans-activity-survey-unpublished = ਇੱਕ ਸਰਵੇਖਣ ਵਾਪਸ ਖਰੜੇ ਵਿੱਚ ਲਿਆਂਦਾ ਗਿਆ
plans-activity-survey-question-added = ਇੱਕ ਸਵਾਲ ਜੋੜਿਆ ਗਿਆ
plans-activity-survey-question-changed = ਇੱਕ ਸਵਾਲ ਬਦਲਿਆ ਗਿਆ
plans-activity-survey-question-deleted = ਇੱਕ ਸਵਾਲ ਮਿਟਾਇਆ ਗਿਆ
plans-activity-survey-question-moved = ਇੱਕ ਸਵਾਲ ਦੀ ਥਾਂ ਬਦਲੀ ਗਈ
plans-activity-survey-section-added = ਇੱਕ ਹਿੱਸਾ ਜੋੜਿਆ ਗਿਆ
plans-activity-survey-section-renamed = ਇੱਕ ਹਿੱਸੇ ਦਾ ਸਿਰਲੇਖ ਬਦਲਿਆ ਗਿਆ
plans-activity-survey-settings-changed = ਇੱਕ ਸਰਵੇਖਣ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਬਦਲੀਆਂ ਗਈਆਂ
plans-activity-survey-text-hidden = ਇੱਕ ਲਿਖਤੀ ਜਵਾਬ ਨਤੀਜਿਆਂ ਵਿੱਚੋਂ ਲੁਕਾਇਆ ਗਿਆ
plans-activity-survey-text-shown = ਇੱਕ ਲਿਖਤੀ ਜਵਾਬ ਫਿਰ ਦਿਖਾਇਆ ਗਿਆ
plans-activity-survey-response-corrected = ਇੱਕ ਜਵਾਬ ਸੋਧਿਆ ਗਿਆ
plans-activity-survey-response-withdrawn = ਇੱਕ ਜਵਾਬ ਰੱਦ ਕੀਤਾ ਗਿਆ
plans-new-title = ਨਵੀਂ ਯੋਜਨਾ ਬਣਾਓ
plans-new-intro = ਨਵੀਂ ਯੋਜਨਾ ਤਿਆਰੀ ਦੇ ਪੜਾਅ ਤੋਂ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ, ਇੱਕੋ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੀ ਜਾਂਦੀ ਹੈ, ਅਤੇ ਇਸ ਵਿੱਚ ਪਰਵਾਸੀਆਂ ਦੇ ਏਕੀਕਰਨ ਲਈ ਨਗਰਪਾਲਿਕਾ ਯੋਜਨਾ ਦੇ ਕੰਮ ਦੇ 16 ਖੇਤਰ ਹੁੰਦੇ ਹਨ। ਇਸ ਦੇ ਸੰਚਾਲਕ “ਲੋਕ ਅਤੇ ਭੂਮਿਕਾਵਾਂ” ਪੰਨੇ 'ਤੇ ਨਿਯੁਕਤ ਕਰੋ; ਬਾਕੀ ਉਹ ਲਿਖਦੇ ਹਨ।
plans-new-title-label = ਯੋਜਨਾ ਦਾ ਸਿਰਲੇਖ
plans-new-slug-hint = ਯੋਜਨਾ ਦੇ ਪਤੇ ਦਾ ਆਖ਼ਰੀ ਹਿੱਸਾ: 3 ਤੋਂ 60 ਅੱਖਰ, ਛੋਟੇ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ (a–z), ਅੰਕ ਅਤੇ ਡੈਸ਼ (-), ਜਿਵੇਂ lisboa-2026।
plans-new-municipalities-hint = ਨਗਰਪਾਲਿਕਾ ਦੀ ਯੋਜਨਾ ਲਈ ਇੱਕ, ਕਈ ਨਗਰਪਾਲਿਕਾਵਾਂ ਦੀ ਸਾਂਝੀ ਯੋਜਨਾ ਲਈ ਦੋ ਜਾਂ ਵੱਧ। ਕਈ ਚੁਣਨ ਲਈ Ctrl (ਜਾਂ Cmd) ਦਬਾ ਕੇ ਰੱਖੋ।
plans-new-lang-label = ਯੋਜਨਾ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ
plans-new-start = ਯੋਜਨਾ ਦੀ ਮਿਆਦ ਦਾ ਪਹਿਲਾ ਦਿਨ
plans-new-end = ਯੋਜਨਾ ਦੀ ਮਿਆਦ ਦਾ ਆਖ਼ਰੀ ਦਿਨ
plans-new-submit = ਯੋਜਨਾ ਬਣਾਓ
plans-created = ਯੋਜਨਾ ਬਣ ਗਈ। ਇਸ ਦੇ ਸੰਚਾਲਕ “ਲੋਕ ਅਤੇ ਭੂਮਿਕਾਵਾਂ” ਪੰਨੇ 'ਤੇ ਨਿਯੁਕਤ ਕਰੋ।
plans-activity-plan-created = ਯੋਜਨਾ ਬਣਾਈ ਗਈ
plans-home-search-label = ਯੋਜਨਾ ਲੱਭੋ
plans-home-query = ਨਗਰਪਾਲਿਕਾ
plans-home-district = ਜ਼ਿਲ੍ਹਾ ਜਾਂ ਖੁਦਮੁਖਤਿਆਰ ਖੇਤਰ
plans-home-all-districts = ਸਾਰੇ
plans-home-none-match = ਇਸ ਖੋਜ ਨਾਲ ਕੋਈ ਯੋਜਨਾ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ।
plans-home-open-surveys = { $count ->
    [one] ਹੁਣ { $count } ਸਰਵੇਖਣ ਖੁੱਲ੍ਹਾ ਹੈ
   *[other] ਹੁਣ { $count } ਸਰਵੇਖਣ ਖੁੱਲ੍ਹੇ ਹਨ
}
plans-edit-title = ਯੋਜਨਾ ਸੋਧੋ
plans-edit-saved = ਸੰਭਾਲਿਆ ਗਿਆ।
plans-edit-languages = ਪਾਠਾਂ ਦੀ ਭਾਸ਼ਾ
plans-edit-not-offered = (ਹਾਲੇ ਉਪਲਬਧ ਨਹੀਂ: ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਸਿਰਲੇਖ ਜੋੜਨ ਨਾਲ ਇਹ ਯੋਜਨਾ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚੋਂ ਇੱਕ ਬਣ ਜਾਂਦੀ ਹੈ)
plans-edit-summary = ਸਾਰ
plans-edit-submit = ਸੰਭਾਲੋ
plans-activity-plan-changed = ਯੋਜਨਾ ਦੇ ਪਾਠ, ਪੜਾਅ ਜਾਂ ਸਮਾਂ-ਮਿਆਦ ਬਦਲੇ ਗਏ
plans-activity-plan-measure-drafted = ਖਰੜੇ ਵਿੱਚ ਇੱਕ ਉਪਾਅ ਜੋੜਿਆ ਗਿਆ
plans-activity-plan-measure-changed = ਖਰੜੇ ਦਾ ਇੱਕ ਉਪਾਅ ਬਦਲਿਆ ਗਿਆ
plans-activity-plan-measure-draft-deleted = ਖਰੜੇ ਦਾ ਇੱਕ ਉਪਾਅ ਮਿਟਾਇਆ ਗਿਆ
plans-activity-plan-version-published = ਖਰੜੇ ਦਾ ਇੱਕ ਸੰਸਕਰਣ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਗਿਆ
plans-measure-version = ਖਰੜੇ ਦਾ ਸੰਸਕਰਣ { $number }, { $date } ਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ।
plans-measure-changes-link = ਕੀ ਬਦਲਿਆ
plans-versions-link = ਖਰੜੇ ਦੇ ਸਾਰੇ ਸੰਸਕਰਣ
plans-version-published = ਸੰਸਕਰਣ { $number }, { $date }
plans-draft-title = ਖਰੜੇ ਦੇ ਉਪਾਅ
plans-draft-intro = ਯੋਜਨਾ ਦੇ ਉਪਾਅ ਇੱਥੇ ਲਿਖੋ ਅਤੇ ਸੋਧੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਖਰੜੇ ਦਾ ਨਵਾਂ ਸੰਸਕਰਣ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕਰਦੇ, ਤੁਹਾਡੀਆਂ ਤਬਦੀਲੀਆਂ ਕੋਈ ਹੋਰ ਨਹੀਂ ਦੇਖਦਾ; ਪਿਛਲੇ ਸੰਸਕਰਣ, ਅਤੇ ਉਹਨਾਂ ਵਿੱਚ ਕੀ ਬਦਲਿਆ, ਪੜ੍ਹੇ ਜਾ ਸਕਦੇ ਹਨ।
plans-draft-published = ਸੰਸਕਰਣ { $number } ਪ੍ਰਕਾਸ਼ਿਤ ਹੋ ਗਿਆ ਹੈ: ਜਨਤਕ ਪੰਨੇ ਹੁਣ ਇਸ ਨੂੰ ਦਿਖਾਉਂਦੇ ਹਨ।
plans-draft-deleted = ਖਰੜੇ ਦਾ ਉਪਾਅ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ।
plans-draft-none-published = ਖਰੜੇ ਦਾ ਅਜੇ ਤੱਕ ਕੋਈ ਸੰਸਕਰਣ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਇਆ।
plans-draft-missing = { $count ->
    [one] ਅਜੇ 1 ਲਿਖਤ ਦਾ ਅਨੁਵਾਦ ਬਾਕੀ ਹੈ
   *[other] ਅਜੇ { $count } ਲਿਖਤਾਂ ਦਾ ਅਨੁਵਾਦ ਬਾਕੀ ਹੈ
}
plans-draft-list = ਯੋਜਨਾ ਦੇ ਖਰੜੇ ਦੇ ਉਪਾਅ
plans-draft-empty = ਅਜੇ ਕੋਈ ਉਪਾਅ ਨਹੀਂ ਹੈ: ਪਹਿਲਾ ਉਪਾਅ ਹੇਠਾਂ ਜੋੜੋ।
plans-draft-col-code = ਕੋਡ
plans-draft-col-measure = ਉਪਾਅ
plans-draft-col-area = ਖੇਤਰ
plans-draft-col-level = ਪੱਧਰ
plans-draft-col-state = ਸਥਿਤੀ
plans-draft-state-new = ਅਜੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ
plans-draft-state-changed = ਪਿਛਲੇ ਸੰਸਕਰਣ ਤੋਂ ਬਾਅਦ ਬਦਲਿਆ
plans-draft-state-published = ਜਿਵੇਂ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਇਆ
plans-draft-new = ਨਵਾਂ ਉਪਾਅ
plans-draft-new-title = ਸਿਰਲੇਖ, ਯੋਜਨਾ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ
plans-draft-code = ਕੋਡ
plans-draft-code-hint = ਅਗਲਾ ਕੋਡ, ਜਿਵੇਂ { $example }, ਲੈਣ ਲਈ ਇਸ ਨੂੰ ਖਾਲੀ ਛੱਡੋ।
plans-draft-new-submit = ਉਪਾਅ ਜੋੜੋ
plans-draft-publish = ਸੰਸਕਰਣ { $number } ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ
plans-draft-unpublished = { $count ->
    [one] ਪਿਛਲੇ ਸੰਸਕਰਣ ਤੋਂ ਬਾਅਦ 1 ਉਪਾਅ ਨਵਾਂ ਹੈ ਜਾਂ ਬਦਲਿਆ ਗਿਆ ਹੈ।
   *[other] ਪਿਛਲੇ ਸੰਸਕਰਣ ਤੋਂ ਬਾਅਦ { $count } ਉਪਾਅ ਨਵੇਂ ਹਨ ਜਾਂ ਬਦਲੇ ਗਏ ਹਨ।
}
plans-draft-note = ਕੀ ਬਦਲਿਆ (ਤਬਦੀਲੀ ਦਾ ਨੋਟ)
plans-draft-note-hint = ਸਾਰੇ ਇਸ ਨੂੰ ਸੰਸਕਰਣਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਪੜ੍ਹਦੇ ਹਨ।
plans-draft-publish-submit = ਇਹ ਸੰਸਕਰਣ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ
plans-draft-edit-title = ਉਪਾਅ { $code } ਸੋਧੋ
plans-draft-see-public = ਪ੍ਰਕਾਸ਼ਿਤ ਉਪਾਅ ਪੜ੍ਹੋ
plans-draft-source = { $language } ਵਿੱਚ:
plans-draft-shared = ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ
plans-draft-texts-in = { $language } ਵਿੱਚ ਲਿਖਤਾਂ
plans-draft-starts = ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ
plans-draft-ends = ਖਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ
plans-draft-no-entity = ਅਜੇ ਕੋਈ ਨਹੀਂ
plans-draft-objective = ਉਦੇਸ਼ { $number }
plans-draft-objective-new = ਨਵਾਂ ਉਦੇਸ਼
plans-draft-indicator = ਸੂਚਕ { $number }
plans-draft-indicator-new = ਨਵਾਂ ਸੂਚਕ
plans-draft-indicator-new-target = ਨਵੇਂ ਸੂਚਕ ਦਾ ਟੀਚਾ
plans-draft-remove-item = ਹਟਾਓ
plans-draft-delete = ਖਰੜੇ ਦਾ ਇਹ ਉਪਾਅ ਮਿਟਾਓ
plans-draft-delete-explained = ਇਹ ਕਦੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਕਿਸੇ ਹੋਰ ਨੇ ਇਸ ਨੂੰ ਨਹੀਂ ਪੜ੍ਹਿਆ। ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
plans-draft-delete-confirm = ਹਾਂ, ਇਸ ਨੂੰ ਮਿਟਾਓ
plans-versions-title = ਖਰੜੇ ਦੇ ਸੰਸਕਰਣ
plans-versions-intro = ਹਰ ਸੰਸਕਰਣ ਨੇ ਸਾਰੇ ਉਪਾਵਾਂ ਨੂੰ ਉਸੇ ਤਰ੍ਹਾਂ ਸੰਭਾਲ ਲਿਆ ਜਿਵੇਂ ਉਹ ਉਸ ਵੇਲੇ ਸਨ। ਕੋਈ ਸੰਸਕਰਣ ਪੜ੍ਹਨ ਲਈ ਉਸ ਨੂੰ ਖੋਲ੍ਹੋ, ਜਾਂ ਕਿਸੇ ਉਪਾਅ ਦੀਆਂ ਤਬਦੀਲੀਆਂ ਖੋਲ੍ਹ ਕੇ ਦੇਖੋ ਕਿ ਕੀ ਦੁਬਾਰਾ ਲਿਖਿਆ ਗਿਆ, ਕੀ ਜੋੜਿਆ ਗਿਆ ਅਤੇ ਕੀ ਹਟਾਇਆ ਗਿਆ।
plans-version-measures = { $count ->
    [one] ਇਸ ਦਾ 1 ਉਪਾਅ ਪੜ੍ਹੋ
   *[other] ਇਸ ਦੇ { $count } ਉਪਾਅ ਪੜ੍ਹੋ
}
plans-version-added = ਇਸ ਸੰਸਕਰਣ ਵਿੱਚ ਨਵਾਂ
plans-version-changed = ਇਸ ਸੰਸਕਰਣ ਵਿੱਚ ਬਦਲਿਆ
plans-version-older = ਇਹ ਇੱਕ ਪੁਰਾਣਾ ਸੰਸਕਰਣ ਹੈ: ਉਦੋਂ ਤੋਂ ਯੋਜਨਾ ਬਦਲ ਚੁੱਕੀ ਹੈ।
plans-version-read-current = ਮੌਜੂਦਾ ਸੰਸਕਰਣ ਪੜ੍ਹੋ
plans-version-changes-from = ਸੰਸਕਰਣ { $number } ਤੋਂ ਬਾਅਦ ਕੀ ਬਦਲਿਆ
plans-version-number = ਸੰਸਕਰਣ { $number }
plans-diff-title = { $code } ਵਿੱਚ ਤਬਦੀਲੀਆਂ
plans-diff-only-one = ਇਸ ਉਪਾਅ ਦਾ ਅਜੇ ਤੱਕ ਸਿਰਫ਼ ਇੱਕ ਸੰਸਕਰਣ ਹੈ।
plans-diff-between = ਸੰਸਕਰਣ { $from } ਤੋਂ ਸੰਸਕਰਣ { $to } ਤੱਕ। ਹਟਾਏ ਗਏ ਸ਼ਬਦ ਕੱਟੇ ਹੋਏ ਦਿਖਦੇ ਹਨ; ਜੋੜੇ ਗਏ ਸ਼ਬਦਾਂ ਹੇਠਾਂ ਲਕੀਰ ਹੁੰਦੀ ਹੈ।
plans-diff-none = ਇਹਨਾਂ ਸੰਸਕਰਣਾਂ ਵਿਚਕਾਰ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
plans-diff-unchanged = ਬਿਨਾਂ ਤਬਦੀਲੀ:
plans-diff-removed = ਹਟਾਇਆ ਗਿਆ:
plans-diff-added = ਜੋੜਿਆ ਗਿਆ:
plans-diff-choose = ਤੁਲਨਾ ਲਈ ਸੰਸਕਰਣ ਚੁਣੋ
plans-diff-from = ਤੋਂ
plans-diff-to = ਤੱਕ
plans-diff-compare = ਤੁਲਨਾ ਕਰੋ
plans-diff-field-code = ਕੋਡ
plans-diff-field-area = ਖੇਤਰ
plans-diff-field-level = ਪੱਧਰ
plans-diff-field-title = ਸਿਰਲੇਖ
plans-diff-field-summary = ਸਾਰ
plans-diff-field-description = ਵੇਰਵਾ
plans-diff-field-objectives = ਉਦੇਸ਼
plans-diff-field-indicators = ਸੂਚਕ ਅਤੇ ਟੀਚੇ
plans-diff-field-timeline = ਸਮਾਂ-ਸਾਰਣੀ
plans-diff-field-dates = ਤਾਰੀਖਾਂ
plans-diff-field-responsible = ਜ਼ਿੰਮੇਵਾਰ ਸੰਸਥਾ
plans-diff-field-partners = ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ
plans-activity-plan-entity-added = ਸਥਾਨਕ ਅਧਿਐਨ ਵਿੱਚ ਇੱਕ ਸੰਸਥਾ ਜੋੜੀ ਗਈ
plans-activity-plan-entity-changed = ਸਥਾਨਕ ਅਧਿਐਨ ਦੀ ਇੱਕ ਸੰਸਥਾ ਬਦਲੀ ਗਈ
plans-activity-plan-entity-removed = ਸਥਾਨਕ ਅਧਿਐਨ ਵਿੱਚੋਂ ਇੱਕ ਸੰਸਥਾ ਹਟਾਈ ਗਈ
plans-activity-plan-entities-imported = ਸਪ੍ਰੈਡਸ਼ੀਟ ਤੋਂ ਸੰਸਥਾਵਾਂ ਇੰਪੋਰਟ ਕੀਤੀਆਂ ਗਈਆਂ
plans-diagnosis-title = ਸਥਾਨਕ ਅਧਿਐਨ: ਸੰਸਥਾਵਾਂ
plans-diagnosis-intro = ਇੱਥੇ ਪਰਵਾਸੀਆਂ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ, ਸਭਾਵਾਂ ਅਤੇ ਹੋਰ ਸੰਸਥਾਵਾਂ। ਖਰੜੇ ਦੇ ਉਪਾਅ ਇਨ੍ਹਾਂ ਨੂੰ ਜ਼ਿੰਮੇਵਾਰ ਜਾਂ ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਵਜੋਂ ਦਰਜ ਕਰਦੇ ਹਨ।
plans-diagnosis-public-link = ਜਨਤਕ ਸੂਚੀ ਵੇਖੋ
plans-diagnosis-list = ਯੋਜਨਾ ਦੀਆਂ ਸੰਸਥਾਵਾਂ
plans-diagnosis-empty = ਅਜੇ ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ ਹੈ: ਇਨ੍ਹਾਂ ਨੂੰ ਇੱਕ-ਇੱਕ ਕਰਕੇ ਜੋੜੋ ਜਾਂ ਸਪ੍ਰੈਡਸ਼ੀਟ ਇੰਪੋਰਟ ਕਰੋ।
plans-diagnosis-col-name = ਨਾਮ
plans-diagnosis-col-kind = ਕਿਸਮ
plans-diagnosis-col-municipality = ਨਗਰਪਾਲਿਕਾ
plans-diagnosis-col-used = ਉਪਾਵਾਂ ਵਿੱਚ ਜ਼ਿਕਰ
plans-diagnosis-col-line = ਕਤਾਰ
plans-diagnosis-col-areas = ਖੇਤਰ
plans-diagnosis-col-state = ਸਮੱਸਿਆਵਾਂ
plans-diagnosis-used = { $count ->
    [one] ਖਰੜੇ ਦਾ { $count } ਉਪਾਅ
   *[other] ਖਰੜੇ ਦੇ { $count } ਉਪਾਅ
}
plans-diagnosis-imported = { $count ->
    [one] { $count } ਸੰਸਥਾ ਇੰਪੋਰਟ ਕੀਤੀ ਗਈ
   *[other] { $count } ਸੰਸਥਾਵਾਂ ਇੰਪੋਰਟ ਕੀਤੀਆਂ ਗਈਆਂ
} (ਸਮੱਸਿਆ ਵਾਲੀਆਂ ਕਤਾਰਾਂ ਛੱਡ ਦਿੱਤੀਆਂ ਗਈਆਂ: { $skipped })।
plans-diagnosis-removed = ਸੰਸਥਾ ਹਟਾ ਦਿੱਤੀ ਗਈ।
plans-diagnosis-add = ਸੰਸਥਾ ਜੋੜੋ
plans-diagnosis-name = ਨਾਮ
plans-diagnosis-add-submit = ਇਹ ਸੰਸਥਾ ਜੋੜੋ
plans-diagnosis-import = ਸਪ੍ਰੈਡਸ਼ੀਟ ਤੋਂ ਇੰਪੋਰਟ ਕਰੋ
plans-diagnosis-import-intro = ਇੱਕ CSV ਫ਼ਾਈਲ ਅੱਪਲੋਡ ਕਰੋ (Excel ਵਿੱਚ: “ਇਸ ਵਜੋਂ ਸੁਰੱਖਿਅਤ ਕਰੋ”, ਫਿਰ “CSV UTF-8” ਜਾਂ “CSV (ਸੈਮੀਕੋਲਨ ਨਾਲ ਵੱਖ ਕੀਤੀ)”)। ਕੁਝ ਵੀ ਸੁਰੱਖਿਅਤ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਹਰ ਕਤਾਰ ਵੇਖ ਸਕੋਗੇ।
plans-diagnosis-import-columns = ਪਹਿਲੀ ਕਤਾਰ ਵਿੱਚ ਕਾਲਮਾਂ ਦੇ ਨਾਮ ਹੁੰਦੇ ਹਨ: Nome (ਲਾਜ਼ਮੀ), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. ਕਈ ਖੇਤਰਾਂ ਜਾਂ ਸੇਵਾਵਾਂ ਨੂੰ | ਨਾਲ ਵੱਖ ਕਰੋ।
plans-diagnosis-import-file = CSV ਫ਼ਾਈਲ (ਵੱਧ ਤੋਂ ਵੱਧ 1 MB)
plans-diagnosis-import-submit = ਅੱਪਲੋਡ ਕਰੋ ਅਤੇ ਪਹਿਲਾਂ ਵੇਖੋ
plans-diagnosis-areas = ਕੰਮ ਦੇ ਖੇਤਰ
plans-diagnosis-website = ਵੈੱਬਸਾਈਟ
plans-diagnosis-email = ਜਨਤਕ ਈਮੇਲ ਪਤਾ
plans-diagnosis-phone = ਜਨਤਕ ਫ਼ੋਨ ਨੰਬਰ
plans-diagnosis-address = ਪਤਾ
plans-diagnosis-description = ਵੇਰਵਾ
plans-diagnosis-services-hint = ਹਰ ਲਾਈਨ ਵਿੱਚ ਇੱਕ ਸੇਵਾ।
plans-diagnosis-in-use = ਇਹ ਸੰਸਥਾ ਹਟਾਈ ਨਹੀਂ ਜਾ ਸਕਦੀ: ਖਰੜੇ ਦੇ ਉਪਾਵਾਂ ਵਿੱਚ ਇਸ ਦਾ ਜ਼ਿਕਰ ਹੈ ({ $measures })।
plans-diagnosis-remove = ਇਹ ਸੰਸਥਾ ਹਟਾਓ
plans-diagnosis-remove-explained = ਇਹ ਸਥਾਨਕ ਅਧਿਐਨ ਅਤੇ ਜਨਤਕ ਸੂਚੀ ਦੋਵਾਂ ਵਿੱਚੋਂ ਹਟ ਜਾਵੇਗੀ। ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
plans-diagnosis-preview-title = ਇੰਪੋਰਟ ਦੀ ਜਾਂਚ ਕਰੋ
plans-diagnosis-preview-read = ਫ਼ਾਈਲ { $file }, { $encoding } ਵਜੋਂ ਪੜ੍ਹੀ ਗਈ; ਕਾਲਮ “{ $separator }” ਨਾਲ ਵੱਖ ਕੀਤੇ ਗਏ ਹਨ।
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } ਕਤਾਰ ਇੰਪੋਰਟ ਲਈ ਤਿਆਰ ਹੈ
   *[other] { $count } ਕਤਾਰਾਂ ਇੰਪੋਰਟ ਲਈ ਤਿਆਰ ਹਨ
}; ਸਮੱਸਿਆ ਵਾਲੀਆਂ ਕਤਾਰਾਂ ({ $skipped }) ਛੱਡ ਦਿੱਤੀਆਂ ਜਾਣਗੀਆਂ। ਤੁਹਾਡੇ ਪੁਸ਼ਟੀ ਕਰਨ ਤੱਕ ਕੁਝ ਵੀ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੁੰਦਾ।
plans-diagnosis-preview-ignored = ਜੋ ਕਾਲਮ ਨਹੀਂ ਪੜ੍ਹੇ ਗਏ:
plans-diagnosis-preview-rows = ਫ਼ਾਈਲ ਦੀਆਂ ਕਤਾਰਾਂ
plans-diagnosis-preview-ok = ਤਿਆਰ
plans-diagnosis-preview-confirm = { $count ->
    [one] { $count } ਸੰਸਥਾ ਇੰਪੋਰਟ ਕਰੋ
   *[other] { $count } ਸੰਸਥਾਵਾਂ ਇੰਪੋਰਟ ਕਰੋ
}
plans-diagnosis-preview-discard = ਇਹ ਫ਼ਾਈਲ ਰੱਦ ਕਰੋ
plans-entity-website = ਵੈੱਬਸਾਈਟ
plans-entity-email = ਈਮੇਲ
plans-entity-phone = ਫ਼ੋਨ
plans-entity-address = ਪਤਾ
plans-status-diagnosis = ਸਥਾਨਕ ਅਧਿਐਨ
plans-status-diagnosis-explained = ਉਪਾਅ ਲਿਖਣ ਤੋਂ ਪਹਿਲਾਂ, ਨਗਰਪਾਲਿਕਾ ਸਰਵੇਖਣਾਂ ਅਤੇ ਮੀਟਿੰਗਾਂ ਰਾਹੀਂ ਇਹ ਜਾਣ ਰਹੀ ਹੈ ਕਿ ਇੱਥੇ ਕੌਣ ਰਹਿੰਦਾ ਹੈ ਅਤੇ ਕਿਹੜੀਆਂ ਸੇਵਾਵਾਂ ਮੌਜੂਦ ਹਨ।
plans-field-time-zone = ਸਮਾਂ ਖੇਤਰ
plans-time-zone-mainland = ਪੁਰਤਗਾਲ ਦੀ ਮੁੱਖ ਧਰਤੀ (ਲਿਸਬਨ ਦਾ ਸਮਾਂ)
plans-time-zone-madeira = ਮਾਦੇਈਰਾ
plans-time-zone-azores = ਅਜ਼ੋਰਸ ਟਾਪੂ
plans-field-contact = ਸੰਪਰਕ
plans-edit-contact-email = ਸੰਪਰਕ ਲਈ ਜਨਤਕ ਈਮੇਲ ਪਤਾ
plans-edit-contact-phone = ਸੰਪਰਕ ਲਈ ਜਨਤਕ ਫ਼ੋਨ ਨੰਬਰ
plans-activity-plan-area-changed = ਇੱਕ ਖੇਤਰ ਦਾ ਨਾਂ ਬਦਲਿਆ ਗਿਆ, ਉਸ ਨੂੰ ਲੁਕਾਇਆ ਗਿਆ ਜਾਂ ਫਿਰ ਦਿਖਾਇਆ ਗਿਆ
plans-activity-plan-area-added = ਇੱਕ ਖੇਤਰ ਜੋੜਿਆ ਗਿਆ
plans-activity-plan-area-moved = ਇੱਕ ਖੇਤਰ ਦੀ ਥਾਂ ਬਦਲੀ ਗਈ
plans-areas-edit-title = ਯੋਜਨਾ ਦੇ ਖੇਤਰ
plans-areas-edit-intro = ਨਵੀਂ ਯੋਜਨਾ PMIM ਮਾਡਲ ਦੇ 16 ਖੇਤਰਾਂ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ। ਉਹਨਾਂ ਦੇ ਨਾਂ ਬਦਲੋ, ਆਪਣੇ ਖੇਤਰ ਜੋੜੋ, ਉਹਨਾਂ ਨੂੰ ਆਪਣੇ ਕ੍ਰਮ ਵਿੱਚ ਲਗਾਓ, ਅਤੇ ਜਿਹੜੇ ਖੇਤਰ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਵਰਤੇ ਜਾਂਦੇ ਉਹਨਾਂ ਨੂੰ ਲੁਕਾ ਦਿਓ।
plans-areas-edit-public = ਖੇਤਰਾਂ ਨੂੰ ਉਵੇਂ ਵੇਖੋ ਜਿਵੇਂ ਆਮ ਲੋਕ ਵੇਖਦੇ ਹਨ
plans-areas-edit-in-use = { $count ->
    [one] ਇਸ ਖੇਤਰ ਵਿੱਚ ਖਰੜੇ ਦਾ { $count } ਉਪਾਅ ਹੈ।
   *[other] ਇਸ ਖੇਤਰ ਵਿੱਚ ਖਰੜੇ ਦੇ { $count } ਉਪਾਅ ਹਨ।
}
plans-areas-edit-hidden = ਇਸ ਖੇਤਰ ਨੂੰ ਜਨਤਕ ਪੰਨਿਆਂ ਤੋਂ ਲੁਕਾਓ
plans-areas-edit-up = ਉੱਪਰ ਲਿਜਾਓ
plans-areas-edit-down = ਹੇਠਾਂ ਲਿਜਾਓ
plans-areas-edit-add = ਖੇਤਰ ਜੋੜੋ
plans-areas-edit-add-submit = ਇਹ ਖੇਤਰ ਜੋੜੋ
plans-home-pages-label = ਯੋਜਨਾਵਾਂ ਦੀ ਸੂਚੀ ਦੇ ਪੰਨੇ
plans-holidays-heading = ਨਗਰਪਾਲਿਕਾ ਦੀਆਂ ਛੁੱਟੀਆਂ
plans-holidays-intro = ਹਰ ਨਗਰਪਾਲਿਕਾ ਦੀ ਆਪਣੀ ਇੱਕ ਛੁੱਟੀ ਹੋ ਸਕਦੀ ਹੈ। ਜਦੋਂ ਯੋਜਨਾ ਸਮਾਂ-ਸੀਮਾਵਾਂ ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਗਿਣਦੀ ਹੈ, ਤਾਂ ਪਹਿਲੀ ਨਗਰਪਾਲਿਕਾ ਦੀ ਛੁੱਟੀ ਨੂੰ ਬੰਦ ਦਾ ਦਿਨ ਮੰਨਿਆ ਜਾਂਦਾ ਹੈ।
plans-holidays-submit = ਛੁੱਟੀਆਂ ਸੰਭਾਲੋ
plans-holiday-label = ਨਗਰਪਾਲਿਕਾ ਦੀ ਛੁੱਟੀ
plans-holiday-none = ਕੋਈ ਨਹੀਂ
plans-holiday-ascension = ਅਸੈਂਸ਼ਨ ਵੀਰਵਾਰ (ਈਸਟਰ ਤੋਂ 39 ਦਿਨ ਬਾਅਦ)
plans-holiday-date = ਕਿਸੇ ਤੈਅ ਤਾਰੀਖ਼ ਨੂੰ
plans-holiday-date-label = ਛੁੱਟੀ ਦਾ ਦਿਨ ਅਤੇ ਮਹੀਨਾ
plans-holiday-date-hint = ਸਿਰਫ਼ ਤੈਅ ਤਾਰੀਖ਼ ਵਾਲੀ ਛੁੱਟੀ ਲਈ: ਦਿਨ ਅਤੇ ਮਹੀਨਾ, ਜਿਵੇਂ 13 ਜੂਨ ਲਈ 13-06।
plans-next-consultations = ਜਨਤਕ ਸਲਾਹ-ਮਸ਼ਵਰੇ: ਖਰੜੇ 'ਤੇ ਟਿੱਪਣੀ ਕਰੋ
plans-activity-plan-holidays-changed = ਨਗਰਪਾਲਿਕਾ ਛੁੱਟੀਆਂ ਵਿੱਚ ਤਬਦੀਲੀ
plans-activity-consultation-opened = ਜਨਤਕ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਖੋਲ੍ਹਣਾ
plans-activity-moderation-hidden = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਇੱਕ ਯੋਗਦਾਨ ਲੁਕਾਇਆ ਗਿਆ
plans-activity-moderation-removed = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਇੱਕ ਯੋਗਦਾਨ ਹਟਾਇਆ ਗਿਆ
plans-activity-moderation-restored = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਇੱਕ ਯੋਗਦਾਨ ਬਹਾਲ ਕੀਤਾ ਗਿਆ
plans-activity-consultation-comment-entered = ਵੈੱਬਸਾਈਟ ਤੋਂ ਬਾਹਰ ਮਿਲੀ ਟਿੱਪਣੀ ਦਰਜ ਕਰਨਾ
plans-activity-consultation-input-answered = ਸਲਾਹ-ਮਸ਼ਵਰੇ ਵਿੱਚ ਮਿਲੇ ਯੋਗਦਾਨ ਦਾ ਜਵਾਬ ਦੇਣਾ
plans-activity-consultation-report-published = ਸਲਾਹ-ਮਸ਼ਵਰੇ ਦੀ ਰਿਪੋਰਟ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨਾ
plans-next-focus-groups = ਫੋਕਸ ਗਰੁੱਪ: ਕਿਸੇ ਸੈਸ਼ਨ ਲਈ ਰਜਿਸਟਰ ਕਰੋ
plans-next-forum = ਫੋਰਮ: ਯੋਜਨਾ ਬਾਰੇ ਗੱਲ ਕਰੋ
plans-activity-focus-group-created = ਫੋਕਸ ਗਰੁੱਪ ਬਣਾਉਣਾ
plans-activity-focus-group-registration-entered = ਕਿਸੇ ਦੀ ਤਰਫ਼ੋਂ ਫੋਕਸ ਗਰੁੱਪ ਵਿੱਚ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦਰਜ ਕਰਨਾ
plans-activity-focus-group-slot-proposed = ਫੋਕਸ ਗਰੁੱਪ ਦੀ ਤਾਰੀਖ਼ ਵਾਲੇ ਪੋਲ ਵਿੱਚ ਪ੍ਰਸਤਾਵਿਤ ਸਮਾਂ
plans-activity-focus-group-time-fixed = ਫੋਕਸ ਗਰੁੱਪ ਦੀ ਤਾਰੀਖ਼ ਤੈਅ ਕਰਨਾ
plans-activity-focus-group-checked-in = ਫੋਕਸ ਗਰੁੱਪ ਵਿੱਚ ਕਿਸੇ ਭਾਗੀਦਾਰ ਦੀ ਹਾਜ਼ਰੀ ਦਰਜ ਕਰਨਾ
plans-activity-focus-group-check-in-undone = ਫੋਕਸ ਗਰੁੱਪ ਵਿੱਚ ਦਰਜ ਹਾਜ਼ਰੀ ਰੱਦ ਕਰਨਾ
plans-activity-focus-group-changed = ਫੋਕਸ ਗਰੁੱਪ ਦੇ ਸੈਸ਼ਨ ਦਾ ਸਮਾਂ ਜਾਂ ਸਥਾਨ ਬਦਲਣਾ
plans-activity-focus-group-called-off = ਫੋਕਸ ਗਰੁੱਪ ਦਾ ਸੈਸ਼ਨ ਰੱਦ ਕਰਨਾ
plans-activity-focus-group-minutes-saved = ਫੋਕਸ ਗਰੁੱਪ ਦੀ ਮੀਟਿੰਗ ਦਾ ਵੇਰਵਾ ਲਿਖਣਾ ਜਾਂ ਬਦਲਣਾ
plans-activity-focus-group-finding-added = ਫੋਕਸ ਗਰੁੱਪ ਵਿੱਚ ਇੱਕ ਸਿੱਟਾ ਜੋੜਨਾ
plans-activity-focus-group-finding-changed = ਫੋਕਸ ਗਰੁੱਪ ਦੇ ਸਿੱਟੇ ਦਾ ਅਨੁਵਾਦ ਕਰਨਾ ਜਾਂ ਉਸ ਨੂੰ ਠੀਕ ਕਰਨਾ
plans-activity-focus-group-finding-removed = ਫੋਕਸ ਗਰੁੱਪ ਦਾ ਇੱਕ ਸਿੱਟਾ ਹਟਾਉਣਾ
plans-activity-focus-group-findings-published = ਫੋਕਸ ਗਰੁੱਪ ਦੀ ਮੀਟਿੰਗ ਦਾ ਵੇਰਵਾ ਅਤੇ ਸਿੱਟੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨਾ
plans-activity-focus-group-findings-withdrawn = ਫੋਕਸ ਗਰੁੱਪ ਦੀ ਮੀਟਿੰਗ ਦਾ ਵੇਰਵਾ ਅਤੇ ਸਿੱਟੇ ਜਨਤਕ ਨਜ਼ਰ ਤੋਂ ਹਟਾਉਣਾ
plans-activity-moderation-locked = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਫੋਰਮ ਦੀ ਇੱਕ ਚਰਚਾ ਲੌਕ ਕੀਤੀ ਗਈ
plans-activity-moderation-unlocked = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਫੋਰਮ ਦੀ ਇੱਕ ਚਰਚਾ ਦਾ ਲੌਕ ਹਟਾਇਆ ਗਿਆ
plans-activity-moderation-pinned = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਫੋਰਮ ਦੀ ਇੱਕ ਚਰਚਾ ਪਿੰਨ ਕੀਤੀ ਗਈ
plans-activity-moderation-unpinned = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਫੋਰਮ ਦੀ ਇੱਕ ਚਰਚਾ ਦਾ ਪਿੰਨ ਹਟਾਇਆ ਗਿਆ
plans-activity-moderation-closed = ਫੋਰਮ ਦੀ ਇੱਕ ਚਰਚਾ ਨਤੀਜੇ ਨਾਲ ਬੰਦ ਕੀਤੀ ਗਈ
plans-activity-forum-outcome-written = ਫੋਰਮ ਦੀ ਕਿਸੇ ਚਰਚਾ ਦਾ ਨਤੀਜਾ ਲਿਖਿਆ ਜਾਂ ਅਨੁਵਾਦ ਕੀਤਾ ਗਿਆ
plans-activity-plan-population-added = ਆਧਾਰ ਆਬਾਦੀ ਵਿੱਚ ਇੱਕ ਸਮੂਹ ਜੋੜਿਆ ਗਿਆ
plans-activity-plan-population-changed = ਆਧਾਰ ਆਬਾਦੀ ਦਾ ਇੱਕ ਸਮੂਹ ਬਦਲਿਆ ਗਿਆ
plans-activity-plan-population-removed = ਆਧਾਰ ਆਬਾਦੀ ਵਿੱਚੋਂ ਇੱਕ ਸਮੂਹ ਹਟਾਇਆ ਗਿਆ
plans-activity-plan-indicator-figures-set = ਇੱਕ ਸੂਚਕ ਦਾ ਸ਼ੁਰੂਆਤੀ ਮੁੱਲ ਅਤੇ ਟੀਚਾ ਤੈਅ ਕੀਤਾ ਗਿਆ
plans-activity-plan-progress-reported = ਇੱਕ ਉਪਾਅ ਦੀ ਤਰੱਕੀ ਦੱਸੀ ਗਈ
plans-activity-plan-progress-removed = ਇੱਕ ਤਰੱਕੀ ਰਿਪੋਰਟ ਹਟਾਈ ਗਈ
plans-draft-state-withdrawing = ਅਗਲੇ ਸੰਸਕਰਣ ਵਿੱਚੋਂ ਵਾਪਸ ਲਿਆ ਜਾਵੇਗਾ
plans-draft-state-withdrawn = ਵਾਪਸ ਲਿਆ ਗਿਆ
plans-draft-withdraw = ਇਹ ਉਪਾਅ ਵਾਪਸ ਲਓ
plans-draft-withdraw-explained = ਤੁਸੀਂ ਜੋ ਅਗਲਾ ਸੰਸਕਰਣ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋਗੇ, ਉਸ ਵਿੱਚ ਇਹ ਉਪਾਅ ਸ਼ਾਮਲ ਨਹੀਂ ਹੋਵੇਗਾ। ਇਸ ਦਾ ਪੰਨਾ ਆਖ਼ਰੀ ਲਿਖਤ, ਟਿੱਪਣੀਆਂ ਅਤੇ ਸਬੂਤਾਂ ਸਮੇਤ ਜਨਤਕ ਰਹਿੰਦਾ ਹੈ, ਤਾਂ ਜੋ ਸਾਰੇ ਦੇਖ ਸਕਣ ਕਿ ਇਸ ਦਾ ਕੀ ਬਣਿਆ। ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਮੁੜ ਸ਼ਾਮਲ ਕਰ ਸਕਦੇ ਹੋ।
plans-draft-withdraw-reason = ਇਹ ਕਿਉਂ ਵਾਪਸ ਲਿਆ ਗਿਆ (ਵਿਕਲਪਿਕ; ਉਪਾਅ ਦੇ ਪੰਨੇ 'ਤੇ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ)
plans-draft-withdraw-confirm = ਅਗਲੇ ਸੰਸਕਰਣ ਵਿੱਚੋਂ ਵਾਪਸ ਲਓ
plans-draft-withdrawn-notice = ਇਹ ਉਪਾਅ ਅਗਲੇ ਸੰਸਕਰਣ ਵਿੱਚ ਸ਼ਾਮਲ ਨਹੀਂ ਹੋਵੇਗਾ।
plans-draft-restored-notice = ਇਹ ਉਪਾਅ ਮੁੜ ਅਗਲੇ ਸੰਸਕਰਣ ਵਿੱਚ ਸ਼ਾਮਲ ਹੈ।
plans-draft-restore-heading = ਵਾਪਸ ਲਿਆ ਗਿਆ ਉਪਾਅ
plans-draft-restore-explained = ਇਹ ਉਪਾਅ ਅਗਲੇ ਸੰਸਕਰਣ ਵਿੱਚ ਸ਼ਾਮਲ ਨਹੀਂ ਹੈ, ਜਾਂ ਕਿਸੇ ਪ੍ਰਕਾਸ਼ਿਤ ਸੰਸਕਰਣ ਨੇ ਇਸ ਨੂੰ ਪਹਿਲਾਂ ਹੀ ਬਾਹਰ ਕਰ ਦਿੱਤਾ ਸੀ। ਇਸ ਨੂੰ ਮੁੜ ਸ਼ਾਮਲ ਕਰਨ 'ਤੇ ਤੁਸੀਂ ਜੋ ਅਗਲਾ ਸੰਸਕਰਣ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋਗੇ, ਉਸ ਵਿੱਚ ਇਹ ਫਿਰ ਹੋਵੇਗਾ।
plans-draft-restore = ਇਸ ਨੂੰ ਮੁੜ ਯੋਜਨਾ ਵਿੱਚ ਸ਼ਾਮਲ ਕਰੋ
plans-version-withdrawn = ਇਸ ਸੰਸਕਰਣ ਵਿੱਚ ਵਾਪਸ ਲਿਆ ਗਿਆ
plans-measure-status-withdrawn = ਵਾਪਸ ਲਿਆ ਗਿਆ
plans-measure-withdrawn = ਖਰੜੇ ਦੇ ਸੰਸਕਰਣ { $number } ਨੇ ਇਹ ਉਪਾਅ ਯੋਜਨਾ ਵਿੱਚੋਂ ਵਾਪਸ ਲੈ ਲਿਆ। ਇਸ ਦੀ ਆਖ਼ਰੀ ਲਿਖਤ, ਲੋਕਾਂ ਨੇ ਇਸ ਬਾਰੇ ਜੋ ਕਿਹਾ ਉਸ ਸਮੇਤ, ਇੱਥੇ ਰਹਿੰਦੀ ਹੈ।
plans-measure-withdrawn-reason = ਕਾਰਨ:
plans-measure-withdrawn-last = ਇਸ ਨੂੰ ਉਸ ਆਖ਼ਰੀ ਸੰਸਕਰਣ ਵਿੱਚ ਪੜ੍ਹੋ ਜਿਸ ਵਿੱਚ ਇਹ ਸੀ
plans-activity-plan-measure-withdrawn = ਅਗਲੇ ਸੰਸਕਰਣ ਵਿੱਚੋਂ ਇੱਕ ਉਪਾਅ ਵਾਪਸ ਲਿਆ ਗਿਆ
plans-activity-plan-measure-restored = ਵਾਪਸ ਲਿਆ ਗਿਆ ਇੱਕ ਉਪਾਅ ਮੁੜ ਯੋਜਨਾ ਵਿੱਚ ਸ਼ਾਮਲ ਕੀਤਾ ਗਿਆ
