"""Hand annotations of quotes in ANERcorp passages (read by build.py).

Each document is a run of consecutive ANERcorp sentences (0-based, inclusive). A quote names
its content by a start snippet (the first words after the complementiser, or inside the
quotation marks) and an end snippet (the last words); without an end snippet the content
runs to the end of its sentence, leaving out the final full stop. The cue is found as the
nearest whole-word occurrence before the content (after it with cue_after=True). occ picks
the n-th occurrence (0-based) of a start snippet that occurs more than once.
"""


def R(cue, start, end=None, speaker=None, optional=False, note=None, occ=None, cue_after=False):
    """A reported-speech quote."""
    return dict(kind="reported", cue=cue, start=start, end=end, speaker=speaker,
                optional=optional, note=note, occ=occ, cue_after=cue_after)


def Q(cue, start, end, speaker=None, optional=False, note=None, occ=None, cue_after=False):
    """A direct quote (content inside the quotation marks)."""
    return dict(kind="direct", cue=cue, start=start, end=end, speaker=speaker,
                optional=optional, note=note, occ=occ, cue_after=cue_after)


def N(text, why, occ=None):
    """Quotation marks (or a reporting-like word) that do not make a quote."""
    return dict(text=text, why=why, occ=occ)


def doc(a, b, quotes, not_quotes=()):
    return dict(sentences=(a, b), quotes=list(quotes), not_quotes=list(not_quotes))


TERM = "quote marks around a term"
NAME = "quote marks around a name"
TITLE = "quote marks around a title"

DOCS = []

# --- German car industry (dpa) ---
_GOT = ["جوتشولك", "برند جوتشولك", "رئيس الاتحاد برند جوتشولك"]
DOCS.append(doc(0, 5, [
    R("أعلن", "شركات صناعة السيارات في ألمانيا تواجه",
      speaker=["اتحاد صناعة السيارات في ألمانيا", "اتحاد صناعة السيارات"]),
    R("وقال", "مستقبل السوق", speaker=_GOT),
    R("قال", "يتوقع أن تظل", "مرتفع هذا العام", speaker=_GOT,
      note="وعلي الرغم من أنه قال أنه ...: the main clause فإنه يبدو ... is the writer's"),
    R("ورأي", "يتعين أن يبلغ", speaker=_GOT),
    R("وأضاف قائلا", "نادرا ما كان", speaker=_GOT, note="speech without complementiser or marks"),
    R("وقال", "يتعين أن يصل", speaker=_GOT),
]))

# --- Guantanamo: Hamdan's lawyer ---
_OFF = ["مسؤول كبير في الادارة الاميركية", "المسؤول الكبير", "المسؤول"]
DOCS.append(doc(106, 111, [
    R("اعلن", "محامي احمد سليم حمدان", "المعتقلين في غوانتانامو", speaker=_OFF),
    R("اعتبرت", "الرئيس جورج بوش تجاوز", "المعتقلين في غوانتانامو",
      speaker=["المحكمة العليا الاميركية"], optional=True,
      note="a court ruling, nested in the official's statement"),
    R("واوضح", "لا يعلم ما اذا", speaker=_OFF),
    Q("وقال", "القيادة في غوانتانامو", "بشأن هذه القضية", speaker=_OFF,
      note="وقال المسؤول ان \"...\": all the content is inside the marks; runs over a sentence break"),
]))

# --- Nasrallah on al-Jazeera; Annan; Washington ---
_NAS = ["حسن نصر الله", "نصر الله", "السيد حسن نصر الله",
        "السيد حسن نصر الله الأمين العام لحزب الله اللبناني"]
DOCS.append(doc(112, 127, [
    R("اعتبرت", "الرئيس بوش تجاوز", "لمحاكمة المعتقلين في غوانتانامو",
      speaker=["المحكمة العليا الاميركية"], optional=True, note="a court ruling"),
    R("أكد", "البنية القيادية للحزب", speaker=_NAS),
    R("نافيا", "ما ذكره مسؤولون إسرائيليون", speaker=_NAS, optional=True,
      note="نافيا + noun phrase, no complementiser"),
    R("وقال", "هذا كلام غير صحيح", "وعار عن الصحة", speaker=_NAS),
    R("مؤكدا", "( الإسرائيليون ) لم يتمكنوا", speaker=_NAS),
    R("أكد", "الحزب ما يزال صامدا", speaker=_NAS),
    R("وقال", "الحزب يدير هذه المعركة", speaker=_NAS),
    R("وشدد علي", "إذا جاء الكون كله", speaker=_NAS),
    R("وأكد", "هزيمة حزب الله الذي", "هي هزيمة للأمة بأسرها", speaker=_NAS),
    R("وقال", "نتيجة المعركة", speaker=_NAS),
    R("وقالت", "هؤلاء الجنود الاسرائيليين", "في مارون الراس",
      speaker=["قناة الجزيرة", "مراسلها في القدس", "مراسلها"],
      note="قالت قناة الجزيرة نقلا عن مراسلها"),
    R("وقالت", "ألحق مجاهدونا", speaker=["المقاومة الاسلامية"],
      note="speech without complementiser or marks"),
    R("واعلنت", "تدمير دبابة ميركافا", speaker=["المقاومة الاسلامية"], optional=True,
      note="أعلن + verbal noun, no complementiser"),
    R("وقال", "هذه الخطة التي تستند", speaker=["عنان", "كوفي عنان"]),
    R("واعلنت", "وزيرة الخارجية كوندوليزا رايس ستزور", speaker=["واشنطن"]),
]))

# --- Morocco: Breton business body; compensation fund ---
_ANG = ["بيرنار أنغو", "أنغو"]
_BAL = ["بلاغ لوزارة الطاقة والمعادن", "وزارة الطاقة والمعادن"]
DOCS.append(doc(187, 193, [
    R("قال", "المغرب يعد", 'في هذا البلد الذي ينعم باستقرار سياسي حقيقي "', speaker=_ANG,
      note="partly inside quotation marks: reported, marks kept in the content"),
    R("وأكد", "المغرب » يشهد", "يترسخ «", speaker=_ANG,
      note="partly inside quotation marks"),
    R("وأضاف", "» أمن الممتلكات", "على الفرنسيين «", speaker=_ANG,
      note="two quoted fragments joined by بفضل"),
    R("مشيرا", "تهيئة ميناء", speaker=_ANG, optional=True,
      note="مشيرا ... الى + noun phrase, no complementiser"),
    R("ذكر", "متأخرات صندوق المقاصة", "من سنة2006", speaker=_BAL),
    Q("مشيرا إلى", "عجز صندوق المقاصة سيتراوح", "بسعر للبوتان ب600 دولار للطن", speaker=_BAL,
      note="مشيرا إلى أن \"...: the closing mark is missing in the source"),
], [
    N('" وجهة مفضلة "', "quote marks around a term (in the headline)", occ=0),
    N('" بروتان انتيرناسيونال "', NAME),
    N('" لورالي أيرو-أتلنتيك "', "quote marks around a magazine name"),
    N('" العملاقة "', "a single word in quote marks (ووصف ب \"العملاقة\")"),
]))

# --- Iraq resolution at the Security Council ---
_RAF = ["جان بيير رافاران", "رافاران", "جان بيير رافاران رئيس الوزراء الفرنسي"]
_DIP = ["دبلوماسيون", "الدبلوماسيون"]
DOCS.append(doc(335, 347, [
    R("قالت", "لن تتقدم بمشروعها", speaker=["فرنسا"]),
    R("وقال", "الولايات المتحدة ترى", speaker=_DIP),
    R("ترى", "فرنسا ذات أهمية بالغة", "استخدام القوة ضد العراق", speaker=["الولايات المتحدة"],
      optional=True, note="a view (ترى ان) nested in the diplomats' statement"),
    R("وقال", "فرنسا تريد أيضا", speaker=_DIP),
    R("وتقول", "تميل الى قبول", "منهج القرارين", speaker=["بريطانيا"]),
    R("قال", "من الواضح ان معظم", speaker=["كولن باول", "وزير الخارجية الاميركي كولن باول"]),
    R("قال", "يتعين على مجلس الأمن", speaker=_RAF),
    R("وقال", "ما من شك", speaker=_RAF),
    Q(None, "الرؤية المفرطة", "بين الخير والشر", speaker=_RAF, optional=True,
      note="a quoted phrase inside التحذير من ...; no reporting verb"),
    Q("وقال", "يمثل العراق", "الأمن في المنطقة", speaker=_RAF),
    R("وأصر", "مجلس الامن هو المنوط", speaker=_RAF),
    Q("واضاف", "لا يمكن التفكير", "الحاجة الضرورية جدا", speaker=_RAF,
      note="runs over a sentence break"),
], [
    N('" مناطق محظورة "', TERM),
]))

# --- Rice rules out an immediate ceasefire; Germany, France ---
_RICE = ["كوندوليزا رايس", "رايس", "وزيرة الخارجية الأميركية كوندوليزا رايس", "الوزيرة الأميركية"]
_BLZ = ["فيليب دوست بلازي", "بلازي", "وزير الخارجية الفرنسي فيليب دوست بلازي"]
DOCS.append(doc(401, 413, [
    R("استبعدت", "أي وقف إطلاق نار فوري", "بهذا الاتجاه", speaker=_RICE, optional=True,
      note="استبعد + noun phrase, no complementiser"),
    R("وقالت", "أي وعد بهذا الشأن", speaker=_RICE),
    R("وشددت", "الولايات المتحدة لا تريد", "لما تواجهه الآن", speaker=_RICE,
      note="cue split: وشددت رايس ... على أن"),
    R("مشيرة إلى", "ستسعى لتطبيق", speaker=_RICE),
    R("وأضافت", "وقف إطلاق نار بهذا المعنى", speaker=_RICE),
    R("وأعربت", "إسرائيل لا تعتزم", "نطاق الصراع في المنطقة", speaker=_RICE,
      note="أعربت عن اعتقادها بأن"),
    R("استبعدت", "أي مشاركة أميركية", speaker=_RICE, optional=True,
      note="استبعد + noun phrase, no complementiser"),
    R("أعلنت", "وزير الخارجية فرانك فالتر شتاينماير سيتوجه",
      speaker=["وزارة الخارجية الألمانية"]),
    R("حذر", "دوامة العنف", "تؤدي إلى كارثة", speaker=_BLZ),
    R("وقال", "الوضع تدهور", speaker=_BLZ),
    R("وأضاف", "هناك حاجة طارئة", "لمساعدة المدنيين", speaker=_BLZ),
    R("موضحا", "بلاده دعت", speaker=_BLZ),
], [
    N('" تفويض "', "a single word in quote marks"),
]))

# --- African Development Bank loans; Japanese media on China ---
_BANK = ["البنك الافريقي للتنمية", "البنك"]
DOCS.append(doc(458, 467, [
    R("قال", "منح المغرب قرضين", speaker=_BANK),
    R("واضاف", "القرض الاول وقيمته", speaker=_BANK),
    R("واشار", "منح أيضا بوركينا فاسو", speaker=_BANK, note="cue split: واشار البنك الى انه"),
    R("قالت", "الصين أبدت معارضتها", speaker=["وسائل الاعلام اليابانية"]),
    R("ونقلت", "لي تشاو شينج", speaker=["مسؤولين بوزارة الخارجية اليابانية", "وسائل الاعلام اليابانية"],
      note="ونقلت ... عن مسؤولين ... قولهم ان: the officials are the source, the media relay them"),
    R("وقال", "واشنطن تفكر في اجراء",
      speaker=["كريستوفر هيل", "كريستوفر هيل مساعد وزيرة الخارجية الامريكية"],
      note="slides into the first person (لاننا) without quotation marks"),
]))

# --- Rice to Israel; Syria, Annan, British ministers ---
_MEQ = ["فيصل المقداد", "المقداد", "فيصل المقداد نائب وزير خارجيتها"]
_ANN = ["كوفي أنان", "أنان", "الأمين العام للأمم المتحدة كوفي أنان"]
_BEC = ["مارغريت بيكيت", "وزيرة الخارجية البريطانية مارغريت بيكيت"]
_HOW = ["كيم هاولز", "هاولز", "وزير الدولة للشؤون الخارجية كيم هاولز"]
DOCS.append(doc(553, 564, [
    R("ونقلت", "رايس ستسعى خلال زيارتها", speaker=["مسؤولين سامين أميركيين", "نيويورك تايمز"],
      note="ونقلت نيويورك تايمز عن مسؤولين ... قولهم إن"),
    R("وقال", "ذلك سيعني السماح", speaker=["المسؤولون", "مسؤولين سامين أميركيين"]),
    R("أضاف", "واشنطن لم تكتف", "مع دمشق", speaker=_MEQ, note="speaker before the verb"),
    R("قائلا", "بلاده تريد حوارا", speaker=_MEQ),
    Q("واتهمهما", "بتهديد الشرق الأوسط برمته", "بتهديد الشرق الأوسط برمته",
      speaker=["جورج بوش", "الرئيس الأميركي جورج بوش"], optional=True,
      note="a quoted phrase after اتهم; not a clause"),
    R("اعتبر", "حلا طويل المدى", speaker=_ANN),
    R("وأكد", "أي هجوم بري إسرائيلي", 'خطيرا للغاية "', speaker=_ANN,
      note="partly inside quotation marks"),
    R("وحذر", "تشكيل تل أبيب لمنطقة عازلة", "في الجنوب اللبناني", speaker=_ANN, optional=True,
      note="حذر من + noun phrase"),
    Q("قائلا", "المنطقة ستكون أمنية", "تكثيف المقاومة", speaker=_ANN,
      note="the إن inside the marks is left out of the content"),
    R("وأبدت", "إسرائيل ستزن أفعالها", "ستزن أفعالها", speaker=_BEC,
      note="أبدت ثقتها من أن; a stray closing mark follows"),
    R("مذكرة", 'لما " خرجوا منه', 'من الجانبين "', speaker=_BEC, note="مذكرة كيف أنهم ..."),
    R("فوصف", "عشوائي", speaker=_HOW, optional=True, note="وصف X بأنه Y"),
    Q("وقال", "لم يبد خلال 11 يوما", "تستعمله إسرائيل", speaker=_HOW),
    Q("مضيفا", "إذا كانوا يريدون", "البلد بأكمله", speaker=_HOW,
      note="مضيفا أنه \"...\": all the content inside the marks"),
]))

# --- Iraq and the UN: Annan, a Western diplomat ---
_ANN2 = ["كوفي عنان", "عنان", "الأمين العام للامم المتحدة كوفي عنان"]
_WDIP = ["دبلوماسي غربي معتمد في بغداد", "دبلوماسي غربي", "الدبلوماسي"]
DOCS.append(doc(643, 655, [
    R("اعلن", "المحادثات ستستأنف", speaker=_ANN2),
    Q("وصرح", "كان ذلك ايجابيا", "مبدا عودة المفتشين", speaker=_WDIP),
    R("وعلي حد قوله", "عدم معارضة الولايات المتحدة", 'مؤشر ايجابي "', speaker=_WDIP,
      note="source phrase على حد قوله; partly inside quotation marks"),
    R("وكشف", "للمرة الأولي منذ 1998", speaker=_WDIP),
    Q("وقال", "بليكس تمكن", "في صلب النقاشات", speaker=_WDIP),
    R("وفي رايه", "الإعلان عن مواصلة الحوار", speaker=_WDIP, optional=True,
      note="في رأيه: a view rather than a statement"),
    Q("واوضح", "يبدو ان استراتيجية العراق", "تنازلات محدودة", speaker=_WDIP,
      note="runs over a sentence break"),
    Q("اعرب", "ياتي العراقيون", "حاملين انباء سارة", speaker=_ANN2,
      note="اعرب عنان عن الامل في ان \"...\"; the gloss اي قبول ... is the writer's"),
    Q("وبحسب", "الجولة المقبلة ستكون حاسمة", "الي ما لا نهاية", speaker=_WDIP),
    Q("ووصف", "كانت مفيدة وصريحة", "كانت مفيدة وصريحة",
      speaker=_ANN2 + ["صبري", "عنان وصبري", "ناجي صبري"],
      note="a joint description by Annan and Sabri"),
    Q("واضاف", "لاول مرة تمحورت", "بنزع الأسلحة", speaker=_ANN2),
]))

# --- Iraq and the UN: an Iraqi official, Sabri ---
_IQO = ["مسؤول عراقي", "المسؤول العراقي"]
DOCS.append(doc(656, 661, [
    R("واعتبر", "الحوار الذي جري", speaker=_IQO),
    Q("قال", "الموقف العراقي اصبح", "جميع الامور العالقة", speaker=_IQO),
    Q("ومضي يقول", "جلسات الحوار المفتوح", "مقبولة من قبل الطرفين", speaker=_IQO),
    R("مشيرا الي", '" العراق يتطلع', "لحل جميع القضايا", speaker=_IQO,
      note="partly inside quotation marks"),
    Q("وأضاف", "هناك مواضيع رفع الحصار", "الأميركية المتواصلة", speaker=_IQO),
    Q("قال", "عودة المفتشين لا يمكن", "عن طبيعة عملهم", speaker=_IQO),
    Q("وصف", "الحوار بانه كان مفيدا", "مفيدا وصريحا ومركزا", speaker=["صبري"],
      note="the marks enclose the object of وصف"),
]))

# --- King Abdullah II on Lebanon; Saddam's trial ---
_KING = ["عبدالله الثانـي", "جلالة الملك عبدالله الثانـي", "جلالته", "جلالة الملك"]
DOCS.append(doc(757, 769, [
    R("اكد", "شجبه وادانته", "على لبنان", speaker=_KING, optional=True,
      note="أكد + noun phrase, no complementiser"),
    R("مبينا", "الاردن سيستمر", speaker=_KING),
    R("وبين", "الاردن سيقوم بتقديم", speaker=_KING),
    R("واكد", "ضرورة بلورة موقف", speaker=_KING, optional=True,
      note="أكد + noun phrase, no complementiser"),
    R("وأعلن", "صدام لن يمثل",
      speaker=["جعفر الموسوي", "جعفر الموسوي رئيس الادعاء العام في المحكمة الجنائية العليا"]),
    R("واضاف", "التقرير الطبي أكد",
      speaker=["جعفر الموسوي", "جعفر الموسوي رئيس الادعاء العام في المحكمة الجنائية العليا"]),
    R("وأكد", "الفريق سيقاطع", speaker=["خليل الدليمي", "خليل الدليمي رئيس فريق الدفاع عن صدام"]),
], [
    N("» طالع ص7 «", "quote marks around a cross-reference (see page 7)"),
    N("الاردن يبادر دائما الى تقديم كل ما يلزم للأخوة والاشقاء العرب خاصة في المجالات الطبية والانسانية",
      "ويشار الى ان: the writer's background note, nobody is quoted"),
]))

# --- Olmert, Rice and Livni ---
_RICE2 = ["كوندوليزا رايس", "رايس", "وزيرة الخارجية الأميركية كوندوليزا رايس", "الوزيرة الأميركية"]
_OLM = ["إيهود أولمرت", "أولمرت", "رئيس الوزراء الإسرائيلي إيهود أولمرت"]
DOCS.append(doc(845, 857, [
    R("قال", "عازم على مواصلة الحرب", "الحرب على لبنان", speaker=_OLM),
    R("واعتبر", "إسرائيل تستخدم في الهجوم", speaker=_OLM),
    R("قالت", "قد حان الوقت", speaker=_RICE2, note="speaker before the verb: ... رايس التي قالت"),
    R("وأضافت", "الحل الدائم للأزمة", speaker=_RICE2),
    R("صرحت", "أي سلام يجب أن يستند", speaker=_RICE2),
    R("قالت", "إسرائيل لديها ثلاثة مطالب", speaker=["ليفني", "تسيبي ليفني"]),
    R("وأوضح", "الوزيرة الأميركية تحمل", speaker=["مراسل الجزيرة"]),
]))

# --- A NATO force for Lebanon: Bolton, Alliot-Marie, Siniora ---
_BOL = ["جون بولتون", "بولتون", "السفير الاميركي في الامم المتحدة جون بولتون"]
_MAM = ["ميشال اليو - ماري", "وزيرة الدفاع الفرنسية ميشال اليو - ماري"]
_SIN = ["فؤاد السنيورة", "رئيس الحكومة اللبناني فؤاد السنيورة"]
DOCS.append(doc(899, 909, [
    Q("وقال", "ندرس امكان", "قوة سلام دولية", speaker=_BOL, note="verb, then a colon"),
    R("وقال", 'قوة للحلف الاطلسي " هي', 'سندرسها جديا "', speaker=_BOL,
      note="partly inside quotation marks"),
    R("وذكرت", "المقترحات الاولى",
      speaker=['صحيفة " واشنطن بوست "', "واشنطن بوست", '" واشنطن بوست "']),
    R("واعلنت", "بلادها ستشارك", speaker=_MAM),
    Q("وقالت", "الرئيس شيراك سيقرر", "تضمن فاعلية هذه القوة", speaker=_MAM,
      note="runs over a sentence break"),
    Q("واكدت", "كل الدول التي تتحلى", "لدرس شروط مشاركتها", speaker=_MAM),
    R("واكد", "اي قوة دولية مستقبلية", speaker=_SIN),
    Q("وقال", "اذا تم البحث", "تحت علم الامم المتحدة", speaker=_SIN),
    R("معتبرا", "القوة الدولية التي تضم", speaker=_BOL),
], [
    N('" الناتو "', NAME),
    N('" سي ان ان "', NAME, occ=0),
    N('" واشنطن بوست "', NAME),
    N('" سي ان ان "', NAME, occ=1),
]))

# --- UN observers killed in south Lebanon ---
_OLM2 = ["إيهود أولمرت", "أولمرت", "رئيس الوزراء الإسرائيلي إيهود أولمرت"]
_ANN3 = ["كوفي أنان", "أنان", "الأمين العام للأمم المتحدة كوفي أنان"]
_BOL2 = ["جون بولتون", "السفير الأميركي في الأمم المتحدة جون بولتون"]
_OFFICE = ["بيان صادر عن مكتب أولمرت", "مكتب أولمرت", "البيان"]
DOCS.append(doc(1049, 1063, [
    R("وأفاد", "الأخير أبلغ", speaker=_OFFICE),
    R("وأضاف", "أولمرت أبلغ أنان أيضا", speaker=_OFFICE),
    R("قال", "الموقع العسكري الذي قضى", speaker=_ANN3,
      note="Annan's statement, nested in the statement of Olmert's office"),
    Q("وقال", "أنا مصدوم", "مركزا لمراقبي الأمم المتحدة في جنوب لبنان", speaker=_ANN3,
      note="the closing mark is missing in the source"),
    R("وكشف", 'تلقى " ضمانات شخصية "', speaker=_ANN3),
    R("وأوضح", "قائد قوات الأمم المتحدة", speaker=_ANN3),
    R("وطالبت", "إسرائيل بتقديم اعتذار علني", speaker=["الصين"], optional=True,
      note="طالب + object, no complementiser"),
    R("معتبرا", "المراقب الصيني ضحى",
      speaker=["لي تشاو شينغ", "وزير الخارجية الصيني لي تشاو شينغ"]),
    R("وقال", "مجلس الأمن أبلغ", speaker=_BOL2),
    R("طالبت", "إسرائيل بالاعتذار لمقتل", "أحد مراقبيها", speaker=["الصين"], optional=True,
      note="a photo caption; طالب + object"),
    R("مشيرا إلى", "سيسعى للحصول", speaker=_BOL2, note="continuing speaker across a photo caption"),
    Q("وأوضح", "إسرائيل تجري تحقيقا", "باسرع وقت ممكن",
      speaker=["دان غيلرمان", "سفير إسرائيل لدى الأمم المتحدة دان غيلرمان"]),
    R("نقلت", "12 من مراقبي", speaker=["مصدر دولي فضل عدم الإفصاح عن هويته", "مصدر دولي", "أسوشيتدبرس"],
      note="نقلت أسوشيتدبرس عن مصدر دولي ... أن"),
], [
    N('" أسفه العميق "', "a quoted phrase after أعرب عن, not a clause"),
    N('" صدمته "', "a single quoted word after عبر عن", occ=0),
    N('" أسفه الشديد "', "a quoted phrase after أعرب عن, not a clause"),
    N('" صدمته "', "a single quoted word after أعرب عن", occ=1),
]))

# --- TV series titles; Amitabh Bachchan ---
_BAC = ["أميتاب باتشان", "باتشان", "أميتاب باتشان نجم السينما الهندية"]
DOCS.append(doc(1083, 1093, [
    R("قائلا", "صناعة السينما في بلاده", speaker=_BAC),
    R("وقال", "لا يعتقد أن فوز", "أي فيلم عظيم", speaker=_BAC),
    R("مشيرا إلى", "الجوائز السنوية", speaker=_BAC),
    R("وقال", "بالرغم من عدم ظهوره", speaker=_BAC),
], [
    N('" بنت بنوت "', TITLE),
    N('" سوق الخضار "', TITLE),
    N('" الإمام المراغي "', TITLE),
    N('" على باب مصر "', TITLE),
    N('" نصر الله "', TITLE),
    N('" العروس والتعصب "', TITLE),
    N('" بي الكبير "', "quote marks around a nickname"),
    N('" يونيسيف "', NAME),
    N("الهند تنتج نحو ألف فيلم باثنتي عشرة لغة سنويا ولم يفز أي فيلم هندي قط بجائزة أوسكار برغم ترشيح فيلمي \" الهند الأم \" و \" لاجان \" للجائزة السينمائية الأهم في العالم",
      "يذكر أن: the writer's background note, nobody is quoted"),
]))

# --- Aziz Dweik's detention; Abbas on a new peace plan ---
_DWK = ["الدويك", "عزيز الدويك", "د. عزيز الدويك", "رئيس المجلس التشريعي الفلسطيني د. عزيز الدويك"]
_ABS = ["محمود عباس", "عباس", "رئيس السلطة الوطنية محمود عباس", "الرئيس الفلسطيني"]
_JZR = ["مراسلة الجزيرة"]
DOCS.append(doc(1283, 1293, [
    R("اعتبر", "محاكمته غير شرعية", "محاكمته غير شرعية", speaker=_DWK),
    R("حسب", "بعد إجباره من قبل الجنود", speaker=["هيئة الدفاع"], optional=True,
      note="parenthetical source (، حسب هيئة الدفاع ،) inside the clause it qualifies"),
    R("أكدت", "المحاكمة سياسية", speaker=["هيئة الدفاع"]),
    R("وقالت", "الدويك يعاني من وضع صحي سيئ", "بحسب شهادة هيئة الدفاع", speaker=_JZR),
    R("بحسب", "الدويك يعاني", "من وضع صحي سيئ", speaker=["هيئة الدفاع", "شهادة هيئة الدفاع"],
      cue_after=True, note="source phrase after the claim, nested in the correspondent's report"),
    R("مشيرة إلى", "إسرائيل لم تقدم بعد", "رسمية ضد الدويك", speaker=_JZR),
    R("رجحت", "تتضمن اللائحة", speaker=_JZR),
    R("أعلن", "القيادة الفلسطينية ستقدم", speaker=_ABS),
    Q("وقال", "نتشاور مع الإخوة", "لتحريك عملية السلام", speaker=_ABS),
    R("وأشار", '" شلل " عملية السلام', '" غير مقبولة "', speaker=_ABS,
      note="quoted fragments inside reported speech"),
    R("موضحا", "الحل يتأتى", 'التفاوض والإرادة "', speaker=_ABS),
    Q("شدد", "سلطة واحدة وسلاح", "تحمل مسؤولياته", speaker=_ABS,
      note="شدد ... على ضرورة \"...\""),
])
)

# --- Ethiopia floods; the Egyptian water minister ---
_ETP = ["متحدث باسم الشرطة الإثيوبية"]
_ABZ = ["محمود أبوزيد", "الدكتور محمود أبوزيد", "الدكتور محمود أبوزيد وزير الموارد المائية والري", "الوزير"]
DOCS.append(doc(1477, 1487, [
    R("طبقا لما قاله", "خرجت الأمور عن السيطرة", "عن السيطرة", speaker=_ETP, cue_after=True,
      note="source phrase after the claim"),
    Q("قال", "نحن نعد أنفسنا", "وقوارب الإنقاذ", speaker=_ETP,
      note="verb and colon, first-person speech without quotation marks"),
    R("وأضاف", "هناك جثثا لآدميين", "بشكل كبير", speaker=_ETP),
    R("حذر", "الموقف صار مخيفا", "الهائلة في الأرواح",
      speaker=["إبنيزر نجوي", "إبنيزر نجوي مدير برنامج الغذاء العالمي في إثيوبيا"]),
    R("صرح", "الأمطار الغزيرة , التي تسقط", speaker=_ABZ),
    R("وأشار إلي", "رغم ذلك , فقد زاد", speaker=_ABZ),
    R("وقال", "أجهزة الوزارة تتابع", speaker=_ABZ),
    R("وأوضح", "خلال الأعوام الأربعة", "لا يشكل أي خطورة", speaker=_ABZ),
    R("وأضاف", "رغم الأمطار الكثيفة", speaker=_ABZ),
    R("وأكد", "الأجهزة المصرية تعكف", "تواجهه حاليا", speaker=_ABZ),
], [
    N("الأمطار التي تشهدها إثيوبيا حاليا تعد الأكثر غزارة علي الإطلاق في البلد الذي يعاني مواسم جفاف طاحنة , ويعتمد علي المعونات الغذائية",
      "يذكر أن: the writer's background note, nobody is quoted"),
    N('" عين الذاكرة "', "quote marks around an exhibition title"),
]))

# --- A British convert: Abu Abdullah al-Turki (1) ---
_ABA = ["أبو عبد الله التركي", "ابو عبد الله", "ابو عبد الله التركي"]
DOCS.append(doc(1384, 1394, [
    Q("كما يقول", "الظلمات الى النور", "الظلمات الى النور", speaker=_ABA, cue_after=True,
      optional=True, note="a quoted phrase with كما يقول"),
    R("على حد قوله", "يصفها بـ « دار الحرب »", "ينتقل اليه مع اطفاله", speaker=_ABA,
      cue_after=True, note="source phrase after the claim"),
    R("ويقول", "دخل الاسلام فقط", speaker=_ABA),
    Q("ويقول", "جذبتني اليه", "للعربية والانجليزية", speaker=_ABA),
    R("على قناعة", "الشريعة ستطبق", speaker=_ABA, optional=True, note="a conviction, not a statement"),
    R("وينفي", "تكون الشرطة البريطانية", "بعد دخوله الاسلام", speaker=_ABA),
    R("ويضيف", "ينصح المسلمين الجدد", speaker=_ABA),
], [
    N("« الشرق الاوسط »", "quote marks around a newspaper name"),
    N("« انصار الشريعة »", NAME),
    N("« قبرصية تركية »", TERM),
]))

# --- A British convert: Abu Abdullah al-Turki (2) ---
DOCS.append(doc(1395, 1402, [
    R("يقول", "الصدامات مع الشرطة", speaker=_ABA[1:2]),
    R("ويؤكد", "ليس لديه ما يخفيه", "تحت قبضة الشرطة »", speaker=_ABA[1:2],
      note="partly inside quotation marks"),
    Q("ويقول", "انصار الشريعة ليس لها", "ولكن فرج الله قريب", speaker=_ABA[1:2]),
    Q("ويضيف", "نحن لسنا جماعة", "ضد الإسلام", speaker=_ABA[1:2], note="verb and colon"),
    Q("يقول", "انني اراعي الله", "نظرات الكفار", speaker=_ABA[1:2], note="verb and colon"),
    Q("ويردد", "وَإِذَا قِيلَ", "صُدُودًا", speaker=_ABA[1:2], optional=True,
      note="a Quranic verse he recites"),
    R("على حد قوله", "هداه الله", "الخير والثواب", speaker=_ABA[1:2], cue_after=True, optional=True,
      note="source phrase after the claim"),
    R("على حد قوله", "علم أنها حرام", "بتاريخهم العظيم", speaker=_ABA[1:2], cue_after=True,
      optional=True, note="source phrase after the claim"),
], [
    N("« لندنستان »", TERM),
    N("« انصار الشريعة »", NAME, occ=0),
    N("« النسا »", "quote marks around a sura name"),
]))

# --- Tindouf camps: protests against the Polisario leadership ---
DOCS.append(doc(1577, 1587, [
    R("وفق ما أفاد", "تخوض أسر عدد من المعتقلين", "بالإفراج الفوري عن أقاربهم",
      speaker=["عدد من شهود العيان", "شهود العيان"], cue_after=True,
      note="source phrase after the claim"),
    R("وحسب", "اتخذت هذه المظاهرات", speaker=["شهادات وردت من المخيمات", "شهادات"],
      note="وحسب X ، فقد ...; content starts after فقد"),
], [
    N("مظاهرات عنيفة اندلعت في مخيمات تندوف في يونيو الماضي", "يذكر أن: the writer's background note"),
    N("هذه المظاهرات العنيفة تأتي عقب الصدى الإيجابي", "يذكر ان: the writer's background note"),
    N("نصب خيام دائمة أمام ما يسمى بقيادة البوليساريو", "قررت: a decision, not speech"),
]))

# --- Chomsky after 9/11 (1) ---
_CHO = ["شومسكي"]
DOCS.append(doc(1622, 1633, [
    Q("يقول", "المفاجئ ليس هو الحدث", "المعتدين هم نحن", speaker=_CHO,
      note="verb and colon; the quote runs over six sentences (marks » ... « as in the source)"),
    Q("يقول", "كان الأمريكيون مستعدون", "بدلاء للسلطة", speaker=_CHO,
      note="runs over three sentences; » المثقفين « is nested"),
], [
    N("» 9 ـ 11 «", "quote marks around a book title"),
    N("» إرهاب «", "a single word in quote marks"),
    N("» زعيم الحقد على أمريكا «", "a label his critics used; no speaker"),
]))

# --- Chomsky after 9/11 (2) ---
DOCS.append(doc(1634, 1645, [
    Q(None, "لم تتعرض أمريكا", "تمرير الفعل الوطني", speaker=_CHO,
      note="his words continue with no reporting verb; the name comes after"),
    Q("يقول", "إنه يقع في أقصى", "في التاريخ الأمريكي", speaker=_CHO,
      note="إنه here is part of the quote (he = Bush), not a complementiser"),
]))

# --- Flights between the Emirates and Lebanon ---
_HAB = ["أنطونيو حبيب", "كابتن أنطونيو حبيب", "كابتن أنطونيو حبيب نائب رئيس طيران الشرق الأوسط",
        "كابتن أنطونيو"]
_DXB = ["مسؤول في مطار دبي الدولي", "المسؤول"]
DOCS.append(doc(1776, 1786, [
    R("اعلنت", "امكانية تعديل وجهات السفر", "الى أماكن أخرى", speaker=["الشركات"], optional=True,
      note="أعلن عن + noun phrase"),
    R("وأعلنت", "تكثيف رحلاتها", speaker=["جميع شركات الطيران العاملة على خطوط أبوظبي ودبي والشارقة"],
      optional=True, note="أعلن عن + noun phrase"),
    R("وابلغت", "صعوبة استقبال الطائرات", "في الوقت الراهن", speaker=["سلطات مطار بيروت"],
      optional=True, note="أبلغ + object, no complementiser"),
    Q("وقال", "من الصعب تسيير", speaker=_HAB, end="لخدمات النقل الجوي",
      note="verb and colon, no quotation marks"),
    R("وأفاد", "الناقلة اللبنانية اتخذت", speaker=_HAB),
    Q("وقال", "أعتقد أنه بمجرد", speaker=_HAB, end="مع مرور الوقت",
      note="verb and colon, no quotation marks"),
    Q("وقال", "إعادة تنظيم رحلات", "للمسافرين والطائرات", speaker=_DXB,
      note="verb, colon, then إن; no quotation marks"),
    R("مشيرا الى", "الأجواء مع لبنان", speaker=_DXB),
    R("وتوقع", "في ضوء المعلومات", speaker=_DXB, note="توقع المسؤول بأنه ، ... ، أن ..."),
    R("وقال", "تم تشكيل فرق عمل",
      speaker=["مسؤولون في شركات طيران الامارات والعربية للطيران ، وطيران الخليج", "مسؤولون"]),
]))

# --- A Vuillard painting; Spike Lee's Katrina film; Tehran cartoon exhibition ---
_LEE = ["لي", "سبايك لي"]
_SHG = ["مسعود شوغاي", "شوغاي"]
DOCS.append(doc(1832, 1844, [
    R("وقال", "فوبيار أحد الفنانين", "بمبلغ 315 ألف دولار", speaker=["ديفد فرانكلين", "ديفد فرانكلين أمين المتحف"]),
    R("موضحا", "الورثة يعتزمون", speaker=["ديفد فرانكلين", "ديفد فرانكلين أمين المتحف"]),
    R("وقالت", "لي أنتج عملا", "منذ عشرين عاما", speaker=["مجلة نيوزويك", "نيوزويك"]),
    R("وقال", "بذل قصارى جهده", "يحكون قصتهم", speaker=_LEE),
    R("ويقول", "كان في إيطاليا", speaker=_LEE, note="ويقول لي الذي يصف ... إنه ..."),
    R("حسب", "على الرسوم الكاريكاتيرية التي نشرت", speaker=["منظمي المعرض"], optional=True,
      note="parenthetical source (- حسب منظمي المعرض -) inside the clause"),
    Q("وقال", "لقد افتتحنا", "حرية التعبير عند الغربيين", speaker=_SHG,
      note="the speaker's title and a relative clause stand between the verb and the quote"),
    Q("وأضاف", "بإمكانهم أن يكتبوا", "يرسل إلى السجن", speaker=_SHG),
    R("وأوضح", "الرسوم المعروضة", speaker=_SHG),
], [
    N('" انهيار الحواجز ترنيمة من أربعة فصول "', TITLE),
    N('" هل تعرف ماذا يعني أن تفتقد نيو أورليانز "', "quote marks around a song title"),
    N('" كاريكاتير إيران "', NAME, occ=0),
]))

# --- Mashhad: the Astan Quds Razavi foundation ---
_KHR = ["الشيخ الخراساني", "الخراساني", "الشيخ الخراساني أمين المجمع"]
DOCS.append(doc(2036, 2046, [
    R("يقول", "الإمام الرضا من أغني", speaker=["البعض"], note="a vague source, kept as written"),
    R("يقول", "هناك 15 مؤسسة",
      speaker=["برادران رفيعي", "الدكتور برادران رفيعي",
               "الدكتور برادران رفيعي مساعد آية الله طبسي في الأمور الثقافية للأستانة الرضوية"]),
    R("فيقول", "مجمع البحوث الاسلامية له", "في مجال الاقتصاد الاسلامي", speaker=_KHR,
      note="أما X فيقول إن: speaker before the verb"),
    R("ويضيف", "المجمع الذي تأسس", speaker=_KHR),
], [
    N('" الأزبك "', NAME),
    N('" الشاه إسماعيل الأول "', NAME),
    N('" الشاه طهماسب "', NAME),
    N('" الشاه عباس الأول "', NAME),
    N('" نادر شاه "', NAME),
    N('" العربية ، الفرنسية ، الانجليزية ، الألمانية ، الأردية ، الروسية "',
      "quote marks around a list of languages"),
]))

# --- The Sarakhs free zone; Iran's economy ---
_TBS = ["ناصر الطبسي", "السيد ناصر الطبسي", "السيد ناصر"]
DOCS.append(doc(2076, 2090, [
    Q("يقول", "إن اختيارنا لموقع المنطقة", "بعيدة عن القرار الحكومي", speaker=_TBS,
      note="verb and colon; the إن inside the marks is kept (verbatim)"),
    R(None, "إنها حقا منطقة مهمة", "ومراكز تجارية", speaker=_TBS, optional=True,
      note="first-person speech (فإننا أقمنا) with no cue and no quotation marks"),
    Q("ويضيف", "إن أمامنا شعاراً", "إلغاء سمة الدخول", speaker=_TBS, note="verb and colon"),
    Q("يقول", "إننا من أجل دعم", "ومطار دولي", speaker=_TBS,
      note="verb and colon; runs over three sentences"),
    R("وتقول", "الهدف الرئيسي للخطة", "في أولويات برامجها", speaker=["التقارير الاقتصادية"]),
    R("اعلنت", "تحويل 2200 شركة", speaker=["الحكومة الإيرانية"], optional=True,
      note="أعلن عن + noun phrase"),
    Q("يقول", "ان انهيار اسعار النفط", "لخدمة الدين الخارجي",
      speaker=["مصيب نعيمي", "رئيس تحرير جريدة الوفاق مصيب نعيمي"], note="verb and colon"),
], [
    N('" منطقة سرخس التجارية الحرة "', NAME),
    N('" E .\nC .\nO "', "quote marks around an acronym"),
    N('" بندر عباس "', NAME),
    N('" 700 كيلو متر "', "quote marks around a figure"),
    N("إيران هي ثاني منتج عالمي للنفط في منظمة الأقطار المصدرة للنفط", "ويذكر أن: the writer's background note"),
    N('" أوبك "', NAME),
    N('" 780 "', "quote marks around a figure"),
]))

# --- Hong Kong before 1997 ---
DOCS.append(doc(2230, 2247, [
    Q("قال", "إن الحكومة تواجه", "في ميزانيتها",
      speaker=["واحد من رجال الاقتصاد الحكوميين في هونج كونج", "واحد من رجال الاقتصاد الحكوميين"],
      note="قال لنا : ...; no quotation marks; his words may run on into the next sentences"),
    Q("يقول", "من الواضح أن بريطانيا", "تنفيذ مثل ذلك التعهد",
      speaker=["شارلز مورفي", "شارلز مورفي السياسي الإنجليزي"], note="runs over three sentences"),
    Q("قال", "ذلك نهر قد عبرناه", "ذلك نهر قد عبرناه بالفعل",
      speaker=["ميجور", "جون ميجور", "جون ميجور رئيس وزراء بريطانيا"]),
], [
    N('" الريكشا "', TERM),
]))

# --- An Israeli raid near Baalbek ---
_HZB = ["ناطق باسم حزب الله", "المتحدث باسم حزب الله"]
_SIN2 = ["السنيورة", "الرئيس السنيورة", "فؤاد السنيورة"]
_LMIL = ["ناطق عسكري لبناني"]
DOCS.append(doc(2294, 2308, [
    R("بابلاغه", "يتابع موضوع الخرق", speaker=["الامين العام للامم المتحدة", "انان"],
      note="اكتفى ... بابلاغه انه"),
    R("ابلغه", "اصبح اكثر اطمئنانا", speaker=["الامين العام للامم المتحدة", "انان"]),
    R("متسائلا", "لو ان لبنان قام", "عقوبات زاجرة بحقه", speaker=["رئيس مجلس النواب"],
      note="a reported question"),
    Q("اعتبر", "خرق فاضح لاتفاق", "وقف الاعمال العدائية", speaker=_SIN2, optional=True,
      note="اعتبر X بمثابة « ... »: a quoted phrase, not a clause"),
    R("واعلن", "سبق وابلغ الامين العام", speaker=_SIN2),
    R("واعلن", "طلب من الوفد الدولي", speaker=["الياس المر", "وزير الدفاع الياس المر"],
      note="ends in a quoted fragment"),
    R("وقال", "مروحيتين اسرائيليتين", speaker=_LMIL),
    R("واضاف", "الجنود الاسرائيليين هاجموا", speaker=_LMIL),
    R("واكد", "الجنود الاسرائيليين اشتبكوا", speaker=_LMIL),
    R("اكد", "اشتباكا وقع", speaker=_HZB),
    Q("وقال", "اجبرناهم على التراجع", "في صفوفهم", speaker=_HZB),
    R("واوضح", "الجيش الاسرائيلي حاول", speaker=_HZB),
    R("واكد", "حزب الله لم يسجل", "في صفوف عناصره", speaker=_HZB),
    R("اشارت الى", "مقتل ثلاثة من مقاتلي الحزب", speaker=["معلومات صحافية"], optional=True,
      note="أشار إلى + noun phrase, inside the Hezbollah spokesman's sentence"),
    R("اكد", "الجنود الاسرائيليين كانوا يرتدون", speaker=["شاهد عيان"]),
    R("كما افادت", "الطيران الاسرائيلي قد حلق", "الانزال الجوي وبعدها",
      speaker=["الشرطة اللبنانية"], cue_after=True, note="source phrase after the claim"),
]))

# --- Peacekeepers for Lebanon: Bulgaria, Indonesia, Israel ---
_STN = ["سيرغي ستانيشيف", "ستانيشيف", "رئيس الوزراء البلغاري سيرغي ستانيشيف"]
_SUD = ["جوونو سودارسونو", "وزير الدفاع", "وزير الدفاع جوونو سودارسونو"]
_GIL = ["دان غيلرمان", "السفير الاسرائيلي في الامم المتحدة", "الديبلوماسي الاسرائيلي"]
DOCS.append(doc(2341, 2351, [
    R("اعلن", "بلغاريا « مستعدة »", speaker=_STN),
    R("ونقلت", "الحكومة « مستعدة مبدئيا", speaker=_STN + ["وكالة بي. تي. ايه"],
      note="ونقلت وكالة ... عن ستانيشيف قوله ... ان; partly inside quotation marks"),
    R("ونقلت", "اندونيسيا ستعارض", speaker=_SUD + ["وكالة انباء انتارا الرسمية الاندونيسية"]),
    Q("ونقل", "نزع سلاح مقاتلي", "مسألة حساسة", speaker=_SUD, note="ونقل عن ... قوله « ... »"),
    R("صرح", "اسرائيل لا ترغب", speaker=_GIL),
    Q("وقال", "سيكون من الصعب ان لم", "ديبلوماسية معها", speaker=_GIL),
    R("وقال", "اسرائيل ستكون « سعيدة جدا »", speaker=_GIL),
    Q("واضاف", "لكن سيكون من السذاجة", "توفير الامن لها", speaker=_GIL),
    R("كما قال", "هو امر يتجاوز", speaker=["رزق", "الوزير رزق", "شارل رزق"],
      note="parenthetical كما قال ...; the claim starts before the cue (موضوع جرائم الحرب ...)"),
], [
    N("« للديار »", "quote marks around a newspaper name"),
]))

# --- Gaza: incursions and air raids ---
_SEC = ["مصدر أمني"]
_IDF = ["متحدث باسم الجيش الإسرائيلي"]
_SQ = ["سرايا القدس", "السرايا", "سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي في فلسطين"]
DOCS.append(doc(2512, 2526, [
    R("وأكد", "الشهداء الثلاثة هم", speaker=["مصدر في حركة الجهاد الإسلامي"],
      note="partly inside quotation marks; note إن after أكد"),
    R("وفق ما أعلن", "توغلت عدة آليات", "وسط إطلاق النار", speaker=["مصدر أمني فلسطيني"],
      cue_after=True, note="source phrase after the claim"),
    Q("وقال", "اكثر من عشرين دبابة", "تغطي عملية التوغل", speaker=_SEC),
    R("واشار إلى", "قوة من الجيش الإسرائيلي داهمت", speaker=_SEC),
    R("وقال", "الجرحى الأربعة الآخرين", speaker=["المصدر الطبي"]),
    R("وفقا لما قال", "قامت الجرافات العسكرية", "في نفس المنطقة", speaker=["مصدر أمني محلي"],
      cue_after=True, note="source phrase after the claim"),
    R("وقال", "مروحية هجومية أطلقت", speaker=_SEC),
    R("وقال", "الجيش الإسرائيلي أنذر", speaker=_SEC),
    R("أكد", "الطيران أغار على جباليا", speaker=_IDF),
    R("وقال", "العملية استهدفت", 'عائدة للجهاد الإسلامي "', speaker=_IDF,
      note="partly inside quotation marks"),
    R("واوضح", "إسرائيل أخطرت سكان", speaker=_IDF),
    R("أعلنت", "مسؤوليتها عن قنص جندي", speaker=_SQ, optional=True,
      note="a claim of responsibility: أعلن + noun phrase"),
    Q("وأضافت", "تمكنت مجموعة من مجاهدي", "واشتعال النيران فيها", speaker=_SQ),
], [
    N('" ناحال عوز "', NAME),
]))

# --- Football: Ronaldo, Tevez ---
_CR = ["رونالدو", "كريستيانو رونالدو", "اللاعب البرتغالي كريستيانو رونالدو"]
DOCS.append(doc(2565, 2580, [
    Q("قائلا", "ستكون المباريات الخارجية", "سأحتفظ بهدوئي", speaker=_CR,
      note="single quotation marks (') as in the source"),
    R("واعترف", "الامر كان اكثر سهولة", "التي جرت بمانشستر", speaker=_CR),
    Q("وقال", "سارت الامور بشكل طيب", "مباراتنا الاولى خارج ارضنا", speaker=_CR,
      note="runs over three sentences"),
    Q("واضاف", "سأحاول الا اشغل", "قصارى جهدي في المباراة", speaker=_CR),
    R("وذكر", "المسؤولين يجهلون", speaker=["مصدر في النادي البرازيلي"]),
    R("اعلن", "تلك المباراة قد تكون", speaker=["تيفيز", "كارلوس تيفيز"]),
    R("ذكرت", "تيفيز سينتقل", speaker=["تقارير صحفية"]),
    R("وذكرت", "ميلان الايطالي دخل", speaker=["صحيفة ' لانس ' البرازيلية", "لانس", "' لانس '"]),
    R("ذكرت", "مانشستر يونايتد سيتقدم",
      speaker=["صحيفة ' دايلي ميرور '", "دايلي ميرور", "' دايلي ميرور '"]),
], [
    N("' لانس '", "quote marks around a newspaper name"),
    N("' دايلي ميرور '", "quote marks around a newspaper name"),
]))

# --- Egyptian health insurance; Chavez in Damascus ---
_RTB = ["سعيد راتب", "الدكتور سعيد راتب", "رئيس الهيئة", "الدكتور سعيد",
        "الدكتور سعيد راتب رئيس الهيئة العامة للتأمين الصحي"]
_CHV = ["شافيز", "الرئيس شافيز", "اوغو شافيز", "الرئيس اوغو شافيز رئيس جمهورية فنزويلا"]
_ASD = ["الاسد", "الرئيس الاسد", "بشار الاسد", "الرئيس الأسد"]
DOCS.append(doc(2689, 2712, [
    R("أعلن", "خطة للقضاء علي قوائم الانتظار", "لمرضي العمي القرني", speaker=_RTB, optional=True,
      note="أعلن عن + noun phrase"),
    R("وأعلن", "مشروعات عديدة تعتزم", "خلال الفترة المقبلة", speaker=_RTB, optional=True,
      note="أعلن عن + noun phrase"),
    R("وأعلن", "سيتم تقييم تجربة", "لتوفيرها بمحافظات مصر", speaker=_RTB),
    R("قال", "هناك افاق جديدة", speaker=_CHV, note="ادلى ... بتصريح ... قال فيه أن"),
    Q(None, "أريد ان انوه", "تخفق قلوبهم بالحب في فنزويلا", speaker=_CHV,
      note="the quoted statement follows with no verb of its own; runs over five sentences"),
    Q("واضاف", "لدينا نفس الرؤية", "كما انتم واثقون هنا", speaker=_CHV),
    Q("قال", "نحن نستقبل الان", "في السنوات السابقة", speaker=_ASD, note="verb and colon"),
    R("واضاف", "الافاق مفتوحة قبل الزيارة", "من اصول عربية وسورية", speaker=_ASD,
      note="runs over three sentences"),
    Q("وتابع", "ان ما سنقوم به", "مع فنزويلا وسورية", speaker=_ASD, note="verb and colon"),
]))

# --- Annan in Damascus; Olmert; Jordan ---
_ANN4 = ["أنان", "كوفي أنان", "الأمين العام للأمم المتحدة كوفي أنان"]
_OLM3 = ["إيهود أولمرت", "أولمرت", "رئيس الوزراء الإسرائيلي إيهود أولمرت"]
DOCS.append(doc(2769, 2778, [
    R("طالب", "بانسحاب القوات الإسرائيلية", "إلى المنطقة", speaker=_ANN4, optional=True,
      note="طالب + noun phrase"),
    R("طالب", "برفع الحصار الإسرائيلي", "منذ سبعة أسابيع", speaker=_ANN4, optional=True,
      note="طالب + noun phrase"),
    R("وحذر", "الوضع في جنوب لبنان يتسم", speaker=_ANN4, note="حذر من أن"),
    R("أعلن", "رفض طلب أنان", "رفع الحصار", speaker=_OLM3),
    R("قائلا", "أي تخفيف من الضغوط", speaker=_OLM3),
    R("قال", "إسرائيل مستعدة لمناقشة", speaker=["مصدرا سياسيا إسرائيليا رفيعا"],
      note="speaker before the verb (لكن مصدرا ... قال إن)"),
    R("وأعلن", "يحاول تسريع وصول", "إلى جنوب لبنان", speaker=_ANN4),
    R("وقال", "الملك عبد الله الثاني", 'برفع هذا الحصار فورا "',
      speaker=["الخطيب", "عبد الإله الخطيب", "وزير الخارجية الأردني عبد الإله الخطيب"],
      note="partly inside quotation marks"),
    R("أشار", "يدعم هذا الطلب", "يدعم هذا الطلب", speaker=_ANN4, note="أشار أنان إلى أنه"),
    R("مؤكدا", "الحاجة إلى التحرك السريع", speaker=_ANN4, optional=True,
      note="مؤكدا + noun phrase"),
], [
    N('" فوري للحصار "', "a quoted fragment after دعا إلى, not a clause"),
]))

# --- Israeli withdrawal; cluster bombs ---
_UNF = ["قوات يونيفيل", "يونيفيل", "بيان صادر عن يونيفيل"]
_PMS = ["الناطقة باسم رئيس الوزراء الإسرائيلي", "المتحدثة"]
_UNO = ["مسؤول بارز بالأمم المتحدة"]
DOCS.append(doc(2779, 2787, [
    R("أعلن", "انسحب من نحو ثلثي", speaker=["الجيش الإسرائيلي"]),
    R("قالت", "إسرائيل ستسحب قواتها", speaker=_PMS,
      note="the speaker and ردا على ... stand between the verb and إن"),
    Q("وقالت", "اتفقنا على أن إسرائيل", "عن أرقام محددة", speaker=_PMS),
    R("قالت", "الجيش الإسرائيلي استأنف", speaker=_UNF),
    R("وأفاد", "وحدات إسرائيلية انسحبت", "وشبعا الحدودية", speaker=_UNF),
    R("مضيفا", "القوات الدولية ستسلمها", speaker=_UNF),
    R("مؤكدا", "طلب من إسرائيل تسليم", speaker=["الأمين العام للأمم المتحدة", "أنان"]),
    Q("وقال", "مثل هذه الأسلحة", "من أجل نزعها", speaker=["الأمين العام للأمم المتحدة", "أنان"]),
    R("قال", "القنابل العنقودية التي أسقطتها", "تشكل خطرا على المدنيين", speaker=_UNO),
    Q("ووصف", "تصرف غير أخلاقي تماما", "تصرف غير أخلاقي تماما", speaker=_UNO,
      note="وصف X بأنه \"...\""),
    R("وقال", "بعض القنابل التي أطلقتها",
      speaker=["يان إيغلاند", "منسق معونات الطوارئ للأمم المتحدة يان إيغلاند"]),
]))

# --- Gulf education fair; Egypt and COMESA ---
_HGZ = ["محمد حجازي", "الدكتور محمد حجازي", "الدكتور محمد حجازي مساعد وزير الخارجية للشئون الافريقية",
        "حجازي", "الدكتور حجازي"]
DOCS.append(doc(2828, 2841, [
    Q("وقالت", "حقق قطاع تقنيات", "في منطقة الشرق الأوسط", speaker=["أنيت براون"],
      note="verb, speaker, title, colon; runs over two sentences"),
    Q("قال", "حقق المعرض نجاحاً", "الجادة مع عملائنا", speaker=["كيشور كيني"],
      note="verb, speaker, colon; runs over two sentences"),
    R("اكد", "الوزارة تضع العلاقات", "بين مصر ودول الكوميسا", speaker=_HGZ),
    R("وقال", "العلاقات المصرية الافريقية", speaker=_HGZ),
    R("اوضح", "سياسة الوزارة في التعاون", speaker=_HGZ),
    R("واكد", "دور وزارة الخارجية مهم",
      speaker=["مصطفي الاحول", "المهندس مصطفي الاحول",
               "المهندس مصطفي الاحول رئيس مجلس االاعمال المصري شرق افريقي"]),
], [
    N('" بروميثيان تكنولوجي غروب "', NAME),
    N('" آلمو "', NAME),
    N('" سي .\nأس .\nأم .\nديداكتيك "', NAME),
]))

# --- Security Council resolution 1706 on Darfur ---
_BOL3 = ["جون بولتون", "بولتون", "السفير الامريكي جون بولتون"]
_QTR = ["جمال ناصر البدر", "ممثل قطر جمال ناصر البدر", "السفير القطري"]
_GHA = ["نانا ايفا - ابنتنغ", "سفير غانا", "رئيس المجلس نانا ايفا - ابنتنغ"]
_WNG = ["وانغ غوانغيا", "وانغ", "سفير الصين وانغ غوانغيا"]
DOCS.append(doc(2893, 2905, [
    Q("وقال", "نحن سعداء", "هذه الخطوة المهمة", speaker=_BOL3,
      note="a long relative clause stands between the speaker and the quote"),
    Q("واضاف", "لا بد من التحرك فورا", "المفجعة في دارفور", speaker=_BOL3),
    R("وقال", "واشنطن تتوقع من الخرطوم", "لشروط القرار", speaker=_BOL3),
    R("محذرا", "عدم قيامها بذلك", speaker=_BOL3, note="محذرا من ان; partly inside quotation marks"),
    R("واكدت", "لا يمكنها تأييد النص", "تأييد النص", speaker=["قطر"]),
    Q("وقال", "لا بد من بذل مزيد", "طوعية من السودان", speaker=_QTR,
      note="وقال ... انه \"...\": all the content inside the marks"),
    Q("واضاف", "كما نعلم", "يجب ان تكون طوعية", speaker=_QTR),
    Q("وقال", "القرار لا يغلق الباب", "مع الحكومة السودانية", speaker=_GHA),
    R("واضاف", "المشاورات ستتواصل", speaker=_GHA),
    R("وقال", "بلاده تدعم نشر", 'ما ان يكون ذلك ممكنا "', speaker=_WNG,
      note="partly inside quotation marks"),
    R("موضحا", "بلاده امتنعت عن التصويت", speaker=_WNG),
    R("واعرب", "يتسبب القرار 1706", speaker=_WNG, note="اعرب عن مخاوفه من ان"),
    R("واعتبر", "يفترض اعتماد خطة", speaker=["كنزو اوشيما", "ممثل اليابان كنزو اوشيما"]),
]))

# --- 11 September 2001 ---
_RUM = ["دونالد رامسفيلد", "رامسفيلد", "وزير الدفاع الاميركي دونالد رامسفيلد"]
_SHL = ["هنري شيلتون", "الجنرال هنري شيلتون", "الجنرال هنري شيلتون رئيس الاركان الاميركي"]
DOCS.append(doc(3038, 3052, [
    R("نفى", "تكون الولايات المتحدة شنت", "هجمات ضد افغانستان", speaker=_RUM, note="... مؤتمرا صحافيا نفى فيه ان"),
    R("قائلا", "ذلك ليس الوقت المناسب", speaker=_RUM),
    R("نفى", "ذلك تماما", speaker=["البيت الابيض"], optional=True,
      note="نفى + an anaphoric object (the speculation in the sentence before)"),
    R("قال", "الاعتداء نفذ بواسطة متطرفين", "بواسطة متطرفين", speaker=_SHL),
    R("وأكد", "القوات المسلحة الاميركية جاهزة", speaker=_SHL),
    R("حسب", "بلغ عدد القتلى", "اكثر من 10 الاف شخص",
      speaker=["السلطات الامنية في نيويورك", "تقديرات السلطات الامنية في نيويورك"], cue_after=True,
      note="source phrase after the claim"),
    R("وقالت", "فقدت طائرتين", speaker=["شركة اميركان ايرلاينز", "اميركان ايرلاينز"]),
    R("فقال", "رأى الطائرة الثانية", "تابعة لشركة اميركان ايرلاينز", speaker=["احد الشهود"]),
    R("قال", "الطائرتين من طراز بوينج 737", speaker=["شهود آخرون"]),
    R("وأكدت", "الطائرتيين مختطفتان", "قبل وقوع العمل الارهابي", speaker=["الشرطة الاميركية"],
      note="runs over a (spurious) sentence break inside إف . بي . آي"),
    R("وقالت", "الطائرتين اختطفتا من بوسطن", "اختطفتا من بوسطن", speaker=["مصادر"]),
    R("قالت", "الطائرة الاولى اختطفت", speaker=["مصادر اخرى"]),
], [
    N("« اف ـ 16 »", "quote marks around an aircraft type"),
    N("« اف ـ 15 »", "quote marks around an aircraft type"),
    N("هذه ضربات اميركية", "اثارت تكهنات بأن: speculation, nobody is quoted"),
]))

# --- Nasrallah on a national unity government and Blair's visit ---
_NAS2 = ["نصر الله", "حسن نصر الله", "الأمين العام لحزب الله حسن نصر الله", "الأمين العام لحزب الله"]
DOCS.append(doc(3192, 3201, [
    R("اعتبر", "الحكومة الحالية عاجزة", "استحقاقات الحرب", speaker=_NAS2, note="a photo caption"),
    R("وقال", "الحكومة الحالية غير مؤهلة", speaker=_NAS2),
    R("وأضاف", "حكومة المرحلة القادمة", "والنائب المسيحي السابق سليمان فرنجية", speaker=_NAS2),
    R("مشددا على", "لبنان لا يمكن أن يدار", speaker=_NAS2),
    R("ورجح", "ترفض قوى 14 آذار", "أن يستمروا في الحكم", speaker=_NAS2),
    R("بزعم", "يمثلون أغلبية", "أن يستمروا في الحكم", speaker=["قوى 14 آذار"], optional=True,
      note="a claim attributed to 14 March inside Nasrallah's prediction"),
    R("مشيرا إلى", "يريدون في الحقيقة", speaker=_NAS2),
    R("وقال", "لبنان ليس بحاجة", "المتفق عليها وطنيا", speaker=_NAS2),
    R("مضيفا", "قوى 14 آذار تريد", speaker=_NAS2),
    R("وقال", "الطيران الإسرائيلي كان يقصف", speaker=_NAS2),
    R("وأشار إلى", "قواعد الحزب سكتت", speaker=_NAS2),
    R("وأشار", "الإعلام الإسرائيلي أنصف", "شريكة في الحرب مع إسرائيل", speaker=_NAS2),
    R("وكشف", "بعض الشخصيات من هذه القوى", speaker=_NAS2),
    R("وقال", "كان شريكا في القتل لأنه سمح باستخدام", "لقتل أطفال لبنان ونسائه", speaker=_NAS2,
      note="a photo caption that the source encloses in quotation marks"),
    R("واعتبر", "استقباله في بيروت", 'والذين هجروا "', speaker=_NAS2,
      note="partly inside quotation marks"),
    R("وقال", "بلير كان شريكا", "أطفال لبنان ونسائه", speaker=_NAS2),
    R("وأشار إلى", "ذا كانت الحكومة", speaker=_NAS2, note="وأشار إلى أنه ذا (= إذا) ..."),
    Q("وتساءل", "هل الناس حجارة", "بشر في لبنان ؟", speaker=_NAS2),
]))

# --- Baquba: conflicting accounts of a US raid ---
_USA = ["الجيش الأميركي", "بيان للجيش"]
_PAS = ["فرانك باسكوال", "النقيب فرانك باسكوال",
        "المتحدث باسم القيادة الوسطى الأميركية النقيب فرانك باسكوال"]
_MIO = ["بيان صادر عن المكتب الإعلامي", "المكتب الإعلامي", "البيان"]
DOCS.append(doc(3274, 3288, [
    R("أعلن", "قتل ثمانية هم", speaker=_USA),
    R("وذكر", "قواته استعانت", "مسلحين بأحد المنازل", speaker=_USA),
    R("وأكد", "العثور على أسلحة", speaker=_USA, optional=True, note="أكد + noun phrase"),
    R("وأوضح", "عندما ازداد حجم النيران", speaker=_PAS),
    R("وقال", "تم اعتقال اثنين", speaker=_PAS),
    R("ذكرت", "قوات التحالف قصفت", "غرب بعقوبة", speaker=["مصادر في الشرطة", "المصادر"]),
    R("وأكدت", "عدم معرفتها بالأسباب", speaker=["مصادر في الشرطة", "المصادر"], optional=True,
      note="أكد + noun phrase"),
    R("أكد", "دوريات أميركية راجلة", speaker=["أحد أقرباء العائلة"], note="speaker before the verb"),
    R("وقالت", "أفراد الأسرة كانوا", speaker=["أنباء"], note="a vague source, kept as written"),
    R("وذكر", "القوات الأميركية اقتحمت", "بينهم أربع نساء", speaker=["أهالي المنطقة"]),
    R("أعلنت", "قتل تسعة واعتقال", speaker=["القيادة العامة للقوات المسلحة العراقية"], optional=True,
      note="أعلن + verbal noun"),
    R("وأكد", "قوات وزارة الداخلية قتلت", speaker=_MIO),
    R("وذكر", "العملية تمت إثر", "من داخل المسجد", speaker=_MIO),
    R("وأضاف", "العملية أسفرت", speaker=_MIO),
    R("وأعلنت", "قتلت سبعة وجرحت", speaker=["القوات العراقية"]),
    R("وأكد", "اعتقال قائد كتائب", speaker=["بيان آخر"], optional=True, note="أكد + verbal noun"),
    R("وأكد", "اعتقال العشرات", speaker=["مصدر بشرطة محافظة بابل"], optional=True,
      note="أكد + verbal noun"),
    R("واعترف", "بتصاعد الهجمات المسلحة", speaker=["متحدث عسكري أميركي"], optional=True,
      note="اعترف ب + noun phrase"),
]))

# --- Iran's enrichment; Iraqi tribes; Kurdistan's oil ---
_NJD = ["محمود أحمدي نجاد", "نجاد", "الرئيس الإيراني محمود أحمدي نجاد"]
_BRZ = ["نتشيرفان البارزاني", "رئيس وزراء الإقليم نتشيرفان البارزاني"]
DOCS.append(doc(3466, 3480, [
    R("وقالت", "المفاوضات ستستأنف", "قبلت إيران تعليق التخصيب", speaker=["رايس"]),
    R("قال", "التوصل إليه قد يحتاج", speaker=["شون مكورماك", "الناطق باسم الخارجية شون مكورماك"],
      note="inside a relative clause: وهو تعليق قال ... إن"),
    Q(None, "لا أحد يملك الحق", "عن حق الأمة", speaker=_NJD, optional=True, occ=0,
      note="a photo caption: name, colon, words; no quotation marks"),
    Q("قائلا", "من غير المسموح", "التنازل عن حق الأمة", speaker=_NJD),
    Q("قائلا", "إذا أرادت الدول الغربية", "في مجالات أخرى أيضا", speaker=_NJD,
      note="second quote joined by وإنه to the same قائلا"),
    Q("وأضاف", "يقولون لنا", "التنازل عن حق الأمة", speaker=_NJD),
    R("ذكروا", "إيران مستعدة للموافقة", speaker=["مسؤولين أميركيين"]),
    Q("حسب", "طريق مسدود", "من زعزعة خطيرة", speaker=["سيرغي لافروف", "وزير خارجيتها سيرغي لافروف"],
      note="source phrase حسب inside the clause: ... تقود حسب وزير خارجيتها ... إلى \"...\""),
    R("أعلنت", "تعاونها مع حكومة", speaker=["قيادات عشائر سنية عراقية"], optional=True,
      note="أعلن + noun phrase"),
    R("وقال", "الصراع معه بات مفتوحا",
      speaker=["أحمد ناجي جبارة الجبوري", "رئيس مجلس محافظة صلاح الدين أحمد ناجي جبارة الجبوري"]),
    R("قال", "هناك تفكيرا", speaker=["بيان لرئاسة الوزراء", "رئاسة الوزراء"]),
    R("أعلن", "مقتل ثمانية عراقيين", speaker=["الجيش الأميركي"], optional=True,
      note="أعلن + noun phrase"),
    R("قال", "الأكراد اختاروا طوعا", "الاتحاد مع العراق", speaker=_BRZ, note="a photo caption"),
    R("وقال", '" شعب كردستان " اختار', "بالحق في إعادة النظر في خياره \"", speaker=_BRZ,
      note="partly inside quotation marks"),
    R("أكد", "رغبة الحكومة المركزية", speaker=["حسين الشهرستاني", "وزير النفط حسين الشهرستاني"],
      optional=True, note="أكد + noun phrase"),
    Q("وأضاف", "من الأفضل للشهرستاني", "إنجازات الأكراد", speaker=_BRZ),
], [
    N('" واشنطن تايمز "', "quote marks around a newspaper name"),
    N('" إنذارات نهائية "', TERM),
    N('" قطاع النفط الكردستاني "', TERM),
]))

# --- Gaza, Nablus, Tubas; Darfur ---
_PSS = ["مصادر أمنية فلسطينية", "المصادر ذاتها", "المصادر"]
_IDFW = ["متحدثة عسكرية اسرائيلية", "متحدثة باسم الجيش"]
_KHL = ["مجذوب الخليفة", "مجذوب الخليفة مستشار الرئيس السوداني"]
DOCS.append(doc(3560, 3573, [
    R("وذكرت", "جيش الاحتلال ابلغ", "قبل20 دقيقة من عملية القصف", speaker=_PSS),
    R("واوضحت", "الطيران الحربي الاسرائيلي استهدف", speaker=_PSS),
    R("وقالت", "عدة عبوات ناسفة", speaker=["مصادر فلسطينية"]),
    R("أعلنت", "الجيش اعتقل19", speaker=_IDFW),
    R("وقالت", "ثلاثة فلسطينيين اصيبوا", "في شمال الضفة الغربية", speaker=_IDFW,
      note="من دون ان توضح ... is the writer's"),
    R("وقالت", "المروحيات الاسرائيلية نفذت", "منطقة البقيعة شرق المدينة", speaker=_PSS),
    R("واضافت", "العمليات التي نفذتها المروحيات", speaker=_PSS),
    R("أعلنت", "سترسل105", speaker=["الأمم المتحدة"],
      note="follows a dateline with a colon (الخرطوم ـ ... وكالات الأنباء :)"),
    R("وقال", "القرار جاء نتيجة", speaker=["ستيفان دوجاريك", "ستيفان دوجاريك المتحدث باسم الأمم المتحدة"]),
    R("وأكد", "رفض السودان لقرار", speaker=["وزير الخارجية السودانية", "لام أكول", "الدكتور لام أكول"],
      optional=True, note="أكد + noun phrase"),
    R("أكد", "السودان يقبل بتسوية", speaker=_KHL),
    R("وأشار الي", "هذه الفكرة تم طرحها", speaker=_KHL),
]))

# --- Cluster bombs in south Lebanon; Al-Wahda football club ---
_CLK = ["كريس كلارك", "كلارك", "مدير مركز الامم المتحدة لازالة الالغام كريس كلارك"]
_SAL = ["عبدالله صالح", "صالح", "عبدالله صالح مدير الكرة بالوحدة"]
DOCS.append(doc(3783, 3794, [
    R("واعلنت", "200 الف لبناني", speaker=["مفوضية الامم المتحدة لشؤون اللاجئين في لبنان",
                                          "مفوضية الامم المتحدة لشؤون اللاجئين"]),
    R("وتوقع", "تستمر مأساة هؤلاء", speaker=["ارجون جين", "ارجون جين احد مسؤولي المفوضية"]),
    R("وكشف", "الجيش الاسرائيلي سلم خرائط", "القاء القنابل العنقودية", speaker=_CLK),
    Q("وقال", "طلبنا خرائط", "ولم نتسلمها بعد", speaker=_CLK, note="verb and colon, no quotation marks"),
    R("وتوقع", "تشكل هذه القضية", "وعمل ' ' اليونيفل ' '", speaker=_CLK),
    Q("وقال", "لكن يبدو ان عملية", "ستكون في خطر", speaker=_CLK, note="verb and colon, no quotation marks"),
    R("أكد", "مباراة اليوم أمام الجزيرة", "كما يتخيل البعض", speaker=_SAL),
    R("ونوّه الى", "الوحدة لم يكن فيها", speaker=_SAL),
    R("أشار", "فريق الجزيرة يعرف", speaker=_SAL, note="ولكنه أشار أيضاً إلى أن"),
    R("أكد", "الكرة تعطي من يعطيها", "قوة هجومية ضاربة", speaker=_SAL, note="أكد صالح على أن"),
    R("قال", "لن تفلح هذه الطرق", speaker=_SAL, note="قال ... على أنه"),
]))

# --- Arsenal and Wenger; Eto'o injured ---
_DEN = ["ديفد دين", "دين", "نائب رئيس نادي أرسنال الإنجليزي لكرة القدم ديفد دين"]
DOCS.append(doc(3892, 3899, [
    R("أكد", "النادي يريد الاحتفاظ", speaker=_DEN),
    R("وصرح", "إذا أراد أن يعتزل", speaker=_DEN, note="a long parenthesis stands between وصرح and أنه"),
    R("وأضاف", "النادي يرغب في أن يبقى", "لعشر سنوات أخرى", speaker=_DEN,
      note="علما بأن ... is the writer's"),
    R("وأشار", "الفضل في إنشاء", "يرجع إلى فينغر", speaker=_DEN),
    R("مشيرا إلى", "من دون النجاحات", speaker=_DEN),
    R("حسب ما أعلن", "تعرض فريق برشلونة", "من شهرين إلى 3 أشهر", speaker=["النادي الكاتالوني"],
      cue_after=True, note="source phrase after the claim"),
], [
    N("دين تعرف على المدرب الفرنسي في عام 1989", "يذكر أن: the writer's background note"),
]))

# --- Passages with no quotes (precision) ---
DOCS.append(doc(220, 226, []))  # early Africa: narrative history
DOCS.append(doc(1014, 1020, []))  # an opinion piece on Hezbollah and sectarian tension: the writer's own voice
DOCS.append(doc(2440, 2446, [], [
    N('" الحد من الاسلحة "', TERM),
    N('" نزع السلاح "', TERM),
]))  # the United Nations: encyclopaedic text
DOCS.append(doc(3680, 3686, [], [
    N("« أورفان »", "quote marks around a model name"),
]))  # a car review
