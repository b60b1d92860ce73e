//! Speakers named by a title: the person the title stands for in the
//! document is the speaker, an unnamed official stays unnamed.

fn speakers(text: &str) -> Vec<Option<String>> {
    lamha::analyze(text)
        .quotes
        .into_iter()
        .map(|quote| quote.speaker.map(|speaker| speaker.text))
        .collect()
}

#[test]
fn a_title_with_the_name_after_its_complement_is_the_person() {
    assert_eq!(
        speakers("قال مبعوث الأمم المتحدة الجديد إلى اليمن هانز غروندبرغ إن الهجوم يجب أن يتوقف."),
        [Some("هانز غروندبرغ".to_string())]
    );
}

#[test]
fn a_title_repeated_later_is_the_person_named_beside_it() {
    let found = speakers(
        "أعلن حسام حسن المدير الفني لمنتخب مصر قائمة اللاعبين. وأشار المدير الفني إلى أن الفريق جاهز للمباراة.",
    );
    assert_eq!(found, [Some("حسام حسن".to_string())]);
}

#[test]
fn an_unnamed_official_is_not_the_agency_he_spoke_to() {
    let found = speakers(
        "قال مسؤول عراقي لوكالة فرانس برس إن المفتشين وصلوا. واعتبر مسؤول عراقي أن الزيارة مهمة.",
    );
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|speaker| speaker.as_deref() == Some("مسؤول عراقي")),
        "{found:?}"
    );
}

#[test]
fn an_official_named_after_the_title_is_the_person() {
    let found = speakers(
        "كشفت مسؤولة الإعلام في مفوضية الأمم المتحدة لشؤون اللاجئين ليزا أبو خالد أن عدد اللاجئين ارتفع.",
    );
    assert_eq!(found, [Some("ليزا أبو خالد".to_string())]);
}

#[test]
fn a_source_speaking_to_an_agency_is_not_the_agency() {
    let found = speakers("وقال مصدر أمني لفرانس برس إن الدبابات توغلت في المنطقة فجر أمس.");
    assert_eq!(found, [Some("مصدر أمني".to_string())]);
}

#[test]
fn relayed_words_are_the_quoted_persons() {
    let found = speakers(
        "ونقلت وكالة الأنباء السعودية عن وزير الخارجية فيصل بن فرحان قوله إن المملكة ترحب بالاتفاق.",
    );
    assert_eq!(found, [Some("فيصل بن فرحان".to_string())]);
    let found = speakers("ونقلت الصحيفة عن مصادر مطلعة قولها إن المفاوضات توقفت.");
    assert_eq!(found, [Some("مصادر مطلعة".to_string())]);
}

#[test]
fn a_clause_opened_by_a_particle_is_spoken_by_its_subject() {
    let found = speakers(
        "كما هاجم حسن نصر الله رئيس الوزراء اللبناني فؤاد السنيورة ، واعتبر أن استقباله كان خطأ كبيرا.",
    );
    assert_eq!(found, [Some("حسن نصر الله".to_string())]);
}

#[test]
fn a_title_heading_the_clause_is_the_person_named_with_it_before() {
    let found = speakers(
        "أعلن حسن نصر الله الأمين العام لحزب الله موقفه. وشن الأمين العام لحزب الله هجوما عنيفا على القوى ، وقال إن الطيران كان يقصف البلد.",
    );
    assert_eq!(found, [Some("حسن نصر الله".to_string())]);
}

#[test]
fn a_subject_after_a_concession_speaks() {
    let found = speakers(
        "وقال المسؤولون إن الزيارة مهمة. وأبدت سوريا عبر فيصل المقداد استعدادها للحوار. غير أن المقداد أضاف أن واشنطن لم تستجب للدعوة.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], Some("المقداد".to_string()));
}

#[test]
fn an_honorific_with_a_pronoun_is_the_person_it_honours() {
    let found = speakers(
        "يبدأ جلالة الملك عبدالله الثاني اليوم زيارة للكويت يلتقي خلالها الشيخ صباح الاحمد الصباح . وقال جلالته ان الاردن سيقوم بتقديم المساعدة .",
    );
    assert_eq!(found, [Some("عبدالله الثاني".to_string())]);
}

#[test]
fn the_subject_after_a_particle_beats_a_name_in_a_headline() {
    let found = speakers(
        "زيارة بلير نصر الله انتقد الزيارة كما هاجم نصر الله رئيس الوزراء البريطاني توني بلير ، واعتبر أن استقباله في بيروت تصرف غير أخلاقي .",
    );
    assert_eq!(
        found.last(),
        Some(&Some("نصر الله".to_string())),
        "{found:?}"
    );
}
