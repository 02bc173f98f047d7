/**
 * Clear self-harm and suicidal language in Malay and Manglish, by kind: wanting to die or not
 * to live, burden, means (jumping, hanging, poison and weed-killer, pills, train tracks) and
 * goodbyes, with the short forms people type ("x nak hidup", "sy", "dh", "je", "lah").
 */
const ME = '(?:saya|aku|sy|ak|i|gua|gue)';

export const MALAY_CRISIS: readonly RegExp[] = [
  /\bbunuh diri\b|\b(?:nak|mahu|mau|ingin|hendak|teringin|rasa nak|rasa macam nak|baik|lebih baik|better) (?:je |jer |aje |saja )?mati\b|\bmati (?:je |jer |aje |saja )?lagi (?:baik|bagus|senang)\b|\b(?:lebih )?(?:baik|better) (?:aku|saya|sy|i) (?:je |jer |aje )?(?:mati|hilang selamanya|pergi selamanya)\b|\b(?:lebih )?(?:baik|better) (?:aku|saya|sy|i) (?:tiada|takde|tak ada)(?: lagi| di dunia (?:ni|ini))?[.!]*$|\b(?:biar|baik|better|lebih baik|nak|rasa nak) (?:aku |saya |i |sy )?(?:je |aje )?mampus\b|\b(?:ya allah|tuhan|allah)\b.{0,15}\b(?:ambil|ambik|cabut) (?:nyawa|nyawaku|aku|saya)\b|\b(?:tak|x|tidak) (?:sanggup|larat|tahan) (?:nak )?hidup\b|\b(?:nak|mahu|akan|rasa nak|nk) terjun\b(?! (?:bisnes|business|dalam|ke dalam|bidang))|\b(?:tamatkan|habiskan|akhiri|akhirkan) (?:hidup|nyawa)\b/,
  /\b(?:tak|tidak|x|tk|dah tak|dh tak) (?:nak|mahu|mau|ingin|hendak) hidup\b|\b(?:taknak|tanak|xnak) hidup\b|\b(?:penat|letih|jemu|bosan) (?:nak )?hidup\b|\b(?:tak|tiada|takde|tak ada|x de|xde) (?:guna|gunanya|makna|maknanya|sebab) (?:lagi )?(?:untuk |nak )?hidup\b|\bhidup (?:ni |ini )?(?:dah )?(?:tak|tiada|takde|x) (?:bermakna|berguna|ada makna|ada guna)\b/,
  new RegExp(
    `\\b${ME} (?:ni |ini )?(?:cuma |hanya |jadi |dah jadi |memang )?(?:satu )?beban\\b|\\bbeban (?:kepada|pada|untuk|buat) (?:semua|semua orang|keluarga|family|anak|isteri|suami|mak|orang)\\b|\\b(?:semua|keluarga|family|anak|mereka|diorang|dorang)\\b.{0,20}\\b(?:lebih baik|lebih bahagia|lebih senang|better off|happy) (?:tanpa|tak ada|takde|kalau takde|kalau tak ada|tanpa) ${ME}\\b|\\b(?:kalau|bila|lepas) ${ME} (?:dah )?(?:mati|tiada|takde|pergi selamanya)\\b`,
  ),
  /\bterjun (?:from |off |dari |dr |dari atas |bangunan|jambatan|flat|sungai|laut|bumbung|tingkat|ke sungai|ke laut|landasan|depan)\w*|\bjump (?:from|off) (?:the |a )?(?:building|bridge|flat|condo|roof|apartment)\b|\blompat (?:dari|dr|ke) (?:bangunan|jambatan|flat|tingkat|bumbung|sungai|laut|atas)\b/,
  /\bgantung (?:diri|leher)\b|\b(?:minum|telan|makan|ambik|ambil) (?:racun|racun rumput|racun serangga|paraquat|ubat serangga|clorox|peluntur)\b|\b(?:simpan|kumpul|kumpulkan|telan|makan|ambik|ambil) (?:banyak |semua |sebotol |satu botol )?(?:pil|ubat tidur|ubat|panadol)\b.{0,20}\b(?:sekali gus|sekaligus|semua|banyak|nak mati|sampai mati|overdose)\b|\b(?:baring|tidur|berdiri|duduk) (?:atas|di|kat|dekat) (?:landasan|rel)\b/,
  new RegExp(
    `\\b(?:tulis|tuliskan|menulis|dah tulis|sudah tulis|siap tulis) (?:surat|nota|pesanan) (?:untuk|kepada|buat|utk) (?:anak|anak-anak|anak2|keluarga|isteri|suami|mak|family)\\b|\\b(?:surat|nota|pesanan) (?:terakhir|akhir) (?:saya|aku|sy|untuk)\\b|\\bini (?:mesej|pesanan) (?:terakhir|akhir) (?:saya|aku|sy)\\b|\\bselamat tinggal (?:semua|dunia|semuanya|selamanya|anak)\\b|\\b${ME} (?:nak |akan |mahu |rasa nak )?(?:hilang|pergi|tidur) (?:buat )?(?:selama-?lamanya|selamanya)\\b|\\b(?:tak|x) (?:nak )?bangun (?:lagi|dah)(?: esok| selamanya)?[.!]*$`,
  ),
];
