## পাতার কাঠামো, নেভিগেশন ও সাধারণ শব্দ।

core-skip-to-content = মূল বিষয়বস্তুতে চলে যান
core-tagline = আপনার পৌরসভার অন্তর্ভুক্তি পরিকল্পনা সবাই মিলে তৈরি করুন
core-footer-nav = সাইটের লিংক
core-nav-plans = পরিকল্পনা
core-nav-accessibility = প্রবেশগম্যতা বিবৃতি
core-footer-about = Ponte একটি ওপেন সোর্স প্ল্যাটফর্ম। এখানে পৌরসভাগুলো বাসিন্দা, অভিবাসী ও তাঁদের সংগঠনের সাথে মিলে অভিবাসীদের অন্তর্ভুক্তির পরিকল্পনা তৈরি করে।
core-language-picker = ভাষা
core-fallback-note = (এখনো অনুবাদ হয়নি: { $language } ভাষায় দেখানো হচ্ছে।)
core-back-home = প্রথম পাতায় ফিরে যান
core-loading = লোড হচ্ছে…
core-breadcrumbs = আপনি এখানে আছেন
core-unknown = উল্লেখ নেই
core-period = { $start } থেকে { $end } পর্যন্ত
core-date = { $day } { $month }, { $year }
core-month-1 = জানুয়ারি
core-month-2 = ফেব্রুয়ারি
core-month-3 = মার্চ
core-month-4 = এপ্রিল
core-month-5 = মে
core-month-6 = জুন
core-month-7 = জুলাই
core-month-8 = আগস্ট
core-month-9 = সেপ্টেম্বর
core-month-10 = অক্টোবর
core-month-11 = নভেম্বর
core-month-12 = ডিসেম্বর
