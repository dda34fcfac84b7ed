## 计划功能：计划、领域、机构和措施草案。

plans-home-title = 移民融入计划
plans-home-intro = 各市镇正在和当地居民一起制定移民融入计划。请阅读措施草案，看看有哪些人和机构参与。
plans-home-empty = 这里还没有发布任何计划。

plans-kind-municipal = 市镇计划
plans-kind-intermunicipal = 跨市镇计划

plans-status-draft = 准备中
plans-status-draft-explained = 市镇正在起草计划。措施草案可能还会有很大变化。
plans-status-in_consultation = 公开征求意见中
plans-status-in_consultation-explained = 计划草案已经公开，所有人都可以阅读。居民、移民和协会的意见会用来改进各项措施。
plans-status-approved = 已批准
plans-status-approved-explained = 计划已获市镇机关批准，接下来将付诸实施。
plans-status-in_execution = 实施中
plans-status-in_execution-explained = 计划中的措施正在实施，并有专人跟进。
plans-status-evaluated = 已评估
plans-status-evaluated-explained = 计划已经结束，其成果已经过评估。

plans-field-status = 阶段
plans-field-kind = 计划类型
plans-field-promoter = 发起方
plans-field-period = 期限
plans-municipalities-heading = 市镇
plans-municipality = 市镇
plans-residents = 居民人数
plans-foreign-residents = 外国居民人数

plans-next-heading = 您现在可以做什么
plans-next-measures = 按领域阅读措施草案
plans-overview-measures = { $areas }个领域共{ $measures }项措施，其中{ $core }项为核心措施（1级）
plans-next-entities = 查看当地的服务机构和组织
plans-next-surveys = 填写问卷并查看结果
plans-entity-count = { $count }个组织

plans-levels-heading = 1级和2级是什么意思？
plans-level-1-badge = 1级 · 核心
plans-level-2-badge = 2级
plans-level-1-explained = 1级措施是计划的核心。市镇保证会实施这些措施。
plans-level-2-explained = 2级措施也在计划之中，但要看是否有资金和合作伙伴。

plans-areas-title = 领域和措施
plans-areas-intro = 计划按干预领域来组织。请选择一个领域，查看其中的措施草案。
plans-area-no-measures = 这个领域还没有措施草案。
plans-area-counts = { $measures }项措施草案，其中{ $core }项为核心措施
plans-area-measures-heading = 措施草案

plans-measure-status-draft = 草案
plans-measure-status-revised = 修订草案
plans-measure-status-final = 定稿
plans-measure-summary = 简介
plans-measure-description = 要做什么
plans-measure-objectives = 目标
plans-measure-indicators = 如何衡量进展
plans-measure-indicator = 指标
plans-measure-target = 目标值
plans-measure-timeline = 时间
plans-measure-responsible = 负责方
plans-measure-partners = 合作伙伴
plans-measure-no-partners = 还没有列出合作伙伴。
plans-measure-area = 领域

plans-entities-title = 当地的服务机构和组织
plans-entities-intro = 在本地现状调研中找到的组织：公共服务机构、学校、医疗卫生单位、协会等，以及它们提供的帮助。
plans-entities-all = 所有组织
plans-entities-in-area = 工作领域：{ $area }
plans-entities-filter-label = 工作领域
plans-entities-filter-all = 所有领域
plans-entities-filter-apply = 显示
plans-entity-services = 服务
plans-entity-areas = 工作领域

plans-entity-kind-municipality = 市政府
plans-entity-kind-intermunicipal = 跨市镇机构
plans-entity-kind-claim = 地方移民融入支援中心（CLAIM）
plans-entity-kind-association = 协会
plans-entity-kind-school = 学校
plans-entity-kind-health_unit = 医疗卫生单位
plans-entity-kind-employer = 雇主
plans-entity-kind-employment_service = 就业服务机构
plans-entity-kind-ngo = 非政府组织
plans-entity-kind-parish = 堂区委员会（Junta de Freguesia）
plans-entity-kind-media = 媒体
plans-entity-kind-other = 其他
plans-timeline-heading = 计划的制定过程
plans-timeline-empty = 这个过程的日期还没有确定。
plans-timeline-working-days = { $count }个工作日
plans-timeline-done = 已结束
plans-timeline-now = 进行中
plans-timeline-later = 尚未开始
plans-timeline-saved = 时间表已保存。
plans-timeline-add = 添加阶段
plans-timeline-kind = 阶段
plans-timeline-starts = 第一天
plans-timeline-ends = 最后一天
plans-timeline-or-days = 或者填写持续的工作日天数
plans-timeline-days-hint = 按行政期限的方式计算：周末和全国性节假日不计入。最后一天留空，就会按这个天数计算。
plans-timeline-add-submit = 添加这个阶段
plans-timeline-remove = 删除这个阶段
plans-phase-diagnosis = 本地现状调研
plans-phase-surveys = 问卷调查
plans-phase-focus-groups = 焦点小组
plans-phase-information-sessions = 信息说明会
plans-phase-consultation = 计划草案公开征求意见
plans-phase-forum = 论坛
plans-phase-approval = 批准
plans-phase-monitoring = 监测
