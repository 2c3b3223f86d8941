"""News stories from the lines of effort, dated from June to November 2026."""

from news.models import NewsPage

from .articles import RELATED, article
from .membership import EUROPEAN_UNION, IRAQ, JORDAN, UNITED_STATES
from .spec import (
    T,
    bullets,
    call_to_action,
    document,
    heading,
    image,
    key_figures,
    paragraph,
    quote,
    related,
    same,
    tweet,
    video,
)
from .topics import FIGHTERS, FINANCING, MILITARY, PROPAGANDA, STABILISATION

TWELVE_YEARS = article(
    NewsPage,
    "twelve-years-together",
    "douze-ans-ensemble",
    T(
        "Twelve years on, 85 partners stand together against Daesh",
        "بعد اثني عشر عاماً، 85 شريكاً يقفون معاً في وجه داعش",
        "Douze ans après, 85 partenaires unis face à Daech",
    ),
    "2026-09-10",
    T(
        "Formed in September 2014, the Coalition has grown from a handful of countries to 85 "
        "members. Its work now turns to making the defeat of Daesh last.",
        "تأسس التحالف في أيلول/سبتمبر 2014، ونما من بضع دول إلى 85 عضواً. ويتجه عمله الآن إلى "
        "جعل هزيمة داعش دائمة.",
        "Créée en septembre 2014, la Coalition est passée de quelques pays à 85 membres. Son "
        "action vise désormais à rendre durable la défaite de Daech.",
    ),
    [MILITARY, STABILISATION],
    "news-twelve-years",
    [
        paragraph(
            T(
                "In September 2014, as Daesh seized cities across Iraq and Syria, a small group "
                "of countries decided to act together. Twelve years later, the Coalition counts "
                "85 members from every continent, and the territory Daesh once held has been "
                "liberated.",
                "في أيلول/سبتمبر 2014، وبينما كان داعش يستولي على المدن في العراق وسوريا، قررت "
                "مجموعة صغيرة من الدول أن تتحرك معاً. وبعد اثني عشر عاماً، يضم التحالف 85 عضواً "
                "من جميع القارات، وقد تحررت الأراضي التي كان داعش يسيطر عليها.",
                "En septembre 2014, alors que Daech s'emparait de villes en Irak et en Syrie, un "
                "petit groupe de pays a décidé d'agir ensemble. Douze ans plus tard, la Coalition "
                "compte 85 membres sur tous les continents, et les territoires autrefois tenus "
                "par Daech ont été libérés.",
            ),
            T(
                "The anniversary is a moment to remember the soldiers and civilians who paid "
                "the price of that victory, and to look at the work still ahead.",
                "وتشكّل الذكرى مناسبة لاستذكار الجنود والمدنيين الذين دفعوا ثمن هذا النصر، "
                "وللنظر في العمل الذي لا يزال ينتظرنا.",
                "Cet anniversaire est l'occasion de rendre hommage aux soldats et aux civils qui "
                "ont payé le prix de cette victoire, et de regarder le travail qui reste à "
                "accomplir.",
            ),
        ),
        key_figures(
            T("Twelve years in numbers", "اثنا عشر عاماً بالأرقام", "Douze ans en chiffres"),
            (same("85"), T("members", "عضواً", "membres")),
            (
                same("2014"),
                T("formed in September", "عام التأسيس في أيلول/سبتمبر", "création en septembre"),
            ),
            (
                same("100%"),
                T(
                    "of the territory Daesh held liberated",
                    "من الأراضي التي سيطر عليها داعش تحررت",
                    "du territoire tenu par Daech libéré",
                ),
            ),
        ),
        quote(
            T(
                "We defeated Daesh on the battlefield together. Now we must make sure it never "
                "finds a way back.",
                "لقد هزمنا داعش في ساحة المعركة معاً. وعلينا الآن أن نضمن ألا يجد طريقاً للعودة "
                "أبداً.",
                "Ensemble, nous avons vaincu Daech sur le champ de bataille. Nous devons "
                "maintenant veiller à ce qu'il ne trouve jamais le chemin du retour.",
            ),
            T("Daniel Brooks", "دانيال بروكس", "Daniel Brooks"),
            T(
                "Special Envoy of the United States to the Coalition",
                "المبعوث الخاص للولايات المتحدة لدى التحالف",
                "Envoyé spécial des États-Unis auprès de la Coalition",
            ),
        ),
        tweet("twelve-years"),
        call_to_action(
            T("What is the Coalition?", "ما هو التحالف؟", "Qu'est-ce que la Coalition ?"),
            T("Discover our mission", "اكتشفوا مهمتنا", "Découvrir notre mission"),
            T(
                "Eighty-five members, five lines of effort and one goal.",
                "خمسة وثمانون عضواً، وخمسة مسارات عمل، وهدف واحد.",
                "Quatre-vingt-cinq membres, cinq axes d'action et un seul objectif.",
            ),
            page="campaigns/one-mission-many-nations",
        ),
    ],
    partners=(IRAQ, UNITED_STATES),
)

WEST_MOSUL_WATER = article(
    NewsPage,
    "water-returns-west-mosul",
    "l-eau-revient-a-mossoul-ouest",
    T(
        "Clean water returns to neighbourhoods of west Mosul",
        "عودة المياه النظيفة إلى أحياء غرب الموصل",
        "L'eau potable revient dans les quartiers de l'ouest de Mossoul",
    ),
    "2026-11-12",
    T(
        "A rebuilt pumping station now serves some 200,000 residents, who had relied on water "
        "trucks since the city's liberation.",
        "تخدم محطة ضخ أُعيد بناؤها الآن نحو 200 ألف نسمة، كانوا يعتمدون على صهاريج المياه "
        "منذ تحرير المدينة.",
        "Une station de pompage reconstruite dessert désormais quelque 200 000 habitants, qui "
        "dépendaient de camions-citernes depuis la libération de la ville.",
    ),
    [STABILISATION],
    "news-west-mosul-water",
    [
        paragraph(
            T(
                "For years, families in the old neighbourhoods of west Mosul queued for water "
                "trucks. This month, taps run again: engineers have repaired the main pumping "
                "station and replaced kilometres of damaged pipes.",
                "لسنوات، اصطفّت العائلات في الأحياء القديمة من غرب الموصل أمام صهاريج المياه. "
                "وهذا الشهر عادت المياه تجري في الصنابير: فقد أصلح المهندسون محطة الضخ الرئيسية "
                "واستبدلوا كيلومترات من الأنابيب المتضررة.",
                "Pendant des années, les familles des vieux quartiers de l'ouest de Mossoul ont "
                "fait la queue devant les camions-citernes. Ce mois-ci, l'eau coule de nouveau "
                "aux robinets : les ingénieurs ont réparé la station de pompage principale et "
                "remplacé des kilomètres de canalisations endommagées.",
            ),
        ),
        image(
            "body-pump-station",
            T(
                "Abstract illustration: layers of blue hills under a pale sky, like water "
                "flowing downhill.",
                "رسم تجريدي: طبقات من التلال الزرقاء تحت سماء شاحبة، كأنها مياه تنساب نحو الأسفل.",
                "Illustration abstraite : des collines bleues superposées sous un ciel pâle, "
                "comme de l'eau qui descend la pente.",
            ),
            T(
                "The station was repaired by local engineers with funding from Coalition partners.",
                "أصلح مهندسون محليون المحطة بتمويل من شركاء التحالف.",
                "La station a été réparée par des ingénieurs locaux grâce au financement des "
                "partenaires de la Coalition.",
            ),
        ),
        paragraph(
            T(
                "The work was led by the city's water directorate. Coalition partners paid for "
                "equipment and training, so that the station can be run and maintained locally "
                "for years to come.",
                "قادت مديرية المياه في المدينة هذا العمل، وموّل شركاء التحالف المعدات "
                "والتدريب، حتى يتسنى تشغيل المحطة وصيانتها محلياً لسنوات مقبلة.",
                "Les travaux ont été conduits par la direction de l'eau de la ville. Les "
                "partenaires de la Coalition ont financé l'équipement et la formation, afin que "
                "la station puisse être exploitée et entretenue localement pendant des années.",
            ),
        ),
        tweet("west-mosul-water"),
        call_to_action(
            T("Stabilisation explained", "الاستقرار بالتفصيل", "La stabilisation expliquée"),
            T("Learn about our work", "تعرّفوا على عملنا", "Découvrir notre action"),
            T(
                "Why restoring water, power and schools matters for lasting security.",
                "لماذا تُعدّ إعادة المياه والكهرباء والمدارس مهمة لتحقيق أمن دائم.",
                "Pourquoi rétablir l'eau, l'électricité et les écoles compte pour une sécurité "
                "durable.",
            ),
            page="campaigns/this-generation-learns",
        ),
    ],
    partners=(IRAQ,),
)

TRACING_TRANSFERS = article(
    NewsPage,
    "tracing-illicit-transfers",
    "retracer-les-transferts-illicites",
    T(
        "Experts share new ways to trace illicit money transfers",
        "خبراء يتبادلون أساليب جديدة لتتبّع التحويلات المالية غير المشروعة",
        "Des experts partagent de nouvelles méthodes pour retracer les transferts illicites",
    ),
    "2026-11-05",
    T(
        "Financial investigators from twenty countries compared the methods that work against "
        "the small, scattered payments Daesh now relies on.",
        "قارن محققون ماليون من عشرين دولة الأساليب الناجعة في مواجهة المدفوعات الصغيرة "
        "والمتفرقة التي يعتمد عليها داعش الآن.",
        "Des enquêteurs financiers de vingt pays ont comparé les méthodes efficaces contre les "
        "paiements modestes et dispersés dont dépend désormais Daech.",
    ),
    [FINANCING],
    "news-tracing-transfers",
    [
        paragraph(
            T(
                "Daesh no longer sells oil or taxes whole cities. What it raises now comes in "
                "small amounts, moved through many hands. Investigators meeting this week agreed "
                "that the answer lies in sharing what each of them sees.",
                "لم يعد داعش يبيع النفط أو يفرض الضرائب على مدن بأكملها. فما يجمعه اليوم يأتي "
                "بمبالغ صغيرة تنتقل عبر أيدٍ كثيرة. واتفق المحققون الذين اجتمعوا هذا الأسبوع على "
                "أن الحل يكمن في تبادل ما يراه كل منهم.",
                "Daech ne vend plus de pétrole et ne taxe plus des villes entières. Ce qu'il "
                "collecte aujourd'hui arrive par petites sommes, qui passent par de nombreuses "
                "mains. Réunis cette semaine, les enquêteurs ont convenu que la réponse passe "
                "par le partage de ce que chacun observe.",
            ),
        ),
        heading(T("What works", "ما الذي ينجح", "Ce qui fonctionne")),
        paragraph(
            T(
                "Participants highlighted three practices:",
                "سلّط المشاركون الضوء على ثلاث ممارسات:",
                "Les participants ont retenu trois pratiques :",
            ),
            bullets(
                T(
                    "alerts shared quickly between financial intelligence units;",
                    "تبادل التنبيهات بسرعة بين وحدات الاستخبارات المالية؛",
                    "des alertes échangées rapidement entre cellules de renseignement financier ;",
                ),
                T(
                    "<b>registration</b> of money service businesses, with regular checks;",
                    "<b>تسجيل</b> شركات خدمات تحويل الأموال مع إجراء عمليات تدقيق منتظمة؛",
                    "l'<b>enregistrement</b> des sociétés de transfert d'argent, avec des "
                    "contrôles réguliers ;",
                ),
                T(
                    "joint training for customs officers on cash smuggling.",
                    "تدريب مشترك لموظفي الجمارك على مكافحة تهريب الأموال النقدية.",
                    "des formations communes pour les douaniers sur la contrebande d'espèces.",
                ),
            ),
        ),
        call_to_action(
            T("Deny Daesh Cash", "لنحرم داعش من المال", "Privons Daech d'argent"),
            T("Watch the explainers", "شاهدوا المقاطع التوضيحية", "Voir les vidéos"),
            T(
                "Our one-minute videos explain how partners cut off the group's funding.",
                "تشرح مقاطعنا ذات الدقيقة الواحدة كيف يقطع الشركاء تمويل التنظيم.",
                "Nos vidéos d'une minute expliquent comment les partenaires coupent les fonds du "
                "groupe.",
            ),
            page="campaigns/deny-daesh-cash",
        ),
    ],
)

TRAVELLER_DATA = article(
    NewsPage,
    "sharing-traveller-data",
    "partage-des-donnees-des-voyageurs",
    T(
        "Partners widen the sharing of traveller data to stop foreign fighters",
        "الشركاء يوسّعون تبادل بيانات المسافرين لوقف المقاتلين الأجانب",
        "Les partenaires élargissent le partage des données des voyageurs contre les "
        "combattants étrangers",
    ),
    "2026-10-28",
    T(
        "More border services now check travellers against shared watchlists, closing routes "
        "that foreign terrorist fighters once used.",
        "باتت أجهزة حدودية أكثر تطابق بيانات المسافرين مع قوائم المراقبة المشتركة، ما يغلق "
        "طرقاً كان المقاتلون الإرهابيون الأجانب يستخدمونها.",
        "Davantage de services frontaliers confrontent désormais les voyageurs aux listes de "
        "surveillance partagées, fermant des routes qu'empruntaient les combattants terroristes "
        "étrangers.",
    ),
    [FIGHTERS],
    "news-traveller-data",
    [
        paragraph(
            T(
                "At the height of Daesh's so-called caliphate, tens of thousands of people "
                "travelled from abroad to join it. Many crossed borders where no one could see "
                "that another country was looking for them.",
                "في ذروة ما سُمّي بخلافة داعش، سافر عشرات الآلاف من الخارج للانضمام إليه. وعبر "
                "كثيرون منهم حدوداً لم يكن بوسع أحد فيها أن يعرف أن دولة أخرى تبحث عنهم.",
                "Au plus fort du prétendu califat de Daech, des dizaines de milliers de personnes "
                "sont venues de l'étranger pour le rejoindre. Beaucoup ont franchi des "
                "frontières où personne ne pouvait voir qu'un autre pays les recherchait.",
            ),
            T(
                "Today, more partners check passenger lists before flights land and share alerts "
                "in real time, with safeguards for privacy.",
                "واليوم، يدقّق عدد أكبر من الشركاء في قوائم الركاب قبل هبوط الطائرات ويتبادلون "
                "التنبيهات في الوقت الفعلي، مع ضمانات لحماية الخصوصية.",
                "Aujourd'hui, davantage de partenaires vérifient les listes de passagers avant "
                "l'atterrissage des vols et partagent des alertes en temps réel, avec des "
                "garanties pour la vie privée.",
            ),
        ),
        key_figures(
            None,
            (
                same("70+"),
                T(
                    "countries sharing alerts",
                    "دولة تتبادل التنبيهات",
                    "pays partagent des alertes",
                ),
            ),
            (
                same("24 h"),
                T("to answer a request", "للرد على أي طلب", "pour répondre à une demande"),
            ),
        ),
        quote(
            T(
                "A name shared in time at a border can prevent an attack months later.",
                "اسم يُتبادل في الوقت المناسب على الحدود قد يمنع هجوماً بعد أشهر.",
                "Un nom transmis à temps à une frontière peut empêcher un attentat des mois plus "
                "tard.",
            ),
            T("Amal Rahimi", "أمل رحيمي", "Amal Rahimi"),
            T(
                "Co-lead of the foreign terrorist fighters working group",
                "الرئيسة المشاركة لفريق العمل المعني بالمقاتلين الإرهابيين الأجانب",
                "Coresponsable du groupe de travail sur les combattants terroristes étrangers",
            ),
        ),
    ],
)

ANBAR_SCHOOLS = article(
    NewsPage,
    "schools-reopen-anbar",
    "des-ecoles-rouvrent-a-anbar",
    T(
        "Forty schools reopen their doors in Anbar",
        "أربعون مدرسة تفتح أبوابها من جديد في الأنبار",
        "Quarante écoles rouvrent leurs portes dans la province d'Anbar",
    ),
    "2026-10-20",
    T(
        "Repaired classrooms, new desks and trained teachers: thousands of pupils are back in "
        "school in towns Daesh once controlled.",
        "صفوف مُرمَّمة ومقاعد جديدة ومعلمون مدرَّبون: آلاف التلاميذ عادوا إلى المدارس في مدن "
        "كان داعش يسيطر عليها.",
        "Salles réparées, pupitres neufs, enseignants formés : des milliers d'élèves ont "
        "retrouvé l'école dans des villes autrefois contrôlées par Daech.",
    ),
    [STABILISATION],
    "news-anbar-schools",
    [
        paragraph(
            T(
                "The school year started with good news in Anbar: forty schools damaged during "
                "the conflict opened again, many of them with electricity and running water for "
                "the first time in a decade.",
                "بدأ العام الدراسي بأخبار سارة في الأنبار: أُعيد افتتاح أربعين مدرسة تضررت خلال "
                "النزاع، كثير منها بات يتمتع بالكهرباء والمياه الجارية لأول مرة منذ عقد.",
                "L'année scolaire a commencé sur une bonne nouvelle dans la province d'Anbar : "
                "quarante écoles endommagées pendant le conflit ont rouvert, beaucoup avec "
                "l'électricité et l'eau courante pour la première fois depuis dix ans.",
            ),
        ),
        image(
            "body-classroom",
            T(
                "Abstract illustration in sand and blue: rows of soft squares like desks.",
                "رسم تجريدي بلون الرمل والأزرق: صفوف من المربعات الناعمة تشبه المقاعد.",
                "Illustration abstraite sable et bleu : des rangées de carrés doux, comme des "
                "pupitres.",
            ),
            T(
                "Each school received furniture, books and a repaired water supply.",
                "حصلت كل مدرسة على أثاث وكتب وشبكة مياه مُصلَحة.",
                "Chaque école a reçu du mobilier, des livres et un réseau d'eau réparé.",
            ),
        ),
        tweet("anbar-schools"),
        call_to_action(
            T("This Generation Learns", "هذا الجيل يتعلّم", "Cette génération apprend"),
            T("See the campaign", "شاهدوا الحملة", "Voir la campagne"),
            page="campaigns/this-generation-learns",
        ),
    ],
)

SINJAR_FARMLAND = article(
    NewsPage,
    "farmland-cleared-sinjar",
    "terres-deminees-a-sinjar",
    T(
        "Demining teams give farmland back to families near Sinjar",
        "فرق إزالة الألغام تعيد الأراضي الزراعية إلى العائلات قرب سنجار",
        "Les démineurs rendent leurs terres aux familles près de Sinjar",
    ),
    "2026-10-06",
    T(
        "Fields left full of explosives by Daesh can be farmed again, and families who fled "
        "are coming home.",
        "باتت الحقول التي تركها داعش مليئة بالمتفجرات صالحة للزراعة من جديد، وبدأت العائلات "
        "التي فرّت تعود إلى ديارها.",
        "Les champs que Daech avait truffés d'explosifs peuvent de nouveau être cultivés, et "
        "les familles qui avaient fui rentrent chez elles.",
    ),
    [STABILISATION],
    "news-sinjar-farmland",
    [
        paragraph(
            T(
                "When Daesh retreated, it left behind homemade bombs in houses, roads and "
                "fields. Clearing them is slow and dangerous, and it is the first condition "
                "for families to return.",
                "عندما انسحب داعش، خلّف وراءه عبوات ناسفة محلية الصنع في المنازل والطرق "
                "والحقول. وإزالتها عمل بطيء وخطير، لكنها الشرط الأول لعودة العائلات.",
                "En se retirant, Daech a laissé des engins explosifs artisanaux dans les "
                "maisons, sur les routes et dans les champs. Les retirer est lent et dangereux, "
                "et c'est la première condition du retour des familles.",
            ),
        ),
        key_figures(
            T("This season", "هذا الموسم", "Cette saison"),
            (
                same("120 ha"),
                T(
                    "of farmland cleared",
                    "من الأراضي الزراعية طُهّرت",
                    "de terres agricoles déminées",
                ),
            ),
            (
                same("300+"),
                T(
                    "families able to return",
                    "عائلة باتت قادرة على العودة",
                    "familles en mesure de rentrer",
                ),
            ),
        ),
        tweet("sinjar-demining"),
        paragraph(
            T(
                "Many of the deminers are local women and men, trained and equipped by "
                "Coalition partners. Their knowledge of the land makes the work safer.",
                "كثير من العاملين في إزالة الألغام نساء ورجال من أبناء المنطقة، درّبهم شركاء "
                "التحالف وجهّزوهم. ومعرفتهم بالأرض تجعل العمل أكثر أماناً.",
                "Beaucoup de démineurs sont des femmes et des hommes de la région, formés et "
                "équipés par les partenaires de la Coalition. Leur connaissance du terrain rend "
                "le travail plus sûr.",
            ),
        ),
    ],
)

YOUNG_CREATORS = article(
    NewsPage,
    "young-creators-answer-extremism",
    "de-jeunes-createurs-repondent",
    T(
        "Young creators answer extremist messages with their own stories",
        "شباب مبدعون يردّون على رسائل التطرف بقصصهم الخاصة",
        "De jeunes créateurs répondent aux messages extrémistes par leurs propres récits",
    ),
    "2026-09-24",
    T(
        "A workshop brought together video makers from Iraq, Jordan and Tunisia to tell the "
        "stories Daesh would rather no one heard.",
        "جمعت ورشة عمل صانعي فيديو من العراق والأردن وتونس ليرووا القصص التي يفضّل داعش ألا "
        "يسمعها أحد.",
        "Un atelier a réuni des vidéastes d'Irak, de Jordanie et de Tunisie pour raconter les "
        "histoires que Daech préférerait taire.",
    ),
    [PROPAGANDA],
    "news-young-creators",
    [
        paragraph(
            T(
                "Daesh's propaganda promised young people purpose and belonging. The best answer "
                "comes from their peers: honest stories about what the group really did, and "
                "about lives rebuilt since.",
                "وعدت دعاية داعش الشباب بالمعنى والانتماء. وأفضل ردّ يأتي من أقرانهم: قصص "
                "صادقة عمّا فعله التنظيم حقاً، وعن حياة أُعيد بناؤها منذ ذلك الحين.",
                "La propagande de Daech promettait aux jeunes un sens et une appartenance. La "
                "meilleure réponse vient de leurs pairs : des récits sincères sur ce que le "
                "groupe a réellement fait, et sur les vies reconstruites depuis.",
            ),
        ),
        quote(
            T(
                "We do not need to shout louder than them. We need to be more truthful.",
                "لا نحتاج إلى أن نصرخ بصوت أعلى منهم، بل إلى أن نكون أصدق.",
                "Nous n'avons pas besoin de crier plus fort qu'eux. Nous devons être plus vrais.",
            ),
            T("Rania Saleh", "رانيا صالح", "Rania Saleh"),
            T("Film maker, Amman", "صانعة أفلام، عمّان", "Réalisatrice, Amman"),
        ),
        video(
            "https://www.youtube.com/watch?v=YCreators26",
            T(
                "Three stories from the workshop",
                "ثلاث قصص من ورشة العمل",
                "Trois récits nés de l'atelier",
            ),
            "3:20",
            T(
                "Three participants present the short films they made: a brother who came "
                "home, a market that reopened, a song written for a lost friend.",
                "يقدّم ثلاثة مشاركين الأفلام القصيرة التي صنعوها: أخ عاد إلى البيت، وسوق أُعيد "
                "افتتاحها، وأغنية كُتبت لصديق راحل.",
                "Trois participants présentent les courts métrages qu'ils ont réalisés : un "
                "frère revenu à la maison, un marché qui a rouvert, une chanson écrite pour un "
                "ami disparu.",
            ),
            poster="news-young-creators",
        ),
    ],
    partners=(IRAQ, JORDAN),
)

TRAINING = article(
    NewsPage,
    "training-partner-forces",
    "formation-des-forces-partenaires",
    T(
        "A new round of training ends for partner security forces",
        "اختتام دورة تدريبية جديدة لقوات الأمن الشريكة",
        "Fin d'un nouveau cycle de formation pour les forces de sécurité partenaires",
    ),
    "2026-09-02",
    T(
        "Officers completed courses on leadership, explosive hazards and the protection of "
        "civilians, taught by trainers from a dozen countries.",
        "أنهى الضباط دورات في القيادة ومخاطر المتفجرات وحماية المدنيين، قدّمها مدربون من نحو "
        "اثنتي عشرة دولة.",
        "Les officiers ont suivi des cours sur le commandement, les risques explosifs et la "
        "protection des civils, dispensés par des formateurs d'une douzaine de pays.",
    ),
    [MILITARY],
    "news-training",
    [
        paragraph(
            T(
                "The Coalition's military role has changed: partner forces now lead every "
                "operation, and Coalition troops advise, assist and train. This latest round of "
                "courses focused on skills that officers asked for.",
                "تغيّر الدور العسكري للتحالف: فالقوات الشريكة تقود الآن كل العمليات، بينما "
                "تقدّم قوات التحالف المشورة والمساعدة والتدريب. وركّزت هذه الدورة الأخيرة على "
                "المهارات التي طلبها الضباط أنفسهم.",
                "Le rôle militaire de la Coalition a changé : les forces partenaires mènent "
                "désormais toutes les opérations, et les troupes de la Coalition conseillent, "
                "assistent et forment. Ce dernier cycle portait sur les compétences demandées "
                "par les officiers eux-mêmes.",
            ),
        ),
        heading(T("On the programme", "في البرنامج", "Au programme")),
        paragraph(
            bullets(
                T(
                    "leadership of small units;",
                    "قيادة الوحدات الصغيرة؛",
                    "le commandement de petites unités ;",
                ),
                T(
                    "detecting and clearing explosive devices;",
                    "كشف العبوات الناسفة وإزالتها؛",
                    "la détection et la neutralisation d'engins explosifs ;",
                ),
                T(
                    "protecting civilians during operations.",
                    "حماية المدنيين أثناء العمليات.",
                    "la protection des civils pendant les opérations.",
                ),
            ),
        ),
        related(RELATED, "news/twelve-years-together"),
    ],
    partners=(IRAQ,),
)

WOMEN_MEDIATORS = article(
    NewsPage,
    "women-lead-dialogues",
    "des-femmes-menent-le-dialogue",
    T(
        "Women mediators lead local reconciliation dialogues in Nineveh",
        "وسيطات يقُدن حوارات مصالحة محلية في نينوى",
        "Des médiatrices animent des dialogues de réconciliation dans la province de Ninive",
    ),
    "2026-08-19",
    T(
        "In villages divided by the conflict, trained women mediators help neighbours talk "
        "again and settle disputes over land and property.",
        "في القرى التي قسّمها النزاع، تساعد وسيطات مدرَّبات الجيران على استئناف الحوار وحل "
        "النزاعات على الأراضي والممتلكات.",
        "Dans des villages divisés par le conflit, des médiatrices formées aident les voisins "
        "à renouer le dialogue et à régler les différends fonciers.",
    ),
    [STABILISATION],
    "news-women-mediators",
    [
        paragraph(
            T(
                "Daesh set communities against each other. Years later, many disputes over "
                "houses, land and loss remain. Local women, trained in mediation, are often the "
                "ones people trust to bring everyone to the table.",
                "أثار داعش المجتمعات بعضها على بعض. وبعد سنوات، لا تزال نزاعات كثيرة قائمة حول "
                "المنازل والأراضي والخسائر. وكثيراً ما تكون النساء المحليات المدرَّبات على "
                "الوساطة هنّ من يثق بهن الناس لجمع الجميع حول طاولة واحدة.",
                "Daech a dressé les communautés les unes contre les autres. Des années plus "
                "tard, de nombreux différends sur les maisons, les terres et les pertes "
                "subsistent. Des femmes de la région, formées à la médiation, sont souvent "
                "celles à qui l'on fait confiance pour réunir tout le monde.",
            ),
        ),
        quote(
            T(
                "People come to us angry. They leave having listened to each other. That is "
                "where peace starts.",
                "يأتي الناس إلينا غاضبين، ويغادرون وقد أصغى بعضهم إلى بعض. من هنا يبدأ السلام.",
                "Les gens arrivent en colère. Ils repartent en s'étant écoutés. C'est là que "
                "commence la paix.",
            ),
            T("Nour Khalil", "نور خليل", "Nour Khalil"),
            T("Mediator, Tel Kaif", "وسيطة، تلكيف", "Médiatrice, Tel Keppe"),
        ),
        paragraph(
            T(
                "The programme has trained more than a hundred mediators so far, and local "
                "councils now refer cases to them.",
                "درّب البرنامج حتى الآن أكثر من مئة وسيطة، وباتت المجالس المحلية تحيل القضايا "
                "إليهن.",
                "Le programme a déjà formé plus d'une centaine de médiatrices, et les conseils "
                "locaux leur confient désormais des dossiers.",
            ),
        ),
    ],
)

CONTENT_REMOVED = article(
    NewsPage,
    "terrorist-content-removed",
    "contenus-terroristes-supprimes",
    T(
        "Platforms and partners take down thousands of extremist posts",
        "المنصات والشركاء يحذفون آلاف المنشورات المتطرفة",
        "Plateformes et partenaires suppriment des milliers de publications extrémistes",
    ),
    "2026-08-05",
    T(
        "A coordinated effort found and removed Daesh material across several platforms within "
        "hours of it being posted.",
        "رصد جهد منسّق مواد داعش وحذفها من منصات عدة في غضون ساعات من نشرها.",
        "Une action coordonnée a repéré et supprimé des contenus de Daech sur plusieurs "
        "plateformes quelques heures après leur publication.",
    ),
    [PROPAGANDA],
    "news-content-removed",
    [
        paragraph(
            T(
                "Daesh still publishes videos and posters online, hoping that some will stay up "
                "long enough to be copied. Partners and technology companies worked together to "
                "spot the material and take it down quickly.",
                "لا يزال داعش ينشر مقاطع فيديو وملصقات على الإنترنت، على أمل أن يبقى بعضها "
                "متاحاً مدة كافية لنسخه. وعمل الشركاء وشركات التكنولوجيا معاً لرصد هذه المواد "
                "وحذفها بسرعة.",
                "Daech publie encore des vidéos et des affiches en ligne, dans l'espoir que "
                "certaines restent visibles assez longtemps pour être copiées. Partenaires et "
                "entreprises technologiques ont travaillé ensemble pour repérer ces contenus et "
                "les retirer rapidement.",
            ),
        ),
        key_figures(
            None,
            (same("4,500+"), T("posts removed", "منشور حُذف", "publications supprimées")),
            (same("6"), T("platforms involved", "منصات مشاركة", "plateformes mobilisées")),
            (
                same("< 2 h"),
                T(
                    "average time online",
                    "متوسط مدة البقاء على الإنترنت",
                    "de présence en ligne en moyenne",
                ),
            ),
        ),
        call_to_action(
            T("Our campaigns", "حملاتنا", "Nos campagnes"),
            T("See all campaigns", "شاهدوا كل الحملات", "Voir toutes les campagnes"),
            T(
                "Removing propaganda is half the answer; telling the truth is the other half.",
                "حذف الدعاية نصف الجواب، وقول الحقيقة نصفه الآخر.",
                "Retirer la propagande, c'est la moitié de la réponse ; dire la vérité, c'est "
                "l'autre moitié.",
            ),
            page="campaigns",
        ),
    ],
)

NETWORK_SANCTIONED = article(
    NewsPage,
    "facilitator-network-designated",
    "un-reseau-de-facilitateurs-sanctionne",
    T(
        "Partners sanction a network that moved money for Daesh",
        "الشركاء يفرضون عقوبات على شبكة نقلت الأموال لصالح داعش",
        "Les partenaires sanctionnent un réseau qui transférait des fonds pour Daech",
    ),
    "2026-07-22",
    T(
        "Several governments acted together to freeze the assets of individuals and companies "
        "that channelled funds to the group.",
        "تحرّكت حكومات عدة معاً لتجميد أصول أفراد وشركات كانوا يمرّرون الأموال إلى التنظيم.",
        "Plusieurs gouvernements ont agi de concert pour geler les avoirs de personnes et "
        "d'entreprises qui acheminaient des fonds vers le groupe.",
    ),
    [FINANCING],
    "news-network-sanctioned",
    [
        paragraph(
            T(
                "Acting on shared information, partners designated a network of brokers and "
                "front companies. The measures mean that:",
                "بناءً على معلومات متبادلة، صنّف الشركاء شبكة من الوسطاء وشركات الواجهة. "
                "وتعني هذه الإجراءات أن:",
                "Sur la base d'informations partagées, les partenaires ont désigné un réseau "
                "d'intermédiaires et de sociétés écrans. Ces mesures signifient que :",
            ),
            bullets(
                T(
                    "their assets are frozen in every country that joined the action;",
                    "أصولهم مجمّدة في كل دولة انضمت إلى هذا الإجراء؛",
                    "leurs avoirs sont gelés dans tous les pays qui se sont joints à l'action ;",
                ),
                T(
                    "banks and transfer services must refuse their transactions;",
                    "على المصارف وخدمات التحويل رفض معاملاتهم؛",
                    "les banques et services de transfert doivent refuser leurs opérations ;",
                ),
                T(
                    "anyone dealing with them risks penalties.",
                    "كل من يتعامل معهم يعرّض نفسه للعقوبات.",
                    "quiconque traite avec eux s'expose à des sanctions.",
                ),
            ),
        ),
        document(
            "rome-joint-statement",
            T(
                "Rome joint statement: commitments on countering financing",
                "بيان روما المشترك: التزامات بشأن مكافحة التمويل",
                "Déclaration conjointe de Rome : engagements contre le financement",
            ),
        ),
        call_to_action(
            T("Deny Daesh Cash", "لنحرم داعش من المال", "Privons Daech d'argent"),
            T("Watch the series", "شاهدوا السلسلة", "Voir la série"),
            page="campaigns/deny-daesh-cash",
        ),
    ],
)

CAMPS_RETURNS = article(
    NewsPage,
    "repatriation-from-camps",
    "rapatriements-depuis-les-camps",
    T(
        "Partners step up returns from camps in north-east Syria",
        "الشركاء يكثّفون عمليات الإعادة من المخيمات في شمال شرق سوريا",
        "Les partenaires accélèrent les retours depuis les camps du nord-est de la Syrie",
    ),
    "2026-07-08",
    T(
        "More countries are bringing their nationals home from the camps, with programmes to "
        "prosecute, rehabilitate and reintegrate them.",
        "تعيد دول أكثر مواطنيها من المخيمات، مع برامج لملاحقتهم قضائياً وإعادة تأهيلهم ودمجهم.",
        "De plus en plus de pays rapatrient leurs ressortissants depuis les camps, avec des "
        "programmes de poursuites, de réhabilitation et de réinsertion.",
    ),
    [FIGHTERS, STABILISATION],
    "news-camps-returns",
    [
        paragraph(
            T(
                "Tens of thousands of people, most of them children, still live in camps in "
                "north-east Syria. Leaving them there is not a solution: it feeds the next "
                "generation of extremists.",
                "لا يزال عشرات الآلاف من الأشخاص، معظمهم من الأطفال، يعيشون في مخيمات شمال شرق "
                "سوريا. وتركهم هناك ليس حلاً، بل يغذّي جيلاً جديداً من المتطرفين.",
                "Des dizaines de milliers de personnes, des enfants pour la plupart, vivent "
                "encore dans les camps du nord-est de la Syrie. Les y laisser n'est pas une "
                "solution : cela nourrit la prochaine génération d'extrémistes.",
            ),
        ),
        heading(T("Bringing people home", "إعادة الناس إلى ديارهم", "Ramener les gens chez eux")),
        paragraph(
            T(
                "Returning countries screen adults, prosecute those suspected of crimes and "
                "offer children schooling and psychological care.",
                "تُخضع الدول التي تستعيد مواطنيها البالغين للتدقيق، وتلاحق المشتبه في ارتكابهم "
                "جرائم قضائياً، وتوفّر للأطفال التعليم والرعاية النفسية.",
                "Les pays qui rapatrient contrôlent les adultes, poursuivent les personnes "
                "soupçonnées de crimes et offrent aux enfants une scolarité et un suivi "
                "psychologique.",
            ),
        ),
        quote(
            T(
                "Every child we bring home is a child Daesh will not raise.",
                "كل طفل نعيده إلى دياره طفلٌ لن يربّيه داعش.",
                "Chaque enfant que nous ramenons est un enfant que Daech n'élèvera pas.",
            ),
            T("Amal Rahimi", "أمل رحيمي", "Amal Rahimi"),
            T(
                "Co-lead of the foreign terrorist fighters working group",
                "الرئيسة المشاركة لفريق العمل المعني بالمقاتلين الإرهابيين الأجانب",
                "Coresponsable du groupe de travail sur les combattants terroristes étrangers",
            ),
        ),
    ],
)

POWER_HOSPITALS = article(
    NewsPage,
    "power-restored-hospitals",
    "electricite-retablie-hopitaux",
    T(
        "Rebuilt power lines bring electricity back to hospitals in Salah al-Din",
        "خطوط كهرباء أُعيد بناؤها تعيد التيار إلى مستشفيات صلاح الدين",
        "Des lignes reconstruites ramènent l'électricité dans les hôpitaux de Salah ad-Din",
    ),
    "2026-06-18",
    T(
        "Three hospitals that ran on generators for years now have a stable supply, funded by "
        "the European Union and other partners.",
        "باتت ثلاثة مستشفيات عملت بالمولدات لسنوات تحصل على إمدادات مستقرة، بتمويل من الاتحاد "
        "الأوروبي وشركاء آخرين.",
        "Trois hôpitaux qui fonctionnaient depuis des années sur groupes électrogènes "
        "disposent désormais d'un approvisionnement stable, financé par l'Union européenne et "
        "d'autres partenaires.",
    ),
    [STABILISATION],
    "news-power-hospitals",
    [
        paragraph(
            T(
                "Surgeons in Salah al-Din used to plan operations around fuel deliveries. With "
                "new substations and lines, the hospitals now have power day and night.",
                "كان الجراحون في صلاح الدين يخططون لعملياتهم وفقاً لمواعيد وصول الوقود. ومع "
                "المحطات الفرعية والخطوط الجديدة، باتت المستشفيات تحصل على الكهرباء ليلاً "
                "ونهاراً.",
                "À Salah ad-Din, les chirurgiens organisaient leurs interventions en fonction "
                "des livraisons de carburant. Grâce à de nouveaux postes et de nouvelles lignes, "
                "les hôpitaux sont désormais alimentés jour et nuit.",
            ),
        ),
        image(
            "body-power-lines",
            T(
                "Abstract illustration: blue and white diagonal lines crossing like cables.",
                "رسم تجريدي: خطوط قطرية زرقاء وبيضاء تتقاطع كالكابلات.",
                "Illustration abstraite : des lignes diagonales bleues et blanches qui se "
                "croisent comme des câbles.",
            ),
            None,
            T("Illustration", "رسم توضيحي", "Illustration"),
        ),
        tweet("eu-power"),
    ],
    partners=(IRAQ, EUROPEAN_UNION),
)

PAGES = [
    POWER_HOSPITALS,
    CAMPS_RETURNS,
    NETWORK_SANCTIONED,
    CONTENT_REMOVED,
    WOMEN_MEDIATORS,
    TWELVE_YEARS,
    TRAINING,
    YOUNG_CREATORS,
    SINJAR_FARMLAND,
    ANBAR_SCHOOLS,
    TRAVELLER_DATA,
    TRACING_TRANSFERS,
    WEST_MOSUL_WATER,
]
