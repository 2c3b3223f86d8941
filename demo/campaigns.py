"""The campaign index and the three campaigns, each with its hashtag, tagline and hero image."""

from campaigns.models import CampaignIndexPage, CampaignPage

from .spec import (
    ImageRef,
    PageSpec,
    T,
    TopicRef,
    call_to_action,
    heading,
    image,
    key_figures,
    paragraph,
    quote,
    rich,
    same,
    tweet,
    video,
)
from .topics import FINANCING, MILITARY, STABILISATION

INDEX = PageSpec(
    key="campaigns",
    model=CampaignIndexPage,
    title=T("Campaigns", "الحملات", "Campagnes"),
    fr_slug="campagnes",
    fields={
        "show_in_menus": True,
        "summary": T(
            "Campaigns that carry the Coalition's message to the people Daesh tries to reach.",
            "حملات تحمل رسالة التحالف إلى الناس الذين يحاول داعش الوصول إليهم.",
            "Des campagnes qui portent le message de la Coalition auprès des publics que Daech "
            "cherche à atteindre.",
        ),
        "intro": rich(
            T(
                "Daesh lost its territory, but it still fights for attention. Our campaigns "
                "answer it with facts, with the voices of the people it harmed, and with stories "
                "of recovery. Share them with the hashtags below.",
                "خسر داعش أراضيه، لكنه ما زال يقاتل من أجل جذب الانتباه. تردّ حملاتنا عليه "
                "بالحقائق، وبأصوات من ألحق بهم الأذى، وبقصص التعافي. شاركوها باستخدام الوسوم "
                "أدناه.",
                "Daech a perdu son territoire, mais il se bat encore pour capter l'attention. Nos "
                "campagnes lui répondent par les faits, par la voix de ceux qu'il a fait "
                "souffrir et par des récits de renouveau. Partagez-les avec les mots-dièse "
                "ci-dessous.",
            ),
        ),
    },
)

ONE_MISSION = PageSpec(
    key="campaigns/one-mission-many-nations",
    model=CampaignPage,
    title=T(
        "One Mission Many Nations", "مهمة واحدة، دول كثيرة", "Une mission, de nombreuses nations"
    ),
    fr_slug="une-mission-de-nombreuses-nations",
    fields={
        "tagline": T(
            "Eighty-five partners, one shared mission.",
            "خمسة وثمانون شريكاً ومهمة واحدة مشتركة.",
            "Quatre-vingt-cinq partenaires, une mission commune.",
        ),
        "hashtag": same("#OneMissionManyNations"),
        "hero_image": ImageRef("campaign-one-mission"),
        "hero_alt": T(
            "Abstract illustration: concentric blue and gold rings spreading outwards.",
            "رسم تجريدي: حلقات متحدة المركز بالأزرق والذهبي تتسع نحو الخارج.",
            "Illustration abstraite : des anneaux concentriques bleus et dorés qui s'élargissent.",
        ),
        "listing_image": ImageRef("campaign-one-mission"),
        "topic": TopicRef(MILITARY),
        "summary": T(
            "From Iraq to Australia, from Nigeria to Norway: who the Coalition's members are and "
            "what each of them brings.",
            "من العراق إلى أستراليا، ومن نيجيريا إلى النرويج: من هم أعضاء التحالف وما الذي "
            "يقدمه كل منهم.",
            "De l'Irak à l'Australie, du Nigeria à la Norvège : qui sont les membres de la "
            "Coalition et ce que chacun apporte.",
        ),
        "body": [
            paragraph(
                T(
                    "No country could have defeated Daesh alone. The Coalition brings together "
                    "states and organisations from every continent, each contributing what it "
                    "does best: troops and trainers, intelligence, funding for stabilisation, "
                    "expertise on finance or on online content.",
                    "لم يكن بوسع أي دولة أن تهزم داعش وحدها. يجمع التحالف دولاً ومنظمات من كل "
                    "القارات، يساهم كل منها بما يتقنه: قوات ومدربون، ومعلومات استخباراتية، "
                    "وتمويل لتحقيق الاستقرار، وخبرة في الشؤون المالية أو المحتوى على الإنترنت.",
                    "Aucun pays n'aurait pu vaincre Daech seul. La Coalition réunit des États et "
                    "des organisations de tous les continents ; chacun y apporte ce qu'il sait "
                    "faire de mieux : troupes et formateurs, renseignement, financement de la "
                    "stabilisation, expertise financière ou numérique.",
                ),
            ),
            key_figures(
                T("The mission in numbers", "المهمة بالأرقام", "La mission en chiffres"),
                (same("85"), T("members", "عضواً", "membres")),
                (same("5"), T("continents", "قارات", "continents")),
                (same("5"), T("lines of effort", "مسارات عمل", "axes d'action")),
            ),
            tweet("twelve-years"),
            quote(
                T(
                    "What holds this Coalition together is not a treaty. It is the shared "
                    "conviction that Daesh must never be allowed to return.",
                    "ما يجمع هذا التحالف ليس معاهدة، بل قناعة مشتركة بأنه يجب ألا يُسمح لداعش "
                    "بالعودة أبداً.",
                    "Ce qui unit cette Coalition, ce n'est pas un traité. C'est la conviction "
                    "commune que Daech ne doit jamais pouvoir revenir.",
                ),
                T("Elena Ferraro", "إيلينا فيرارو", "Elena Ferraro"),
                T(
                    "Special Envoy of Italy to the Coalition",
                    "المبعوثة الخاصة لإيطاليا لدى التحالف",
                    "Envoyée spéciale de l'Italie auprès de la Coalition",
                ),
            ),
            call_to_action(
                T("Follow the mission", "تابعوا المهمة", "Suivez la mission"),
                T("Read the latest news", "اقرأ آخر الأخبار", "Lire les dernières actualités"),
                T(
                    "News, readouts and statements from across the Coalition.",
                    "أخبار ومحاضر اجتماعات وبيانات من مختلف أطراف التحالف.",
                    "Actualités, comptes rendus et déclarations de toute la Coalition.",
                ),
                page="news",
            ),
        ],
    },
)

DENY_DAESH_CASH = PageSpec(
    key="campaigns/deny-daesh-cash",
    model=CampaignPage,
    title=T("Deny Daesh Cash", "لنحرم داعش من المال", "Privons Daech d'argent"),
    fr_slug="privons-daech-d-argent",
    fields={
        "tagline": T(
            "Follow the money. Stop the money.",
            "تتبّع المال. أوقف المال.",
            "Suivre l'argent. Arrêter l'argent.",
        ),
        "hashtag": same("#DenyDaeshCash"),
        "hero_image": ImageRef("campaign-deny-cash"),
        "hero_alt": T(
            "Abstract illustration: grey and gold diagonal bands cutting across the frame.",
            "رسم تجريدي: أشرطة قطرية رمادية وذهبية تقطع الإطار.",
            "Illustration abstraite : des bandes diagonales grises et dorées qui traversent "
            "l'image.",
        ),
        "listing_image": ImageRef("campaign-deny-cash"),
        "topic": TopicRef(FINANCING),
        "summary": T(
            "A series of one-minute explainer videos on how Daesh raises and moves money, and "
            "how partners stop it.",
            "سلسلة من مقاطع الفيديو التوضيحية مدة كل منها دقيقة واحدة، عن كيفية جمع داعش "
            "للأموال ونقلها، وكيف يوقفه الشركاء.",
            "Une série de vidéos d'une minute qui expliquent comment Daech collecte et déplace "
            "de l'argent, et comment les partenaires l'en empêchent.",
        ),
        "body": [
            paragraph(
                T(
                    "Every attack, every recruit and every piece of propaganda costs money. Cut "
                    "the money and you weaken the group. This series explains, one minute at a "
                    "time, how partners trace and stop the funds Daesh depends on.",
                    "كل هجوم وكل مجنَّد وكل مادة دعائية تكلّف مالاً. اقطع المال تُضعف التنظيم. "
                    "تشرح هذه السلسلة، دقيقة بدقيقة، كيف يتتبّع الشركاء الأموال التي يعتمد "
                    "عليها داعش ويوقفونها.",
                    "Chaque attentat, chaque recrue, chaque contenu de propagande coûte de "
                    "l'argent. Couper l'argent, c'est affaiblir le groupe. Cette série explique, "
                    "minute après minute, comment les partenaires retracent et bloquent les fonds "
                    "dont dépend Daech.",
                ),
            ),
            heading(T("The series", "السلسلة", "La série")),
            video(
                "https://www.youtube.com/watch?v=DDCashEp001",
                T(
                    "Episode 1: follow the money",
                    "الحلقة 1: تتبّع المال",
                    "Épisode 1 : suivre l'argent",
                ),
                "1:00",
                T(
                    "Daesh once earned millions from oil and taxes in the land it held. Today it "
                    "relies on smaller sums: donations, extortion, front companies. Each leaves "
                    "a trace, and partners follow it.",
                    "كان داعش يجني الملايين من النفط والضرائب في الأراضي التي سيطر عليها. أما "
                    "اليوم فيعتمد على مبالغ أصغر: تبرعات وابتزاز وشركات واجهة. كل منها يترك "
                    "أثراً، والشركاء يتتبعونه.",
                    "Daech gagnait autrefois des millions grâce au pétrole et aux taxes prélevées "
                    "sur son territoire. Aujourd'hui, il vit de sommes plus modestes : dons, "
                    "extorsion, sociétés écrans. Chacune laisse une trace, et les partenaires la "
                    "suivent.",
                ),
                poster="explainer-follow-money",
            ),
            video(
                "https://www.youtube.com/watch?v=DDCashEp002",
                T(
                    "Episode 2: extortion and ransom",
                    "الحلقة 2: الابتزاز والفدية",
                    "Épisode 2 : extorsion et rançons",
                ),
                "1:00",
                T(
                    "Where it still has fighters, Daesh threatens shopkeepers and farmers and "
                    "kidnaps for ransom. Reporting lines and protection for victims take this "
                    "income away.",
                    "حيث لا يزال لديه مقاتلون، يهدد داعش أصحاب المتاجر والمزارعين ويخطف الناس "
                    "طلباً للفدية. خطوط الإبلاغ وحماية الضحايا تحرمه من هذا الدخل.",
                    "Là où il a encore des combattants, Daech menace commerçants et agriculteurs "
                    "et enlève pour obtenir des rançons. Des canaux de signalement et la "
                    "protection des victimes lui retirent ces revenus.",
                ),
                poster="explainer-extortion",
            ),
            video(
                "https://www.youtube.com/watch?v=DDCashEp003",
                T(
                    "Episode 3: when money moves without banks",
                    "الحلقة 3: عندما ينتقل المال دون مصارف",
                    "Épisode 3 : quand l'argent circule sans banques",
                ),
                "1:00",
                T(
                    "Informal transfer systems serve millions of honest families. A few brokers "
                    "also serve Daesh. Registration, training and shared alerts help tell them "
                    "apart.",
                    "تخدم أنظمة التحويل غير الرسمية ملايين العائلات النزيهة، لكن قلة من "
                    "الوسطاء تخدم داعش أيضاً. التسجيل والتدريب وتبادل التنبيهات تساعد على "
                    "التمييز بينهم.",
                    "Les systèmes de transfert informels servent des millions de familles "
                    "honnêtes. Quelques intermédiaires servent aussi Daech. L'enregistrement, la "
                    "formation et le partage d'alertes permettent de les distinguer.",
                ),
                poster="explainer-no-banks",
            ),
            tweet("deny-daesh-cash-episode"),
            call_to_action(
                T("Share the series", "شاركوا السلسلة", "Partagez la série"),
                T("Watch on YouTube", "شاهدوا على يوتيوب", "Regarder sur YouTube"),
                T(
                    "All episodes in one playlist, with subtitles in Arabic, English and French.",
                    "جميع الحلقات في قائمة تشغيل واحدة، مع ترجمة بالعربية والإنجليزية والفرنسية.",
                    "Tous les épisodes dans une seule liste de lecture, sous-titrés en arabe, en "
                    "anglais et en français.",
                ),
                url="https://www.youtube.com/playlist?list=PLDenyDaeshCashDemo",
            ),
        ],
    },
)

GENERATION_LEARNS = PageSpec(
    key="campaigns/this-generation-learns",
    model=CampaignPage,
    title=T("This Generation Learns", "هذا الجيل يتعلّم", "Cette génération apprend"),
    fr_slug="cette-generation-apprend",
    fields={
        "tagline": T(
            "Every classroom that reopens is a defeat for Daesh.",
            "كل صف دراسي يُعاد افتتاحه هزيمة لداعش.",
            "Chaque classe qui rouvre est une défaite pour Daech.",
        ),
        "hashtag": same("#ThisGenerationLearns"),
        "hero_image": ImageRef("campaign-generation-learns"),
        "hero_alt": T(
            "Abstract illustration: green and yellow tiles arranged like desks in a classroom.",
            "رسم تجريدي: مربعات خضراء وصفراء مرتبة كالمقاعد في صف دراسي.",
            "Illustration abstraite : des carreaux verts et jaunes disposés comme les pupitres "
            "d'une salle de classe.",
        ),
        "listing_image": ImageRef("campaign-generation-learns"),
        "topic": TopicRef(STABILISATION),
        "summary": T(
            "Daesh closed schools and rewrote textbooks. Teachers and pupils are taking their "
            "education back.",
            "أغلق داعش المدارس وأعاد كتابة المناهج. والآن يستعيد المعلمون والتلاميذ تعليمهم.",
            "Daech a fermé les écoles et réécrit les manuels. Enseignants et élèves reprennent "
            "en main leur éducation.",
        ),
        "body": [
            paragraph(
                T(
                    "Under Daesh, a generation of children lost years of school. Some classrooms "
                    "were destroyed; others were used to teach hatred. Since liberation, "
                    "communities, teachers and partners have worked to reopen schools and give "
                    "these children their future back.",
                    "في ظل داعش، خسر جيل من الأطفال سنوات من الدراسة. دُمّرت بعض الصفوف، "
                    "واستُخدم بعضها الآخر لتعليم الكراهية. ومنذ التحرير، تعمل المجتمعات "
                    "والمعلمون والشركاء على إعادة فتح المدارس وإعادة المستقبل إلى هؤلاء الأطفال.",
                    "Sous Daech, une génération d'enfants a perdu des années d'école. Des classes "
                    "ont été détruites, d'autres servaient à enseigner la haine. Depuis la "
                    "libération, les communautés, les enseignants et les partenaires s'emploient "
                    "à rouvrir les écoles et à rendre leur avenir à ces enfants.",
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
                    "Rehabilitated schools now welcome pupils in Anbar, Nineveh and Salah al-Din.",
                    "تستقبل المدارس المؤهَّلة التلاميذ الآن في الأنبار ونينوى وصلاح الدين.",
                    "Des écoles réhabilitées accueillent désormais des élèves dans les provinces "
                    "d'Anbar, de Ninive et de Salah ad-Din.",
                ),
            ),
            key_figures(
                T("Back to school", "العودة إلى المدرسة", "Retour à l'école"),
                (
                    same("1,200+"),
                    T("schools rehabilitated", "مدرسة أُعيد تأهيلها", "écoles réhabilitées"),
                ),
                (
                    same("500,000+"),
                    T(
                        "pupils back in class",
                        "تلميذ عادوا إلى الصفوف",
                        "élèves de retour en classe",
                    ),
                ),
            ),
            quote(
                T(
                    "The first day, the children asked whether the school would stay open. Now "
                    "they ask for more books.",
                    "في اليوم الأول، سأل الأطفال ما إذا كانت المدرسة ستبقى مفتوحة. والآن "
                    "يطلبون المزيد من الكتب.",
                    "Le premier jour, les enfants demandaient si l'école resterait ouverte. "
                    "Aujourd'hui, ils réclament plus de livres.",
                ),
                T("Layla Hassan", "ليلى حسن", "Layla Hassan"),
                T("Head teacher, Mosul", "مديرة مدرسة، الموصل", "Directrice d'école, Mossoul"),
            ),
            tweet("anbar-schools"),
        ],
    },
)

PAGES = [ONE_MISSION, DENY_DAESH_CASH, GENERATION_LEARNS]
