## تخطيط الصفحة والتنقل والكلمات المشتركة.

core-skip-to-content = الانتقال إلى المحتوى الرئيسي
core-tagline = لنُعِدّ معًا خطة الإدماج في بلديتك
core-footer-nav = روابط الموقع
core-nav-plans = الخطط
core-nav-accessibility = بيان إمكانية الوصول
core-footer-about = Ponte منصة مفتوحة المصدر. تستخدمها البلديات لإعداد خطط إدماج المهاجرين بالتعاون مع السكان والمهاجرين وجمعياتهم.
core-language-picker = اللغة
core-fallback-note = (لم يُترجم هذا النص بعد. لغة العرض: { $language }.)
core-back-home = العودة إلى الصفحة الرئيسية
core-loading = جارٍ التحميل…
core-breadcrumbs = أنت هنا
core-unknown = غير مذكور
core-period = من { $start } إلى { $end }
core-date = { $day } { $month } { $year }
core-month-1 = يناير
core-month-2 = فبراير
core-month-3 = مارس
core-month-4 = أبريل
core-month-5 = مايو
core-month-6 = يونيو
core-month-7 = يوليو
core-month-8 = أغسطس
core-month-9 = سبتمبر
core-month-10 = أكتوبر
core-month-11 = نوفمبر
core-month-12 = ديسمبر
