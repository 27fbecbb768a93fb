"""Word lists for demo data: Thai, Chinese and English names, companies, places and texts.

Each native word carries a romanised form used for e-mail addresses and web sites.
"""

# Tables of short words read best one row per line; wide CJK characters count double.
# ruff: noqa: E501

from __future__ import annotations

# (Thai, romanised)
THAI_GIVEN: tuple[tuple[str, str], ...] = (
    ("สมชาย", "somchai"), ("สมศักดิ์", "somsak"), ("สมหญิง", "somying"), ("วิชัย", "wichai"),
    ("ประเสริฐ", "prasert"), ("สุดารัตน์", "sudarat"), ("นภา", "napha"), ("กมล", "kamon"),
    ("อนุชา", "anucha"), ("ปิยะ", "piya"), ("ธนากร", "thanakorn"), ("ณัฐพล", "nattapon"),
    ("พิมพ์ชนก", "pimchanok"), ("ศิริพร", "siriporn"), ("วรรณา", "wanna"), ("สุนทร", "sunthorn"),
    ("จิราพร", "jiraporn"), ("ชัยวัฒน์", "chaiwat"), ("ธีรศักดิ์", "theerasak"), ("อรุณี", "arunee"),
    ("กิตติ", "kitti"), ("มาลี", "malee"), ("ปรีชา", "preecha"), ("รัตนา", "rattana"),
    ("เกศินี", "kesinee"), ("ไพโรจน์", "phairoj"), ("อำไพ", "ampai"), ("บุญมี", "boonmee"),
    ("เพ็ญศรี", "pensri"), ("วีระ", "weera"), ("สุรชัย", "surachai"), ("อภิชาติ", "apichat"),
    ("ภัทรา", "phattra"), ("นิตยา", "nittaya"), ("ยุทธนา", "yuttana"), ("เอกชัย", "ekachai"),
    ("ดารุณี", "darunee"), ("กัลยา", "kanlaya"), ("ศุภชัย", "supachai"), ("ใจทิพย์", "jaitip"),
)  # fmt: skip
THAI_FAMILY: tuple[tuple[str, str], ...] = (
    ("ใจดี", "jaidee"), ("รักไทย", "rakthai"), ("ศรีสุข", "srisuk"), ("วงศ์สวัสดิ์", "wongsawat"),
    ("สุขประเสริฐ", "sukprasert"), ("ทองคำ", "thongkham"), ("แสงทอง", "saengthong"),
    ("บุญเรือง", "boonruang"), ("เจริญผล", "charoenphon"), ("พงษ์พันธ์", "phongphan"),
    ("ชัยมงคล", "chaimongkhon"), ("กิตติวงศ์", "kittiwong"), ("ศรีวิไล", "sriwilai"),
    ("มั่นคง", "mankhong"), ("อินทร์แก้ว", "inkaew"), ("ปัญญาดี", "panyadee"), ("สายบุญ", "saiboon"),
    ("นาคสุข", "naksuk"), ("เพชรรัตน์", "phetcharat"), ("วัฒนชัย", "wattanachai"),
    ("รุ่งเรือง", "rungruang"), ("ธนาสมบัติ", "thanasombat"), ("ลิ้มเจริญ", "limcharoen"),
    ("แซ่ตั้ง", "saetang"), ("แซ่ลิ้ม", "saelim"), ("อุดมสุข", "udomsuk"), ("สมบูรณ์", "somboon"),
    ("ประเสริฐวงศ์", "prasertwong"), ("จันทร์เพ็ญ", "chanphen"), ("ทรัพย์มาก", "sapmak"),
)  # fmt: skip

# (Traditional, Simplified, romanised)
CHINESE_FAMILY: tuple[tuple[str, str, str], ...] = (
    ("王", "王", "wang"), ("李", "李", "li"), ("張", "张", "zhang"), ("劉", "刘", "liu"),
    ("陳", "陈", "chen"), ("楊", "杨", "yang"), ("黃", "黄", "huang"), ("趙", "赵", "zhao"),
    ("吳", "吴", "wu"), ("周", "周", "zhou"), ("林", "林", "lin"), ("許", "许", "xu"),
    ("鄭", "郑", "zheng"), ("謝", "谢", "xie"), ("郭", "郭", "guo"), ("何", "何", "he"),
    ("蔡", "蔡", "cai"), ("曾", "曾", "zeng"), ("蕭", "萧", "xiao"), ("羅", "罗", "luo"),
    ("高", "高", "gao"), ("孫", "孙", "sun"), ("馬", "马", "ma"), ("朱", "朱", "zhu"),
    ("胡", "胡", "hu"), ("梁", "梁", "liang"), ("宋", "宋", "song"), ("歐陽", "欧阳", "ouyang"),
    ("司馬", "司马", "sima"), ("葉", "叶", "ye"),
)  # fmt: skip
CHINESE_GIVEN: tuple[tuple[str, str, str], ...] = (
    ("小明", "小明", "xiaoming"), ("志明", "志明", "zhiming"), ("淑芬", "淑芬", "shufen"),
    ("美玲", "美玲", "meiling"), ("建國", "建国", "jianguo"), ("偉", "伟", "wei"),
    ("芳", "芳", "fang"), ("秀英", "秀英", "xiuying"), ("家豪", "家豪", "jiahao"),
    ("俊傑", "俊杰", "junjie"), ("怡君", "怡君", "yijun"), ("雅婷", "雅婷", "yating"),
    ("宗翰", "宗翰", "zonghan"), ("冠宇", "冠宇", "guanyu"), ("麗華", "丽华", "lihua"),
    ("文傑", "文杰", "wenjie"), ("靜怡", "静怡", "jingyi"), ("國強", "国强", "guoqiang"),
    ("海燕", "海燕", "haiyan"), ("子涵", "子涵", "zihan"), ("浩然", "浩然", "haoran"),
    ("欣怡", "欣怡", "xinyi"), ("明輝", "明辉", "minghui"), ("佳穎", "佳颖", "jiaying"),
    ("嘉欣", "嘉欣", "jiaxin"), ("思遠", "思远", "siyuan"), ("志強", "志强", "zhiqiang"),
    ("玉蘭", "玉兰", "yulan"), ("承恩", "承恩", "chengen"), ("宇軒", "宇轩", "yuxuan"),
)  # fmt: skip

ENGLISH_GIVEN: tuple[str, ...] = (
    "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah", "Daniel", "Karen",
    "Matthew", "Nancy", "Anthony", "Emily", "Mark", "Laura", "Paul", "Olivia", "Andrew", "Sophie",
    "Peter", "Chloé", "José", "Zoë", "Björn", "Renée", "André", "François",
)  # fmt: skip
ENGLISH_FAMILY: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Walker", "Müller", "O'Brien", "García", "Nguyen", "Schmidt", "Dubois", "Kowalski",
    "Andersson", "MacDonald", "Fernández",
)  # fmt: skip

TITLES: dict[str, tuple[str, ...]] = {
    "th": ("ผู้จัดการฝ่ายขาย", "ผู้อำนวยการ", "กรรมการผู้จัดการ", "เจ้าหน้าที่จัดซื้อ", "วิศวกร",
           "นักบัญชี", "ผู้จัดการทั่วไป", "Sales Manager", "Marketing Manager"),
    "tw": ("總經理", "業務經理", "採購專員", "工程師", "財務長", "行銷經理", "Sales Director"),
    "cn": ("总经理", "销售经理", "采购专员", "工程师", "财务总监", "市场经理", "Product Manager"),
    "en": ("Sales Manager", "Purchasing Manager", "CEO", "CFO", "Engineer", "Office Manager",
           "Account Executive", "Operations Director"),
}  # fmt: skip

# Company name parts: (native, romanised) brand words and industries per culture.
THAI_BRANDS: tuple[tuple[str, str], ...] = (
    ("สยาม", "siam"), ("ไทย", "thai"), ("กรุงเทพ", "krungthep"), ("ล้านนา", "lanna"),
    ("เจริญ", "charoen"), ("รุ่งเรือง", "rungruang"), ("ศรีสยาม", "srisiam"), ("ทองไทย", "thongthai"),
    ("มหานคร", "mahanakhon"), ("อุดมสุข", "udomsuk"), ("พัฒนา", "pattana"), ("สุขสันต์", "suksan"),
    ("เอเชีย", "asia"), ("แปซิฟิก", "pacific"), ("ชัยพร", "chaiporn"), ("บูรพา", "burapha"),
    ("อันดามัน", "andaman"), ("เจ้าพระยา", "chaophraya"), ("อีสาน", "isan"), ("ทักษิณ", "thaksin"),
    ("ศรีนคร", "srinakhon"), ("นวกิจ", "nawakit"), ("ไทยเจริญ", "thaicharoen"), ("รัตนโกสินทร์", "rattanakosin"),
    ("สุวรรณ", "suwan"), ("มงคล", "mongkhon"), ("เพชรไทย", "phetthai"), ("ธนา", "thana"),
    ("ไทยรุ่ง", "thairung"), ("สหไทย", "sahathai"), ("ยูไนเต็ด", "united"), ("โกลเด้น", "golden"),
    ("ซุปเปอร์", "super"), ("สตาร์", "star"), ("แกรนด์", "grand"), ("โกลบอล", "global"),
    ("นิว", "new"), ("พรีเมียร์", "premier"), ("รอยัล", "royal"), ("ไทยวัฒนา", "thaiwattana"),
)  # fmt: skip
THAI_INDUSTRIES: tuple[tuple[str, str, str], ...] = (
    ("เทรดดิ้ง", "trading", "Trading"), ("อินเตอร์เนชั่นแนล", "inter", "Trading"),
    ("ก่อสร้าง", "construction", "Construction"), ("อาหาร", "food", "Food"),
    ("ซอฟต์แวร์", "software", "Software"), ("โลจิสติกส์", "logistics", "Logistics"),
    ("เคมีภัณฑ์", "chemical", "Chemicals"), ("การพิมพ์", "printing", "Printing"),
    ("ยานยนต์", "auto", "Automotive"), ("เกษตรภัณฑ์", "agro", "Agriculture"),
    ("พลาสติก", "plastic", "Plastics"), ("อิเล็กทรอนิกส์", "electronics", "Electronics"),
    ("เอ็นจิเนียริ่ง", "engineering", "Engineering"), ("การแพทย์", "medical", "Healthcare"),
    ("แฟชั่น", "fashion", "Textiles"), ("พร็อพเพอร์ตี้", "property", "Real estate"),
    ("เฟอร์นิเจอร์", "furniture", "Furniture"), ("บรรจุภัณฑ์", "packaging", "Packaging"),
    ("ประกันภัย", "insurance", "Insurance"), ("ท่องเที่ยว", "travel", "Travel"),
    ("พลังงาน", "energy", "Energy"), ("สิ่งทอ", "textile", "Textiles"),
    ("เครื่องจักร", "machinery", "Machinery"), ("คอนซัลติ้ง", "consulting", "Consulting"),
    ("ดิจิทัล", "digital", "IT services"),
)  # fmt: skip
THAI_FORMS: tuple[str, ...] = (
    "บริษัท {b}{i} จำกัด", "บริษัท {b} {i} จำกัด (มหาชน)", "บริษัท {b}{i} กรุ๊ป จำกัด",
    "ห้างหุ้นส่วนจำกัด {b}{i}", "บริษัท {b}{i} (ประเทศไทย) จำกัด", "บริษัท {b} {i} โฮลดิ้งส์ จำกัด",
    "บริษัท {b}{i} ซัพพลาย จำกัด", "บริษัท {b}{i} เซอร์วิส จำกัด", "บริษัท {b}{i} แอนด์ ซันส์ จำกัด",
    "บริษัท {b}{i} ไทย จำกัด",
)  # fmt: skip

# (Traditional, Simplified, romanised)
CHINESE_BRANDS: tuple[tuple[str, str, str], ...] = (
    ("華", "华", "hua"), ("興", "兴", "xing"), ("昌", "昌", "chang"), ("盛", "盛", "sheng"),
    ("泰", "泰", "tai"), ("聯", "联", "lian"), ("永", "永", "yong"), ("東", "东", "dong"),
    ("金", "金", "jin"), ("新", "新", "xin"), ("大", "大", "da"), ("中", "中", "zhong"),
    ("鴻", "鸿", "hong"), ("宏", "宏", "hong"), ("信", "信", "xin"), ("德", "德", "de"),
    ("順", "顺", "shun"), ("豐", "丰", "feng"), ("源", "源", "yuan"), ("安", "安", "an"),
    ("美", "美", "mei"), ("富", "富", "fu"), ("達", "达", "da"), ("寶", "宝", "bao"),
)  # fmt: skip
CHINESE_INDUSTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("科技", "科技", "tech", "Technology"), ("電子", "电子", "elec", "Electronics"),
    ("貿易", "贸易", "trading", "Trading"), ("實業", "实业", "industrial", "Manufacturing"),
    ("建設", "建设", "build", "Construction"), ("食品", "食品", "food", "Food"),
    ("物流", "物流", "logistics", "Logistics"), ("機械", "机械", "machinery", "Machinery"),
    ("化工", "化工", "chem", "Chemicals"), ("紡織", "纺织", "textile", "Textiles"),
    ("塑膠", "塑胶", "plastic", "Plastics"), ("生技", "生物", "bio", "Healthcare"),
    ("資訊", "信息", "info", "IT services"), ("精密", "精密", "precision", "Machinery"),
    ("光電", "光电", "opto", "Electronics"), ("汽車", "汽车", "auto", "Automotive"),
    ("能源", "能源", "energy", "Energy"), ("包裝", "包装", "pack", "Packaging"),
)  # fmt: skip
CHINESE_FORMS: tuple[str, ...] = ("{b}{i}有限公司", "{b}{i}股份有限公司", "{b}{i}集團有限公司")

ENGLISH_BRANDS: tuple[str, ...] = (
    "Siam", "Pacific", "Golden", "Orient", "Summit", "Lotus", "Harbor", "Evergreen", "Northstar",
    "Blue River", "Jade", "Phoenix", "Apex", "Crown", "Silverline", "Bamboo", "Monsoon", "Mekong",
    "Horizon", "Riverside", "Andaman", "Emerald", "Sapphire", "Orchid", "Tiger", "Dragon",
    "Sunrise", "Coral", "Pinnacle", "Atlas", "Meridian", "Keystone", "Beacon", "Cedar",
)  # fmt: skip
ENGLISH_INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("Trading", "Trading"), ("Logistics", "Logistics"), ("Software", "Software"),
    ("Engineering", "Engineering"), ("Foods", "Food"), ("Textiles", "Textiles"),
    ("Electronics", "Electronics"), ("Holdings", "Holding"), ("Consulting", "Consulting"),
    ("Chemicals", "Chemicals"), ("Plastics", "Plastics"), ("Motors", "Automotive"),
    ("Printing", "Printing"), ("Packaging", "Packaging"), ("Solutions", "IT services"),
    ("Medical", "Healthcare"), ("Energy", "Energy"), ("Marine", "Logistics"),
)  # fmt: skip
ENGLISH_FORMS: tuple[str, ...] = (
    "{b} {i} Co., Ltd.", "{b} {i} Ltd.", "{b} {i} Inc.", "{b} {i} International Co., Ltd.",
    "{b} {i} (Thailand) Co., Ltd.", "{b} {i} Asia Pte. Ltd.", "{b} {i} Group", "{b} & Sons {i}",
)  # fmt: skip

# (city, region, postal code prefix, country, street templates)
CITIES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "th": (
        ("กรุงเทพมหานคร", "", "10", "ประเทศไทย"), ("Bangkok", "", "10", "Thailand"),
        ("เชียงใหม่", "เชียงใหม่", "50", "ประเทศไทย"), ("Chiang Mai", "Chiang Mai", "50", "Thailand"),
        ("ขอนแก่น", "ขอนแก่น", "40", "ประเทศไทย"), ("ภูเก็ต", "ภูเก็ต", "83", "ประเทศไทย"),
        ("นนทบุรี", "นนทบุรี", "11", "ประเทศไทย"), ("ชลบุรี", "ชลบุรี", "20", "ประเทศไทย"),
        ("หาดใหญ่", "สงขลา", "90", "ประเทศไทย"), ("Pattaya", "Chon Buri", "20", "Thailand"),
    ),
    "tw": (
        ("台北市", "", "1", "台灣"), ("新北市", "", "2", "台灣"), ("台中市", "", "4", "台灣"),
        ("高雄市", "", "8", "台灣"), ("新竹市", "", "3", "台灣"), ("Taipei", "", "1", "Taiwan"),
    ),
    "cn": (
        ("上海市", "", "20", "中国"), ("北京市", "", "10", "中国"), ("深圳市", "广东省", "51", "中国"),
        ("广州市", "广东省", "51", "中国"), ("杭州市", "浙江省", "31", "中国"),
        ("成都市", "四川省", "61", "中国"), ("Shanghai", "", "20", "China"),
    ),
    "en": (
        ("New York", "NY", "100", "USA"), ("San Francisco", "CA", "941", "USA"),
        ("Seattle", "WA", "981", "USA"), ("Los Angeles", "CA", "900", "USA"),
        ("Chicago", "IL", "606", "USA"), ("Singapore", "", "0", "Singapore"),
        ("London", "", "", "United Kingdom"),
    ),
}  # fmt: skip
STREETS: dict[str, tuple[str, ...]] = {
    "th": ("{n}/{m} ถนนสุขุมวิท", "{n} ซอยลาดพร้าว {m}", "{n}/{m} ถนนพระราม 9", "{n} ถนนนิมมานเหมินท์",
           "{n}/{m} ถนนสีลม", "{n} Sukhumvit Soi {m}"),
    "tw": ("信義路五段{n}號", "忠孝東路四段{n}號{m}樓", "中山北路二段{n}號", "民生東路三段{n}巷{m}號"),
    "cn": ("南京西路{n}号", "淮海中路{n}号{m}楼", "深南大道{n}号", "建国门外大街{n}号"),
    "en": ("{n} Market St", "{n} Broadway, Suite {m}", "{n} Pine Street", "{n} Orchard Road"),
}  # fmt: skip

TAGS: dict[str, tuple[str, ...]] = {
    "th": ("ลูกค้าใหม่", "ตัวแทนจำหน่าย", "VIP", "งานแสดงสินค้า", "ลูกค้าประจำ"),
    "tw": ("潛在客戶", "經銷商", "VIP", "展覽會", "老客戶"),
    "cn": ("潜在客户", "经销商", "VIP", "展会", "老客户"),
    "en": ("Prospect", "Distributor", "VIP", "Trade show", "Newsletter", "Key account"),
}  # fmt: skip
SOURCES: tuple[str, ...] = ("Web site", "Referral", "Trade show", "Cold call", "LINE", "WeChat")
FREE_MAIL: dict[str, tuple[str, ...]] = {
    "th": ("gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"),
    "tw": ("gmail.com", "yahoo.com.tw", "hinet.net", "outlook.com"),
    "cn": ("qq.com", "163.com", "126.com", "sina.com"),
    "en": ("gmail.com", "outlook.com", "yahoo.com", "icloud.com"),
}
TLD: dict[str, str] = {"th": "co.th", "tw": "com.tw", "cn": "com.cn", "en": "com"}

# What activities are about, by culture and kind.
REGARDING: dict[str, dict[str, tuple[str, ...]]] = {
    "th": {
        "call": ("โทรติดตามใบเสนอราคา", "โทรแนะนำสินค้าใหม่", "โทรนัดประชุม", "โทรสอบถามความพึงพอใจ"),
        "meeting": ("ประชุมนำเสนอสินค้า", "ประชุมสรุปสัญญา", "เยี่ยมลูกค้าที่สำนักงาน", "สาธิตระบบ"),
        "todo": ("ส่งใบเสนอราคา", "เตรียมสัญญา", "ส่งตัวอย่างสินค้า", "ออกใบแจ้งหนี้"),
        "email": ("ส่งแคตตาล็อกทางอีเมล", "อีเมลยืนยันการสั่งซื้อ"),
        "letter": ("ส่งจดหมายขอบคุณ", "ส่งหนังสือรับรอง"),
    },
    "tw": {
        "call": ("電話追蹤報價", "電話介紹新產品", "電話約見面", "客戶滿意度回訪"),
        "meeting": ("產品簡報會議", "合約洽談", "拜訪客戶辦公室", "系統展示"),
        "todo": ("寄送報價單", "準備合約", "寄送樣品", "開立發票"),
        "email": ("寄送產品目錄", "確認訂單郵件"),
        "letter": ("寄送感謝函", "寄送證明文件"),
    },
    "cn": {
        "call": ("电话跟进报价", "电话介绍新产品", "电话预约会面", "客户满意度回访"),
        "meeting": ("产品介绍会议", "合同洽谈", "拜访客户办公室", "系统演示"),
        "todo": ("发送报价单", "准备合同", "寄送样品", "开具发票"),
        "email": ("发送产品目录", "确认订单邮件"),
        "letter": ("寄送感谢信", "寄送证明文件"),
    },
    "en": {
        "call": ("Follow-up call on quote", "Intro call: new product line", "Call to book a meeting",
                 "Check-in call"),
        "meeting": ("Product demo", "Contract negotiation", "Quarterly business review",
                    "Site visit"),
        "todo": ("Send proposal", "Prepare contract", "Ship samples", "Send invoice"),
        "email": ("Email catalogue", "Order confirmation email"),
        "letter": ("Thank-you letter", "Send certificate"),
    },
}  # fmt: skip
OUTCOMES: dict[str, tuple[str, ...]] = {
    "th": ("ลูกค้าสนใจ ขอใบเสนอราคา", "ไม่รับสาย จะโทรใหม่", "ตกลงนัดประชุมครั้งถัดไป",
           "ขอส่วนลดเพิ่ม 5%", "ส่งเรียบร้อยแล้ว"),
    "tw": ("客戶有興趣，要求報價", "未接電話，稍後再撥", "約定下次會議", "要求額外折扣", "已寄出"),
    "cn": ("客户有兴趣，要求报价", "未接电话，稍后再拨", "约定下次会议", "要求额外折扣", "已发送"),
    "en": ("Interested, asked for a quote", "Left voicemail", "Agreed next meeting",
           "Asked for a 5% discount", "Done"),
}  # fmt: skip
DEALS: dict[str, tuple[str, ...]] = {
    "th": ("ระบบ POS {n} สาขา", "สัญญาบำรุงรักษารายปี", "จัดซื้อเครื่องจักร {n} เครื่อง",
           "โครงการ ERP", "ขยายคลังสินค้า"),
    "tw": ("年度維護合約", "ERP 導入專案", "採購 {n} 台設備", "門市 POS 系統 {n} 店", "倉儲擴建"),
    "cn": ("年度维护合同", "ERP 实施项目", "采购 {n} 台设备", "门店 POS 系统 {n} 家", "仓储扩建"),
    "en": ("Annual maintenance contract", "ERP rollout", "{n} forklifts", "POS for {n} stores",
           "Warehouse expansion"),
}  # fmt: skip
LOST_REASONS: dict[str, tuple[str, ...]] = {
    "th": ("ราคาสูงกว่าคู่แข่ง", "ลูกค้าเลื่อนโครงการ", "งบประมาณไม่พอ"),
    "tw": ("選擇了競爭對手", "預算被刪減", "專案延後"),
    "cn": ("选择了竞争对手", "预算被削减", "项目延期"),
    "en": ("Chose a competitor", "Budget cut", "Project postponed"),
}  # fmt: skip
WON_REASONS: dict[str, tuple[str, ...]] = {
    "th": ("บริการหลังการขายดี", "ราคาเหมาะสม"),
    "tw": ("售後服務佳", "價格合理"),
    "cn": ("售后服务好", "价格合理"),
    "en": ("Best service offer", "Good price"),
}  # fmt: skip
NOTES: dict[str, tuple[str, ...]] = {
    "th": ("ชอบคุยทาง LINE มากกว่าอีเมล", "ตัดสินใจร่วมกับฝ่ายบัญชี", "สนใจรุ่นใหม่ปีหน้า",
           "เคยซื้อผ่านตัวแทนจำหน่ายมาก่อน"),
    "tw": ("偏好用 LINE 聯絡", "需要財務部門一起決定", "對明年新款有興趣", "之前透過經銷商購買"),
    "cn": ("更喜欢用微信联系", "需要财务部门共同决定", "对明年新款感兴趣", "之前通过经销商购买"),
    "en": ("Prefers phone over email", "Decides together with finance",
           "Interested in next year's model", "Bought through a distributor before"),
}  # fmt: skip
