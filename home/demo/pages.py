"""The home page, the standard pages (about, cookie policy, a story) and the site settings that
point at them. Partner profiles are in membership.py."""

from home.models import HomePage, StandardPage

from .spec import (
    ImageRef,
    PageRef,
    PageSpec,
    T,
    bullets,
    call_to_action,
    heading,
    image,
    key_figures,
    paragraph,
    quote,
    related,
    rich,
    same,
)
from .topics import TOPICS

MEMBERS = T("members", "عضواً", "membres")

ABOUT = PageSpec(
    key="about",
    model=StandardPage,
    title=T("What is the Coalition?", "ما هو التحالف؟", "Qu'est-ce que la Coalition ?"),
    fr_slug="la-coalition",
    fields={
        "show_in_menus": True,
        "summary": T(
            "Eighty-five countries and organisations working together since 2014 for the "
            "lasting defeat of Daesh.",
            "خمسة وثمانون دولة ومنظمة تعمل معاً منذ عام 2014 من أجل هزيمة داعش هزيمة دائمة.",
            "Quatre-vingt-cinq pays et organisations qui agissent ensemble depuis 2014 pour une "
            "défaite durable de Daech.",
        ),
        "listing_image": ImageRef("page-about"),
        "body": [
            paragraph(
                T(
                    "The Global Coalition against Daesh was formed in September 2014, when the "
                    "group controlled large parts of Iraq and Syria. Its members committed to "
                    "degrading and ultimately defeating Daesh, and to helping the people it had "
                    "oppressed rebuild their lives.",
                    "تأسس التحالف الدولي ضد داعش في أيلول/سبتمبر 2014، حين كان التنظيم يسيطر على "
                    "أجزاء واسعة من العراق وسوريا. والتزم أعضاؤه بإضعاف داعش ثم هزيمته في "
                    "نهاية المطاف، وبمساعدة من عانوا من بطشه على إعادة بناء حياتهم.",
                    "La Coalition internationale contre Daech a été créée en septembre 2014, "
                    "alors que le groupe contrôlait de vastes parties de l'Irak et de la Syrie. "
                    "Ses membres se sont engagés à affaiblir puis à vaincre Daech, et à aider "
                    "les populations qu'il opprimait à reconstruire leur vie.",
                ),
                T(
                    "Today the Coalition has <b>85 members</b>: states from every continent and "
                    "international organisations such as the European Union, NATO and the "
                    "Arab League.",
                    "يضم التحالف اليوم <b>85 عضواً</b>: دولاً من جميع القارات ومنظمات دولية مثل "
                    "الاتحاد الأوروبي وحلف شمال الأطلسي وجامعة الدول العربية.",
                    "La Coalition compte aujourd'hui <b>85 membres</b> : des États de tous les "
                    "continents et des organisations internationales comme l'Union européenne, "
                    "l'OTAN et la Ligue arabe.",
                ),
            ),
            key_figures(
                T("At a glance", "لمحة سريعة", "En bref"),
                (same("85"), MEMBERS),
                (
                    T("Sept. 2014", "أيلول 2014", "sept. 2014"),
                    T("formed", "تاريخ التأسيس", "création"),
                ),
                (same("5"), T("lines of effort", "مسارات عمل", "axes d'action")),
            ),
            heading(T("Five lines of effort", "خمسة مسارات عمل", "Cinq axes d'action")),
            paragraph(
                T(
                    "Members contribute in the ways that suit them best, across five lines of "
                    "effort:",
                    "يساهم الأعضاء بالطرق التي تناسبهم أكثر، عبر خمسة مسارات عمل:",
                    "Les membres contribuent selon leurs moyens, au sein de cinq axes d'action :",
                ),
                bullets(*[topic.name for topic in TOPICS]),
            ),
            image(
                "page-about",
                T(
                    "Abstract illustration: teal and coral rings around a bright centre.",
                    "رسم تجريدي: حلقات بلون أزرق مخضرّ ومرجاني حول مركز مضيء.",
                    "Illustration abstraite : des anneaux bleu-vert et corail autour d'un centre "
                    "lumineux.",
                ),
                T(
                    "Five lines of effort, one shared goal.",
                    "خمسة مسارات عمل، وهدف واحد مشترك.",
                    "Cinq axes d'action, un objectif commun.",
                ),
            ),
            quote(
                T(
                    "The Coalition showed what countries can do when they decide to act "
                    "together, and for as long as it takes.",
                    "أظهر التحالف ما يمكن أن تفعله الدول حين تقرر أن تعمل معاً، ومهما طال الوقت.",
                    "La Coalition a montré ce que des pays peuvent accomplir lorsqu'ils décident "
                    "d'agir ensemble, aussi longtemps qu'il le faut.",
                ),
                T("Daniel Brooks", "دانيال بروكس", "Daniel Brooks"),
                T(
                    "Special Envoy of the United States to the Coalition",
                    "المبعوث الخاص للولايات المتحدة لدى التحالف",
                    "Envoyé spécial des États-Unis auprès de la Coalition",
                ),
            ),
            call_to_action(
                T("Our campaigns", "حملاتنا", "Nos campagnes"),
                T("Explore the campaigns", "اكتشفوا الحملات", "Découvrir les campagnes"),
                T(
                    "From One Mission Many Nations to This Generation Learns.",
                    "من «مهمة واحدة، دول كثيرة» إلى «هذا الجيل يتعلّم».",
                    "D'« Une mission, de nombreuses nations » à « Cette génération apprend ».",
                ),
                page="campaigns",
            ),
            related(
                T("Read more", "اقرأ المزيد", "En savoir plus"),
                "news/twelve-years-together",
                "news/joint-statement-rome-ministerial",
                "campaigns/one-mission-many-nations",
            ),
        ],
    },
)

COOKIE_POLICY = PageSpec(
    key="cookie-policy",
    model=StandardPage,
    title=T("Cookie policy", "سياسة ملفات تعريف الارتباط", "Politique relative aux cookies"),
    fr_slug="politique-cookies",
    fields={
        "summary": T(
            "This site sets a single cookie, to remember your choice. X's script loads only "
            "after you accept.",
            "يضع هذا الموقع ملف تعريف ارتباط واحداً فقط لتذكّر اختيارك. ولا يُحمَّل برنامج X "
            "النصي إلا بعد موافقتك.",
            "Ce site dépose un seul cookie, pour mémoriser votre choix. Le script de X ne se "
            "charge qu'après votre accord.",
        ),
        "listing_image": ImageRef("page-cookies"),
        "body": [
            heading(
                T(
                    "The one cookie we set",
                    "ملف تعريف الارتباط الوحيد الذي نضعه",
                    "Le seul cookie que nous déposons",
                )
            ),
            paragraph(
                T(
                    "When you answer the cookie banner, we store your answer in a cookie named "
                    "<b>cookie_consent</b>. It holds one word, accepted or rejected, and lasts "
                    "180 days, so that we do not ask you again on every page.",
                    "عندما تجيب على شريط ملفات تعريف الارتباط، نحفظ إجابتك في ملف اسمه "
                    "<b>cookie_consent</b>. يحتوي على كلمة واحدة، accepted (قبول) أو rejected "
                    "(رفض)، ويبقى 180 يوماً حتى لا نسألك مجدداً في كل صفحة.",
                    "Lorsque vous répondez au bandeau, nous enregistrons votre réponse dans un "
                    "cookie nommé <b>cookie_consent</b>. Il contient un seul mot, accepted "
                    "(accepté) ou rejected (refusé), et dure 180 jours, pour ne pas vous reposer "
                    "la question à chaque page.",
                ),
                T(
                    "It contains nothing that identifies you, and it is never sent to anyone else.",
                    "لا يحتوي هذا الملف على أي شيء يحدد هويتك، ولا يُرسل أبداً إلى أي جهة أخرى.",
                    "Il ne contient rien qui vous identifie et n'est jamais transmis à qui que "
                    "ce soit.",
                ),
            ),
            heading(T("Posts from X", "المنشورات من X", "Les publications de X")),
            paragraph(
                T(
                    "Our pages show posts from partner accounts on X as plain text and images "
                    "stored on this site. Reading them sends nothing to X.",
                    "تعرض صفحاتنا منشورات من حسابات الشركاء على X في شكل نصوص وصور مخزّنة على "
                    "هذا الموقع. وقراءتها لا ترسل أي شيء إلى X.",
                    "Nos pages affichent les publications des comptes partenaires sur X sous "
                    "forme de texte et d'images hébergés sur ce site. Les lire n'envoie rien à X.",
                ),
                T(
                    "Only if you press <b>Accept</b> do we load X's own script, which shows the "
                    "posts as X displays them. X may then set its own cookies, under its own "
                    "policy.",
                    "فقط إذا ضغطت على <b>قبول</b> نحمّل برنامج X النصي الخاص، الذي يعرض المنشورات "
                    "كما يعرضها X. وقد يضع X حينها ملفات تعريف الارتباط الخاصة به وفق سياسته.",
                    "C'est seulement si vous cliquez sur <b>Accepter</b> que nous chargeons le "
                    "script de X, qui affiche les publications comme X les présente. X peut "
                    "alors déposer ses propres cookies, selon sa propre politique.",
                ),
            ),
            heading(T("Videos", "مقاطع الفيديو", "Les vidéos")),
            paragraph(
                T(
                    "Videos show a picture and a play button. Nothing is requested from YouTube "
                    "or Vimeo until you press play, and YouTube videos then play from its "
                    "privacy-enhanced domain.",
                    "تظهر مقاطع الفيديو على شكل صورة وزر تشغيل. ولا يُطلب أي شيء من يوتيوب أو "
                    "فيميو حتى تضغط على زر التشغيل، وتُعرض مقاطع يوتيوب عندها من نطاقه المعزَّز "
                    "للخصوصية.",
                    "Les vidéos s'affichent sous la forme d'une image et d'un bouton de lecture. "
                    "Rien n'est demandé à YouTube ou à Vimeo avant que vous lanciez la lecture, "
                    "et les vidéos YouTube sont alors lues depuis son domaine à confidentialité "
                    "renforcée.",
                ),
            ),
            heading(T("Changing your mind", "تغيير رأيك", "Changer d'avis")),
            paragraph(
                T(
                    "To change your choice, delete the cookie_consent cookie in your browser's "
                    "settings. The banner will appear again on your next visit.",
                    "لتغيير اختيارك، احذف ملف cookie_consent من إعدادات متصفحك، وسيظهر الشريط "
                    "مجدداً في زيارتك التالية.",
                    "Pour changer votre choix, supprimez le cookie cookie_consent dans les "
                    "réglages de votre navigateur. Le bandeau réapparaîtra lors de votre "
                    "prochaine visite.",
                ),
            ),
        ],
    },
)

ORCHESTRA = PageSpec(
    key="music-returns-to-mosul",
    model=StandardPage,
    title=T(
        "Music returns to Mosul's university theatre",
        "الموسيقى تعود إلى مسرح جامعة الموصل",
        "La musique revient au théâtre de l'université de Mossoul",
    ),
    fr_slug="la-musique-revient-a-mossoul",
    fields={
        "summary": T(
            "Under Daesh, playing music could cost your life. This autumn, an orchestra filled "
            "a refurbished university theatre in Mosul.",
            "في ظل داعش، كان العزف على الموسيقى قد يكلّف المرء حياته. وفي هذا الخريف، ملأت "
            "أوركسترا مسرح الجامعة المُرمَّم في الموصل.",
            "Sous Daech, jouer de la musique pouvait coûter la vie. Cet automne, un orchestre a "
            "rempli le théâtre rénové de l'université de Mossoul.",
        ),
        "listing_image": ImageRef("page-orchestra"),
        "body": [
            paragraph(
                T(
                    "The last time Karim Yousif played in this hall, he was a student. Then "
                    "Daesh took the city, banned music and turned the campus into a base. When "
                    "the fighting ended, the theatre had no roof, no seats and no stage.",
                    "آخر مرة عزف فيها كريم يوسف في هذه القاعة كان طالباً. ثم استولى داعش على "
                    "المدينة، وحظر الموسيقى، وحوّل الحرم الجامعي إلى قاعدة. وعندما انتهى القتال، "
                    "لم يبقَ للمسرح سقف ولا مقاعد ولا خشبة.",
                    "La dernière fois que Karim Yousif a joué dans cette salle, il était "
                    "étudiant. Puis Daech a pris la ville, interdit la musique et transformé le "
                    "campus en base. À la fin des combats, le théâtre n'avait plus ni toit, ni "
                    "sièges, ni scène.",
                ),
                T(
                    "Rebuilt with help from Coalition partners, it reopened this autumn with a "
                    "concert by an orchestra of young musicians from across the city.",
                    "وبعد أن أُعيد بناؤه بمساعدة شركاء التحالف، أُعيد افتتاحه هذا الخريف بحفل "
                    "أحيته أوركسترا من الموسيقيين الشباب من مختلف أنحاء المدينة.",
                    "Reconstruit avec l'aide des partenaires de la Coalition, il a rouvert cet "
                    "automne avec un concert donné par un orchestre de jeunes musiciens venus de "
                    "toute la ville.",
                ),
            ),
            image(
                "body-theatre-stage",
                T(
                    "Abstract illustration: warm red and gold circles glowing like stage lights.",
                    "رسم تجريدي: دوائر حمراء وذهبية دافئة تتوهّج كأضواء المسرح.",
                    "Illustration abstraite : des cercles rouges et dorés qui brillent comme des "
                    "projecteurs.",
                ),
                T(
                    "The refurbished theatre seats six hundred people.",
                    "يتّسع المسرح المُرمَّم لستمئة شخص.",
                    "Le théâtre rénové compte six cents places.",
                ),
            ),
            quote(
                T(
                    "They tried to silence this city. Tonight, six hundred people heard it sing.",
                    "حاولوا إسكات هذه المدينة. والليلة، سمعها ستمئة شخص وهي تغنّي.",
                    "Ils ont voulu faire taire cette ville. Ce soir, six cents personnes l'ont "
                    "entendue chanter.",
                ),
                T("Karim Yousif", "كريم يوسف", "Karim Yousif"),
                T("Conductor", "قائد الأوركسترا", "Chef d'orchestre"),
            ),
            paragraph(
                T(
                    "The programme mixed Iraqi songs with European classics. Many in the "
                    "audience had not heard live music in public for more than ten years.",
                    "مزج البرنامج بين الأغاني العراقية والمقطوعات الأوروبية الكلاسيكية. وكان "
                    "كثيرون من الحضور لم يستمعوا إلى موسيقى حية في مكان عام منذ أكثر من عشر "
                    "سنوات.",
                    "Le programme mêlait chansons irakiennes et classiques européens. Beaucoup "
                    "de spectateurs n'avaient pas entendu de musique en public depuis plus de "
                    "dix ans.",
                ),
            ),
            related(
                T("More stories", "المزيد من القصص", "D'autres récits"),
                "news/water-returns-west-mosul",
                "news/head-teacher-reopening-school",
            ),
        ],
    },
)

STANDARD_PAGES = [ABOUT, COOKIE_POLICY, ORCHESTRA]

HOME = PageSpec(
    key="",
    model=HomePage,
    title=T("Global Coalition", "التحالف الدولي", "Coalition internationale"),
    fields={
        "summary": T(
            "News, readouts and campaigns from the 85 members of the Global Coalition against "
            "Daesh.",
            "أخبار الأعضاء الخمسة والثمانين في التحالف الدولي ضد داعش ومحاضر اجتماعاتهم وحملاتهم.",
            "Actualités, comptes rendus et campagnes des 85 membres de la Coalition "
            "internationale contre Daech.",
        ),
        "lead_story": PageRef("news/twelve-years-together"),
        "lead_link_label": T("Read more", "اقرأ المزيد", "Lire la suite"),
        "about_heading": T(
            "What is the Coalition?", "ما هو التحالف؟", "Qu'est-ce que la Coalition ?"
        ),
        "about_text": rich(
            T(
                "Formed in September 2014, the Global Coalition against Daesh brings together "
                "<b>85 countries and organisations</b>. Its members work side by side on five "
                "lines of effort, from the military campaign in Iraq and Syria to stabilising "
                "liberated areas.",
                "يجمع التحالف الدولي ضد داعش، الذي تأسس في أيلول/سبتمبر 2014، <b>85 دولة "
                "ومنظمة</b>. ويعمل أعضاؤه جنباً إلى جنب عبر خمسة مسارات عمل، من الحملة العسكرية "
                "في العراق وسوريا إلى تحقيق الاستقرار في المناطق المحررة.",
                "Créée en septembre 2014, la Coalition internationale contre Daech réunit <b>85 "
                "pays et organisations</b>. Ses membres agissent côte à côte selon cinq axes, de "
                "la campagne militaire en Irak et en Syrie à la stabilisation des zones "
                "libérées.",
            ),
            T(
                "Daesh no longer holds territory, but the fight is not over: partners keep "
                "working so that it can never return.",
                "لم يعد داعش يسيطر على أي أرض، لكن المعركة لم تنتهِ: فالشركاء يواصلون العمل كي "
                "لا يتمكن من العودة أبداً.",
                "Daech ne contrôle plus aucun territoire, mais le combat n'est pas terminé : les "
                "partenaires poursuivent leur action pour qu'il ne puisse jamais revenir.",
            ),
        ),
        "about_page": PageRef("about"),
        "key_figures": [
            ("figure", {"figure": same("85"), "label": MEMBERS}),
            (
                "figure",
                {
                    "figure": T("Sept. 2014", "أيلول 2014", "sept. 2014"),
                    "label": T("formed", "تاريخ التأسيس", "création"),
                },
            ),
            (
                "figure",
                {"figure": same("5"), "label": T("lines of effort", "مسارات عمل", "axes d'action")},
            ),
            (
                "figure",
                {
                    "figure": same("100%"),
                    "label": T(
                        "of the territory Daesh held, liberated",
                        "من الأراضي التي سيطر عليها داعش تحررت",
                        "du territoire tenu par Daech libéré",
                    ),
                },
            ),
        ],
        "posts_heading": T("From our partners", "من شركائنا", "Ce que disent nos partenaires"),
    },
)

SITE_IDENTITY = {"x_handle": "CoalitionNews", "cookie_policy": "cookie-policy"}
