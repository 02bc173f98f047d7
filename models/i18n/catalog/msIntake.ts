import type { enIntake } from './enIntake';
import type { Translation } from './en';

/**
 * Bahasa Melayu, from the welcome to the budget: polite "anda" throughout. The commands the bot
 * understands ("agent", "STOP", "restart") stay as typed, so borrowers can type them.
 */
export const msIntake: Translation<typeof enIntake> = {
  button: {
    talkToSomeone: 'Bercakap dengan staf',
    yesContinue: 'Ya, teruskan',
    notNow: 'Bukan sekarang',
    right: 'Ya, betul',
    notQuite: 'Tidak begitu',
    within3Months: 'Dalam 3 bulan',
    in3To6Months: 'Dalam 3-6 bulan',
    notForLong: 'Masih lama lagi',
    dontKnow: 'Saya tidak pasti',
    imSafe: 'Saya selamat',
    notSafe: 'Saya tidak selamat',
    talkToAPerson: 'Cakap dengan orang',
    noCallback: 'Tidak, terima kasih',
    continueWithBot: 'Teruskan dengan bot',
    acceptPlan: 'Terima pelan ini',
    needTime: 'Saya perlukan masa',
    noneOfThese: 'Tiada yang sesuai',
    changeArrangement: 'Tukar pengaturan',
    keepArrangement: 'Okey, terima kasih',
    catchUp: 'Bayar tunggakan',
    changePlan: 'Tukar pelan',
  },
  language: {
    button: 'English/हिंदी/Melayu',
    pick: 'Dalam bahasa apakah anda ingin berbual?',
    switched: 'Baiklah, saya akan berbual dengan anda dalam Bahasa Melayu.',
    unsupported:
      'Maaf, saya boleh berbual dalam bahasa Inggeris, Hindi atau Melayu. Ahli pasukan kami mungkin boleh membantu dalam bahasa anda: tekan di bawah, atau pilih salah satu bahasa ini.',
  },
  page: {
    title: '{{lenderName}} · Bantuan pembayaran',
    subtitle: 'Sembang peribadi tentang akaun anda',
    privacy: 'Cara kami menggunakan maklumat anda',
    note: 'Bercakap dengan seseorang pada bila-bila masa: taip "agent". Untuk menghentikan mesej, taip "STOP". Kami hanya menggunakan apa yang anda beritahu untuk mencari pelan pembayaran yang mampu anda bayar.',
    loading: 'Menghubungkan anda dengan pembantu kami…',
    failed: 'Kami tidak dapat membuka sembang. Sila semak sambungan anda dan muat semula halaman.',
  },
  welcome: {
    intro:
      'Helo, saya pembantu maya {{lenderName}} (perkhidmatan automatik, bukan manusia). Saya di sini untuk membantu jika anda sukar membuat bayaran pinjaman, dan untuk mencari pengaturan bayaran yang mampu anda bayar.',
    privacy:
      'Maklumat yang anda berikan hanya digunakan untuk menyemak akaun dan pilihan anda, dan disimpan dengan selamat.{{privacyNotice}} Anda boleh menaip "agent" pada bila-bila masa untuk bercakap dengan seseorang, atau "STOP" untuk menghentikan mesej.',
    privacyNotice: ' Notis privasi kami: {{privacyUrl}}',
    consent: 'Adakah anda ingin meneruskan?',
    consentRetry: 'Maaf, saya kurang faham. Adakah anda ingin meneruskan? Sila jawab ya atau tidak.',
    declined: 'Tidak mengapa. Tiada apa-apa yang diubah pada akaun anda. Anda boleh kembali ke sembang ini bila-bila masa anda bersedia.',
  },
  main: {
    optedIn: 'Selamat kembali. Anda akan menerima mesej daripada kami di sini semula.',
    closed:
      'Pengaturan bayaran anda{{reference}} sudah berkuat kuasa. Jika ada perubahan, taip "restart" untuk melaluinya semula, atau "agent" untuk bercakap dengan seseorang.',
    referenceAside: ' (rujukan {{reference}})',
    welcomeBack: 'Selamat kembali! Mari kita teruskan.',
    welcomeBackAt: 'Selamat kembali! Mari kita teruskan dengan {{stage}}.',
    resumed: 'Selamat kembali! Kali terakhir kita sampai ke {{stage}}, jadi mari kita teruskan dari situ. (Taip "restart" jika anda ingin bermula semula.)',
    stageStory: 'apa yang telah berlaku',
    stageBudget: 'bajet anda',
    stageOffer: 'pilihan anda',
  },
  interrupt: {
    noFiles: 'Terima kasih, tetapi saya tidak boleh membuka fail atau gambar di sini. Sila taip jawapan anda.',
    typeAnswer: 'Sila taip jawapan anda dalam mesej.',
    help: 'Saya di sini untuk membantu anda mencari pengaturan bayaran yang mampu anda bayar. Anda boleh bertanya soalan, taip "agent" pada bila-bila masa untuk bercakap dengan seseorang, "restart" untuk bermula semula, atau "STOP" untuk menghentikan mesej daripada kami. Mari kita teruskan:',
    crisisQuestion:
      'Itu soalan yang wajar, dan ahli pasukan kami akan menjawabnya apabila mereka menghubungi anda. Anda tidak perlu melakukan apa-apa tentang bayaran sekarang.',
    restarted: 'Baiklah, mari kita bermula semula.',
    crisis:
      'Saya benar-benar sedih anda berasa begini, dan saya bersyukur anda memberitahu saya. Anda tidak perlu menghadapinya seorang diri. Jika anda dalam bahaya sekarang, sila hubungi {{emergencyNumber}}. Anda boleh bercakap dengan {{helplineName}} pada bila-bila masa di {{helplineNumber}}: ia percuma dan sulit. Saya telah meminta ahli pasukan kami menghubungi anda dengan segera. Kita tidak akan bercakap tentang bayaran sekarang.',
    optOut:
      'Anda tidak akan menerima mesej lagi daripada kami di sini. Jika anda berubah fikiran, hantar START. Jika anda ingin berbincang tentang akaun anda, anda boleh menghubungi kami di {{contactDetails}}.',
    dispute:
      'Terima kasih kerana memberitahu saya. Saya telah merekodkan bahawa anda mempertikaikan perkara ini, dan kami akan berhenti bertanya tentang bayaran sementara ahli pasukan kami menyiasatnya.',
    complaint:
      'Saya mohon maaf atas pengalaman buruk anda. Saya telah merekodkan aduan anda, dan ahli pasukan kami akan menyiasatnya dan menghubungi anda semula.',
  },
  faq: {
    cantPay:
      'Itu soalan yang wajar, dan anda tidak akan didesak. Jika anda tidak mampu membayar jumlah yang perlu dibayar, beritahu kami: kami boleh melihat bayaran yang lebih kecil atau ditangguhkan mengikut bajet anda, dan tiada apa-apa dipersetujui tanpa kebenaran anda. Bayaran yang terlepas boleh menambah caj dan mungkin dilaporkan kepada {{creditBureaus}}, jadi berbincang dengan kami awal-awal membantu. Nasihat percuma dan bebas boleh didapati daripada {{debtAdvice}}.',
    creditFile:
      'Pemberi pinjaman melaporkan cara pinjaman dibayar kepada {{creditBureaus}}. Bayaran yang terlepas boleh menurunkan skor anda; pelan yang dipersetujui dan dipatuhi biasanya kurang memudaratkan berbanding bayaran yang terus terlepas. Ahli pasukan kami boleh memberitahu anda dengan tepat bagaimana akaun anda akan dilaporkan: taip "agent" pada bila-bila masa.',
    property:
      'Saya faham perkara ini membimbangkan. Berbincang dengan kami tentang pelan tidak meletakkan rumah atau harta anda dalam risiko, dan saya tidak boleh mengambil apa-apa daripada anda. {{securedLoanProtection}} Bersetuju dengan pelan yang mampu anda bayar ialah cara terbaik untuk mengelakkannya. Ahli pasukan kami boleh menerangkan apa yang terpakai untuk pinjaman anda: taip "agent".',
    inWriting:
      'Ya. Apabila anda bersetuju dengan pelan, saya akan memberi anda nombor rujukan dan tarikh bayaran pertama di sini dalam sembang, yang boleh anda simpan. Untuk surat atau e-mel pengesahan, hubungi kami di {{contactDetails}} dan nyatakan nombor rujukan, atau minta ahli pasukan kami (taip "agent").',
    dataUse:
      'Maklumat yang anda berikan hanya digunakan untuk menyemak akaun anda dan pilihan yang sesuai, serta menyimpan rekod perkara yang dipersetujui. Ia disimpan dengan selamat, butiran peribadi seperti nombor kad dan pengenalan disembunyikan dalam rekod kami, dan ia tidak dijual. {{privacyNotice}}Untuk melihat atau membetulkan maklumat yang kami simpan, hubungi kami di {{contactDetails}}.',
    privacyNotice: 'Notis privasi kami: {{privacyUrl}}. ',
  },
  safety: {
    ask: 'Saya ingin bertanya khabar — adakah anda selamat sekarang? Jika anda terfikir untuk mencederakan diri sendiri, anda boleh menghubungi {{helplineName}} di {{helplineNumber}} pada bila-bila masa. Anda juga boleh bercakap dengan seseorang di sini.',
    safe: 'Terima kasih, saya lega anda selamat. Jika keadaan berubah, {{helplineName}} sedia membantu pada bila-bila masa di {{helplineNumber}}, dan anda boleh menaip "agent" untuk bercakap dengan seseorang. Mari kita teruskan dari tempat tadi.',
  },
  verify: {
    reference:
      'Pertama, saya perlu memastikan saya bercakap dengan orang yang betul. Apakah nombor rujukan pinjaman anda? Ia bermula dengan LN, contohnya LN_1234.',
    secret: 'Terima kasih. Dan tarikh lahir anda (hari/bulan/tahun), atau 4 digit terakhir nombor telefon yang kami ada untuk anda?',
    needSecret:
      'Saya perlukan tarikh lahir anda (contohnya 14/03/1987) atau 4 digit terakhir nombor telefon anda untuk memastikan ini anda. Mari kita mulakan semula.',
    failed: 'Maaf, saya tidak dapat mengesahkan butiran tersebut. Mari cuba lagi, sila semak nombor rujukan pinjaman dengan teliti.',
    verified: 'Terima kasih, identiti anda telah disahkan.',
    locked:
      'Demi keselamatan anda, saya tidak boleh cuba mengesahkan lagi selama 30 minit. Anda boleh cuba semula nanti, atau bercakap dengan ahli pasukan kami sekarang.',
  },
  story: {
    ask: 'Apakah yang menyebabkan anda sukar membuat bayaran? Ceritakan dengan kata-kata anda sendiri, contohnya "Saya kehilangan kerja pada bulan Mac".',
    askRetry: 'Sila beritahu saya dalam beberapa perkataan apa yang telah berlaku.',
    care: 'Terima kasih kerana memberitahu saya; saya bersimpati dengan keadaan anda. ',
    readBack: '{{care}}Nampaknya {{reasons}}. Betulkah?',
    readBackRetry: 'Betulkah: {{reasons}}?',
    choose: 'Terima kasih. Yang manakah paling hampir dengan apa yang berlaku?',
    chooseRetry: 'Sila pilih yang paling hampir, atau terangkan dalam beberapa perkataan.',
    outlook: 'Adakah anda menjangka keadaan akan bertambah baik?',
  },
  reason: {
    unemployment: 'anda kehilangan pekerjaan',
    income_reduction: 'pendapatan anda telah berkurang',
    illness: 'penyakit menjejaskan keadaan anda',
    disability: 'kecacatan menjejaskan keadaan anda',
    death: 'anda kehilangan orang yang rapat dengan anda',
    divorce_separation: 'anda telah melalui perpisahan',
    disaster: 'bencana atau kecemasan telah menimpa anda',
    business_failure: 'perniagaan anda menghadapi kesukaran',
    increased_expenses: 'kos anda telah meningkat',
    relocation: 'anda terpaksa berpindah',
    military_service: 'perkhidmatan tentera telah menjejaskan pendapatan anda',
    incarceration: 'masa dalam tahanan telah menjejaskan keadaan',
    other: 'perkara lain telah menjejaskan kewangan anda',
  },
  reasonLabel: {
    unemployment: 'Hilang pekerjaan',
    income_reduction: 'Pendapatan berkurang',
    illness: 'Sakit',
    disability: 'Kecacatan',
    death: 'Kematian',
    divorce_separation: 'Perpisahan',
    disaster: 'Bencana',
    business_failure: 'Masalah perniagaan',
    increased_expenses: 'Kos meningkat',
    relocation: 'Terpaksa berpindah',
    military_service: 'Perkhidmatan tentera',
    incarceration: 'Dalam tahanan',
    other: 'Lain-lain',
  },
  budget: {
    intro: 'Sekarang bajet ringkas, supaya kami hanya menawarkan apa yang mampu anda bayar.',
    incomeQuestion: 'Berapakah jumlah pendapatan bersih isi rumah anda setiap bulan sekarang, termasuk sebarang bantuan?',
    housingQuestion: 'Berapakah sewa atau pinjaman rumah anda setiap bulan?',
    essentialsQuestion: 'Lebih kurang berapakah bil, makanan, pengangkutan dan penjagaan anak setiap bulan?',
    otherDebtRepaymentsQuestion: 'Adakah anda membayar pinjaman atau kad kredit lain? Berapa jumlahnya sebulan?',
    incomeWords: 'pendapatan bulanan anda',
    housingWords: 'sewa atau pinjaman rumah anda',
    essentialsWords: 'bil, makanan, pengangkutan dan penjagaan anak anda',
    otherDebtRepaymentsWords: 'bayaran pinjaman dan kad anda yang lain',
    noIncome: 'Tiada pendapatan',
    nothing: 'Tiada',
    none: 'Tiada',
    about: 'Lebih kurang {{amount}}',
    retry: 'Sila taip jumlah, seperti 25,000 atau "2k a week", atau tekan salah satu pilihan.',
    oneOff:
      'Itu kedengaran seperti jumlah sekali sahaja. Untuk bajet, saya perlukan jumlah yang masuk atau keluar dalam bulan biasa, jadi jumlah sekali sahaja tidak dikira sebagai wang bulanan. Berapakah jumlah bulanan yang biasa?',
    perDay: 'sehari',
    perWeek: 'seminggu',
    perFortnight: 'dua minggu sekali',
    perMonth: 'sebulan',
    perYear: 'setahun',
    noted: 'Dicatat: {{amount}} {{per}}.',
    range: '{{noted}} Anda memberi {{low}} hingga {{high}}, jadi saya menggunakan jumlah yang lebih rendah supaya sebarang pelan kekal mampu dibayar.',
    changed: 'Saya telah menukar {{line}}. {{readBack}}',
    changeLine: 'Baiklah, mari kita tukar {{line}}.',
    comingTo: 'Kita akan sampai ke {{line}} sebentar lagi.',
    firstQuestion: 'Ini soalan pertama bajet, jadi tiada apa-apa sebelumnya untuk ditukar.',
  },
};
