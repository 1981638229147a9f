// The seed plan (/work/shared/seeds/ip-plan-2022-2023.txt) as a parsed plan, written out by hand so
// progress tests do not depend on the plan parser.
import type { ParsedPlan } from '../../electron/shared/types';

export const SEED_PLAN: ParsedPlan = {
  "title": "2022-2023年工作要点",
  "description": "根据《省政府和国家知识产权局共建高质量转型发展知识产权强省实施方案》(晋政发〔2022〕20号),制定2022-2023年工作要点。",
  "startYear": 2022,
  "endYear": 2023,
  "sections": [
    {
      "numeral": "一",
      "title": "集聚资源加快知识产权强省建设"
    },
    {
      "numeral": "二",
      "title": "大力推进知识产权保护体系建设"
    },
    {
      "numeral": "三",
      "title": "聚力推动知识产权支撑产业转型发展"
    },
    {
      "numeral": "四",
      "title": "全力打造知识产权助力乡村振兴样板"
    },
    {
      "numeral": "五",
      "title": "深入开展“蓝天”行动"
    },
    {
      "numeral": "六",
      "title": "健全知识产权信息公共服务体系"
    },
    {
      "numeral": "七",
      "title": "加强知识产权人才交流与培养"
    }
  ],
  "tasks": [
    {
      "seq": "1",
      "sectionIndex": 0,
      "content": "强化知识产权评估顶层设计与区域协同,高标准建设知识产权强省,服务支撑高质量转型发展。贯彻实施《省知识产权强省建设纲要》《省“十四五”知识产权保护和运用规划》。加大《省知识产权保护工作条例》实施力度。",
      "responsibilityText": "省知识产权局牵头,省知识产权战略实施工作领导小组各成员单位按职责分工负责;国家知识产权局联席办、战略规划司等按职责分工负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省知识产权战略实施工作领导小组各成员单位"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局联席办",
          "国家知识产权局战略规划司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "2",
      "sectionIndex": 0,
      "content": "支持高标准建设知识产权强市,支持城市,区创建国家知识产权强县建设试点县,支持转型综合改革示范区创建国家级知识产权强国建设试点园区。",
      "responsibilityText": "省知识产权局负责,国家知识产权局运用促进司负责。2022年12月底前完成",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": "2022-12-31",
      "deadlineText": "2022年12月底前完成",
      "continuous": false,
      "warnings": []
    },
    {
      "seq": "3",
      "sectionIndex": 1,
      "content": "扎实推进知识产权保护中心软硬件建设,面向“六新”和战略性新兴产业,构建知识产权快速协同保护体系,实现专利快速预审、快速确权和快速维权。",
      "responsibilityText": "省知识产权局负责,国家知识产权局保护司负责。2022年12月底前完成",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [],
        "national": [
          "国家知识产权局保护司"
        ]
      },
      "deadline": "2022-12-31",
      "deadlineText": "2022年12月底前完成",
      "continuous": false,
      "warnings": []
    },
    {
      "seq": "4",
      "sectionIndex": 1,
      "content": "积极申报海外知识产权纠纷应对指导中心分中心。",
      "responsibilityText": "省知识产权局牵头,省贸促会配合;国家知识产权局保护司负责。2023年12月底前完成",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [
          "省贸促会"
        ],
        "national": [
          "国家知识产权局保护司"
        ]
      },
      "deadline": "2023-12-31",
      "deadlineText": "2023年12月底前完成",
      "continuous": false,
      "warnings": []
    },
    {
      "seq": "5",
      "sectionIndex": 1,
      "content": "建立省市县三级知识产权维权援助体系。严格依法查处侵犯知识产权违法行为。加大专利侵权行政裁决工作力度。深化中部六省、华北五省等跨地区跨部门行政保护协作机制,推动建立行政调解司法确认机制。",
      "responsibilityText": "省法院、省检察院、省公安厅、省司法厅、省知识产权局按职责分工负责,国家知识产权局保护司负责。2023年12月底前完成",
      "units": {
        "lead": [],
        "joint": [
          "省法院",
          "省检察院",
          "省公安厅",
          "省司法厅",
          "省知识产权局"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局保护司"
        ]
      },
      "deadline": "2023-12-31",
      "deadlineText": "2023年12月底前完成",
      "continuous": false,
      "warnings": []
    },
    {
      "seq": "6",
      "sectionIndex": 2,
      "content": "聚焦新兴产业和“卡脖子”任务清单,建立以产业数据、专利数据为基础的专利导航决策机制,积极支持建设专利导航服务基地。实施高价值专利培育工程,强化新兴产业和未来产业知识产权前瞻布局和战略储备。",
      "responsibilityText": "省知识产权局牵头,省科技厅、省工信厅按职责分工负责;国家知识产权局运用促进司负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省科技厅",
          "省工信厅"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "7",
      "sectionIndex": 2,
      "content": "实施专利转化专项计划,充分发挥资源优势,激发高校、院所专利转化活力,主动对接中小企业实际需求,促进专利转化实施。",
      "responsibilityText": "省知识产权局牵头,省财政厅、省小企业局等按职责分工负责;国家知识产权局运用促进司负责。2023年12月底前完成",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省财政厅",
          "省小企业局"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": "2023-12-31",
      "deadlineText": "2023年12月底前完成",
      "continuous": false,
      "warnings": []
    },
    {
      "seq": "8",
      "sectionIndex": 2,
      "content": "加快太原知识产权运营服务体系重点城市建设。",
      "responsibilityText": "省知识产权局牵头,省财政厅、太原市政府、综改示范区管委会按职责分工负责;国家知识产权局运用促进司负责。2023年12月底前完成",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省财政厅",
          "太原市政府",
          "综改示范区管委会"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": "2023-12-31",
      "deadlineText": "2023年12月底前完成",
      "continuous": false,
      "warnings": []
    },
    {
      "seq": "9",
      "sectionIndex": 2,
      "content": "深入开展知识产权质押融资“入园惠企”行动,建立知识产权质押融资风险补偿机制,在有条件的地方探索设立知识产权质押贷款风险补偿金。",
      "responsibilityText": "省知识产权局牵头,省财政厅、省地方金融监管局、银保监局、人行太原中心支行按职责分工负责;国家知识产权局运用促进司负责。2023年12月底前完成",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省财政厅",
          "省地方金融监管局",
          "银保监局",
          "人行太原中心支行"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": "2023-12-31",
      "deadlineText": "2023年12月底前完成",
      "continuous": false,
      "warnings": []
    },
    {
      "seq": "10",
      "sectionIndex": 3,
      "content": "建设地理标志展示推广中心,积极创建商标品牌指导站,重点培育一批以“大同黄花”“隰县玉露香梨”“老陈醋”“吉县苹果”为代表的地理标志品牌,打造助力乡村振兴“绿色样板”。",
      "responsibilityText": "省知识产权局牵头,省农业农村厅、省商务厅按职责分工负责;国家知识产权局运用促进司负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省农业农村厅",
          "省商务厅"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "11",
      "sectionIndex": 3,
      "content": "争创国家地理标志产品保护示范区,积极争取承办全国性地理标志产品展示展销会。加强中医药地理标志标准化探索与实践,强化地域特色产品质量。",
      "responsibilityText": "省知识产权局牵头,省卫健委、各有关市县政府按职责分工负责;国家知识产权局保护司、运用促进司按职责分工负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省卫健委",
          "各有关市县政府"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局保护司",
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "12",
      "sectionIndex": 4,
      "content": "深入开展“蓝天”专项整治行动,加快遏制不以保护创新为目的的非正常专利申请代理行为,严厉打击不以使用为目的的恶意商标申请代理、无资质专利代理等违法违规行为。",
      "responsibilityText": "省知识产权局负责,国家知识产权局运用促进司负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "13",
      "sectionIndex": 4,
      "content": "逐级落实知识产权代理监管责任,加强监管人员力量和工作条件保障,加大监管工作力度,持续改善知识产权代理行业秩序。",
      "responsibilityText": "省知识产权局负责,国家知识产权局运用促进司负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [],
        "national": [
          "国家知识产权局运用促进司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "14",
      "sectionIndex": 5,
      "content": "优化省内知识产权公共服务节点、网点布局,进一步提高市级综合性知识产权公共服务机构覆盖率。",
      "responsibilityText": "省知识产权局负责,国家知识产权局公共服务司负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [],
        "national": [
          "国家知识产权局公共服务司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "15",
      "sectionIndex": 5,
      "content": "开展国家知识产权信息公共服务网点备案推荐和省级网点认定,加大对国家知识产权公共服务网和专利检索及分析系统推广使用力度。",
      "responsibilityText": "省知识产权局负责,国家知识产权局公共服务司负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [],
        "national": [
          "国家知识产权局公共服务司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "16",
      "sectionIndex": 5,
      "content": "推进知识产权公共服务节点、网点建设,在新建知识产权保护中心等机构时,增加知识产权信息公共服务职能。在有条件的商标业务受理窗口试点开展知识产权信息公共服务,提升知识产权公共服务便利化水平。",
      "responsibilityText": "省知识产权局负责,国家知识产权局公共服务司负责。持续推进",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [],
        "cooperating": [],
        "national": [
          "国家知识产权局公共服务司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "17",
      "sectionIndex": 6,
      "content": "对引进的海内外高层次人才和急需紧缺知识产权人才,可根据其专业、工作经历、学术技术水平和业绩贡献,直接认定相应职称。",
      "responsibilityText": "省知识产权局、省人社厅按职责分工负责,国家知识产权局人事司负责。持续推进",
      "units": {
        "lead": [],
        "joint": [
          "省知识产权局",
          "省人社厅"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局人事司"
        ]
      },
      "deadline": null,
      "deadlineText": "持续推进",
      "continuous": true,
      "warnings": []
    },
    {
      "seq": "18",
      "sectionIndex": 6,
      "content": "完善知识产权人才培养、评价激励、流动配置机制,支持大学、理工大学、师范学院等高校建立知识产权研究院。",
      "responsibilityText": "省知识产权局牵头,省委组织部、省教育厅、省人社厅按职责分工负责;国家知识产权局人事司负责。2023年12月底前完成",
      "units": {
        "lead": [
          "省知识产权局"
        ],
        "joint": [
          "省委组织部",
          "省教育厅",
          "省人社厅"
        ],
        "cooperating": [],
        "national": [
          "国家知识产权局人事司"
        ]
      },
      "deadline": "2023-12-31",
      "deadlineText": "2023年12月底前完成",
      "continuous": false,
      "warnings": []
    }
  ],
  "warnings": []
};
