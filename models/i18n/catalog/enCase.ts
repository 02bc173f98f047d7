/** English messages from the offers on, while a person has the case, and from the bot around the dialogs (see en.ts). */
export const enCase = {
  offer: {
    summary: "Thanks. I've looked at your account and what you've told me. {{summary}}",
    debtAdvice: 'Free, independent debt advice is also available from {{debtAdvice}}.',
    other: 'Those are all the options I can offer on my own. A member of our team may be able to do more.',
    parked:
      "Of course, take your time. I've saved your options. When you're ready, just message us again and verify your details, and we'll carry on from here. If you'd like to talk it through with a person first, type agent at any time.",
    declined: "That's fine. I'll ask a member of our team to look at other ways we can help.",
    askChoice: 'You can tap "Accept this plan" on the option you want, take time to think, or talk to someone.',
    optionOf: 'Option {{index}} of {{total}}',
    allSet: 'All set: "{{title}}" is now in place. {{firstPayment}}',
    firstPayment: 'Your first payment of {{amount}} is due on {{date}}.',
    reference:
      'Your reference is {{reference}}. Please keep it and quote it if you contact us. If anything changes, message us here or contact us at {{contactDetails}}. Thank you for talking to us today.',
    agentAllSet: 'All set: "{{title}}" is now in place. Your reference is {{reference}}: please keep it and quote it if you contact us.',
  },
  confirmation: {
    // A button: at most 20 characters (WhatsApp's limit).
    open: 'Open confirmation',
    sent: 'Your written confirmation of this arrangement is here, to open, print or save: {{link}} (the link works until {{expires}}).',
    faq: 'Yes. Your written confirmation of arrangement {{reference}} is here, to open, print or save: {{link}} (the link works until {{expires}}).',
    title: 'Confirmation of your payment arrangement',
    intro: 'This confirms the payment arrangement you agreed with {{lenderName}}. Please keep it.',
    reference: 'Arrangement reference',
    loan: 'Loan',
    agreed: 'Agreed',
    via: 'Agreed through',
    plan: 'Your plan',
    why: 'Why this plan',
    ends: 'Last payment',
    schedule: 'Payment schedule',
    due: 'Due date',
    amount: 'Amount',
    missedHeading: 'If you miss a payment',
    missed:
      'Please tell us as soon as you can if a payment will be late or missed: we can often change the plan. If payments are missed and you have not contacted us, the arrangement may end, the original terms of your loan apply again, and missed payments may be reported to {{creditBureaus}}.',
    helpHeading: 'Help and complaints',
    help: 'To ask about this arrangement or change it, contact us at {{contactDetails}} and quote your reference.',
    complain: 'To complain, contact us at {{contactDetails}}. If we cannot resolve it, you can go to {{ombudsman}}.',
    advice: 'Free, independent debt advice is available from {{debtAdvice}}.',
    digest: 'Record of the terms (SHA-256)',
    digestNote: 'This code is calculated from the terms as recorded when you accepted. Our staff can check it against our records.',
    print: "To keep a copy, use your browser's Print or Share menu.",
    errorTitle: 'This confirmation link cannot be opened',
    forged: 'This link is not valid. Please use the link exactly as we sent it.',
    expired: 'This link has expired. Message us and we will send you a new one.',
    malformed: 'This link is not complete. Please use the link exactly as we sent it.',
    notFound: 'We could not find this arrangement. Please contact us and quote your reference.',
    withdrawn: 'This link has been withdrawn, so it no longer opens. Message us and we will send you a new one.',
    channelWebchat: 'web chat',
    channelWhatsapp: 'WhatsApp',
    channelAgent: 'a member of our team',
  },
  live: {
    shown:
      'You already have an arrangement for this loan: "{{title}}", agreed on {{agreedOn}}, reference {{reference}}.{{due}} A loan can only have one arrangement at a time, so I cannot set up another. If it no longer works for you, a member of our team can look at changing it.',
    due: ' Your next payment of {{amount}} is due on {{date}}.',
    question: 'Would you like to change your arrangement, or keep it as it is?',
    kept: 'Thank you. Your arrangement {{reference}} stays as it is. If anything changes, message us here (type "agent" to talk to a person) or contact us at {{contactDetails}}.',
  },
  followUp: {
    shown:
      "We noticed that the payment due on {{date}} under your arrangement {{reference}} hasn't reached us in full: {{amount}} is still to pay. These things happen, and we can sort it out together. Would you like to catch up, change the plan, or talk to someone?",
    question: 'Would you like to catch up, change the plan, or talk to someone?',
    catchUp:
      'Thank you. To catch up, please pay {{amount}} the way you usually pay your instalments{{by}}. Once it reaches us your arrangement carries on as agreed, with nothing else to do. If you need our payment details, or anything changes, message us here or contact us at {{contactDetails}}.',
    catchUpBy: ', before your next payment on {{date}}',
    catchUpSoon: ', as soon as you can',
    change: 'Of course. Changing the plan is for a member of our team, who will look at what works for you now.',
  },
  escalate: {
    passing:
      "I'm passing you to a member of our team. Someone should be with you {{wait}}. Please keep this chat open: they will see everything you've told me, so you won't have to repeat yourself.",
    waitShortly: 'shortly',
    waitMinutes_one: 'in about a minute',
    waitMinutes_other: 'in about {{count}} minutes',
    unavailable: "Our team isn't available right now. Your case is saved and someone will contact you. You can also reach us at {{contactDetails}}.",
    callbackOffer: "Our team isn't available right now, but your case is saved. Would you like us to call you back? Pick a time ({{zoneLabel}}):",
  },
  waiting: {
    caseFinished: "Our team has finished looking at your case. If there's anything else we can help with, just tell me, or contact us at {{contactDetails}}.",
    callbackBooked: "Thank you. We'll call you on the number we have for you at {{slot}} ({{zoneLabel}}).",
    noCallback: 'OK. Your case is saved, and you can reach us at {{contactDetails}}.',
    crisis:
      'A member of our team has been asked to contact you as a priority. If you are in danger, please call {{emergencyNumber}}, or talk to {{helplineName}} on {{helplineNumber}}.',
    inQueue:
      "You're in the queue for a member of our team, and they'll see everything you've told me. Thank you for waiting. (Type \"help\" to see your place in the queue and your options.)",
    staysCrisis:
      'A member of our team has been asked to contact you as a priority, so I won\'t go back to questions about payments. If you are in danger, please call {{emergencyNumber}}, or talk to {{helplineName}} on {{helplineNumber}}. You can type "agent" at any time.',
    staysTeam:
      'What you\'ve told me needs a member of our team to look at it, so your case stays with them and they will be in touch. You can also reach us at {{contactDetails}}, or type "STOP" to stop messages.',
    restartOnly:
      'The options I could give you on my own need a member of our team to look at them, so I have kept your place in the queue. If something you told me has changed, type "restart" to go through it again.',
    pickedUp: 'A member of our team has just picked up your case and will be with you shortly.',
    leftQueue: "OK, I've taken you out of the queue. Let's carry on where we were.",
    whereCallback: "We'll call you at {{slot}} ({{zoneLabel}}).",
    whereAssigned: 'A member of our team has your case and will be with you shortly.',
    wherePosition: "You're number {{position}} in the queue, and our team will be with you as soon as they can.",
    wherePositionWait_one: "You're number {{position}} in the queue, and someone should be with you in about {{count}} minute.",
    wherePositionWait_other: "You're number {{position}} in the queue, and someone should be with you in about {{count}} minutes.",
    whereSaved: 'Your case is saved and a member of our team will contact you.',
    helpRestartOnly:
      '{{where}} While you wait you can ask me a question, type "restart" to start again, or "STOP" to stop messages. You can also reach us at {{contactDetails}}.',
    helpContinue:
      '{{where}} While you wait you can ask me a question, type "continue with the bot" to carry on with me from where we were, type "restart" to start again, or "STOP" to stop messages. You can also reach us at {{contactDetails}}.',
  },
  idle: {
    reminder:
      'Are you still there? Take your time: your answers so far are saved, and you can carry on whenever you\'re ready. Type "agent" if you\'d rather talk to a person.',
  },
  staff: {
    closed: '{{agentName}} has closed this conversation. Thank you for talking with us.',
    closedComeBack:
      'If you need us again, just send a message here: our virtual assistant will help, and typing "agent" brings you back to a person. You can also reach us at {{contactDetails}}.',
    closedCrisis: 'If you are in danger, please call {{emergencyNumber}}, or talk to {{helplineName}} on {{helplineNumber}}, at any time.',
    backWithBot: "You're back with the virtual assistant. Thank you for talking with our team.",
    tapAccept: "Thank you. I've told the person you're chatting with that you'd like to go ahead with {{plan}}. They'll confirm it with you here.",
    tapAcceptPlan: 'this plan',
    tapOther: "Thank you. I've told the person you're chatting with that you'd like to see other options. They'll reply here.",
    tapHuman: "You're already chatting with a member of our team. They'll reply here.",
    tapLater: "That's fine. I've told the person you're chatting with, and you can carry on with them whenever you're ready.",
    tapDecline: "Thank you. I've told the person you're chatting with that none of these plans works for you. They'll talk through what might.",
    turnError:
      'Sorry, something went wrong on our side. What you\'ve told us so far is saved; please send your last message again, or type "agent" to reach a person.',
  },
  whatsApp: {
    choose: 'Choose',
    choosePrompt: 'Please choose an option.',
    options: 'Options',
    optionsPage: 'Options {{page}} of {{pages}}',
    moreOptions: 'More options ({{page}} of {{pages}})',
  },
  promise: {
    upcoming: 'A reminder: your next instalment of {{amount}} under your arrangement {{reference}} is due on {{date}}.',
    reminder:
      'Hello from {{lenderName}}. A friendly reminder: something on your account with us is coming up on {{date}}. Reply to this message to see the details (we will check it is you first). Reply STOP to opt out.',
    followUp:
      "Hello from {{lenderName}}. Something on your account needs your attention. Reply to this message and we'll go through it together (we will check it is you first). Reply STOP to opt out.",
  },
};
