# 开放数据：数据页面（/data），面向公众和开发者。
opendata-title = 开放数据
opendata-intro = 本网站所载计划的一切公开信息——各项措施、每个已发布的版本以及每项措施背后的依据——均以数据形式提供，任何人都可以再利用：居民、记者、研究人员以及其他系统。
opendata-licence = 可自由再利用这些数据，但须注明来源为该计划和本网站，许可协议为
opendata-personal = 其中不含任何个人信息：没有参与者或计划管理者的姓名、账户或地址。
opendata-plans-heading = 各计划的数据
opendata-col-plan = 计划
opendata-col-plan-data = 计划本身、其领域和各个版本
opendata-col-measures = 措施（最新版本）
opendata-col-evidence = 措施的依据
opendata-api-heading = 面向开发者：API
opendata-api = 只读的 JSON API（第 1 版），由一份 OpenAPI 文档描述。每个响应都会注明数据的最后修改时间，便于以很低的成本核对副本；任何网站都可以读取该 API。
opendata-openapi = API 的 OpenAPI 描述
opendata-all-plans = 所有计划（JSON 格式）
opendata-catalog-heading = 面向开放数据门户
opendata-catalog = 这些数据集的 DCAT-AP（JSON-LD）目录，可供国家开放数据门户等门户网站采集：
