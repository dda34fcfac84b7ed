## ভিত্তি অংশ: অংশগ্রহণে মানুষ যা বলেছে, তার ভিত্তিতে একটি পদক্ষেপ কেন আছে।

evidence-heading = কেন এই পদক্ষেপ: মানুষ কী বলেছে
evidence-none = এই পদক্ষেপের সাথে এখনও অংশগ্রহণের কোনো ফলাফল যুক্ত করা হয়নি।
evidence-unavailable = এই পদক্ষেপের ভিত্তি এখন দেখানো যাচ্ছে না।
evidence-used-for = এই পদক্ষেপগুলোর ভিত্তি
evidence-link-summary = ভিত্তি হিসেবে একটি পদক্ষেপের সাথে যুক্ত করুন
evidence-measure-label = পদক্ষেপ
evidence-rationale-label = পদক্ষেপটির জন্য এটি কেন গুরুত্বপূর্ণ
evidence-rationale-hint = সহজ কথায় লিখুন: বাসিন্দারা এটি পদক্ষেপের পাতায় পড়বেন।
evidence-link-submit = যুক্ত করুন
evidence-unlink = এই সংযোগটি সরিয়ে দিন
evidence-kind-survey_question = জরিপ ({ $count })
evidence-kind-focus_group_finding = ফোকাস গ্রুপ ({ $count })
evidence-source-survey_question = জরিপ থেকে
evidence-source-focus_group_finding = ফোকাস গ্রুপ থেকে
evidence-kind-forum_outcome = ফোরাম ({ $count })
evidence-source-forum_outcome = ফোরামের আলোচনা থেকে
