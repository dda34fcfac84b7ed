## 页面布局、导航和通用词语。

core-skip-to-content = 跳到主要内容
core-tagline = 一起制定您所在市镇的融入计划
core-footer-nav = 网站链接
core-nav-plans = 计划
core-nav-accessibility = 无障碍声明
core-footer-about = Ponte 是一个开源平台，市镇可以在这里与居民、移民及其协会一起制定市镇移民融入计划。
core-language-picker = 语言
core-fallback-note = （尚未翻译：以{ $language }显示。）
core-back-home = 返回首页
core-loading = 正在加载…
core-breadcrumbs = 您的位置
core-unknown = 未说明
core-period = { $start }至{ $end }
core-date = { $year }年{ $month }{ $day }日
core-month-1 = 1月
core-month-2 = 2月
core-month-3 = 3月
core-month-4 = 4月
core-month-5 = 5月
core-month-6 = 6月
core-month-7 = 7月
core-month-8 = 8月
core-month-9 = 9月
core-month-10 = 10月
core-month-11 = 11月
core-month-12 = 12月
