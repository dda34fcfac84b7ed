## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = Surveys
surveys-list-intro = Answer in your own language. Your answers help decide the measures of the plan.
surveys-list-empty = There are no surveys for this plan yet.

surveys-phase-draft = Not published yet
surveys-phase-not-yet-open = Not open yet
surveys-phase-open = Open
surveys-phase-closed = Closed
surveys-open-until = Open until { $date }
surveys-opens-on = Opens on { $date }

surveys-facts = { $questions ->
    [one] 1 question
   *[other] { $questions } questions
} in { $sections ->
    [one] 1 part
   *[other] { $sections } parts
}. You can skip any question that is not marked as required.
surveys-languages-heading = You can answer in these languages
surveys-privacy-heading = What we keep
surveys-privacy-open = You do not need to sign in or give your name. This browser remembers that you have answered, so that each person answers once.
surveys-privacy-codes = You need the code on the paper you were given. The code can be used once. Your answers are not linked to the code: we only note that it was used.
surveys-privacy-account = You need to sign in, so that each person answers once. Your answers are not linked to your account: we only note that this account has answered.
surveys-privacy-held = So that no one can match your answers to you — not even someone who can read our database — they are kept aside until those of at least 4 more people have come in, then stored all together, in random order, with the day they are stored. Until then they do not count in the results.
surveys-privacy-address = To stop anyone sending many responses, we count the responses from each internet address for an hour, using a code that cannot be turned back into the address and is deleted after a day.
surveys-privacy-stored = We keep your answers, the language you answered in and the day (not the time). We do not keep your name, your email, your internet address or anything else that says who you are.

surveys-take-part-heading = Take part
surveys-start = Start the survey
surveys-continue = Continue where you stopped
surveys-sign-in-to-answer = Sign in to answer
surveys-already-answered = You have already answered this survey from this device or account. Thank you!
surveys-cannot-answer-draft = This survey is not published yet. You are seeing it because you prepare it.
surveys-cannot-answer-not-yet-open = This survey is not open for answers yet.
surveys-cannot-answer-closed = This survey is closed. Thank you to everyone who answered.
surveys-see-results = See the results
surveys-rate-limited = Many answers came from your internet connection in the last hour. Please try again later, or ask a facilitator for a paper form.

surveys-code-label = Your code
surveys-code-hint = The code is on the paper you were given, for example ABCD-2345. Capital or small letters are both fine.
surveys-resume-heading = Continue answers you saved
surveys-resume-label = Your resume code
surveys-resume-hint = The code you were shown when you saved your answers, for example ABCD-EFGH-2345.
surveys-resume-submit = Continue

surveys-answer-title = Answers
surveys-progress = Part { $current } of { $total }
surveys-required = (required)
surveys-yes = Yes
surveys-no = No
surveys-prefer-not-to-say = I prefer not to say
surveys-other = Other
surveys-other-write = Other: please write
surveys-choose = Choose an answer
surveys-choose-any = Choose all that apply.
surveys-choose-up-to = { $count ->
    [one] Choose 1 answer at most.
   *[other] Choose up to { $count } answers.
}
surveys-ranking-hint = Give each one a different number: 1 is the most important.
surveys-number-between = A number from { $min } to { $max }.
surveys-text-limit = Up to { $count } characters.
surveys-date-hint = Day, month and year.
surveys-only-if = Answer only if you answered “{ $answer }” above.
surveys-only-if-not = Answer only if you did not answer “{ $answer }” above.
surveys-only-if-answered = Answer only if you answered the question above.
surveys-more-questions = Your answers opened more questions on this page. Please look at them before you go on.
surveys-problems-title = Please check these answers
surveys-problem-required = Please answer this question.
surveys-problem-unknown-option = This answer is not one of the choices. Please choose again.
surveys-problem-too-many-values = Please give only one answer here.
surveys-problem-too-many-choices = You chose too many answers. Please choose fewer.
surveys-problem-out-of-range = This is outside the allowed range.
surveys-problem-too-long = This text is too long. Please make it shorter.
surveys-problem-not-a-number = Please write a number, for example 12.
surveys-problem-not-a-date = Please give a whole date: day, month and year.
surveys-problem-incomplete = This answer is not complete. Please finish it.
surveys-next = Next
surveys-send = Send my answers
surveys-back = Back
surveys-save = Save and continue later
surveys-answer-in = Change the language. Your answers are kept:

surveys-saved-title = Your answers are saved
surveys-saved-intro = To continue later, on this or another device, open the survey and type this code:
surveys-saved-keep = Write it down or take a photo. Your answers are kept for 30 days.
surveys-saved-no-code = Your answers are saved on this device. Open the survey again to continue.
surveys-back-to-survey = Back to the survey
surveys-back-to-plan = Back to the plan

surveys-thanks-title = Thank you for your answers
surveys-thanks-intro = Your answers have been received. The municipality will publish what it learns and how it uses it in the plan.

surveys-results-title = Results
surveys-results-total = { $count ->
    [one] 1 response
   *[other] { $count } responses
}
surveys-results-too-few = Fewer than 5 responses: not shown, to protect the people who answered.
surveys-results-suppressed-note = To protect the people who answered, groups of fewer than 5 people are not shown.
surveys-results-no-breakdown = Breakdowns by language or by how answers came in are shown only to the plan's facilitators: compared with the totals, they could reveal small groups.
surveys-results-held = { $count ->
    [one] 1 response is held aside until at least 5 have come in (or the survey closes), so that no one can match it to the person who gave it. It is not counted yet.
   *[other] { $count } responses are held aside until at least 5 have come in (or the survey closes), so that no one can match them to the people who gave them. They are not counted yet.
}
surveys-results-exact-note = You see exact numbers because you work on this plan. Published results hide groups of fewer than 5 people.
surveys-results-answered = { $count ->
    [one] 1 person answered
   *[other] { $count } people answered
}
surveys-results-mean-median = Average: { $mean } · median: { $median }
surveys-results-several = People could choose more than one answer, so the percentages add up to more than 100%.
surveys-results-answer = Answer
surveys-results-count = People
surveys-results-percent = Share
surveys-results-chart = Chart
surveys-fewer-than-5 = fewer than 5
surveys-results-more-texts = Only the latest answers are listed here. Download the data to read all of them.
surveys-text-hidden = Hidden by a moderator: not shown in the published results.
surveys-text-hide = Hide this answer
surveys-text-show = Show this answer again
surveys-filter-label = Filter the results
surveys-filter-language = Language of the answers
surveys-filter-channel = How the answers came in
surveys-filter-all = All
surveys-filter-apply = Show

surveys-channel-online = Online, by the person
surveys-channel-paper = Paper form
surveys-channel-interview = Interview with a facilitator
surveys-channel-interpreter = Interview with an interpreter

surveys-manage-heading = For facilitators
surveys-response-count = { $count ->
    [one] 1 response so far.
   *[other] { $count } responses so far.
}
surveys-preview = Preview the survey
surveys-preview-note = Preview: nothing you choose here is sent or kept.
surveys-preview-nav = Preview pages
surveys-preview-end = Leave the preview
surveys-export-csv = Download the answers (CSV, for spreadsheets)
surveys-export-json = Download the answers (JSON)
surveys-assisted-heading = Enter a response for someone
surveys-assisted-intro = For paper forms and interviews. Choose how the answers were collected; you then fill in the survey with their answers.
surveys-assisted-note = You are entering a response on someone's behalf:
surveys-assisted-start = Start entering
surveys-channel-label = How the answers were collected
surveys-interview-lang-label = Language of the interview
surveys-interview-lang-same = The language of the survey
surveys-entered = The response was saved. You can enter another one.

surveys-codes-title = Single-use codes
surveys-codes-intro = Each code lets one person answer once. Print the codes and hand them out at sessions.
surveys-codes-counts = { $unused ->
    [one] 1 code not used yet
   *[other] { $unused } codes not used yet
}, { $used ->
    [one] 1 used.
   *[other] { $used } used.
}
surveys-codes-count-label = How many new codes
surveys-codes-count-hint = From 1 to 500.
surveys-codes-create = Make the codes
surveys-codes-print = Print this page to get one slip per unused code.
surveys-slip-go-to = Go to
surveys-slip-code = and type the code
surveys-slip-qr = QR code: scan it with your phone's camera to open the survey with this code filled in

## The survey builder (facilitators).
surveys-builder-title = Edit the survey
surveys-builder-new-title = New survey
surveys-builder-new-intro = Give the survey a title and a short web address. You add the questions next; nobody sees the survey until you publish it.
surveys-builder-title-label = Title
surveys-builder-slug-label = Short name for the web address
surveys-builder-slug-hint = Small letters, digits and dashes, for example survey-2027.
surveys-builder-own-language = The survey's own language
surveys-builder-access-label = Who can answer
surveys-access-open = Anyone, without signing in (one response per device)
surveys-access-codes = People with a single-use code handed out on paper
surveys-access-account = People who sign in (one response per account)
surveys-builder-create = Create the survey
surveys-builder-saved = Saved.
surveys-builder-languages-heading = Languages
surveys-builder-languages-hint = Choose a language to write or check its texts. The survey's own language comes first.
surveys-builder-language = Language
surveys-builder-translations = Texts
surveys-builder-complete = All texts written
surveys-builder-missing = { $count ->
    [one] 1 text missing
   *[other] { $count } texts missing
}
surveys-builder-not-a-survey-language = The survey is not offered in this language. Choose one of its languages above.
surveys-builder-offered-languages = Languages this survey is offered in
surveys-builder-offered-languages-hint = People can answer in the languages ticked here. Add a language once its texts are written; the survey's own language is always offered.
surveys-builder-publish-missing = Some texts are not translated yet: { $languages }. People answering in these languages see those texts in { $language }.
surveys-builder-status-heading = Status
surveys-builder-published = Published.
surveys-builder-draft = Draft: only facilitators can see it.
surveys-builder-publish = Publish
surveys-builder-unpublish = Take back to draft
surveys-builder-locked = The survey already has responses: you can change its texts, not its questions, choices or who can answer.
surveys-builder-settings-heading = Settings
surveys-builder-intro-label = Introduction
surveys-builder-opens-label = Opens on (optional)
surveys-builder-closes-label = Closes on (optional)
surveys-builder-results-public = Publish the results (groups of fewer than 5 people stay hidden)
surveys-builder-save = Save
surveys-builder-questions-heading = Questions
surveys-builder-translating-hint = You are writing the texts in another language. Questions and choices are added and removed in the survey's own language.
surveys-builder-section-title = Title of this part
surveys-builder-kind-label = Type of question
surveys-builder-question-text = Question
surveys-builder-add-question = Add the question
surveys-builder-add-section = Add a part
surveys-builder-plain = The same question in plain words (optional)
surveys-builder-help = Help text (optional)
surveys-builder-options = Choices
surveys-builder-rows = Rows (one thing to rate per line)
surveys-builder-scale-points = Answers for every row
surveys-builder-lines-hint = One per line. Removing a line removes that choice.
surveys-builder-lines-translate-hint = One per line, in the same order as in the survey's own language.
surveys-builder-max-choices = Most choices allowed (empty: no limit)
surveys-builder-other = Offer "Other" with a box to write in
surveys-builder-min = Lowest number
surveys-builder-max = Highest number
surveys-builder-min-label = Words for the lowest number
surveys-builder-max-label = Words for the highest number
surveys-builder-min-date = Earliest date (year-month-day)
surveys-builder-max-date = Latest date (year-month-day)
surveys-builder-max-len = Most characters
surveys-builder-required = An answer is required
surveys-builder-pnts = Offer "I prefer not to say"
surveys-builder-condition = When to show this question
surveys-builder-condition-question = Depends on the answer to
surveys-builder-always = Always show it
surveys-builder-condition-op = Show it when the answer
surveys-builder-op-equals = is
surveys-builder-op-not_equals = is not
surveys-builder-op-any_of = is one of
surveys-builder-op-answered = was given
surveys-builder-condition-answers = Answers that show it
surveys-builder-condition-pick-question = To show this question only after certain answers, choose the earlier question and save: its answers then appear here.
surveys-builder-condition-no-answers = This question has no answers to choose from. Choose another question and save, or show it whenever an answer was given.
surveys-builder-move-up = Move up
surveys-builder-move-down = Move down
surveys-builder-delete = Delete the question
surveys-builder-delete-warning = The question and its texts in every language go for good.
surveys-builder-delete-confirm = Yes, delete this question
surveys-kind-single_choice = One choice
surveys-kind-multiple_choice = Several choices
surveys-kind-dropdown = One choice from a list
surveys-kind-scale = Scale
surveys-kind-yes_no = Yes or no
surveys-kind-short_text = Short text
surveys-kind-long_text = Long text
surveys-kind-number = Number
surveys-kind-date = Date
surveys-kind-ranking = Put in order
surveys-kind-matrix = Grid (rows and answers)
surveys-correcting-note = You are correcting response { $response }. Sending the last section replaces its answers.
surveys-responses-title = Responses
surveys-responses-count = { $count ->
    [one] One response stored.
   *[other] { $count } responses stored.
}
surveys-responses-held = { $count ->
    [one] One more response is held until enough have come in to be stored among others; it is listed once stored.
   *[other] { $count } more responses are held until enough have come in to be stored among others; they are listed once stored.
}
surveys-responses-none = No responses to show.
surveys-responses-filter-label = Filter the responses
surveys-responses-col-response = Response
surveys-responses-col-day = Day
surveys-responses-col-language = Language of the form
surveys-responses-col-answered = Questions answered
surveys-responses-pages-label = Pages of responses
surveys-responses-withdrawn = Response withdrawn. Its answers no longer count in the results or the exports.
surveys-responses-history = Corrections and withdrawals
surveys-responses-history-none = No response has been corrected or withdrawn.
surveys-responses-history-corrected = { $who } corrected it on { $date }
surveys-responses-history-withdrawn = { $who } withdrew it on { $date }
surveys-responses-someone = A deleted account
surveys-response-title = Response { $response }
surveys-response-answers = Answers
surveys-response-no-answer = Not answered
surveys-response-corrected = Response corrected. The results count its new answers.
surveys-response-unchanged = No answer was changed, so nothing was recorded.
surveys-response-review = Correct or withdraw
surveys-response-correct = Correct the answers
surveys-response-correct-intro = The answer form opens with this response's answers. Change what was typed wrongly and send the last section: the response takes the new answers. The change is recorded with your name and the reason.
surveys-response-correct-start = Open the answers to correct
surveys-response-not-correctable = This response was given online by the person themself: it cannot be corrected, only withdrawn.
surveys-response-reason-label = Reason
surveys-response-reason-hint = For example: "typed 7 instead of 1 from the paper form". At most 500 characters.
surveys-response-withdraw = Withdraw this response
surveys-response-withdraw-warning = Its answers leave the results and the exports for good. The withdrawal is recorded with your name and the reason.
surveys-response-withdraw-confirm = Yes, withdraw it
surveys-response-history = Changes to this response
surveys-response-back = All responses
surveys-builder-codes = Answer codes
surveys-builder-codes-label = Codes, one per line
surveys-builder-codes-hint = In the same order as the answers above. Exports and conditions use them: lowercase letters a–z, digits, hyphens and underscores. They cannot change once someone has answered.
surveys-slips-languages = Languages on the slips
surveys-slips-languages-apply = Show the slips in these languages
surveys-builder-transfer-heading = Copy or export
surveys-builder-download-file = Download the survey file (JSON)
surveys-builder-download-hint = Its questions and texts in every language, to start a survey from it in another plan or another Ponte. It holds no responses.
surveys-builder-copy = Copy this survey
surveys-builder-copy-intro = The copy is a new draft with the same questions, texts and languages, without responses, codes or dates.
surveys-builder-copy-submit = Make the copy
surveys-builder-import-heading = Start from a survey file
surveys-builder-import-intro = A survey file (JSON) downloaded from a survey's builder, here or in another Ponte: its questions and texts become a new draft survey.
surveys-builder-import-file = Survey file
surveys-builder-import-title-hint = Leave it empty to keep the title in the file.
surveys-builder-import-submit = Import the survey
