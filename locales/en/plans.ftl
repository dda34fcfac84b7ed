## Plans feature: plans, areas, entities and draft measures.

plans-home-title = Plans for the integration of migrants
plans-home-intro = Municipalities are preparing their plans for the integration of migrants with the people who live in them. Read the draft measures and see who is involved.
plans-home-empty = No plan has been published here yet.

plans-kind-municipal = Municipal plan
plans-kind-intermunicipal = Intermunicipal plan

plans-status-draft = In preparation
plans-status-draft-explained = The municipality is writing the draft of the plan. The draft measures may still change a lot.
plans-status-in_consultation = In public consultation
plans-status-in_consultation-explained = The draft plan is open for everyone to read. What residents, immigrants and associations say is used to improve the measures.
plans-status-approved = Approved
plans-status-approved-explained = The plan has been approved by the municipal bodies and will now be carried out.
plans-status-in_execution = Being carried out
plans-status-in_execution-explained = The measures of the plan are being carried out and followed up.
plans-status-evaluated = Evaluated
plans-status-evaluated-explained = The plan has ended and its results have been evaluated.

plans-field-status = Stage
plans-field-kind = Type of plan
plans-field-promoter = Promoted by
plans-field-period = Period
plans-municipalities-heading = Municipalities
plans-municipality = Municipality
plans-residents = Residents
plans-foreign-residents = Foreign residents

plans-next-heading = What you can do now
plans-next-measures = Read the draft measures by area
plans-overview-measures = { $measures ->
    [one] 1 measure
   *[other] { $measures } measures
} in { $areas ->
    [one] 1 area
   *[other] { $areas } areas
}, { $core ->
    [one] 1 of them core (level 1)
   *[other] { $core } of them core (level 1)
}
plans-next-entities = See the local services and organisations
plans-next-surveys = Answer the surveys and see their results
plans-entity-count = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}

plans-levels-heading = What do level 1 and level 2 mean?
plans-level-1-badge = Level 1 · core
plans-level-2-badge = Level 2
plans-level-1-explained = Level 1 measures are the core of the plan. The municipalities guarantee that they will be carried out.
plans-level-2-explained = Level 2 measures are also planned, but they depend on money and partners being available.

plans-areas-title = Areas and measures
plans-areas-intro = The plan is organised in areas of intervention. Choose an area to see its draft measures.
plans-area-no-measures = No draft measures in this area yet.
plans-area-counts = { $measures ->
    [one] 1 draft measure
   *[other] { $measures } draft measures
}, { $core ->
    [one] 1 core
   *[other] { $core } core
}
plans-area-measures-heading = Draft measures

plans-measure-status-draft = Draft
plans-measure-status-revised = Revised draft
plans-measure-status-final = Final
plans-measure-summary = In short
plans-measure-description = What will be done
plans-measure-objectives = Objectives
plans-measure-indicators = How progress will be measured
plans-measure-indicator = Indicator
plans-measure-target = Target
plans-measure-timeline = When
plans-measure-responsible = Responsible
plans-measure-partners = Partners
plans-measure-no-partners = No partners named yet.
plans-measure-area = Area

plans-entities-title = Local services and organisations
plans-entities-intro = The organisations found in the local diagnosis: public services, schools, health units, associations and others, with the help they offer.
plans-entities-all = All organisations
plans-entities-in-area = Working in: { $area }
plans-entities-filter-label = Area of work
plans-entities-filter-all = All areas
plans-entities-filter-apply = Show
plans-entity-services = Services
plans-entity-areas = Areas of work

plans-entity-kind-municipality = Municipality
plans-entity-kind-intermunicipal = Intermunicipal body
plans-entity-kind-claim = Local migrant support centre (CLAIM)
plans-entity-kind-association = Association
plans-entity-kind-school = School
plans-entity-kind-health_unit = Health unit
plans-entity-kind-employer = Employer
plans-entity-kind-employment_service = Employment service
plans-entity-kind-ngo = Non-governmental organisation
plans-entity-kind-parish = Parish council
plans-entity-kind-media = Media
plans-entity-kind-other = Other
plans-timeline-heading = How the plan is being made
plans-timeline-empty = The dates of the process have not been set yet.
plans-timeline-working-days = { $count ->
    [one] 1 working day
   *[other] { $count } working days
}
plans-timeline-done = Finished
plans-timeline-now = Happening now
plans-timeline-later = Coming up
plans-timeline-saved = Timeline saved.
plans-timeline-add = Add a phase
plans-timeline-kind = Phase
plans-timeline-starts = First day
plans-timeline-ends = Last day
plans-timeline-or-days = Or its length in working days
plans-timeline-days-hint = Counted as administrative deadlines are: weekends and national holidays do not count. Leave the last day empty to use it.
plans-timeline-add-submit = Add the phase
plans-timeline-remove = Remove this phase
plans-phase-diagnosis = Local diagnosis
plans-phase-surveys = Surveys
plans-phase-focus-groups = Focus groups
plans-phase-information-sessions = Information sessions
plans-phase-consultation = Public consultation of the draft
plans-phase-forum = Forum
plans-phase-approval = Approval
plans-phase-monitoring = Monitoring
plans-activity-title = Activity log
plans-activity-link = What was changed in this plan, and by whom (activity log)
plans-activity-intro = Every change made to this plan, its surveys, their responses and its evidence, newest first. Only the plan's facilitators and the administrators see this page.
plans-activity-none = Nothing has been changed yet.
plans-activity-someone = A deleted account, or the server's command line
plans-activity-col-when = When
plans-activity-col-who = Who
plans-activity-col-what = What
plans-activity-col-about = About
plans-activity-pages-label = Pages of the activity log
plans-activity-account-deleted = Deleted an account
plans-activity-evidence-linked = Linked a result to a measure as evidence
plans-activity-evidence-rationale-changed = Changed why a result is evidence for a measure
plans-activity-evidence-unlinked = Removed a result's link to a measure
plans-activity-plan-phase-added = Added a phase to the timeline
plans-activity-plan-phase-removed = Removed a phase from the timeline
plans-activity-role-granted = Gave someone a role
plans-activity-role-revoked = Took a role away
plans-activity-survey-codes-created = Made single-use codes
plans-activity-survey-created = Created a survey
plans-activity-survey-published = Published a survey
plans-activity-survey-unpublished = Took a survey back to draft
plans-activity-survey-question-added = Added a question
plans-activity-survey-question-changed = Changed a question
plans-activity-survey-question-deleted = Deleted a question
plans-activity-survey-question-moved = Moved a question
plans-activity-survey-section-added = Added a section
plans-activity-survey-section-renamed = Renamed a section
plans-activity-survey-settings-changed = Changed a survey's settings
plans-activity-survey-text-hidden = Hid a written answer from the results
plans-activity-survey-text-shown = Showed a written answer again
plans-activity-survey-response-corrected = Corrected a response
plans-activity-survey-response-withdrawn = Withdrew a response
plans-new-title = Create a plan
plans-new-intro = A new plan starts in preparation, written in one language, with the 16 intervention areas of a municipal plan for the integration of migrants. Name its facilitators on the people page; they write the rest.
plans-new-title-label = Title of the plan
plans-new-slug-hint = The last part of the plan's address: 3 to 60 lowercase letters a–z, digits and hyphens, for example lisboa-2026.
plans-new-municipalities-hint = One for a municipal plan, two or more for an intermunicipal plan. Hold Ctrl (or Cmd) to choose several.
plans-new-lang-label = The plan's own language
plans-new-start = First day of the plan's period
plans-new-end = Last day of the plan's period
plans-new-submit = Create the plan
plans-created = Plan created. Name its facilitators on the people page.
plans-activity-plan-created = Created the plan
plans-home-search-label = Find a plan
plans-home-query = Municipality
plans-home-district = District or autonomous region
plans-home-all-districts = All
plans-home-none-match = No plan matches this search.
plans-home-open-surveys = { $count ->
    [one] 1 survey open now
   *[other] { $count } surveys open now
}
plans-edit-title = Edit the plan
plans-edit-saved = Saved.
plans-edit-languages = Language of the texts
plans-edit-not-offered = (not offered yet: a title makes it one of the plan's languages)
plans-edit-summary = Summary
plans-edit-submit = Save
plans-activity-plan-changed = Changed the plan's texts, stage or period
