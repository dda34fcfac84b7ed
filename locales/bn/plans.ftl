## পরিকল্পনা অংশ: পরিকল্পনা, ক্ষেত্র, প্রতিষ্ঠান ও প্রস্তাবিত পদক্ষেপ।

plans-home-title = অভিবাসীদের অন্তর্ভুক্তির পরিকল্পনা
plans-home-intro = পৌরসভাগুলো সেখানে বসবাসকারী মানুষদের সাথে মিলে অভিবাসীদের অন্তর্ভুক্তির পরিকল্পনা তৈরি করছে। প্রস্তাবিত পদক্ষেপগুলো পড়ুন এবং দেখুন কারা যুক্ত আছে।
plans-home-empty = এখানে এখনো কোনো পরিকল্পনা প্রকাশ করা হয়নি।

plans-kind-municipal = পৌরসভার পরিকল্পনা
plans-kind-intermunicipal = কয়েকটি পৌরসভার যৌথ পরিকল্পনা

plans-status-drafting = তৈরি হচ্ছে
plans-status-drafting-explained = পৌরসভা পরিকল্পনার খসড়া লিখছে। প্রস্তাবিত পদক্ষেপগুলো এখনো অনেক বদলাতে পারে।
plans-status-consultation = জনমত নেওয়া চলছে
plans-status-consultation-explained = পরিকল্পনার খসড়া সবার পড়ার জন্য খোলা আছে। বাসিন্দা, অভিবাসী ও সংগঠনগুলো যা বলে, তা দিয়ে পদক্ষেপগুলো আরও ভালো করা হয়।
plans-status-approved = অনুমোদিত
plans-status-approved-explained = পৌরসভার কর্তৃপক্ষ পরিকল্পনাটি অনুমোদন করেছে। এখন এটি বাস্তবায়ন করা হবে।
plans-status-monitoring = বাস্তবায়ন চলছে
plans-status-monitoring-explained = পরিকল্পনার পদক্ষেপগুলো বাস্তবায়ন করা হচ্ছে এবং সেগুলোর অগ্রগতি দেখা হচ্ছে।

plans-field-status = পর্যায়
plans-field-kind = পরিকল্পনার ধরন
plans-field-promoter = উদ্যোগ নিয়েছে
plans-field-period = সময়কাল
plans-municipalities-heading = পৌরসভাগুলো
plans-municipality = পৌরসভা
plans-residents = বাসিন্দা
plans-foreign-residents = বিদেশি বাসিন্দা

plans-next-heading = এখন আপনি যা করতে পারেন
plans-next-measures = ক্ষেত্র অনুযায়ী প্রস্তাবিত পদক্ষেপ পড়ুন
plans-overview-measures = { $areas ->
    [one] { $areas }টি ক্ষেত্রে
   *[other] { $areas }টি ক্ষেত্রে
} { $measures ->
    [one] { $measures }টি পদক্ষেপ
   *[other] { $measures }টি পদক্ষেপ
}, { $core ->
    [one] যার মধ্যে { $core }টি মূল (স্তর 1)
   *[other] যার মধ্যে { $core }টি মূল (স্তর 1)
}
plans-next-entities = স্থানীয় সেবা ও প্রতিষ্ঠানগুলো দেখুন
plans-next-surveys = জরিপের উত্তর দিন এবং ফলাফল দেখুন
plans-entity-count = { $count ->
    [one] { $count }টি প্রতিষ্ঠান
   *[other] { $count }টি প্রতিষ্ঠান
}

plans-levels-heading = স্তর 1 ও স্তর 2 মানে কী?
plans-level-1-badge = স্তর 1 · মূল
plans-level-2-badge = স্তর 2
plans-level-1-explained = স্তর 1-এর পদক্ষেপগুলো পরিকল্পনার মূল অংশ। পৌরসভাগুলো নিশ্চিত করে যে এগুলো বাস্তবায়ন করা হবে।
plans-level-2-explained = স্তর 2-এর পদক্ষেপগুলোও পরিকল্পনায় আছে, কিন্তু টাকা ও অংশীদার পাওয়া গেলে তবেই এগুলো করা হবে।

plans-areas-title = ক্ষেত্র ও পদক্ষেপ
plans-areas-intro = পরিকল্পনাটি কাজের কয়েকটি ক্ষেত্রে ভাগ করা। কোনো ক্ষেত্রের প্রস্তাবিত পদক্ষেপ দেখতে সেই ক্ষেত্রটি বেছে নিন।
plans-area-no-measures = এই ক্ষেত্রে এখনো কোনো প্রস্তাবিত পদক্ষেপ নেই।
plans-area-counts = { $measures ->
    [one] { $measures }টি প্রস্তাবিত পদক্ষেপ
   *[other] { $measures }টি প্রস্তাবিত পদক্ষেপ
}, { $core ->
    [one] যার মধ্যে { $core }টি মূল
   *[other] যার মধ্যে { $core }টি মূল
}
plans-area-measures-heading = প্রস্তাবিত পদক্ষেপ

plans-measure-status-draft = খসড়া
plans-measure-status-revised = সংশোধিত খসড়া
plans-measure-status-final = চূড়ান্ত
plans-measure-summary = সংক্ষেপে
plans-measure-description = কী করা হবে
plans-measure-objectives = উদ্দেশ্য
plans-measure-indicators = অগ্রগতি কীভাবে মাপা হবে
plans-measure-indicator = সূচক
plans-measure-target = লক্ষ্যমাত্রা
plans-measure-timeline = কখন
plans-measure-responsible = দায়িত্বে
plans-measure-partners = অংশীদার
plans-measure-no-partners = এখনো কোনো অংশীদারের নাম দেওয়া হয়নি।
plans-measure-area = ক্ষেত্র

plans-entities-title = স্থানীয় সেবা ও প্রতিষ্ঠান
plans-entities-intro = স্থানীয় সমীক্ষায় পাওয়া প্রতিষ্ঠানগুলো: সরকারি সেবা, স্কুল, স্বাস্থ্যকেন্দ্র, সংগঠন ও অন্যান্য। তারা কী সাহায্য দেয়, তাও এখানে লেখা আছে।
plans-entities-all = সব প্রতিষ্ঠান
plans-entities-in-area = এই ক্ষেত্রে কাজ করে: { $area }
plans-entities-filter-label = কাজের ক্ষেত্র
plans-entities-filter-all = সব ক্ষেত্র
plans-entities-filter-apply = দেখান
plans-entity-services = সেবা
plans-entity-areas = কাজের ক্ষেত্র

plans-entity-kind-municipality = পৌরসভা
plans-entity-kind-intermunicipal = কয়েকটি পৌরসভার যৌথ সংস্থা
plans-entity-kind-claim = অভিবাসীদের সহায়তার স্থানীয় কেন্দ্র (CLAIM)
plans-entity-kind-association = সংগঠন
plans-entity-kind-school = স্কুল
plans-entity-kind-health_unit = স্বাস্থ্যকেন্দ্র
plans-entity-kind-employer = নিয়োগকর্তা
plans-entity-kind-employment_service = কর্মসংস্থান সেবা
plans-entity-kind-ngo = বেসরকারি সংস্থা (এনজিও)
plans-entity-kind-parish = স্থানীয় পরিষদ (Junta de freguesia)
plans-entity-kind-media = গণমাধ্যম
plans-entity-kind-other = অন্যান্য
plans-timeline-heading = পরিকল্পনাটি কীভাবে তৈরি হচ্ছে
plans-timeline-empty = প্রক্রিয়ার তারিখগুলো এখনো ঠিক করা হয়নি।
plans-timeline-working-days = { $count ->
    [one] { $count } কার্যদিবস
   *[other] { $count } কার্যদিবস
}
plans-timeline-done = শেষ হয়েছে
plans-timeline-now = এখন চলছে
plans-timeline-later = এখনো শুরু হয়নি
plans-timeline-saved = সময়সূচি সংরক্ষণ করা হয়েছে।
plans-timeline-add = একটি ধাপ যোগ করুন
plans-timeline-kind = ধাপ
plans-timeline-starts = প্রথম দিন
plans-timeline-ends = শেষ দিন
plans-timeline-or-days = অথবা কার্যদিবসের হিসাবে এর সময়কাল
plans-timeline-days-hint = প্রশাসনিক সময়সীমা যেভাবে গোনা হয়, সেভাবেই গোনা হয়: শনিবার, রবিবার ও জাতীয় ছুটির দিন ধরা হয় না। এই সময়কাল ব্যবহার করতে শেষ দিনের ঘরটি খালি রাখুন।
plans-timeline-add-submit = ধাপটি যোগ করুন
plans-timeline-remove = এই ধাপটি সরিয়ে দিন
plans-phase-diagnosis = স্থানীয় সমীক্ষা
plans-phase-surveys = জরিপ
plans-phase-focus-groups = ফোকাস গ্রুপ আলোচনা
plans-phase-information-sessions = তথ্য সভা
plans-phase-consultation = পরিকল্পনার খসড়া নিয়ে জনমত নেওয়া
plans-phase-forum = ফোরাম
plans-phase-approval = অনুমোদন
plans-phase-monitoring = পর্যবেক্ষণ
plans-activity-title = কার্যকলাপের লগ
plans-activity-link = এই পরিকল্পনায় কী বদলানো হয়েছে, আর কে বদলেছে (কার্যকলাপের লগ)
plans-activity-intro = এই পরিকল্পনায় করা প্রতিটি পরিবর্তন, এর জরিপ, সেগুলোর উত্তর এবং পদক্ষেপগুলোর ভিত্তিসহ, সবচেয়ে নতুনটি আগে। শুধু পরিকল্পনার সমন্বয়কারীরা এবং প্রশাসকরা এই পাতাটি দেখতে পান।
plans-activity-times = এখানে দেখানো সময়গুলো পরিকল্পনার স্থানীয় সময় অনুযায়ী: { $zone }।
plans-activity-none = এখনও কিছু বদলানো হয়নি।
plans-activity-someone = মুছে ফেলা একটি অ্যাকাউন্ট, অথবা সার্ভারের কমান্ড লাইন
plans-activity-col-when = কখন
plans-activity-col-who = কে
plans-activity-col-what = কী
plans-activity-col-about = কোন বিষয়ে
plans-activity-pages-label = কার্যকলাপের লগের পাতা
plans-activity-account-deleted = একটি অ্যাকাউন্ট মুছে ফেলা হয়েছে
plans-activity-evidence-linked = একটি ফলাফল ভিত্তি হিসেবে একটি পদক্ষেপের সাথে যুক্ত করা হয়েছে
plans-activity-evidence-rationale-changed = একটি ফলাফল কেন একটি পদক্ষেপের ভিত্তি, সেই ব্যাখ্যা বদলানো হয়েছে
plans-activity-evidence-unlinked = একটি ফলাফলের সাথে একটি পদক্ষেপের সংযোগ সরিয়ে দেওয়া হয়েছে
plans-activity-plan-phase-added = সময়সূচিতে একটি ধাপ যোগ করা হয়েছে
plans-activity-plan-phase-removed = সময়সূচি থেকে একটি ধাপ সরিয়ে দেওয়া হয়েছে
plans-activity-role-granted = কাউকে একটি ভূমিকা দেওয়া হয়েছে
plans-activity-role-revoked = একটি ভূমিকা সরিয়ে দেওয়া হয়েছে
plans-activity-survey-codes-created = একবার ব্যবহারের কোড তৈরি করা হয়েছে
plans-activity-survey-created = একটি জরিপ তৈরি করা হয়েছে
plans-activity-survey-published = একটি জরিপ প্রকাশ করা হয়েছে
plans-activity-survey-unpublished = একটি জরিপ আবার খসড়ায় ফিরিয়ে নেওয়া হয়েছে
plans-activity-survey-question-added = একটি প্রশ্ন যোগ করা হয়েছে
plans-activity-survey-question-changed = একটি প্রশ্ন সম্পাদনা করা হয়েছে
plans-activity-survey-question-deleted = একটি প্রশ্ন মুছে ফেলা হয়েছে
plans-activity-survey-question-moved = একটি প্রশ্নের জায়গা বদলানো হয়েছে
plans-activity-survey-section-added = একটি অংশ যোগ করা হয়েছে
plans-activity-survey-section-renamed = একটি অংশের শিরোনাম বদলানো হয়েছে
plans-activity-survey-settings-changed = একটি জরিপের সেটিংস বদলানো হয়েছে
plans-activity-survey-text-hidden = একটি লিখিত উত্তর ফলাফল থেকে লুকানো হয়েছে
plans-activity-survey-text-shown = একটি লিখিত উত্তর আবার দেখানো হয়েছে
plans-activity-survey-response-corrected = একটি উত্তর সংশোধন করা হয়েছে
plans-activity-survey-response-withdrawn = একটি উত্তর বাতিল করা হয়েছে
plans-new-title = নতুন পরিকল্পনা তৈরি করুন
plans-new-intro = নতুন পরিকল্পনা প্রস্তুতির পর্যায় থেকে শুরু হয়, একটি ভাষায় লেখা হয়, এবং এতে অভিবাসীদের অন্তর্ভুক্তির জন্য পৌরসভার পরিকল্পনার কাজের 16টি ক্ষেত্র থাকে। এর সমন্বয়কারীদের “মানুষ ও ভূমিকা” পাতায় নিযুক্ত করুন; বাকিটা তাঁরা লেখেন।
plans-new-title-label = পরিকল্পনার শিরোনাম
plans-new-slug-hint = পরিকল্পনার ঠিকানার শেষ অংশ: 3 থেকে 60 অক্ষর, ছোট হাতের লাতিন অক্ষর (a–z), অঙ্ক ও ড্যাশ (-), যেমন lisboa-2026।
plans-new-municipalities-hint = পৌরসভার পরিকল্পনার জন্য একটি, কয়েকটি পৌরসভার যৌথ পরিকল্পনার জন্য দুটি বা তার বেশি। একাধিক বেছে নিতে Ctrl (বা Cmd) চেপে ধরে রাখুন।
plans-new-lang-label = পরিকল্পনার মূল ভাষা
plans-new-start = পরিকল্পনার সময়কালের প্রথম দিন
plans-new-end = পরিকল্পনার সময়কালের শেষ দিন
plans-new-submit = পরিকল্পনা তৈরি করুন
plans-created = পরিকল্পনা তৈরি হয়েছে। এর সমন্বয়কারীদের “মানুষ ও ভূমিকা” পাতায় নিযুক্ত করুন।
plans-activity-plan-created = পরিকল্পনাটি তৈরি করা হয়েছে
plans-home-search-label = একটি পরিকল্পনা খুঁজুন
plans-home-query = পৌরসভা
plans-home-district = জেলা বা স্বায়ত্তশাসিত অঞ্চল
plans-home-all-districts = সব
plans-home-none-match = এই অনুসন্ধানের সাথে কোনো পরিকল্পনা মেলেনি।
plans-home-open-surveys = { $count ->
    [one] এখন { $count }টি জরিপ খোলা আছে
   *[other] এখন { $count }টি জরিপ খোলা আছে
}
plans-edit-title = পরিকল্পনা সম্পাদনা করুন
plans-edit-saved = সেভ হয়েছে।
plans-edit-languages = লেখাগুলোর ভাষা
plans-edit-not-offered = (এখনও দেওয়া হয়নি: এই ভাষায় একটি শিরোনাম দিলে এটি পরিকল্পনার ভাষাগুলোর একটি হবে)
plans-edit-summary = সারসংক্ষেপ
plans-edit-submit = সেভ করুন
plans-activity-plan-changed = পরিকল্পনার লেখা, পর্যায় বা সময়কাল বদলানো হয়েছে
plans-activity-plan-measure-drafted = খসড়ায় একটি পদক্ষেপ যোগ করা হয়েছে
plans-activity-plan-measure-changed = খসড়ার একটি পদক্ষেপ সম্পাদনা করা হয়েছে
plans-activity-plan-measure-draft-deleted = খসড়ার একটি পদক্ষেপ মুছে ফেলা হয়েছে
plans-activity-plan-version-published = খসড়ার একটি সংস্করণ প্রকাশ করা হয়েছে
plans-measure-version = খসড়ার সংস্করণ { $number }, { $date } তারিখে প্রকাশিত।
plans-measure-changes-link = কী বদলেছে
plans-versions-link = খসড়ার সব সংস্করণ
plans-version-published = সংস্করণ { $number }, { $date }
plans-draft-title = খসড়ার পদক্ষেপ
plans-draft-intro = পরিকল্পনার পদক্ষেপগুলো এখানে লিখুন ও সংশোধন করুন। আপনি খসড়ার নতুন সংস্করণ প্রকাশ না করা পর্যন্ত আপনার পরিবর্তন আর কেউ দেখতে পান না; আগের সংস্করণগুলো, কী বদলেছে তা সহ, পড়া যায়।
plans-draft-published = সংস্করণ { $number } প্রকাশিত হয়েছে: সর্বজনীন পাতাগুলো এখন এটি দেখাচ্ছে।
plans-draft-deleted = খসড়ার পদক্ষেপটি মুছে ফেলা হয়েছে।
plans-draft-none-published = খসড়ার কোনো সংস্করণ এখনো প্রকাশিত হয়নি।
plans-draft-missing = { $count ->
    [one] আরও 1টি লেখা অনুবাদ করা বাকি
   *[other] আরও { $count }টি লেখা অনুবাদ করা বাকি
}
plans-draft-list = পরিকল্পনার খসড়ার পদক্ষেপ
plans-draft-empty = এখনো কোনো পদক্ষেপ নেই: নিচে প্রথমটি যোগ করুন।
plans-draft-col-code = কোড
plans-draft-col-measure = পদক্ষেপ
plans-draft-col-area = ক্ষেত্র
plans-draft-col-level = স্তর
plans-draft-col-state = অবস্থা
plans-draft-state-new = এখনো প্রকাশিত হয়নি
plans-draft-state-changed = শেষ সংস্করণের পর বদলেছে
plans-draft-state-published = প্রকাশিত রূপেই আছে
plans-draft-new = নতুন পদক্ষেপ
plans-draft-new-title = শিরোনাম, পরিকল্পনার মূল ভাষায়
plans-draft-code = কোড
plans-draft-code-hint = পরের কোডটি, যেমন { $example }, পেতে এটি খালি রাখুন।
plans-draft-new-submit = পদক্ষেপটি যোগ করুন
plans-draft-publish = সংস্করণ { $number } প্রকাশ করুন
plans-draft-unpublished = { $count ->
    [one] শেষ সংস্করণের পর 1টি পদক্ষেপ নতুন বা পরিবর্তিত।
   *[other] শেষ সংস্করণের পর { $count }টি পদক্ষেপ নতুন বা পরিবর্তিত।
}
plans-draft-note = কী বদলেছে (পরিবর্তনের নোট)
plans-draft-note-hint = সংস্করণের তালিকায় সবাই এটি পড়েন।
plans-draft-publish-submit = এই সংস্করণটি প্রকাশ করুন
plans-draft-edit-title = পদক্ষেপ { $code } সম্পাদনা করুন
plans-draft-see-public = প্রকাশিত পদক্ষেপটি পড়ুন
plans-draft-source = { $language } ভাষায়:
plans-draft-shared = সব ভাষায়
plans-draft-texts-in = { $language } ভাষায় লেখা
plans-draft-starts = শুরুর তারিখ
plans-draft-ends = শেষের তারিখ
plans-draft-no-entity = এখনো কোনোটি নেই
plans-draft-objective = উদ্দেশ্য { $number }
plans-draft-objective-new = নতুন উদ্দেশ্য
plans-draft-indicator = সূচক { $number }
plans-draft-indicator-new = নতুন সূচক
plans-draft-indicator-new-target = নতুন সূচকের লক্ষ্যমাত্রা
plans-draft-remove-item = সরিয়ে দিন
plans-draft-delete = খসড়ার এই পদক্ষেপটি মুছে ফেলুন
plans-draft-delete-explained = এটি কখনো প্রকাশিত হয়নি, তাই আর কেউ এটি পড়েননি। এটি আর ফেরানো যাবে না।
plans-draft-delete-confirm = হ্যাঁ, মুছে ফেলুন
plans-versions-title = খসড়ার সংস্করণ
plans-versions-intro = প্রতিটি সংস্করণ সব পদক্ষেপকে সেই সময়ে যেমন ছিল তেমনভাবে সংরক্ষণ করেছে। পড়তে একটি সংস্করণ খুলুন, অথবা কী নতুন করে লেখা, যোগ বা সরানো হয়েছে তা দেখতে কোনো পদক্ষেপের পরিবর্তনগুলো খুলুন।
plans-version-measures = { $count ->
    [one] এই সংস্করণের 1টি পদক্ষেপ পড়ুন
   *[other] এই সংস্করণের { $count }টি পদক্ষেপ পড়ুন
}
plans-version-added = এই সংস্করণে নতুন
plans-version-changed = এই সংস্করণে বদলেছে
plans-version-older = এটি একটি আগের সংস্করণ: এরপর পরিকল্পনাটি বদলেছে।
plans-version-read-current = বর্তমান সংস্করণটি পড়ুন
plans-version-changes-from = সংস্করণ { $number }-এর পর কী বদলেছে
plans-version-number = সংস্করণ { $number }
plans-diff-title = { $code }-এর পরিবর্তন
plans-diff-only-one = এই পদক্ষেপের এখন পর্যন্ত একটিই সংস্করণ আছে।
plans-diff-between = সংস্করণ { $from } থেকে সংস্করণ { $to }। সরানো শব্দগুলো কেটে দেওয়া থাকে; যোগ করা শব্দগুলোর নিচে দাগ থাকে।
plans-diff-none = এই সংস্করণগুলোর মধ্যে কিছুই বদলায়নি।
plans-diff-unchanged = অপরিবর্তিত:
plans-diff-removed = সরানো হয়েছে:
plans-diff-added = যোগ করা হয়েছে:
plans-diff-choose = তুলনা করার জন্য সংস্করণ বেছে নিন
plans-diff-from = থেকে
plans-diff-to = পর্যন্ত
plans-diff-compare = তুলনা করুন
plans-diff-field-code = কোড
plans-diff-field-area = ক্ষেত্র
plans-diff-field-level = স্তর
plans-diff-field-title = শিরোনাম
plans-diff-field-summary = সারসংক্ষেপ
plans-diff-field-description = বিবরণ
plans-diff-field-objectives = উদ্দেশ্য
plans-diff-field-indicators = সূচক ও লক্ষ্যমাত্রা
plans-diff-field-timeline = সময়সূচি
plans-diff-field-dates = তারিখ
plans-diff-field-responsible = দায়িত্বপ্রাপ্ত প্রতিষ্ঠান
plans-diff-field-partners = অংশীদার প্রতিষ্ঠান
plans-activity-plan-entity-added = স্থানীয় সমীক্ষায় একটি প্রতিষ্ঠান যোগ করা হয়েছে
plans-activity-plan-entity-changed = স্থানীয় সমীক্ষার একটি প্রতিষ্ঠান বদলানো হয়েছে
plans-activity-plan-entity-removed = স্থানীয় সমীক্ষা থেকে একটি প্রতিষ্ঠান সরানো হয়েছে
plans-activity-plan-entities-imported = স্প্রেডশিট থেকে প্রতিষ্ঠান ইমপোর্ট করা হয়েছে
plans-diagnosis-title = স্থানীয় সমীক্ষা: প্রতিষ্ঠান
plans-diagnosis-intro = এখানে অভিবাসীদের নিয়ে কাজ করা সেবা, সংগঠন ও অন্যান্য প্রতিষ্ঠান। খসড়ার পদক্ষেপগুলোতে এদের দায়িত্বপ্রাপ্ত বা অংশীদার প্রতিষ্ঠান হিসেবে উল্লেখ করা হয়।
plans-diagnosis-public-link = সর্বজনীন তালিকা দেখুন
plans-diagnosis-list = পরিকল্পনার প্রতিষ্ঠানসমূহ
plans-diagnosis-empty = এখনো কোনো প্রতিষ্ঠান নেই: একটি একটি করে যোগ করুন বা একটি স্প্রেডশিট ইমপোর্ট করুন।
plans-diagnosis-col-name = নাম
plans-diagnosis-col-kind = ধরন
plans-diagnosis-col-municipality = পৌরসভা
plans-diagnosis-col-used = পদক্ষেপে উল্লেখ
plans-diagnosis-col-line = সারি
plans-diagnosis-col-areas = ক্ষেত্র
plans-diagnosis-col-state = সমস্যা
plans-diagnosis-used = { $count ->
    [one] খসড়ার { $count }টি পদক্ষেপ
   *[other] খসড়ার { $count }টি পদক্ষেপ
}
plans-diagnosis-imported = { $count ->
    [one] { $count }টি প্রতিষ্ঠান ইমপোর্ট করা হয়েছে
   *[other] { $count }টি প্রতিষ্ঠান ইমপোর্ট করা হয়েছে
} (সমস্যাযুক্ত সারি বাদ দেওয়া হয়েছে: { $skipped })।
plans-diagnosis-removed = প্রতিষ্ঠানটি সরিয়ে দেওয়া হয়েছে।
plans-diagnosis-add = একটি প্রতিষ্ঠান যোগ করুন
plans-diagnosis-name = নাম
plans-diagnosis-add-submit = প্রতিষ্ঠানটি যোগ করুন
plans-diagnosis-import = স্প্রেডশিট থেকে ইমপোর্ট করুন
plans-diagnosis-import-intro = একটি CSV ফাইল আপলোড করুন (Excel-এ: “এইরূপে সংরক্ষণ করুন”, তারপর “CSV UTF-8” বা “CSV (সেমিকোলন দিয়ে আলাদা)”)। কিছু সংরক্ষণ করার আগে আপনি প্রতিটি সারি দেখতে পাবেন।
plans-diagnosis-import-columns = প্রথম সারিতে কলামগুলোর নাম থাকে: Nome (আবশ্যক), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. একাধিক ক্ষেত্র বা সেবা | দিয়ে আলাদা করুন।
plans-diagnosis-import-file = CSV ফাইল (সর্বোচ্চ 1 MB)
plans-diagnosis-import-submit = আপলোড করে আগে দেখে নিন
plans-diagnosis-areas = কাজের ক্ষেত্র
plans-diagnosis-website = ওয়েবসাইট
plans-diagnosis-email = সর্বজনীন ইমেইল ঠিকানা
plans-diagnosis-phone = সর্বজনীন ফোন নম্বর
plans-diagnosis-address = ঠিকানা
plans-diagnosis-description = বিবরণ
plans-diagnosis-services-hint = প্রতি লাইনে একটি সেবা।
plans-diagnosis-in-use = এই প্রতিষ্ঠানটি সরানো যাবে না: খসড়ার পদক্ষেপে এর উল্লেখ আছে ({ $measures })।
plans-diagnosis-remove = এই প্রতিষ্ঠানটি সরান
plans-diagnosis-remove-explained = এটি স্থানীয় সমীক্ষা ও সর্বজনীন তালিকা থেকে সরে যাবে। এটি আর ফেরানো যাবে না।
plans-diagnosis-preview-title = ইমপোর্ট যাচাই করুন
plans-diagnosis-preview-read = ফাইল { $file }, { $encoding } হিসেবে পড়া হয়েছে; কলামগুলো “{ $separator }” দিয়ে আলাদা।
plans-diagnosis-preview-summary = { $count ->
    [one] { $count }টি সারি ইমপোর্টের জন্য তৈরি
   *[other] { $count }টি সারি ইমপোর্টের জন্য তৈরি
}; সমস্যাযুক্ত সারিগুলো ({ $skipped }) বাদ দেওয়া হবে। আপনি নিশ্চিত না করা পর্যন্ত কিছুই সংরক্ষণ করা হয় না।
plans-diagnosis-preview-ignored = যে কলামগুলো পড়া হয়নি:
plans-diagnosis-preview-rows = ফাইলের সারিগুলো
plans-diagnosis-preview-ok = তৈরি
plans-diagnosis-preview-confirm = { $count ->
    [one] { $count }টি প্রতিষ্ঠান ইমপোর্ট করুন
   *[other] { $count }টি প্রতিষ্ঠান ইমপোর্ট করুন
}
plans-diagnosis-preview-discard = এই ফাইলটি বাতিল করুন
plans-entity-website = ওয়েবসাইট
plans-entity-email = ইমেইল
plans-entity-phone = ফোন
plans-entity-address = ঠিকানা
plans-status-diagnosis = স্থানীয় সমীক্ষা
plans-status-diagnosis-explained = পদক্ষেপগুলো লেখার আগে পৌরসভা জরিপ ও সভার মাধ্যমে জানছে এখানে কারা থাকেন এবং কোন কোন সেবা আছে।
plans-field-time-zone = সময় অঞ্চল
plans-time-zone-mainland = পর্তুগালের মূল ভূখণ্ড (লিসবনের সময়)
plans-time-zone-madeira = মাদেইরা
plans-time-zone-azores = আজোরেস
plans-field-contact = যোগাযোগ
plans-edit-contact-email = যোগাযোগের জন্য সর্বজনীন ইমেইল ঠিকানা
plans-edit-contact-phone = যোগাযোগের জন্য সর্বজনীন ফোন নম্বর
plans-activity-plan-area-changed = একটি ক্ষেত্রের নাম বদলানো, লুকানো বা আবার দেখানো হয়েছে
plans-activity-plan-area-added = একটি ক্ষেত্র যোগ করা হয়েছে
plans-activity-plan-area-moved = একটি ক্ষেত্রের অবস্থান বদলানো হয়েছে
plans-areas-edit-title = পরিকল্পনার ক্ষেত্রগুলো
plans-areas-edit-intro = নতুন পরিকল্পনা PMIM মডেলের 16টি ক্ষেত্র নিয়ে শুরু হয়। সেগুলোর নাম বদলান, নিজের ক্ষেত্র যোগ করুন, নিজের পছন্দমতো ক্রমে সাজান, আর পরিকল্পনায় যেগুলো ব্যবহার হয় না সেগুলো লুকিয়ে রাখুন।
plans-areas-edit-public = সাধারণ মানুষ যেভাবে দেখেন, সেভাবে ক্ষেত্রগুলো দেখুন
plans-areas-edit-in-use = { $count ->
    [one] এই ক্ষেত্রে খসড়ার { $count }টি পদক্ষেপ আছে।
   *[other] এই ক্ষেত্রে খসড়ার { $count }টি পদক্ষেপ আছে।
}
plans-areas-edit-hidden = এই ক্ষেত্রটি সর্বজনীন পাতাগুলো থেকে লুকান
plans-areas-edit-up = উপরে সরান
plans-areas-edit-down = নিচে সরান
plans-areas-edit-add = একটি ক্ষেত্র যোগ করুন
plans-areas-edit-add-submit = ক্ষেত্রটি যোগ করুন
plans-home-pages-label = পরিকল্পনার তালিকার পৃষ্ঠাগুলো
plans-holidays-heading = পৌরসভার ছুটির দিন
plans-holidays-intro = প্রতিটি পৌরসভার নিজস্ব একটি ছুটির দিন থাকতে পারে। পরিকল্পনা যখন সময়সীমা কার্যদিবসে গোনে, তখন প্রথম পৌরসভার ছুটির দিনটি বন্ধের দিন হিসেবে ধরা হয়।
plans-holidays-submit = ছুটির দিনগুলো সেভ করুন
plans-holiday-label = পৌরসভার ছুটির দিন
plans-holiday-none = কোনোটিই নয়
plans-holiday-ascension = অ্যাসেনশন বৃহস্পতিবার (ইস্টারের 39 দিন পরে)
plans-holiday-date = একটি নির্দিষ্ট তারিখে
plans-holiday-date-label = ছুটির দিন ও মাস
plans-holiday-date-hint = শুধু নির্দিষ্ট তারিখের ছুটির জন্য: দিন ও মাস, যেমন 13 জুনের জন্য 13-06।
plans-next-consultations = জনমত নেওয়া: খসড়া নিয়ে মন্তব্য করুন
plans-activity-plan-holidays-changed = পৌর ছুটির দিনের পরিবর্তন
plans-activity-consultation-opened = একটি জনপরামর্শ চালু করা
plans-activity-moderation-hidden = মডারেটর একটি অবদান লুকিয়েছেন
plans-activity-moderation-removed = মডারেটর একটি অবদান সরিয়ে দিয়েছেন
plans-activity-moderation-restored = মডারেটর একটি অবদান ফিরিয়ে এনেছেন
plans-activity-consultation-comment-entered = ওয়েবসাইটের বাইরে পাওয়া একটি মন্তব্য যোগ করা
plans-activity-consultation-input-answered = জনমত নেওয়ায় পাওয়া একটি অবদানের উত্তর দেওয়া
plans-activity-consultation-report-published = জনমত নেওয়ার প্রতিবেদন প্রকাশ করা
plans-next-focus-groups = ফোকাস গ্রুপ: একটি সেশনে নিবন্ধন করুন
plans-next-forum = ফোরাম: পরিকল্পনা নিয়ে আলোচনা করুন
plans-activity-focus-group-created = একটি ফোকাস গ্রুপ তৈরি করা
plans-activity-focus-group-registration-entered = অন্য কারও পক্ষ থেকে ফোকাস গ্রুপে নিবন্ধন যোগ করা
plans-activity-focus-group-slot-proposed = ফোকাস গ্রুপের তারিখ বাছাইয়ের পোলে প্রস্তাবিত একটি সময়
plans-activity-focus-group-time-fixed = ফোকাস গ্রুপের তারিখ ঠিক করা
plans-activity-focus-group-checked-in = ফোকাস গ্রুপে একজন অংশগ্রহণকারীর উপস্থিতি নথিভুক্ত করা
plans-activity-focus-group-check-in-undone = ফোকাস গ্রুপে নথিভুক্ত উপস্থিতি বাতিল করা
plans-activity-focus-group-changed = ফোকাস গ্রুপের একটি সেশনের সময় বা স্থান বদলানো
plans-activity-focus-group-called-off = ফোকাস গ্রুপের একটি সেশন বাতিল করা
plans-activity-focus-group-minutes-saved = ফোকাস গ্রুপের কার্যবিবরণী লেখা বা বদলানো
plans-activity-focus-group-finding-added = ফোকাস গ্রুপে একটি পর্যবেক্ষণ যোগ করা
plans-activity-focus-group-finding-changed = ফোকাস গ্রুপের একটি পর্যবেক্ষণ অনুবাদ বা সংশোধন করা
plans-activity-focus-group-finding-removed = ফোকাস গ্রুপের একটি পর্যবেক্ষণ সরিয়ে দেওয়া
plans-activity-focus-group-findings-published = ফোকাস গ্রুপের কার্যবিবরণী ও পর্যবেক্ষণ প্রকাশ করা
plans-activity-focus-group-findings-withdrawn = ফোকাস গ্রুপের কার্যবিবরণী ও পর্যবেক্ষণ সবার দৃষ্টি থেকে সরিয়ে নেওয়া
plans-activity-moderation-locked = মডারেটর ফোরামের একটি আলোচনা লক করেছেন
plans-activity-moderation-unlocked = মডারেটর ফোরামের একটি আলোচনার লক খুলেছেন
plans-activity-moderation-pinned = মডারেটর ফোরামের একটি আলোচনা পিন করেছেন
plans-activity-moderation-unpinned = মডারেটর ফোরামের একটি আলোচনার পিন সরিয়েছেন
plans-activity-moderation-closed = ফোরামের একটি আলোচনা ফলাফলসহ বন্ধ করা হয়েছে
plans-activity-forum-outcome-written = ফোরামের একটি আলোচনার ফলাফল লেখা বা অনুবাদ করা হয়েছে
plans-activity-plan-population-added = ভিত্তি জনসংখ্যায় একটি গোষ্ঠী যোগ করা হয়েছে
plans-activity-plan-population-changed = ভিত্তি জনসংখ্যার একটি গোষ্ঠী সম্পাদনা করা হয়েছে
plans-activity-plan-population-removed = ভিত্তি জনসংখ্যা থেকে একটি গোষ্ঠী সরিয়ে দেওয়া হয়েছে
plans-activity-plan-indicator-figures-set = একটি সূচকের শুরুর মান ও লক্ষ্যমাত্রা ঠিক করা হয়েছে
plans-activity-plan-progress-reported = একটি পদক্ষেপের অগ্রগতি জানানো হয়েছে
plans-activity-plan-progress-removed = একটি অগ্রগতির প্রতিবেদন সরানো হয়েছে
plans-draft-state-withdrawing = পরের সংস্করণ থেকে প্রত্যাহার করা হবে
plans-draft-state-withdrawn = প্রত্যাহার করা হয়েছে
plans-draft-withdraw = এই পদক্ষেপটি প্রত্যাহার করুন
plans-draft-withdraw-explained = আপনি পরের যে সংস্করণ প্রকাশ করবেন, তাতে এই পদক্ষেপটি থাকবে না। এর পাতাটি শেষ লেখা, মন্তব্য ও ভিত্তিসহ সর্বজনীন থাকে, যাতে সবাই দেখতে পান এর কী হলো। প্রকাশ করার আগে পর্যন্ত আপনি এটি আবার যুক্ত করতে পারেন।
plans-draft-withdraw-reason = কেন প্রত্যাহার করা হচ্ছে (ঐচ্ছিক; পদক্ষেপের পাতায় দেখানো হয়)
plans-draft-withdraw-confirm = পরের সংস্করণ থেকে প্রত্যাহার করুন
plans-draft-withdrawn-notice = পদক্ষেপটি পরের সংস্করণে থাকবে না।
plans-draft-restored-notice = পদক্ষেপটি আবার পরের সংস্করণে ফিরে এসেছে।
plans-draft-restore-heading = প্রত্যাহার করা পদক্ষেপ
plans-draft-restore-explained = এই পদক্ষেপটি পরের সংস্করণে নেই, অথবা কোনো প্রকাশিত সংস্করণ আগেই এটি বাদ দিয়েছে। এটি আবার যুক্ত করলে আপনার প্রকাশ করা পরের সংস্করণে এটি আবার থাকবে।
plans-draft-restore = এটি আবার পরিকল্পনায় যুক্ত করুন
plans-version-withdrawn = এই সংস্করণে প্রত্যাহার করা হয়েছে
plans-measure-status-withdrawn = প্রত্যাহার করা হয়েছে
plans-measure-withdrawn = খসড়ার সংস্করণ { $number } এই পদক্ষেপটি পরিকল্পনা থেকে প্রত্যাহার করেছে। এর শেষ লেখা এখানেই থাকছে, মানুষ এ নিয়ে যা বলেছেন তার সঙ্গে।
plans-measure-withdrawn-reason = কারণ:
plans-measure-withdrawn-last = যে শেষ সংস্করণে এটি ছিল, সেখানে পড়ুন
plans-activity-plan-measure-withdrawn = পরের সংস্করণ থেকে একটি পদক্ষেপ প্রত্যাহার করা হয়েছে
plans-activity-plan-measure-restored = প্রত্যাহার করা একটি পদক্ষেপ আবার পরিকল্পনায় যুক্ত করা হয়েছে
