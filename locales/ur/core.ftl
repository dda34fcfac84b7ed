## صفحے کا ڈھانچہ، نیویگیشن اور مشترکہ الفاظ۔

core-skip-to-content = اصل مواد پر جائیں
core-tagline = اپنی بلدیہ کا انضمام کا منصوبہ مل کر بنائیں
core-footer-nav = سائٹ کے لنک
core-nav-plans = منصوبے
core-nav-accessibility = رسائی کا بیان
core-footer-about = Ponte ایک اوپن سورس پلیٹ فارم ہے۔ اس پر بلدیات رہائشیوں، تارکین وطن اور ان کی تنظیموں کے ساتھ مل کر تارکین وطن کے انضمام کے منصوبے بناتی ہیں۔
core-language-picker = زبان
core-fallback-note = (ابھی ترجمہ نہیں ہوا: { $language } میں دکھایا گیا ہے۔)
core-back-home = مرکزی صفحے پر واپس جائیں
core-loading = لوڈ ہو رہا ہے…
core-breadcrumbs = آپ یہاں ہیں
core-unknown = نہیں بتایا گیا
core-period = { $start } سے { $end } تک
core-date = { $day } { $month }، { $year }
core-month-1 = جنوری
core-month-2 = فروری
core-month-3 = مارچ
core-month-4 = اپریل
core-month-5 = مئی
core-month-6 = جون
core-month-7 = جولائی
core-month-8 = اگست
core-month-9 = ستمبر
core-month-10 = اکتوبر
core-month-11 = نومبر
core-month-12 = دسمبر
