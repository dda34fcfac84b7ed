## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = জরিপ
surveys-list-intro = নিজের ভাষায় উত্তর দিন। আপনার উত্তর পরিকল্পনার পদক্ষেপগুলো ঠিক করতে সাহায্য করে।
surveys-list-empty = এই পরিকল্পনার জন্য এখনো কোনো জরিপ নেই।

surveys-phase-draft = এখনো প্রকাশ করা হয়নি
surveys-phase-not-yet-open = এখনো খোলেনি
surveys-phase-open = খোলা
surveys-phase-closed = বন্ধ
surveys-open-until = { $date } পর্যন্ত খোলা
surveys-opens-on = { $date } তারিখে খুলবে

surveys-facts = { $questions ->
    [one] { $questions }টি প্রশ্ন
   *[other] { $questions }টি প্রশ্ন
}, { $sections ->
    [one] { $sections }টি অংশে
   *[other] { $sections }টি অংশে
}। যে প্রশ্নে “আবশ্যক” লেখা নেই, সেটি আপনি বাদ দিতে পারেন।
surveys-languages-heading = আপনি এই ভাষাগুলোতে উত্তর দিতে পারেন
surveys-privacy-heading = আমরা কী রাখি
surveys-privacy-open = লগ ইন করতে বা নিজের নাম দিতে হবে না। আপনি যে উত্তর দিয়েছেন, এই ব্রাউজার তা মনে রাখে, যাতে প্রত্যেকে একবারই উত্তর দেন।
surveys-privacy-codes = আপনাকে দেওয়া কাগজে লেখা কোডটি লাগবে। কোডটি একবারই ব্যবহার করা যায়। আপনার উত্তর কোডের সাথে যুক্ত থাকে না: কোডটি ব্যবহার হয়েছে, শুধু এটুকুই আমরা লিখে রাখি।
surveys-privacy-account = প্রত্যেকে যেন একবারই উত্তর দেন, সেজন্য আপনাকে লগ ইন করতে হবে। আপনার উত্তর আপনার অ্যাকাউন্টের সাথে যুক্ত থাকে না: এই অ্যাকাউন্ট থেকে উত্তর দেওয়া হয়েছে, শুধু এটুকুই আমরা লিখে রাখি।
surveys-privacy-held = যাতে কেউ আপনার উত্তরগুলিকে আপনার সাথে মেলাতে না পারে — আমাদের ডেটাবেস পড়তে পারে এমন কেউও না — সেগুলি আলাদা রাখা হয় যতক্ষণ না অন্তত আরও 4 জনের উত্তর আসে, তারপর সবগুলি একসাথে, এলোমেলো ক্রমে, সংরক্ষণের দিনসহ রাখা হয়। ততক্ষণ সেগুলি ফলাফলে গোনা হয় না।
surveys-privacy-address = কেউ যাতে অনেক উত্তর পাঠাতে না পারে, তাই আমরা এক ঘণ্টা ধরে প্রতিটি ইন্টারনেট ঠিকানা থেকে আসা উত্তর গুনি, এমন একটি কোড দিয়ে যা থেকে ঠিকানা ফেরত পাওয়া যায় না এবং যা এক দিন পরে মুছে ফেলা হয়।
surveys-privacy-stored = আমরা রাখি আপনার উত্তর, যে ভাষায় উত্তর দিয়েছেন সেই ভাষা, আর দিনটি (সময় নয়)। আমরা আপনার নাম, ইমেইল, ইন্টারনেট ঠিকানা, বা আপনি কে তা বোঝা যায় এমন কিছুই রাখি না।

surveys-take-part-heading = অংশ নিন
surveys-start = জরিপ শুরু করুন
surveys-continue = যেখানে থেমেছিলেন, সেখান থেকে চালিয়ে যান
surveys-sign-in-to-answer = উত্তর দিতে লগ ইন করুন
surveys-already-answered = এই ডিভাইস বা অ্যাকাউন্ট থেকে আপনি এই জরিপের উত্তর আগেই দিয়েছেন। ধন্যবাদ!
surveys-cannot-answer-draft = এই জরিপ এখনো প্রকাশ করা হয়নি। আপনি এটি তৈরি করছেন বলে দেখতে পাচ্ছেন।
surveys-cannot-answer-not-yet-open = এই জরিপে এখনো উত্তর দেওয়া যাচ্ছে না।
surveys-cannot-answer-closed = এই জরিপ বন্ধ হয়ে গেছে। যাঁরা উত্তর দিয়েছেন, সবাইকে ধন্যবাদ।
surveys-see-results = ফলাফল দেখুন
surveys-rate-limited = গত এক ঘণ্টায় আপনার ইন্টারনেট সংযোগ থেকে অনেক উত্তর এসেছে। অনুগ্রহ করে পরে আবার চেষ্টা করুন, অথবা একজন সমন্বয়কারীর কাছে কাগজের ফর্ম চান।

surveys-code-label = আপনার কোড
surveys-code-hint = কোডটি আপনাকে দেওয়া কাগজে লেখা আছে, যেমন ABCD-2345। বড় বা ছোট হাতের অক্ষর, দুটোই চলবে।
surveys-resume-heading = সেভ করা উত্তর দিয়ে চালিয়ে যান
surveys-resume-label = চালিয়ে যাওয়ার জন্য আপনার কোড
surveys-resume-hint = উত্তর সেভ করার সময় আপনাকে যে কোড দেখানো হয়েছিল, যেমন ABCD-EFGH-2345।
surveys-resume-submit = চালিয়ে যান

surveys-answer-title = উত্তর
surveys-progress = { $total }টির মধ্যে { $current } নম্বর অংশ
surveys-required = (আবশ্যক)
surveys-yes = হ্যাঁ
surveys-no = না
surveys-prefer-not-to-say = আমি বলতে চাই না
surveys-other = অন্য
surveys-other-write = অন্য: অনুগ্রহ করে লিখুন
surveys-choose = একটি উত্তর বেছে নিন
surveys-choose-any = যেগুলো প্রযোজ্য, সবগুলো বেছে নিন।
surveys-choose-up-to = { $count ->
    [one] সর্বোচ্চ { $count }টি উত্তর বেছে নিন।
   *[other] সর্বোচ্চ { $count }টি উত্তর বেছে নিন।
}
surveys-ranking-hint = প্রতিটিকে আলাদা নম্বর দিন: 1 সবচেয়ে গুরুত্বপূর্ণ।
surveys-number-between = { $min } থেকে { $max } পর্যন্ত একটি সংখ্যা।
surveys-text-limit = সর্বোচ্চ { $count }টি অক্ষর।
surveys-date-hint = দিন, মাস ও বছর।
surveys-only-if = শুধু তখনই উত্তর দিন, যদি ওপরে “{ $answer }” উত্তর দিয়ে থাকেন।
surveys-only-if-not = শুধু তখনই উত্তর দিন, যদি ওপরে “{ $answer }” উত্তর না দিয়ে থাকেন।
surveys-only-if-answered = শুধু তখনই উত্তর দিন, যদি ওপরের প্রশ্নের উত্তর দিয়ে থাকেন।
surveys-more-questions = আপনার উত্তরের কারণে এই পাতায় আরও প্রশ্ন এসেছে। এগিয়ে যাওয়ার আগে অনুগ্রহ করে সেগুলো দেখে নিন।
surveys-problems-title = অনুগ্রহ করে এই উত্তরগুলো দেখে নিন
surveys-problem-required = অনুগ্রহ করে এই প্রশ্নের উত্তর দিন।
surveys-problem-unknown-option = এই উত্তরটি দেওয়া বিকল্পগুলোর মধ্যে নেই। অনুগ্রহ করে আবার বেছে নিন।
surveys-problem-too-many-values = অনুগ্রহ করে এখানে শুধু একটি উত্তর দিন।
surveys-problem-too-many-choices = আপনি অনেক বেশি উত্তর বেছে নিয়েছেন। অনুগ্রহ করে কম বেছে নিন।
surveys-problem-out-of-range = এটি অনুমোদিত সীমার বাইরে।
surveys-problem-too-long = এই লেখাটি খুব বড়। অনুগ্রহ করে ছোট করুন।
surveys-problem-not-a-number = অনুগ্রহ করে একটি সংখ্যা লিখুন, যেমন 12।
surveys-problem-not-a-date = অনুগ্রহ করে পুরো তারিখ দিন: দিন, মাস ও বছর।
surveys-problem-incomplete = এই উত্তরটি সম্পূর্ণ হয়নি। অনুগ্রহ করে শেষ করুন।
surveys-next = পরবর্তী
surveys-send = আমার উত্তর পাঠান
surveys-back = আগের
surveys-save = সেভ করে পরে চালিয়ে যান
surveys-answer-in = ভাষা বদলান। আপনার উত্তর থেকে যাবে:

surveys-saved-title = আপনার উত্তর সেভ হয়েছে
surveys-saved-intro = পরে চালিয়ে যেতে, এই বা অন্য কোনো ডিভাইসে জরিপটি খুলুন এবং এই কোডটি লিখুন:
surveys-saved-keep = এটি লিখে রাখুন বা এর ছবি তুলে রাখুন। আপনার উত্তর 30 দিন রাখা হবে।
surveys-saved-no-code = আপনার উত্তর এই ডিভাইসে সেভ করা আছে। চালিয়ে যেতে জরিপটি আবার খুলুন।
surveys-back-to-survey = জরিপে ফিরে যান
surveys-back-to-plan = পরিকল্পনায় ফিরে যান

surveys-thanks-title = আপনার উত্তরের জন্য ধন্যবাদ
surveys-thanks-intro = আপনার উত্তর আমরা পেয়েছি। পৌরসভা কী জানতে পারল এবং পরিকল্পনায় তা কীভাবে কাজে লাগাবে, তা প্রকাশ করবে।

surveys-results-title = ফলাফল
surveys-results-total = { $count ->
    [one] { $count }টি উত্তর
   *[other] { $count }টি উত্তর
}
surveys-results-too-few = 5টির কম উত্তর: যাঁরা উত্তর দিয়েছেন তাঁদের সুরক্ষার জন্য দেখানো হচ্ছে না।
surveys-results-suppressed-note = যাঁরা উত্তর দিয়েছেন তাঁদের সুরক্ষার জন্য, 5 জনের কম মানুষের দল দেখানো হয় না।
surveys-results-no-breakdown = ভাষা বা উত্তর আসার পথ অনুযায়ী ভাগ শুধু পরিকল্পনার সহায়কদের দেখানো হয়: মোট সংখ্যার সাথে তুলনা করলে এতে ছোট দল চেনা যেতে পারে।
surveys-results-held = { $count ->
    [one] অন্তত 5টি না আসা পর্যন্ত (বা জরিপ বন্ধ না হওয়া পর্যন্ত) 1টি উত্তর আলাদা রাখা হয়েছে, যাতে কেউ সেটিকে উত্তরদাতার সাথে মেলাতে না পারে। এটি এখনও গোনা হয়নি।
   *[other] অন্তত 5টি না আসা পর্যন্ত (বা জরিপ বন্ধ না হওয়া পর্যন্ত) { $count }টি উত্তর আলাদা রাখা হয়েছে, যাতে কেউ সেগুলিকে উত্তরদাতাদের সাথে মেলাতে না পারে। এগুলি এখনও গোনা হয়নি।
}
surveys-results-exact-note = আপনি এই পরিকল্পনায় কাজ করেন বলে সঠিক সংখ্যা দেখছেন। প্রকাশিত ফলাফলে 5 জনের কম মানুষের দল লুকানো থাকে।
surveys-results-answered = { $count ->
    [one] { $count } জন উত্তর দিয়েছেন
   *[other] { $count } জন উত্তর দিয়েছেন
}
surveys-results-mean-median = গড়: { $mean } · মধ্যমা: { $median }
surveys-results-several = একাধিক উত্তর বেছে নেওয়া যেত, তাই শতাংশগুলোর যোগফল 100%-এর বেশি।
surveys-results-answer = উত্তর
surveys-results-count = মানুষ
surveys-results-percent = শতাংশ
surveys-results-chart = চার্ট
surveys-fewer-than-5 = 5-এর কম
surveys-results-more-texts = এখানে শুধু সবশেষ উত্তরগুলো দেখানো হয়েছে। সবগুলো পড়তে ডেটা ডাউনলোড করুন।
surveys-text-hidden = একজন মডারেটর লুকিয়েছেন: প্রকাশিত ফলাফলে দেখানো হয় না।
surveys-text-hide = এই উত্তরটি লুকান
surveys-text-show = এই উত্তরটি আবার দেখান
surveys-filter-label = ফলাফল বাছাই করুন
surveys-filter-language = উত্তরের ভাষা
surveys-filter-channel = উত্তর কীভাবে এসেছে
surveys-filter-all = সব
surveys-filter-apply = দেখান

surveys-channel-online = অনলাইনে, নিজে
surveys-channel-paper = কাগজের ফর্ম
surveys-channel-interview = সমন্বয়কারীর সাথে সাক্ষাৎকার
surveys-channel-interpreter = দোভাষীর সাথে সাক্ষাৎকার

surveys-manage-heading = সমন্বয়কারীদের জন্য
surveys-response-count = { $count ->
    [one] এ পর্যন্ত { $count }টি উত্তর।
   *[other] এ পর্যন্ত { $count }টি উত্তর।
}
surveys-preview = জরিপটি আগে থেকে দেখুন
surveys-preview-note = প্রিভিউ: এখানে আপনি যা বেছে নেবেন, তা পাঠানো বা রাখা হবে না।
surveys-preview-nav = প্রিভিউর পাতা
surveys-preview-end = প্রিভিউ থেকে বেরিয়ে যান
surveys-export-csv = উত্তরগুলো ডাউনলোড করুন (CSV, স্প্রেডশিটের জন্য)
surveys-export-json = উত্তরগুলো ডাউনলোড করুন (JSON)
surveys-assisted-heading = অন্য কারও হয়ে উত্তর লিখুন
surveys-assisted-intro = কাগজের ফর্ম ও সাক্ষাৎকারের জন্য। উত্তরগুলো কীভাবে সংগ্রহ করা হয়েছে তা বেছে নিন; তারপর তাঁর উত্তর দিয়ে জরিপটি পূরণ করুন।
surveys-assisted-note = আপনি অন্য একজনের হয়ে উত্তর লিখছেন:
surveys-assisted-start = লেখা শুরু করুন
surveys-channel-label = উত্তরগুলো কীভাবে সংগ্রহ করা হয়েছে
surveys-interview-lang-label = সাক্ষাৎকারের ভাষা
surveys-interview-lang-same = জরিপের ভাষা
surveys-entered = উত্তরটি সেভ হয়েছে। আপনি আরেকটি লিখতে পারেন।

surveys-codes-title = একবার ব্যবহারের কোড
surveys-codes-intro = প্রতিটি কোড দিয়ে একজন মানুষ একবার উত্তর দিতে পারেন। কোডগুলো প্রিন্ট করুন এবং সভায় বিলি করুন।
surveys-codes-counts = { $unused ->
    [one] { $unused }টি কোড এখনো ব্যবহার হয়নি
   *[other] { $unused }টি কোড এখনো ব্যবহার হয়নি
}, { $used ->
    [one] { $used }টি ব্যবহার হয়েছে।
   *[other] { $used }টি ব্যবহার হয়েছে।
}
surveys-codes-count-label = কয়টি নতুন কোড
surveys-codes-count-hint = 1 থেকে 500।
surveys-codes-create = কোড তৈরি করুন
surveys-codes-print = প্রতিটি অব্যবহৃত কোডের জন্য একটি করে চিরকুট পেতে এই পাতাটি প্রিন্ট করুন।
surveys-slip-go-to = এই ঠিকানায় যান:
surveys-slip-code = এবং এই কোডটি লিখুন:
surveys-slip-qr = QR কোড: ফোনের ক্যামেরা দিয়ে স্ক্যান করুন, জরিপটি এই কোড আগে থেকে লেখা অবস্থায় খুলবে

## জরিপ তৈরির সরঞ্জাম (সমন্বয়কারীদের জন্য)।
surveys-builder-title = জরিপ সম্পাদনা করুন
surveys-builder-new-title = নতুন জরিপ
surveys-builder-new-intro = জরিপটিকে একটি শিরোনাম আর একটি ছোট ওয়েব ঠিকানা দিন। প্রশ্নগুলো এর পরে যোগ করবেন; আপনি প্রকাশ না করা পর্যন্ত কেউ জরিপটি দেখতে পাবে না।
surveys-builder-title-label = শিরোনাম
surveys-builder-slug-label = ওয়েব ঠিকানার জন্য ছোট নাম
surveys-builder-slug-hint = ছোট হাতের লাতিন অক্ষর (a-z), অঙ্ক ও ড্যাশ (-), যেমন survey-2027।
surveys-builder-own-language = জরিপের মূল ভাষা
surveys-builder-access-label = কারা উত্তর দিতে পারবেন
surveys-access-open = যে কেউ, লগ ইন না করেই (প্রতিটি ডিভাইস থেকে একটি উত্তর)
surveys-access-codes = যাঁদের কাগজে একবার ব্যবহারের কোড দেওয়া হয়েছে
surveys-access-account = যাঁরা লগ ইন করেন (প্রতিটি অ্যাকাউন্ট থেকে একটি উত্তর)
surveys-builder-create = জরিপ তৈরি করুন
surveys-builder-saved = সেভ হয়েছে।
surveys-builder-languages-heading = ভাষা
surveys-builder-languages-hint = কোনো ভাষার লেখা লিখতে বা যাচাই করতে সেই ভাষাটি বেছে নিন। জরিপের মূল ভাষা সবার আগে থাকে।
surveys-builder-language = ভাষা
surveys-builder-translations = লেখা
surveys-builder-complete = সব লেখা সম্পূর্ণ
surveys-builder-missing = { $count ->
    [one] { $count }টি লেখা বাকি
   *[other] { $count }টি লেখা বাকি
}
surveys-builder-not-a-survey-language = জরিপটি এই ভাষায় দেওয়া হয়নি। ওপরে দেওয়া এর ভাষাগুলোর একটি বেছে নিন।
surveys-builder-offered-languages = যেসব ভাষায় জরিপটি দেওয়া হয়
surveys-builder-offered-languages-hint = এখানে টিক দেওয়া ভাষাগুলোতে মানুষ উত্তর দিতে পারেন। কোনো ভাষার লেখাগুলো লেখা শেষ হলে তবেই সেই ভাষাটি যোগ করুন; জরিপের মূল ভাষা সবসময় দেওয়া হয়।
surveys-builder-publish-missing = কিছু লেখা এখনো অনুবাদ করা হয়নি: { $languages }। যাঁরা এই ভাষাগুলোতে উত্তর দেন, তাঁরা সেই লেখাগুলো { $language } ভাষায় দেখেন।
surveys-builder-status-heading = অবস্থা
surveys-builder-published = প্রকাশিত।
surveys-builder-draft = খসড়া: শুধু সমন্বয়কারীরা এটি দেখতে পান।
surveys-builder-publish = প্রকাশ করুন
surveys-builder-unpublish = আবার খসড়ায় ফিরিয়ে নিন
surveys-builder-locked = জরিপটিতে ইতিমধ্যে উত্তর এসেছে: আপনি এর লেখা বদলাতে পারেন, কিন্তু প্রশ্ন, বিকল্প বা কারা উত্তর দিতে পারবেন তা বদলাতে পারবেন না।
surveys-builder-settings-heading = সেটিংস
surveys-builder-intro-label = ভূমিকা
surveys-builder-opens-label = খোলার তারিখ (না দিলেও চলবে)
surveys-builder-closes-label = বন্ধের তারিখ (না দিলেও চলবে)
surveys-builder-results-public = ফলাফল প্রকাশ করুন (5 জনের কম মানুষের দল লুকানো থাকবে)
surveys-builder-save = সেভ করুন
surveys-builder-questions-heading = প্রশ্ন
surveys-builder-translating-hint = আপনি অন্য একটি ভাষায় লেখা লিখছেন। প্রশ্ন ও বিকল্প যোগ করা বা বাদ দেওয়া হয় জরিপের মূল ভাষায়।
surveys-builder-section-title = এই অংশের শিরোনাম
surveys-builder-kind-label = প্রশ্নের ধরন
surveys-builder-question-text = প্রশ্ন
surveys-builder-add-question = প্রশ্নটি যোগ করুন
surveys-builder-add-section = একটি অংশ যোগ করুন
surveys-builder-plain = একই প্রশ্ন সহজ কথায় (না দিলেও চলবে)
surveys-builder-help = সাহায্যের লেখা (না দিলেও চলবে)
surveys-builder-options = বিকল্প
surveys-builder-rows = সারি (প্রতি লাইনে মূল্যায়নের জন্য একটি বিষয়)
surveys-builder-scale-points = প্রতিটি সারির জন্য উত্তর
surveys-builder-lines-hint = প্রতি লাইনে একটি। কোনো লাইন মুছলে সেই বিকল্পটি বাদ যায়।
surveys-builder-lines-translate-hint = প্রতি লাইনে একটি, জরিপের মূল ভাষায় যে ক্রমে আছে সেই ক্রমে।
surveys-builder-max-choices = সর্বোচ্চ কয়টি বিকল্প বেছে নেওয়া যাবে (খালি: কোনো সীমা নেই)
surveys-builder-other = লেখার জায়গাসহ “অন্য” বিকল্প দিন
surveys-builder-min = সবচেয়ে ছোট সংখ্যা
surveys-builder-max = সবচেয়ে বড় সংখ্যা
surveys-builder-min-label = সবচেয়ে ছোট সংখ্যার জন্য শব্দ
surveys-builder-max-label = সবচেয়ে বড় সংখ্যার জন্য শব্দ
surveys-builder-min-date = সবচেয়ে আগের তারিখ (বছর-মাস-দিন)
surveys-builder-max-date = সবচেয়ে পরের তারিখ (বছর-মাস-দিন)
surveys-builder-max-len = সর্বোচ্চ অক্ষর
surveys-builder-required = উত্তর দেওয়া আবশ্যক
surveys-builder-pnts = “আমি বলতে চাই না” বিকল্প দিন
surveys-builder-condition = এই প্রশ্নটি কখন দেখাবেন
surveys-builder-condition-question = কোন প্রশ্নের উত্তরের ওপর নির্ভর করে
surveys-builder-always = সবসময় দেখান
surveys-builder-condition-op = তখন দেখান, যখন উত্তর
surveys-builder-op-equals = এটি
surveys-builder-op-not_equals = এটি নয়
surveys-builder-op-any_of = এগুলোর একটি
surveys-builder-op-answered = দেওয়া হয়েছে
surveys-builder-condition-answers = যে উত্তরগুলোতে এটি দেখানো হবে
surveys-builder-condition-pick-question = এই প্রশ্নটি কেবল নির্দিষ্ট উত্তরের পরে দেখাতে, আগের প্রশ্নটি বেছে নিয়ে সংরক্ষণ করুন: তারপর তার উত্তরগুলো এখানে দেখা যাবে।
surveys-builder-condition-no-answers = এই প্রশ্নে বেছে নেওয়ার মতো কোনো উত্তর নেই। অন্য একটি প্রশ্ন বেছে নিয়ে সংরক্ষণ করুন, অথবা উত্তর দেওয়া হলেই এটি দেখান।
surveys-builder-move-up = ওপরে সরান
surveys-builder-move-down = নিচে সরান
surveys-builder-delete = প্রশ্নটি মুছে ফেলুন
surveys-builder-delete-warning = প্রশ্নটি এবং সব ভাষায় এর লেখা চিরতরে মুছে যাবে।
surveys-builder-delete-confirm = হ্যাঁ, এই প্রশ্নটি মুছুন
surveys-kind-single_choice = একটি বিকল্প
surveys-kind-multiple_choice = একাধিক বিকল্প
surveys-kind-dropdown = তালিকা থেকে একটি বিকল্প
surveys-kind-scale = স্কেল
surveys-kind-yes_no = হ্যাঁ বা না
surveys-kind-short_text = ছোট লেখা
surveys-kind-long_text = বড় লেখা
surveys-kind-number = সংখ্যা
surveys-kind-date = তারিখ
surveys-kind-ranking = ক্রম অনুযায়ী সাজানো
surveys-kind-matrix = গ্রিড (সারি ও উত্তর)
surveys-correcting-note = আপনি উত্তর { $response } সংশোধন করছেন। শেষ অংশটি পাঠালে এর আগের উত্তরগুলোর জায়গায় নতুন উত্তর বসবে।
surveys-responses-title = উত্তর
surveys-responses-count = { $count ->
    [one] { $count }টি উত্তর সেভ করা আছে।
   *[other] { $count }টি উত্তর সেভ করা আছে।
}
surveys-responses-held = { $count ->
    [one] আরও { $count }টি উত্তর আলাদা রাখা আছে, যতক্ষণ না এত উত্তর আসে যে সেটি অন্যগুলোর সাথে সেভ করা যায়; সেভ হলে সেটি তালিকায় দেখানো হবে।
   *[other] আরও { $count }টি উত্তর আলাদা রাখা আছে, যতক্ষণ না এত উত্তর আসে যে সেগুলো অন্যগুলোর সাথে সেভ করা যায়; সেভ হলে সেগুলো তালিকায় দেখানো হবে।
}
surveys-responses-none = দেখানোর মতো কোনো উত্তর নেই।
surveys-responses-filter-label = উত্তর বাছাই করুন
surveys-responses-col-response = উত্তর
surveys-responses-col-day = দিন
surveys-responses-col-language = ফর্মের ভাষা
surveys-responses-col-answered = উত্তর দেওয়া প্রশ্ন
surveys-responses-pages-label = উত্তরের পাতা
surveys-responses-withdrawn = উত্তরটি বাতিল করা হয়েছে। এর উত্তরগুলো আর ফলাফলে বা এক্সপোর্ট করা ফাইলে গোনা হয় না।
surveys-responses-history = সংশোধন ও বাতিল
surveys-responses-history-none = কোনো উত্তর সংশোধন বা বাতিল করা হয়নি।
surveys-responses-history-corrected = { $date } তারিখে { $who } দ্বারা সংশোধিত
surveys-responses-history-withdrawn = { $date } তারিখে { $who } দ্বারা বাতিল
surveys-responses-someone = মুছে ফেলা একটি অ্যাকাউন্ট
surveys-response-title = উত্তর { $response }
surveys-response-answers = দেওয়া উত্তরগুলো
surveys-response-no-answer = উত্তর দেওয়া হয়নি
surveys-response-corrected = উত্তরটি সংশোধন করা হয়েছে। ফলাফলে এখন এর নতুন উত্তরগুলো গোনা হয়।
surveys-response-unchanged = কোনো উত্তর বদলানো হয়নি, তাই কিছুই নথিভুক্ত হয়নি।
surveys-response-review = সংশোধন বা বাতিল
surveys-response-correct = উত্তরগুলো সংশোধন করুন
surveys-response-correct-intro = উত্তরের ফর্মটি আগে লেখা উত্তরগুলো নিয়ে খুলবে। যা ভুল লেখা হয়েছে তা বদলান এবং শেষ অংশটি পাঠান: পুরোনো উত্তরের জায়গায় নতুন উত্তর বসবে। পরিবর্তনটি আপনার নাম ও কারণসহ নথিভুক্ত হয়।
surveys-response-correct-start = সংশোধনের জন্য উত্তরগুলো খুলুন
surveys-response-not-correctable = এই উত্তরটি মানুষটি নিজে অনলাইনে দিয়েছেন: এটি সংশোধন করা যায় না, শুধু বাতিল করা যায়।
surveys-response-reason-label = কারণ
surveys-response-reason-hint = যেমন: “কাগজের ফর্মের 1-এর বদলে 7 লেখা হয়েছিল”। সর্বোচ্চ 500টি অক্ষর।
surveys-response-withdraw = এই উত্তরটি বাতিল করুন
surveys-response-withdraw-warning = এর উত্তরগুলো ফলাফল ও এক্সপোর্ট করা ফাইল থেকে চিরতরে বাদ যাবে। বাতিলের বিষয়টি আপনার নাম ও কারণসহ নথিভুক্ত হয়।
surveys-response-withdraw-confirm = হ্যাঁ, বাতিল করুন
surveys-response-history = এই উত্তরের পরিবর্তনগুলো
surveys-response-back = সব উত্তর
surveys-builder-codes = উত্তরের কোড
surveys-builder-codes-label = কোড, প্রতি লাইনে একটি
surveys-builder-codes-hint = ওপরের উত্তরগুলো যে ক্রমে আছে সেই ক্রমে। এক্সপোর্ট করা ফাইল ও শর্তগুলোতে এগুলো ব্যবহার হয়: ছোট হাতের লাতিন অক্ষর (a–z), অঙ্ক, ড্যাশ (-) ও আন্ডারস্কোর (_)। কেউ উত্তর দেওয়ার পর এগুলো আর বদলানো যায় না।
surveys-slips-languages = চিরকুটের ভাষা
surveys-slips-languages-apply = এই ভাষাগুলোতে চিরকুট দেখান
surveys-builder-transfer-heading = কপি বা এক্সপোর্ট
surveys-builder-download-file = জরিপের ফাইল ডাউনলোড করুন (JSON)
surveys-builder-download-hint = এতে সব ভাষায় জরিপের প্রশ্ন ও লেখা থাকে, যাতে অন্য কোনো পরিকল্পনায় বা অন্য কোনো Ponte সাইটে এটি থেকে একটি জরিপ শুরু করা যায়। এতে কোনো উত্তর থাকে না।
surveys-builder-copy = এই জরিপটি কপি করুন
surveys-builder-copy-intro = কপিটি একটি নতুন খসড়া, যাতে একই প্রশ্ন, লেখা ও ভাষা থাকে, কিন্তু কোনো উত্তর, কোড বা তারিখ থাকে না।
surveys-builder-copy-submit = কপি তৈরি করুন
surveys-builder-import-heading = জরিপের ফাইল থেকে শুরু করুন
surveys-builder-import-intro = কোনো জরিপের সম্পাদনা পাতা থেকে ডাউনলোড করা জরিপের ফাইল (JSON), এখানে বা অন্য কোনো Ponte সাইটে: এর প্রশ্ন ও লেখা দিয়ে একটি নতুন খসড়া জরিপ তৈরি হয়।
surveys-builder-import-file = জরিপের ফাইল
surveys-builder-import-title-hint = ফাইলে থাকা শিরোনামটি রাখতে এই ঘরটি খালি রাখুন।
surveys-builder-import-submit = জরিপ ইমপোর্ট করুন
