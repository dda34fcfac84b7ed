# ফোরাম: একটি পরিকল্পনার আলোচনা ও পোস্ট, এর বিভাগ, ফলাফল।
forum-title = ফোরাম
forum-intro = অন্য বাসিন্দা, সংগঠন এবং পৌরসভার সাথে পরিকল্পনাটি নিয়ে কথা বলুন। সমন্বয়কারীরা প্রতিটি আলোচনা পড়েন; কোনো আলোচনা একটি মীমাংসায় পৌঁছালে তাঁরা তার ফলাফল লেখেন, এবং সেটি কোনো পদক্ষেপের ভিত্তি হয়ে উঠতে পারে।
forum-categories-label = ফোরামের বিভাগ
forum-category-all = সব আলোচনা
forum-category-general = সাধারণ
forum-threads-none = এখানে এখনো কোনো আলোচনা নেই।
forum-pages-label = ফোরামের পাতা
forum-posts-count = { $count ->
    [one] { $count }টি পোস্ট
   *[other] { $count }টি পোস্ট
}
forum-last-post = শেষ পোস্ট { $date } তারিখে
forum-badge-pinned = পিন করা
forum-badge-locked = লক করা
forum-badge-closed = ফলাফলসহ বন্ধ
forum-thread-placeholder-hidden = একজন মডারেটর পর্যালোচনা না করা পর্যন্ত লুকানো একটি আলোচনা
forum-thread-placeholder-removed = একজন মডারেটরের সরিয়ে দেওয়া একটি আলোচনা
forum-thread-placeholder-deleted = লেখকের নিজে মুছে ফেলা একটি আলোচনা
forum-sign-in = আলোচনা শুরু করতে বা উত্তর দিতে লগ ইন করুন।
forum-sign-in-reply = উত্তর দিতে লগ ইন করুন।
forum-new-thread = একটি আলোচনা শুরু করুন
forum-form-category = বিভাগ
forum-form-measures = এই আলোচনা যে প্রস্তাবিত পদক্ষেপগুলো নিয়ে (ঐচ্ছিক)
forum-form-measures-hint = সর্বোচ্চ { $max }টি পদক্ষেপে টিক দিন।
forum-form-title = শিরোনাম
forum-form-body = আপনার বার্তা
forum-form-body-hint = আপনি Markdown ব্যবহার করতে পারেন: **বোল্ড**, *ইটালিক*, তালিকা, লিংক এবং > উদ্ধৃতি।
forum-form-lang = আপনি যে ভাষায় লিখছেন
forum-form-open = আলোচনা শুরু করুন
forum-thread-measures = এই পদক্ষেপগুলো নিয়ে:
forum-kept = হয়ে গেছে: আলোচনার অবস্থা হালনাগাদ করা হয়েছে।
forum-post-number = নং { $number }
forum-edited = সম্পাদিত
forum-in-reply-to = { $number } নং পোস্টের উত্তরে
forum-post-placeholder-hidden = একজন মডারেটর পর্যালোচনা না করা পর্যন্ত এই পোস্টটি লুকানো আছে।
forum-post-placeholder-removed = একজন মডারেটর এই পোস্টটি সরিয়ে দিয়েছেন।
forum-post-placeholder-deleted = এর লেখক এই পোস্টটি মুছে ফেলেছেন।
forum-moderation-log = মডারেশনের লগ
forum-quote = উদ্ধৃত করুন
forum-edit = সম্পাদনা করুন
forum-edit-label = আপনার পোস্ট
forum-edit-hint = সবাই দেখতে পাবেন যে পোস্টটি সম্পাদনা করা হয়েছে; মডারেটররা আগের লেখাটি পড়তে পারেন।
forum-edit-submit = পোস্টটি সংরক্ষণ করুন
forum-delete = আমার পোস্ট মুছে ফেলুন
forum-delete-confirm = এর লেখা চিরতরে মুছে যাবে; এর নম্বরটি থেকে যাবে, যাতে উত্তরগুলোর অর্থ বোঝা যায়।
forum-delete-submit = মুছে ফেলুন
forum-reply = উত্তর দিন
forum-quoting = আপনার উত্তরে { $number } নং পোস্ট উদ্ধৃত করা হয়েছে।
forum-reply-submit = উত্তর পাঠান
forum-locked-notice = এই আলোচনাটি লক করা আছে: এতে আর উত্তর দেওয়া যাবে না।
forum-closed-notice = এই আলোচনাটি বন্ধ হয়েছে: এর ফলাফল উপরে দেওয়া আছে।
forum-keep = পিন বা লক করুন
forum-keep-pin = সবার উপরে পিন করুন
forum-keep-unpin = পিন সরান
forum-keep-lock = লক করুন (আর কোনো উত্তর নয়)
forum-keep-unlock = লক খুলুন
forum-outcome-heading = ফলাফল
forum-outcome-on = { $date } তারিখে লেখা
forum-close = ফলাফলসহ বন্ধ করুন
forum-close-hint = আলোচনায় কী মীমাংসা হলো এবং পৌরসভা তা নিয়ে কী করবে, সংক্ষেপে লিখুন। বন্ধ করলে আলোচনাটি লক হয়ে যায়; এরপর ফলাফলটি ভিত্তি হিসেবে পদক্ষেপগুলোর সাথে যুক্ত করা যায়।
forum-outcome-lang = ফলাফলের ভাষা
forum-outcome-label = ফলাফল
forum-close-submit = আলোচনাটি বন্ধ করুন
forum-outcome-translate = ফলাফলটি অন্য ভাষায় লিখুন, বা সংশোধন করুন
forum-outcome-save = ফলাফল সংরক্ষণ করুন
forum-outcome-written-in = যে ভাষায় লেখা: { $languages }
forum-history-link = আগের লেখাগুলো
forum-history-title = { $number } নং পোস্টের আগের লেখাগুলো
forum-history-back = পোস্টে ফিরে যান
forum-history-current = এর বর্তমান লেখা
forum-history-earlier = আগের লেখাগুলো, নতুনগুলো আগে
forum-history-none = এই পোস্টটি কখনো সম্পাদনা করা হয়নি।
forum-history-replaced = { $when } তারিখে বদলানো হয়েছে
forum-search-label = ফোরামে খুঁজুন
forum-search-submit = খুঁজুন
forum-search-title = ফোরামে অনুসন্ধান
forum-search-title-hit = আলোচনার শিরোনামে
forum-search-found = { $count ->
    [0] কিছুই পাওয়া যায়নি।
    [one] একটি পোস্ট পাওয়া গেছে।
   *[other] { $count }টি পোস্ট পাওয়া গেছে।
}
forum-search-found-more = { $count }টির বেশি ফলাফল পাওয়া গেছে: সবচেয়ে নতুনগুলো দেখানো হচ্ছে। অনুসন্ধান আরও নির্দিষ্ট করতে আরেকটি শব্দ যোগ করুন।
forum-follow-heading = এই আলোচনাটি অনুসরণ করুন
forum-following-none = আপনি এই আলোচনাটি অনুসরণ করছেন না।
forum-following-instant = প্রতিটি নতুন পোস্টের জন্য আপনি একটি ইমেইল পান।
forum-following-daily = নতুন পোস্ট এলে আপনি দিনে একটি ইমেইল পান।
forum-follow-instant = প্রতিটি নতুন পোস্ট আমাকে ইমেইলে পাঠান
forum-follow-daily = আমাকে দৈনিক সারসংক্ষেপ পাঠান
forum-follow-stop = অনুসরণ বন্ধ করুন
forum-followed = হয়ে গেছে: আপনি এই আলোচনাটি কীভাবে অনুসরণ করবেন, তা সংরক্ষণ করা হয়েছে।
forum-email-reply-subject = “{ $title }” আলোচনায় নতুন উত্তর
forum-email-reply-intro = কেউ ফোরামের “{ $title }” আলোচনায় উত্তর দিয়েছেন ({ $number } নং পোস্ট)।
forum-email-reply-action = উত্তরটি পড়ুন
forum-email-digest-subject = { $count ->
    [one] আপনার অনুসরণ করা ফোরামের একটি আলোচনায় নতুন পোস্ট
   *[other] আপনার অনুসরণ করা ফোরামের { $count }টি আলোচনায় নতুন পোস্ট
}
forum-email-digest-intro = আপনার আগের সারসংক্ষেপের পর থেকে আপনার অনুসরণ করা আলোচনাগুলোতে নতুন পোস্ট এসেছে:
forum-email-digest-thread = “{ $title }”: { $count }টি নতুন পোস্ট, { $url } থেকে পড়া শুরু করুন
forum-email-footer = আপনি Ponte-এ কোনো ফোরামের একটি আলোচনা অনুসরণ করছেন বলে এই ইমেইলটি পাচ্ছেন। এই ইমেইলগুলো পাওয়া বন্ধ করতে { $url } খুলুন।
