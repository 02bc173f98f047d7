import type { enCase } from './enCase';
import type { Translation } from './en';

/** Bahasa Melayu, from the offers on and while a person has the case (see msIntake.ts). */
export const msCase: Translation<typeof enCase> = {
  offer: {
    summary: 'Terima kasih. Saya telah menyemak akaun anda dan apa yang anda beritahu saya. {{summary}}',
    debtAdvice: 'Nasihat hutang percuma dan bebas juga boleh didapati daripada {{debtAdvice}}.',
    other: 'Itu sahaja pilihan yang boleh saya tawarkan sendiri. Ahli pasukan kami mungkin boleh membantu lebih lagi.',
    parked:
      'Sudah tentu, ambillah masa anda. Saya telah menyimpan pilihan anda. Apabila anda bersedia, hantar mesej kepada kami semula dan sahkan butiran anda, dan kita akan teruskan dari sini. Jika anda ingin berbincang dengan seseorang dahulu, taip agent pada bila-bila masa.',
    declined: 'Tidak mengapa. Saya akan meminta ahli pasukan kami melihat cara lain untuk membantu.',
    askChoice: 'Anda boleh tekan "Terima pelan ini" pada pilihan yang anda mahu, mengambil masa untuk berfikir, atau bercakap dengan seseorang.',
    optionOf: 'Pilihan {{index}} daripada {{total}}',
    allSet: 'Selesai: "{{title}}" kini berkuat kuasa. {{firstPayment}}',
    firstPayment: 'Bayaran pertama anda sebanyak {{amount}} perlu dibayar pada {{date}}.',
    reference:
      'Nombor rujukan anda ialah {{reference}}. Sila simpan dan nyatakannya jika anda menghubungi kami. Jika ada perubahan, hantar mesej kepada kami di sini atau hubungi kami di {{contactDetails}}. Terima kasih kerana berbincang dengan kami hari ini.',
    agentAllSet: 'Selesai: "{{title}}" kini berkuat kuasa. Nombor rujukan anda ialah {{reference}}: sila simpan dan nyatakannya jika anda menghubungi kami.',
  },
  confirmation: {
    // A button: at most 20 characters (WhatsApp's limit).
    open: 'Buka pengesahan',
    sent: 'Pengesahan bertulis untuk perkiraan ini ada di sini, untuk dibuka, dicetak atau disimpan: {{link}} (pautan ini sah sehingga {{expires}}).',
    faq: 'Ya. Pengesahan bertulis untuk perkiraan {{reference}} ada di sini, untuk dibuka, dicetak atau disimpan: {{link}} (pautan ini sah sehingga {{expires}}).',
    title: 'Pengesahan perkiraan bayaran anda',
    intro: 'Ini mengesahkan perkiraan bayaran yang anda persetujui dengan {{lenderName}}. Sila simpan.',
    reference: 'Rujukan perkiraan',
    loan: 'Pinjaman',
    agreed: 'Dipersetujui',
    via: 'Dipersetujui melalui',
    plan: 'Pelan anda',
    why: 'Mengapa pelan ini',
    ends: 'Bayaran terakhir',
    schedule: 'Jadual bayaran',
    due: 'Tarikh akhir',
    amount: 'Jumlah',
    missedHeading: 'Jika anda terlepas bayaran',
    missed:
      'Sila beritahu kami secepat mungkin jika bayaran akan lewat atau terlepas: kami selalunya boleh mengubah pelan. Jika bayaran terlepas dan anda tidak menghubungi kami, perkiraan ini mungkin tamat, syarat asal pinjaman anda terpakai semula, dan bayaran yang terlepas mungkin dilaporkan kepada {{creditBureaus}}.',
    helpHeading: 'Bantuan dan aduan',
    help: 'Untuk bertanya tentang perkiraan ini atau mengubahnya, hubungi kami di {{contactDetails}} dan nyatakan rujukan anda.',
    complain: 'Untuk membuat aduan, hubungi kami di {{contactDetails}}. Jika kami tidak dapat menyelesaikannya, anda boleh merujuk kepada {{ombudsman}}.',
    advice: 'Nasihat hutang percuma dan bebas boleh didapati daripada {{debtAdvice}}.',
    digest: 'Rekod syarat (SHA-256)',
    digestNote: 'Kod ini dikira daripada syarat yang direkodkan semasa anda bersetuju. Kakitangan kami boleh menyemaknya dengan rekod kami.',
    print: 'Untuk menyimpan salinan, gunakan menu Cetak atau Kongsi pelayar anda.',
    errorTitle: 'Pautan pengesahan ini tidak dapat dibuka',
    forged: 'Pautan ini tidak sah. Sila gunakan pautan tepat seperti yang kami hantar.',
    expired: 'Pautan ini telah tamat tempoh. Hantar mesej kepada kami dan kami akan menghantar pautan baharu.',
    malformed: 'Pautan ini tidak lengkap. Sila gunakan pautan tepat seperti yang kami hantar.',
    notFound: 'Kami tidak dapat mencari perkiraan ini. Sila hubungi kami dan nyatakan rujukan anda.',
    withdrawn: 'Pautan ini telah ditarik balik dan tidak lagi boleh dibuka. Hantar mesej kepada kami dan kami akan menghantar pautan baharu.',
    channelWebchat: 'sembang web',
    channelWhatsapp: 'aplikasi WhatsApp',
    channelAgent: 'ahli pasukan kami',
  },
  live: {
    shown:
      'Anda sudah mempunyai pengaturan untuk pinjaman ini: "{{title}}", dipersetujui pada {{agreedOn}}, rujukan {{reference}}.{{due}} Satu pinjaman hanya boleh mempunyai satu pengaturan pada satu masa, jadi saya tidak boleh membuat yang lain. Jika ia tidak lagi sesuai untuk anda, ahli pasukan kami boleh melihat untuk mengubahnya.',
    due: ' Bayaran anda yang seterusnya sebanyak {{amount}} perlu dibayar pada {{date}}.',
    question: 'Adakah anda ingin menukar pengaturan anda, atau mengekalkannya?',
    kept: 'Terima kasih. Pengaturan anda {{reference}} kekal seperti sedia ada. Jika ada perubahan, hantar mesej kepada kami di sini (taip "agent" untuk bercakap dengan seseorang) atau hubungi kami di {{contactDetails}}.',
  },
  followUp: {
    shown:
      'Kami dapati bayaran yang perlu dibayar pada {{date}} di bawah pengaturan anda {{reference}} belum kami terima sepenuhnya: {{amount}} masih perlu dibayar. Perkara begini boleh berlaku, dan kita boleh selesaikannya bersama. Adakah anda ingin membayar tunggakan, menukar pelan, atau bercakap dengan seseorang?',
    question: 'Adakah anda ingin membayar tunggakan, menukar pelan, atau bercakap dengan seseorang?',
    catchUp:
      'Terima kasih. Untuk menjelaskan tunggakan, sila bayar {{amount}} seperti biasa anda membayar ansuran{{by}}. Sebaik sahaja ia sampai kepada kami, pengaturan anda diteruskan seperti yang dipersetujui, tanpa apa-apa lagi yang perlu dilakukan. Jika anda perlukan butiran pembayaran, atau ada perubahan, hantar mesej kepada kami di sini atau hubungi kami di {{contactDetails}}.',
    catchUpBy: ', sebelum bayaran anda yang seterusnya pada {{date}}',
    catchUpSoon: ', secepat mungkin',
    change: 'Baiklah. Menukar pelan dilakukan oleh ahli pasukan kami, yang akan melihat apa yang sesuai untuk anda sekarang.',
  },
  escalate: {
    passing:
      'Saya akan menghubungkan anda dengan ahli pasukan kami. Seseorang akan bersama anda {{wait}}. Sila biarkan sembang ini terbuka: mereka akan melihat semua yang anda beritahu saya, jadi anda tidak perlu mengulanginya.',
    waitShortly: 'sebentar lagi',
    waitMinutes_one: 'dalam kira-kira seminit',
    waitMinutes_other: 'dalam kira-kira {{count}} minit',
    unavailable:
      'Pasukan kami tidak tersedia sekarang. Kes anda telah disimpan dan seseorang akan menghubungi anda. Anda juga boleh menghubungi kami di {{contactDetails}}.',
    callbackOffer:
      'Pasukan kami tidak tersedia sekarang, tetapi kes anda telah disimpan. Adakah anda mahu kami menghubungi anda semula? Pilih masa ({{zoneLabel}}):',
  },
  waiting: {
    caseFinished:
      'Pasukan kami telah selesai meneliti kes anda. Jika ada apa-apa lagi yang boleh kami bantu, beritahu saya, atau hubungi kami di {{contactDetails}}.',
    callbackBooked: 'Terima kasih. Kami akan menghubungi anda di nombor yang kami ada pada {{slot}} ({{zoneLabel}}).',
    noCallback: 'Baiklah. Kes anda telah disimpan, dan anda boleh menghubungi kami di {{contactDetails}}.',
    crisis:
      'Ahli pasukan kami telah diminta menghubungi anda dengan segera. Jika anda dalam bahaya, sila hubungi {{emergencyNumber}}, atau bercakap dengan {{helplineName}} di {{helplineNumber}}.',
    inQueue:
      'Anda dalam giliran untuk ahli pasukan kami, dan mereka akan melihat semua yang anda beritahu saya. Terima kasih kerana menunggu. (Taip "help" untuk melihat tempat anda dalam giliran dan pilihan anda.)',
    staysCrisis:
      'Ahli pasukan kami telah diminta menghubungi anda dengan segera, jadi saya tidak akan kembali kepada soalan tentang bayaran. Jika anda dalam bahaya, sila hubungi {{emergencyNumber}}, atau bercakap dengan {{helplineName}} di {{helplineNumber}}. Anda boleh menaip "agent" pada bila-bila masa.',
    staysTeam:
      'Perkara yang anda beritahu saya perlu diteliti oleh ahli pasukan kami, jadi kes anda kekal bersama mereka dan mereka akan menghubungi anda. Anda juga boleh menghubungi kami di {{contactDetails}}, atau taip "STOP" untuk menghentikan mesej.',
    restartOnly:
      'Pilihan yang boleh saya berikan sendiri perlu diteliti oleh ahli pasukan kami, jadi saya telah mengekalkan tempat anda dalam giliran. Jika ada perkara yang anda beritahu saya telah berubah, taip "restart" untuk melaluinya semula.',
    pickedUp: 'Ahli pasukan kami baru sahaja mengambil kes anda dan akan bersama anda sebentar lagi.',
    leftQueue: 'Baiklah, saya telah mengeluarkan anda daripada giliran. Mari kita teruskan dari tempat tadi.',
    whereCallback: 'Kami akan menghubungi anda pada {{slot}} ({{zoneLabel}}).',
    whereAssigned: 'Ahli pasukan kami sedang mengendalikan kes anda dan akan bersama anda sebentar lagi.',
    wherePosition: 'Anda nombor {{position}} dalam giliran, dan pasukan kami akan bersama anda secepat mungkin.',
    wherePositionWait_one: 'Anda nombor {{position}} dalam giliran, dan seseorang akan bersama anda dalam kira-kira {{count}} minit.',
    wherePositionWait_other: 'Anda nombor {{position}} dalam giliran, dan seseorang akan bersama anda dalam kira-kira {{count}} minit.',
    whereSaved: 'Kes anda telah disimpan dan ahli pasukan kami akan menghubungi anda.',
    helpRestartOnly:
      '{{where}} Sementara menunggu, anda boleh bertanya soalan, taip "restart" untuk bermula semula, atau "STOP" untuk menghentikan mesej. Anda juga boleh menghubungi kami di {{contactDetails}}.',
    helpContinue:
      '{{where}} Sementara menunggu, anda boleh bertanya soalan, taip "continue with the bot" untuk meneruskan dengan saya dari tempat tadi, taip "restart" untuk bermula semula, atau "STOP" untuk menghentikan mesej. Anda juga boleh menghubungi kami di {{contactDetails}}.',
  },
  idle: {
    reminder:
      'Anda masih di sana? Ambillah masa anda: jawapan anda setakat ini telah disimpan, dan anda boleh meneruskan bila-bila masa anda bersedia. Taip "agent" jika anda lebih suka bercakap dengan seseorang.',
  },
  staff: {
    closed: '{{agentName}} telah menutup perbualan ini. Terima kasih kerana berbincang dengan kami.',
    closedComeBack:
      'Jika anda memerlukan kami lagi, hantar sahaja mesej di sini: pembantu maya kami akan membantu, dan menaip "agent" akan menghubungkan anda semula dengan seseorang. Anda juga boleh menghubungi kami di {{contactDetails}}.',
    closedCrisis: 'Jika anda dalam bahaya, sila hubungi {{emergencyNumber}}, atau bercakap dengan {{helplineName}} di {{helplineNumber}}, pada bila-bila masa.',
    backWithBot: 'Anda kini kembali bersama pembantu maya. Terima kasih kerana berbincang dengan pasukan kami.',
    tapAccept:
      'Terima kasih. Saya telah memberitahu orang yang sedang berbual dengan anda bahawa anda ingin meneruskan dengan {{plan}}. Mereka akan mengesahkannya dengan anda di sini.',
    tapAcceptPlan: 'pelan ini',
    tapOther:
      'Terima kasih. Saya telah memberitahu orang yang sedang berbual dengan anda bahawa anda ingin melihat pilihan lain. Mereka akan membalas di sini.',
    tapHuman: 'Anda sudah pun berbual dengan ahli pasukan kami. Mereka akan membalas di sini.',
    tapLater:
      'Tidak mengapa. Saya telah memberitahu orang yang sedang berbual dengan anda, dan anda boleh meneruskan dengan mereka bila-bila masa anda bersedia.',
    tapDecline:
      'Terima kasih. Saya telah memberitahu orang yang sedang berbual dengan anda bahawa tiada satu pun pelan ini sesuai untuk anda. Mereka akan berbincang tentang apa yang mungkin sesuai.',
    turnError:
      'Maaf, berlaku masalah di pihak kami. Apa yang anda beritahu kami setakat ini telah disimpan; sila hantar mesej terakhir anda semula, atau taip "agent" untuk bercakap dengan seseorang.',
  },
  whatsApp: {
    choose: 'Pilih',
    choosePrompt: 'Sila pilih satu pilihan.',
    options: 'Pilihan',
    optionsPage: 'Pilihan {{page}} daripada {{pages}}',
    moreOptions: 'Lagi pilihan ({{page}} daripada {{pages}})',
  },
  promise: {
    upcoming: 'Peringatan: ansuran anda yang seterusnya sebanyak {{amount}} di bawah perjanjian {{reference}} perlu dibayar pada {{date}}.',
    reminder:
      'Salam daripada {{lenderName}}. Peringatan mesra: ada perkara tentang akaun anda dengan kami pada {{date}}. Balas mesej ini untuk melihat butirannya (kami akan memastikan ia anda dahulu). Balas STOP untuk berhenti menerima mesej.',
    followUp:
      'Salam daripada {{lenderName}}. Ada perkara tentang akaun anda yang memerlukan perhatian anda. Balas mesej ini dan kita akan melihatnya bersama (kami akan memastikan ia anda dahulu). Balas STOP untuk berhenti menerima mesej.',
  },
};
