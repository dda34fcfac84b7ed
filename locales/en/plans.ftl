## Plans feature: plans, areas, entities and draft measures.

plans-home-title = Plans for the integration of migrants
plans-home-intro = Municipalities are preparing their plans for the integration of migrants with the people who live in them. Read the draft measures and see who is involved.
plans-home-empty = No plan has been published here yet.

plans-kind-municipal = Municipal plan
plans-kind-intermunicipal = Intermunicipal plan

plans-status-diagnosis = Local diagnosis
plans-status-diagnosis-explained = The municipality is getting to know who lives here and which services exist, with surveys and meetings, before writing the measures.
plans-status-drafting = In preparation
plans-status-drafting-explained = The municipality is writing the draft of the plan. The draft measures may still change a lot.
plans-status-consultation = In public consultation
plans-status-consultation-explained = The draft plan is open for everyone to read. What residents, immigrants and associations say is used to improve the measures.
plans-status-approved = Approved
plans-status-approved-explained = The plan has been approved by the municipal bodies and will now be carried out.
plans-status-monitoring = Being carried out
plans-status-monitoring-explained = The measures of the plan are being carried out and followed up.

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
plans-activity-times = Times are the plan's local time: { $zone }.
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
plans-activity-plan-measure-drafted = Added a draft measure
plans-activity-plan-measure-changed = Changed a draft measure
plans-activity-plan-measure-draft-deleted = Deleted a draft measure
plans-activity-plan-version-published = Published a version of the draft
plans-measure-version = Version { $number } of the draft, published on { $date }.
plans-measure-changes-link = What changed
plans-versions-link = All versions of the draft
plans-version-published = Version { $number } of { $date }
plans-draft-title = Draft measures
plans-draft-intro = Write and revise the plan's measures here. No one else sees your changes until you publish a new version of the draft; earlier versions stay readable, with what changed.
plans-draft-published = Version { $number } is published: the public pages show it now.
plans-draft-deleted = The draft measure was deleted.
plans-draft-none-published = No version of the draft has been published yet.
plans-draft-missing = { $count ->
    [one] 1 text still to translate
   *[other] { $count } texts still to translate
}
plans-draft-list = The plan's draft measures
plans-draft-empty = There are no measures yet: add the first one below.
plans-draft-col-code = Code
plans-draft-col-measure = Measure
plans-draft-col-area = Area
plans-draft-col-level = Level
plans-draft-col-state = State
plans-draft-state-new = Not published yet
plans-draft-state-changed = Changed since the last version
plans-draft-state-published = As published
plans-draft-new = New measure
plans-draft-new-title = Title, in the plan's own language
plans-draft-code = Code
plans-draft-code-hint = Leave it empty to get the next code, such as { $example }.
plans-draft-new-submit = Add the measure
plans-draft-publish = Publish version { $number }
plans-draft-unpublished = { $count ->
    [one] 1 measure is new or changed since the last version.
   *[other] { $count } measures are new or changed since the last version.
}
plans-draft-note = What changed (the change note)
plans-draft-note-hint = Everyone reads it on the list of versions.
plans-draft-publish-submit = Publish this version
plans-draft-edit-title = Edit measure { $code }
plans-draft-see-public = Read the published measure
plans-draft-source = In { $language }:
plans-draft-shared = In every language
plans-draft-texts-in = Texts in { $language }
plans-draft-starts = Starts on
plans-draft-ends = Ends on
plans-draft-no-entity = None yet
plans-draft-objective = Objective { $number }
plans-draft-objective-new = New objective
plans-draft-indicator = Indicator { $number }
plans-draft-indicator-new = New indicator
plans-draft-indicator-new-target = Target of the new indicator
plans-draft-remove-item = Remove
plans-draft-delete = Delete this draft measure
plans-draft-delete-explained = It was never published, so no one else has read it. This cannot be undone.
plans-draft-delete-confirm = Yes, delete it
plans-versions-title = Versions of the draft
plans-versions-intro = Each version froze every measure as it then read. Open a version to read it, or a measure's changes to see what was reworded, added and removed.
plans-version-measures = { $count ->
    [one] Read its 1 measure
   *[other] Read its { $count } measures
}
plans-version-added = New in this version
plans-version-changed = Changed in this version
plans-version-older = This is an earlier version: the plan has changed since.
plans-version-read-current = Read the current version
plans-version-changes-from = What changed since version { $number }
plans-version-number = Version { $number }
plans-diff-title = Changes to { $code }
plans-diff-only-one = This measure has only one version so far.
plans-diff-between = From version { $from } to version { $to }. Words removed are struck through; words added are underlined.
plans-diff-none = Nothing changed between these versions.
plans-diff-unchanged = Unchanged:
plans-diff-removed = removed:
plans-diff-added = added:
plans-diff-choose = Choose the versions to compare
plans-diff-from = From
plans-diff-to = To
plans-diff-compare = Compare
plans-diff-field-code = Code
plans-diff-field-area = Area
plans-diff-field-level = Level
plans-diff-field-title = Title
plans-diff-field-summary = Summary
plans-diff-field-description = Description
plans-diff-field-objectives = Objectives
plans-diff-field-indicators = Indicators and targets
plans-diff-field-timeline = Timeline
plans-diff-field-dates = Dates
plans-diff-field-responsible = Responsible entity
plans-diff-field-partners = Partner entities
plans-activity-plan-entity-added = Added an entity to the diagnosis
plans-activity-plan-entity-changed = Changed an entity of the diagnosis
plans-activity-plan-entity-removed = Removed an entity from the diagnosis
plans-activity-plan-entities-imported = Imported entities from a spreadsheet
plans-diagnosis-title = Local diagnosis: entities
plans-diagnosis-intro = The services, associations and other entities working with migrants here. Draft measures name them as responsible or partner entities.
plans-diagnosis-public-link = See the public directory
plans-diagnosis-list = The plan's entities
plans-diagnosis-empty = There are no entities yet: add them one by one or import a spreadsheet.
plans-diagnosis-col-name = Name
plans-diagnosis-col-kind = Kind
plans-diagnosis-col-municipality = Municipality
plans-diagnosis-col-used = Named in
plans-diagnosis-col-line = Line
plans-diagnosis-col-areas = Areas
plans-diagnosis-col-state = Problems
plans-diagnosis-used = { $count ->
    [one] 1 draft measure
   *[other] { $count } draft measures
}
plans-diagnosis-imported = { $count ->
    [one] 1 entity was imported
   *[other] { $count } entities were imported
} ({ $skipped } rows with problems were left out).
plans-diagnosis-removed = The entity was removed.
plans-diagnosis-add = Add an entity
plans-diagnosis-name = Name
plans-diagnosis-add-submit = Add the entity
plans-diagnosis-import = Import from a spreadsheet
plans-diagnosis-import-intro = Upload a CSV file (in Excel: "Save as", then "CSV UTF-8" or "CSV (separated by semicolons)"). You will see every row before anything is stored.
plans-diagnosis-import-columns = The first row names the columns: Nome (required), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. Separate several areas or services with |.
plans-diagnosis-import-file = CSV file (at most 1 MB)
plans-diagnosis-import-submit = Upload and preview
plans-diagnosis-areas = Areas of action
plans-diagnosis-website = Website
plans-diagnosis-email = Public email address
plans-diagnosis-phone = Public phone number
plans-diagnosis-address = Address
plans-diagnosis-description = Description
plans-diagnosis-services-hint = One service per line.
plans-diagnosis-in-use = This entity cannot be removed: draft measures name it ({ $measures }).
plans-diagnosis-remove = Remove this entity
plans-diagnosis-remove-explained = It goes from the diagnosis and the public directory. This cannot be undone.
plans-diagnosis-preview-title = Check the import
plans-diagnosis-preview-read = File { $file }, read as { $encoding }, columns separated by "{ $separator }".
plans-diagnosis-preview-summary = { $count ->
    [one] 1 row is ready to import
   *[other] { $count } rows are ready to import
}; { $skipped } with problems will be left out. Nothing is stored until you confirm.
plans-diagnosis-preview-ignored = Columns not read:
plans-diagnosis-preview-rows = The rows of the file
plans-diagnosis-preview-ok = Ready
plans-diagnosis-preview-confirm = { $count ->
    [one] Import 1 entity
   *[other] Import { $count } entities
}
plans-diagnosis-preview-discard = Discard this file
plans-entity-website = Website
plans-entity-email = Email
plans-entity-phone = Phone
plans-entity-address = Address
plans-field-time-zone = Time zone
plans-time-zone-mainland = Mainland Portugal (Lisbon time)
plans-time-zone-madeira = Madeira
plans-time-zone-azores = Azores
plans-field-contact = Contact
plans-edit-contact-email = Public contact email address
plans-edit-contact-phone = Public contact phone number
plans-activity-plan-area-changed = Renamed, hid or showed an area
plans-activity-plan-area-added = Added an area
plans-activity-plan-area-moved = Moved an area
plans-areas-edit-title = Areas of the plan
plans-areas-edit-intro = A new plan starts with the 16 areas of the PMIM model. Rename them, add your own, put them in your order, and hide those the plan does not use.
plans-areas-edit-public = See the areas as the public does
plans-areas-edit-in-use = { $count ->
    [one] 1 draft measure is in this area.
   *[other] { $count } draft measures are in this area.
}
plans-areas-edit-hidden = Hide this area from the public pages
plans-areas-edit-up = Move up
plans-areas-edit-down = Move down
plans-areas-edit-add = Add an area
plans-areas-edit-add-submit = Add the area
plans-home-pages-label = Pages of the list of plans
plans-holidays-heading = Municipal holidays
plans-holidays-intro = Each municipality may have its own holiday. The first municipality's holiday is a closed day when the plan counts deadlines in working days.
plans-holidays-submit = Save the holidays
plans-holiday-label = Municipal holiday
plans-holiday-none = None
plans-holiday-ascension = Ascension Thursday (39 days after Easter)
plans-holiday-date = On a date
plans-holiday-date-label = Day and month of the holiday
plans-holiday-date-hint = Only for a holiday on a date: day and month, such as 13-06 for 13 June.
plans-next-consultations = Public consultations: comment on the draft
plans-activity-plan-holidays-changed = Change of the municipal holidays
plans-activity-consultation-opened = Opening of a public consultation
plans-activity-moderation-hidden = A contribution hidden by a moderator
plans-activity-moderation-removed = A contribution removed by a moderator
plans-activity-moderation-restored = A contribution restored by a moderator
plans-activity-consultation-comment-entered = Entry of a comment received offline
plans-activity-consultation-input-answered = Answer to an input of a consultation
plans-activity-consultation-report-published = Publication of a consultation's report
plans-next-focus-groups = Focus groups: register for a session
plans-next-forum = Forum: talk about the plan
plans-activity-focus-group-created = Setting up of a focus group
plans-activity-focus-group-registration-entered = Registration entered on someone's behalf for a focus group
plans-activity-focus-group-slot-proposed = A time proposed in a focus group's date poll
plans-activity-focus-group-time-fixed = Date of a focus group fixed
plans-activity-focus-group-checked-in = A participant checked in at a focus group
plans-activity-focus-group-check-in-undone = A focus-group check-in undone
plans-activity-focus-group-changed = A focus-group session moved or relocated
plans-activity-focus-group-called-off = A focus-group session called off
plans-activity-focus-group-minutes-saved = Minutes of a focus group written or changed
plans-activity-focus-group-finding-added = A finding added to a focus group
plans-activity-focus-group-finding-changed = A focus-group finding translated or corrected
plans-activity-focus-group-finding-removed = A focus-group finding removed
plans-activity-focus-group-findings-published = Minutes and findings of a focus group published
plans-activity-focus-group-findings-withdrawn = Minutes and findings of a focus group taken out of public view
plans-activity-moderation-locked = A forum thread locked by a moderator
plans-activity-moderation-unlocked = A forum thread unlocked by a moderator
plans-activity-moderation-pinned = A forum thread pinned by a moderator
plans-activity-moderation-unpinned = A forum thread unpinned by a moderator
plans-activity-moderation-closed = A forum thread closed with an outcome
plans-activity-forum-outcome-written = A forum thread's outcome written or translated
plans-activity-plan-population-added = Added a group to the reference population
plans-activity-plan-population-changed = Changed a group of the reference population
plans-activity-plan-population-removed = Removed a group from the reference population
plans-activity-plan-indicator-figures-set = Set the baseline and target of an indicator
plans-activity-plan-progress-reported = Reported progress on a measure
plans-activity-plan-progress-removed = Removed a progress report
plans-draft-state-withdrawing = Withdrawn from the next version
plans-draft-state-withdrawn = Withdrawn
plans-draft-withdraw = Withdraw this measure
plans-draft-withdraw-explained = The next version you publish will leave this measure out. Its page stays public with its last text, the comments and the evidence, so everyone can see what became of it. Until you publish, you can put it back.
plans-draft-withdraw-reason = Why it is withdrawn (optional; shown on the measure's page)
plans-draft-withdraw-confirm = Withdraw it from the next version
plans-draft-withdrawn-notice = The measure will be left out of the next version.
plans-draft-restored-notice = The measure is back in the next version.
plans-draft-restore-heading = Withdrawn measure
plans-draft-restore-explained = This measure is left out of the next version, or a published version already left it out. Put it back and the next version you publish includes it again.
plans-draft-restore = Put it back in the plan
plans-version-withdrawn = Withdrawn in this version
plans-measure-status-withdrawn = Withdrawn
plans-measure-withdrawn = Version { $number } of the draft withdrew this measure from the plan. Its last text stays here, with what people said about it.
plans-measure-withdrawn-reason = Why:
plans-measure-withdrawn-last = Read it in the last version that held it
plans-activity-plan-measure-withdrawn = Withdrew a measure from the next version
plans-activity-plan-measure-restored = Put a withdrawn measure back in the plan
