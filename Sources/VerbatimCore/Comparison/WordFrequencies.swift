/// How common English words are, written by `Scripts/resources/word-frequencies.sh` from
/// wordfreq 3.1.1 (Robyn Speer et al.; its data CC BY-SA 4.0, so this table is too); do not
/// edit by hand. Each line: ten times a Zipf value (log10 of uses per billion words, in half
/// steps), then the words that common. Words used less than once per million are left out.
enum WordFrequencies {
    static let table = """
    75 a and in of the to
    70 as be for i is it on that this was with you
    65 about all an are at been but by can do from get had has have he her his if it's just like me
    65 more my no not one or out she so their there they time up we were what when which who will would
    65 your
    60 after also always am any around back because before being best better between both can't come
    60 could day did don't down even every find first go going good got great help here high him home
    60 how i'm into its know last life little long look love made make man many may most much need
    60 never new now off old only other our over part people really right s said same say see should
    60 since some something state still such take than that's them then these think those three through
    60 too two us use used very want way well where while why work world year years you're
    55 able according act actually again against age ago air almost along already although american
    55 among another anyone anything area art ask asked available away b baby bad based become behind
    55 believe big bit black body book bring building business buy c call called came car care case
    55 cause chance change check child children city class close college comes coming community company
    55 control country course court current d data days deal death development didn't different does
    55 doesn't doing done due during e each early easy education either else end enough ever everyone
    55 everything example experience face fact family far father feel few final fire five following
    55 food form former found four free friend friends front fuck fucking full fun further future game
    55 games general getting girl give given god gonna government group guy guys half hand happy hard
    55 having he's head health heard heart history hit hope hours house however human i'd i'll i've
    55 idea important including information international isn't job john keep kids kind known large
    55 late later law least leave left less let level light line list live living local london looking
    55 looks lost lot low m major makes making march market matter maybe mean means media meet members
    55 men might million mind minutes money months morning move mr music must myself name national near
    55 needs news next nice night non north nothing number office often oh once open order others own
    55 party past pay per person phone place plan play players playing please point police political
    55 possible post power president pretty probably problem process program public put question quite
    55 r rather read ready real reason red remember report research room run saw saying says school
    55 season second seen series service services set several she's shit short show side single six
    55 small social someone sometimes son song soon south special start started states stay stop story
    55 street study support sure system t taken taking talk talking team tell thank thanks there's
    55 they're thing things third though thought times today together told took top true try trying
    55 turn type under understand united university until using video wait wanted war wasn't watch
    55 water we're week went west whether white whole win within without woman women won't word working
    55 works wrong yeah yes yet york young yourself
    50 ability above absolutely accept access account across acting action actions active activities
    50 activity actual ad add added addition additional address administration adult advantage advice
    50 africa african agency agent agree agreed agreement ahead aid ain't airport al album alive allow
    50 allowed alone amazing america americans amount analysis animal animals announced annual answer
    50 anti anymore anyway apart app apparently appear appeared appears apple application apply
    50 approach april areas aren't arms army arrived article artist asking ass associated association
    50 attack attempt attention august australia australian author authority average avoid award aware
    50 awesome background bag balance ball band bank bar base basic basis battle beach beat beautiful
    50 beauty became becomes becoming bed began begin beginning believed below benefit benefits bet
    50 beyond biggest bill billion birth birthday bitch block blood blue board books born boss bottom
    50 bought box boy boys brain brand break bridge british broke broken brother brought brown budget
    50 build built bus busy buying california calling calls camera camp campaign canada cancer cannot
    50 capital captain card cards career carried carry cars cases cash cast cat catch caught caused
    50 cell cells cent center central centre century certain certainly chairman challenge changed
    50 changes changing channel character characters charge charles chicago chief china chinese choice
    50 choose chris christ christian christmas church cities civil claim claims classes clean clear
    50 clearly click closed club co coach coast code coffee cold collection color comment comments
    50 commercial commission committee common companies compared competition complete completed
    50 completely complex computer concept concerned condition conditions conference congress
    50 connection consider considered construction contact content continue continued continues
    50 contract conversation cool copy corner correct cost costs couldn't council count countries
    50 county couple cover covered crazy create created credit crime criminal critical cross cultural
    50 culture cup currently customers cut dad daily damage damn dance dangerous dark date daughter
    50 david de dead dear december decide decided decision deep defense definitely degree demand
    50 department described design designed despite details develop developed die died difference
    50 difficult digital dinner direct direction directly director disease distance district division
    50 doctor dog dogs dollars door double doubt dr draw dream dress drink drive driver driving drop
    50 drug drugs dude earlier earth easier easily east eastern eat eating economic economy ed edition
    50 effect effective effects effort efforts eight election employees ended ends energy engine
    50 engineering england english enjoy enter entire environment episode equipment especially
    50 established estate etc europe european evening event events eventually everybody evidence ex
    50 exactly except exchange executive existing expect expected explain extra extremely eye eyes f
    50 facebook failed fair faith fall families famous fan fans farm fashion fast fat favorite fear
    50 feature features february federal feeling feels feet fell fellow felt female field fifth fight
    50 fighting figure file film finally financial finding fine finish finished firm fish fit fix
    50 flight floor florida fly focus follow followed follows foot football force forced forces foreign
    50 forget forward foundation fourth france frank freedom french fresh friday fully function fund
    50 funny g gain garden gas gave gay generally generation george german germany gets gift girls
    50 gives giving glad glass global goal goals goes gold gone google gotta grade grand greater
    50 greatest green ground groups grow growing growth guess guide gun h hair hall handle hands happen
    50 happened happening happens hate haven't healthy hear hearing heat heavy held hell helped helping
    50 here's herself hey hi higher highest highly hill himself hold holding holy horse hospital host
    50 hot hotel hour housing http huge hurt husband ice ideas ii image images imagine immediately
    50 impact impossible improve inc include included includes income increase increased indeed
    50 independent india indian individual individuals industry influence inside instead institute
    50 insurance interest interested interesting internet interview investigation investment involved
    50 island israel issue issues items itself j jack james january japan japanese jesus jobs joe join
    50 journal judge july june justice k keeping kept key kid kill killed killing king knew knowing
    50 knowledge knows l la labor lack lady lake land language larger largest latest laws lead leader
    50 leaders leadership leading league learn learned learning leaves leaving led legal length let's
    50 letter levels library lie liked likely limited lines link listen literally lived lives located
    50 location lol longer looked lord los lose losing loss lots louis loved lower luck lucky machine
    50 magic main majority male managed management manager map mark marketing marriage married mary
    50 mass master match material materials meaning meant medical meeting member memory mental
    50 mentioned message met metal method mexico michael mid middle mike miles military mine minister
    50 minute miss missed missing mission mobile model modern mom moment monday month mostly mother
    50 mouth moved movement movie movies moving mrs multiple murder n named names nation nations
    50 natural nature nearly necessary needed negative neither net network nine nobody none nor normal
    50 northern note notes notice november numbers o obama obviously october offer offered officer
    50 officers official oil ok okay older ones online onto opened opening operating operation
    50 operations opinion opportunity option organization original otherwise outside overall owned
    50 owner p page paid pain paper parents paris park particular particularly parties partner parts
    50 pass passed patient patients paul paying peace percent perfect performance perhaps period
    50 personal peter photo photos physical pick picture pictures piece placed places planning plans
    50 plant played player plays plus points policy politics poor pop popular population position
    50 positive possibly posted potential powerful practice pre present presented press pressure
    50 prevent previous previously price prices primary prime prior prison private pro problems produce
    50 produced product production products professional professor profile programs progress project
    50 projects property protect protection proud prove provide provided provides published pull
    50 purpose push putting quality queen questions quick quickly race radio raise raised ran range
    50 rare rate rates re reach reached reading reality realize reasons receive received recent
    50 recently record records region regular related relationship release released religious remain
    50 remains removed reported reports request require required resources respect response
    50 responsibility responsible rest result results return returned review rich richard ride rights
    50 ring rise risk river road robert rock role roll rose round royal rule rules running runs russia
    50 russian sad safe safety sale sales san saturday save scale scene schools science score screen
    50 sea search seat seconds secret secretary section security seeing seem seemed seems self sell
    50 selling senate send senior sense sent separate september serious seriously serve served setting
    50 seven sex sexual shall share ship shooting shop shot shouldn't showed showing shown shows shut
    50 sick sign signed significant silver similar simple simply sir sister sit site sitting situation
    50 size skills skin sleep slightly slow smaller smart smith society software sold solution somebody
    50 songs sorry sort soul sound sounds source sources southern space speak speaking species specific
    50 speech speed spend spent spirit sports spot spread spring square st staff stage stand standard
    50 standards standing star stars starting starts statement station status step stick stock stone
    50 stopped store stories straight strength strong structure student students studies stuff stupid
    50 style subject success successful suggest summer sun sunday super supply supposed surface
    50 surprise sweet systems table takes target tax teacher teams technical technology television
    50 telling tells ten term terms test texas text themselves theory therefore they've thinking thinks
    50 thomas thoughts thousands throughout throw thus till title tom tomorrow tonight total totally
    50 touch tough tour towards town track trade traditional traffic train training travel treat
    50 treatment tree trial tried trip trouble truly trump trust truth turned turns tv twice twitter
    50 types u uk understanding union unique unit units unless upon usa users uses usually v value van
    50 variety various vehicle version via videos view views village violence visit voice volume vote
    50 vs w waiting wake walk walking wall wanna wants washington waste watching ways we'll we've
    50 weapons wear wearing weather website wedding weekend weeks weight weird welcome western what's
    50 whatever who's whom whose wide wife wild william wind window winner winning winter wish won
    50 wonder wonderful wood words worked workers worry worse worst worth wouldn't wow write writing
    50 written wrote x y yesterday you'd you'll you've yours youth
    45 abandoned abroad absence absolute abuse academic academy acceptable accepted accident accounting
    45 accounts accurate accused achieve achieved achievement acid acquired acquisition acted actor
    45 actors actress acts adam adding addressed adds administrative admit admitted adopted ads adults
    45 advance advanced adventure advertising affair affairs affect affected afford afraid afternoon
    45 afterwards aged agencies agenda agents ages aggressive agricultural agriculture ah aim aircraft
    45 alabama alan alarm alcohol alert alex alexander ali alice alien alleged allen alliance allies
    45 allowing allows alongside alright alternative amazon ambassador amendment amongst amounts
    45 ancient anderson andrew android andy angel angeles angels anger angle angry anime ann anna anne
    45 anniversary announce announcement annoying answered answers anthony anxiety anybody anywhere ap
    45 apartment apparent appeal appearance applications applied appointed appointment appreciate
    45 appropriate approval approved approximately apps arab architecture arena argue argued argument
    45 arguments arizona arm armed arranged arrest arrested arrival arrive arsenal arthur articles
    45 artists arts asia asian aside asks asleep aspect aspects assault assembly assessment assets
    45 asshole assigned assist assistance assistant associate assume assumed ate athletes atlanta
    45 atlantic atmosphere attached attacked attacking attacks attempted attempting attempts attend
    45 attended attending attitude attorney attracted attractive auction audience audio aug austin
    45 authorities authors auto automatic automatically autumn avenue awarded awards awareness awful
    45 awkward babies backed badly bags balls ban bands bang banking banks banned barely barry bars
    45 baseball basically basketball bass bat bath bathroom battery bay bbc bc bear bears beast beating
    45 bedroom beef beer begins begun behalf behavior behaviour belief believes bell belong belt ben
    45 bench berlin besides bible bid bigger bike bills billy biological bird birds bishop bite blame
    45 blast blind blocked blocks blog bloody blow blues boards boat bob bodies bold bomb bond bonds
    45 bone bones bonus boom boost boots border borders boring boston bother bottle bound bow bowl
    45 boxes boyfriend branch brands brave brazil bread breakfast breaking breaks breast breath breathe
    45 breathing brian brief bright brilliant bringing brings britain bro broad broadcast brothers
    45 bruce buddy buildings bull bullshit bunch bureau buried burn burned burning bush businesses butt
    45 butter button bye ca cabinet cable cake calendar calm cambridge cameras cameron campus canadian
    45 candidate candidates candy cant cap capable capacity cape capture captured carbon careful
    45 carefully cares carolina carrier carrying carter castle categories category catholic cats causes
    45 causing cd celebrate celebration celebrity centers cents centuries ceo ceremony certificate
    45 chain chair challenges challenging chamber champion champions championship chances channels
    45 chaos chapter characteristics charged charges charity charlie chart chase chat cheap checked
    45 checking checks cheese chelsea chemical chemistry chest chicken childhood children's chip
    45 chocolate choices choosing chose chosen christians churches circle circuit circumstances cited
    45 citizen citizens claimed claiming clark classic classical classified clay cleaning cleveland
    45 client clients climate clinical clinton clip clock closely closer closing clothes clothing cloud
    45 clubs cm cnn coaches coaching coal coat coins collaboration colleagues collect collected
    45 collective colonel colorado colors colour columbia column combat combination combined comedy
    45 comfort comfortable comic command commander commerce commissioner commit commitment committed
    45 commonly commonwealth communication communications communist communities company's compare
    45 comparison compensation compete competitive complaint complicated component components composed
    45 composition comprehensive computers con concentration concepts concern concerning concerns
    45 concert concluded conclusion concrete conduct conducted confidence confident confirm confirmed
    45 conflict confused congratulations connect connected connections consent consequences
    45 conservation conservative consideration considering consistent consists conspiracy constant
    45 constantly constitution constitutional constructed consumer consumers consumption contain
    45 contained containing contains contemporary contest context continuing contracts contrast
    45 contribute contributed contribution contributions controlled controls controversy convention
    45 conversations convince convinced cook cooking cooper cooperation cop copies copper cops core
    45 corp corporate corporation corps corruption cotton counter counting counts couples courage
    45 courses courts cousin coverage covering covers crack craft crap crash cream creates creating
    45 creation creative credits creek crew cricket crimes crisis criticism critics crossed crossing
    45 crowd crown crucial cry crying crystal cure curious currency custom customer cute cuts cutting
    45 cycle da daddy dallas damaged dan dancing danger daniel dare darkness database dated dates
    45 dating daughters dave davis dawn dc dealing deals dean deaths debate debt debut dec decade
    45 decades decent decisions deck declared decline dedicated deeper deeply default defeat defence
    45 defend defending defensive define defined definition degrees del delay delhi delicious deliver
    45 delivered delivery demands democracy democratic democrats denied density deny dependent
    45 depending depends depression depth deputy derived describe describes description desert deserve
    45 deserves designer designs desire desk desperate destroy destroyed destruction detail detailed
    45 determine determined detroit developing device devices devil di dialogue diamond dick diego dies
    45 diet differences difficulty directed directors dirty disabled disappeared disappointed disaster
    45 discount discover discovered discovery discrimination discuss discussed discussion discussions
    45 diseases disney disorder display dispute distinct distributed distribution districts diversity
    45 divided divorce dna doc doctors document documentary documents dollar domain domestic don donald
    45 dont doors download downtown dozen draft drag dragon drama dramatic drawing drawn dreams dressed
    45 drew drinking drinks driven drivers drives dropped dropping drops drove drunk dry dual duke dumb
    45 dust dutch duties duty dying dynamic ear earn earned earnings ears ease economics edge edinburgh
    45 edit edited editing editor educated educational edward effectively efficiency efficient egg eggs
    45 egypt eh el elected elections electric electrical electricity electronic element elementary
    45 elements eligible elite elizabeth elsewhere em email emergency emotional emotions empire
    45 employed employee employment empty en enable encounter encourage encouraged ending enemies enemy
    45 enforcement engage engaged engagement engineer engineers engines enjoyed enjoying ensure entered
    45 entering enterprise entertainment entirely entitled entrance entry environmental epic episodes
    45 equal equality equally equipped equity equivalent era eric error escape essential essentially
    45 establish establishment estimate estimated estimates et ethnic eu eve everyday everyone's
    45 everywhere evil evolution exact exam examination examples excellent exception excited exciting
    45 exclusive excuse executed execution exercise exhibition exist existed existence exists exit
    45 expand expanded expansion expectations expecting expenses expensive experienced experiences
    45 experiment experimental expert experts explained explains explanation explore exposed exposure
    45 express expressed expression extend extended extension extensive extent external extraordinary
    45 extreme faced faces facilities facility facing factor factors factory facts faculty fail failing
    45 fails failure fairly fake fallen falling falls false fame familiar fancy fantastic fantasy
    45 farmers faster fate father's fault favor favour favourite fbi featured featuring feb fed
    45 federation fee feed feedback feeding feelings fees females festival fewer fi fiction fields
    45 fifty fighter figured figures filed files fill filled films filter finals finance findings finds
    45 finger fingers finishing fired firing firms fiscal fishing fitness fits fixed flag flash flat
    45 fleet flood flow flower flowers flying focused folks followers foods fool footage ford forest
    45 forever forgot forgotten formal format formation formed forms formula fort forth fortune forum
    45 foster fought founded founder fox frame framework franchise francis francisco fraud frequency
    45 frequent frequently friendly friendship frozen fruit ft fucked fuckin fuel functions fundamental
    45 funded funding funds funeral furniture gained galaxy gallery gaming gang gap gardens gary gate
    45 gates gathered gear gen gender gene generated generations genetic genius genuine georgia ghost
    45 giant giants gifts girlfriend glasses globe glory god's gods golden golf goodbye goods gordon
    45 gorgeous gotten governments governor grab grace grades graduate graham grant granted grass
    45 grateful grave gray greatly greece greek grew grey gross grounds grown guarantee guaranteed
    45 guard guardian guards guest guests guidance guilty guitar gulf guns gym ha hadn't haha hamilton
    45 handed handling hang hanging happiness harder hardly hardware harm harris harry hasn't hat hd
    45 he'd he'll headed heading headquarters heads healthcare hearts heaven heavily height hello
    45 helpful helps hence henry heritage hero heroes hidden hide hiding highlights highway hilarious
    45 hillary hills hip hire hired historic historical hits hitting hockey holds hole holes holiday
    45 hollywood homeless homes honest honestly honey hong honor honour hook hop hoped hopefully hopes
    45 hoping horrible horror horses hospitals household houses houston howard https huh humanity
    45 humans hundred hundreds hungry hunt hunter hunting hurts ian id ideal identified identify
    45 identity idiot ignore ignored iii il ill illegal illinois illness im immediate immigrants
    45 immigration implementation importance impressed impression impressive improved improvement
    45 improvements improving inch inches incident increases increasing increasingly incredible
    45 incredibly independence index indiana indicate indicated industrial industries infection info
    45 informed infrastructure initial initially initiative injured injuries injury inner innocent
    45 innovation input insane inspiration inspired instagram installed instance instant institution
    45 institutions instructions instrument instruments integrated intellectual intelligence
    45 intelligent intended intense intent intention interaction interests interior internal
    45 intervention interviews introduce introduced introduction invest investigate investments
    45 investors invite invited involve involvement involves involving iowa iphone iran iraq ireland
    45 irish iron isis islam islamic islands israeli issued it'll italian italy item iv jacket jackson
    45 jail jan jane jason jay jazz jean jeff jerry jersey jet jewish jews jim jimmy johnny johnson
    45 joined joining joint joke jokes jon jonathan jones jordan joseph josh journalist journalists
    45 journey joy jr judges judgment juice jump junior jury justin kansas kate keeps kelly kennedy
    45 kentucky kevin keys kick kicked killer kills kim kinda kinds kingdom kings kiss kit kitchen km
    45 knee knife knight knock kong korea korean lab label laboratory labour ladies laid landing lands
    45 landscape lane languages largely larry las lately latin latter laugh laughing launch launched
    45 lawrence lawyer lawyers lay layer le leads leather lee leg legacy legend legislation legislative
    45 legs lesson lessons lets letters letting lewis liberal liberty license lies lieutenant lifestyle
    45 lifetime lift lighting lights likes limit limits lincoln linked links lips liquid lisa listed
    45 listening listing lists literary literature liverpool ll lmao load loan loans locations lock
    45 locked log logic logo loop loose losses loud lovely lover loves loving lowest ltd luke lunch
    45 luxury lying lyrics ma mac machines mad madrid magazine mail mainly mainstream maintain
    45 maintained maintenance makeup malaysia mall man's manage managers managing manchester manner
    45 manual manufacturers manufacturing maps margin maria marine marked markets marks marry mars
    45 martin maryland mask massachusetts massive masters matches mate math matt matters matthew mature
    45 max maximum mayor meal meanwhile measure measures meat mechanical mechanism medal medicine
    45 medium meetings meets melbourne membership memorial memories men's mention menu merely mess
    45 messages methods mexican mi miami michigan microsoft midnight mile milk mill miller millions min
    45 minds mini minimum mining ministers ministry minnesota minor minority mirror missouri mistake
    45 mistakes mix mixed mm mo mode models moderate moments monitor monitoring monster monthly mood
    45 moon moore moral morgan mortgage moscow mother's mothers motion motor mount mountain mountains
    45 mounted mouse movements moves mp ms multi mum murdered murray muscle museum musical muslim
    45 muslims mutual mystery na nah naked narrative narrow native naturally navy nazi nba nearby
    45 necessarily neck neighborhood nervous netherlands networks newly newspaper nfl nick nigeria
    45 nights noise nope normally nose noted noticed nov novel nowhere nuclear numerous nurse nursing
    45 nuts ny object objective objects observed obtain obtained obvious occasion occasionally
    45 occasions occupied occur occurred occurs ocean oct odd odds offense offensive offering offers
    45 offices officially officials ohio oklahoma olympic olympics one's ongoing op opens opera operate
    45 operated operator opinions opportunities opposed opposite opposition options oral orange ordered
    45 orders ordinary oregon organic organisation organizations organized origin originally oscar
    45 ought ourselves outcome output outstanding overcome overseas owners ownership oxford pa pace
    45 pacific pack package packed pages painful paint painted painting pair pakistan palace pan panel
    45 panic pants papers parallel parent parking parks parliament participants participate
    45 participation partly partners partnership passage passenger passengers passes passing passion
    45 path patrick pattern patterns payment payments pays pc peaceful peak pen penalty pennsylvania
    45 people's peoples percentage perfectly perform performances performed performing periods
    45 permanent permission personality personally personnel persons perspective pet petition phase
    45 phil philadelphia philip philippines philosophy phones photographer photographs photography
    45 phrase physically physics piano picked picking pieces pilot pin pink pit pitch pizza plain plane
    45 planet planned plants plastic plate platform pleased pleasure plenty plot pm pocket poetry
    45 pointed policies polish politicians poll pool pope porn port portion positions possession
    45 possibility posting posts pot potentially pound pounds poverty powers pp practical practices
    45 praise pray prayer precious prefer preferred pregnancy pregnant premier premium preparation
    45 prepare prepared preparing presence presentation presents presidential pretend prevention pride
    45 priest primarily prince princess principal principle principles print printed printing priority
    45 prisoners privacy prize procedure procedures processes processing producer producers producing
    45 profit profits programme programming progressive prominent promise promised promote promoting
    45 promotion proof proper properly properties proposal proposed protected protecting protein
    45 protest proved proven providing province psychological psychology publication publications
    45 publicly publishing pulled pulling pump punch punishment purchase purchased pure purple purposes
    45 pursue pushed pushing puts q qualified quarter quest quiet quit quote races racial racing racist
    45 radiation radical rail railroad railway rain raising rally random rank ranked rape rapid rapidly
    45 rarely rated rating ratio raw ray reaching reaction reader readers realise realized rear
    45 reasonable recall receiving recognition recognize recognized recommend recommendations
    45 recommended recorded recording recover recovery reduce reduced reducing reduction refer
    45 reference references referred referring reflect reform refugees refuse refused regard regarded
    45 regarding regardless regime regional regions register registered registration regret regularly
    45 regulation regulations rejected relation relations relationships relative relatively relax
    45 releases relevant reliable relief religion rely remained remaining remarkable remembered remind
    45 remote removal remove removing rent rep repair repeat repeated replace replaced replacement
    45 replied reply reporter reporting represent representation representative representatives
    45 represented representing represents republic republican republicans reputation requested
    45 requests requirement requirements requires rescue researchers reserve residence resident
    45 residential residents resistance resolution resort resource respectively respond responded
    45 responses restaurant restaurants restrictions resulted resulting retail retired retirement
    45 returning returns reveal revealed reveals revenge revenue reverse reviews revolution reward rice
    45 rick rid ridiculous riding rings rio rip rising risks rivers roads rob robin rocket rocks roger
    45 roles rolling roman romance romantic rome roof rooms root roots ross rough roughly rounds route
    45 routine row rugby ruin ruined ruled ruling rural rush russell ryan sa sacrifice saint sake
    45 salary salt sam sample samples sand santa sarah sat satellite satisfied sauce saudi saved saving
    45 savings scared scary scenes schedule scheduled scheme sciences scientific scientists scope
    45 scored scores scoring scotland scott scottish screaming script se seal sean searching seasons
    45 seats seattle sec secondary secrets sections sector secure seed seeds seek seeking sees segment
    45 select selected selection semi senator sending sensitive sentence separated sept sequence server
    45 serves serving session sessions sets settle settled settlement severe sexy shadow shake shame
    45 shape shaped shared shares sharing sharp sheet shell shield shift shipping ships shirt shock
    45 shocked shoes shoot shopping shops shore shortly shots shoulder shower sides sight signal
    45 signals significantly signing signs silence silent silly similarly simon sin sing singapore
    45 singer singing singles sisters sites situations sixth sized skill sky slave sleeping slide slip
    45 slowly smell smile smoke smoking smooth snow soccer soft soil solar soldier soldiers sole solid
    45 solo solutions solve somehow someone's somewhat somewhere sons sought soviet spaces spain
    45 spanish spare speaker speaks specialist specifically spectrum spell spending spin spiritual
    45 split spoke spoken sport spots squad stability stable stadium stages stands stated statements
    45 stations statistics stats stayed staying stays steady steal steam steel stem stephen steps steve
    45 stocks stolen stomach stones stood stopping stops storage stores storm strange stranger
    45 strategic strategies strategy stream streets stress stretch strike string strip stroke stronger
    45 strongly struck structures struggle struggling stuck studied studio studying stunning styles sub
    45 subjects submit submitted subsequent substantial succeed successfully suck sucks sudden suddenly
    45 suffer suffered suffering sufficient sugar suggested suggests suicide suit suitable sum summary
    45 summit superior supplies supported supporters supporting supports suppose supreme surely surgery
    45 surprised surprising surrounded surrounding survey survival survive survived suspect suspended
    45 swear sweden swimming swing switch sword sydney symbol symptoms syria tables tag tail tale
    45 talent talented talked talks tall tank tanks tap tape targets task taste taught taxes taylor tea
    45 teach teachers teaching tear tears tech technique techniques technologies ted teen teeth
    45 telephone temperature temperatures temple temporary tend tennis terminal terrible territory
    45 terror terrorist tested testing tests texts thats theater theatre theme therapy they'd they'll
    45 thick thin thirty tho thompson thousand thread threat threatened threats threw throat throwing
    45 thrown thursday ticket tickets tie tied ties tiger tight tim timing tiny tip tips tired tissue
    45 titles today's toilet tokyo ton tone tongue tons tony tool tools topic topics toronto touched
    45 tourism tournament toward tower towns toy tracks trading tradition trail trailer trained trains
    45 trans transfer transferred transition translation transmission transport transportation trap
    45 trash traveling treated treating treaty trees trend trends trials trick tries triple troops
    45 truck tube tuesday tune turkey turkish turning twelve twenty twin typical typically ugly uh
    45 ukraine ultimate ultimately un unable uncle underground understood unfortunately uniform
    45 universal universe universities unknown unlike unlikely unusual upcoming update updated updates
    45 upper ups upset urban useful user usual utility va vacation valid valley valuable values vast ve
    45 vegas vehicles venture versions versus vessel veterans vice victim victims victoria victory
    45 vietnam viewed violent virgin virginia virtual virtually virus visible vision visited visiting
    45 visitors visits visual vital voices vol volunteer volunteers voted voters votes voting wage
    45 waited wales walked walker walks walls walter wanting ward warm warning warren warriors wars
    45 wash watched waters wave waves wayne we'd weak wealth weapon web wednesday weed weekly welfare
    45 weren't wet wheel whenever whereas wherever whilst whoever widely wildlife williams willing
    45 wilson windows wine wing wings winners wins wire wisconsin wisdom wise wishes witness witnesses
    45 wolf women's wondering wooden woods wore worker world's worldwide worn worried worship worthy
    45 would've wounded writer writers writes ya yard yards yea year's yellow yep yo younger youtube z
    45 zealand zero zone
    40 aa aaa aaron ab abandon abbey abbott abc aberdeen abilities aboard aboriginal abortion abraham
    40 abs absent absorb absorbed abstract absurd abu abundance abundant abused abusive ac academics
    40 accelerated accent acceptance accepting accepts accessed accessible accessories accidental
    40 accidentally accidents accommodate accommodation accompanied accompany accompanying accomplish
    40 accomplished accomplishments accord accordance accordingly accountability accountable accountant
    40 accounted accuracy accurately accusations ace achievements achieving acids acknowledge
    40 acknowledged acoustic acquire acquiring acre acres activate activated activation actively
    40 activist activists acute adams adapt adaptation adapted addicted addiction additionally
    40 additions addresses addressing adelaide adequate adjacent adjust adjusted adjustment adjustments
    40 admin administered administrator administrators admiral admire admission admissions admits
    40 admitting adopt adopting adoption adorable adrian advancement advances advancing advantages
    40 adventures adverse advertised advertisement advertisements advise advised adviser advisor
    40 advisory advocacy advocate advocates aerial aesthetic af affecting affection affects affiliate
    40 affiliated affordable afghan afghanistan afl africans aftermath afterward ag aggregate
    40 aggression aging agreeing agreements agrees ahh ahmed ai aids aimed aiming aims aired airline
    40 airlines airplane airports aka alaska albany albeit albert alberta albums alcoholic alexandria
    40 alfred algebra algorithm algorithms aliens aligned alignment alike alison allah allan
    40 allegations allegedly allergic alley allied allison allocated allowance ally alot alpha alt
    40 altar alter altered alternate alternatively alternatives altitude altogether aluminum alumni
    40 amanda amateur amazed amber ambition ambitious ambulance amen amended amendments america's amid
    40 ammunition amp amsterdam amusing amy ana anal analyses analyst analysts analytics analyze
    40 analyzed anatomy ancestors anchor andre andrea andrews angela angles anglo animated animation
    40 ankle annie announces announcing annoyed annually anonymous answering ant antenna anthem
    40 anticipated antique antonio anxious anytime anyways apartments apollo apologies apologize
    40 apology apparatus appealed appealing appeals appearances appearing appetite applause apples
    40 applicable applicants applies applying appointments appreciated appreciation approached
    40 approaches approaching approve apr ar arabia arabic arabs arbitrary arc arch archbishop archer
    40 architect architects architectural archive archives arctic argentina arguably argues arguing
    40 arise ark arkansas armies armor armour armstrong arnold arrange arrangement arrangements array
    40 arrives arriving arrow arrows artificial artillery artistic artwork asap ash ashamed ashes
    40 ashley assassination assaulted assembled asses assess assessed assessments asset assignment
    40 assignments assisted assisting assists associates associations assumes assuming assumption
    40 assumptions assurance assure assured asylum athens athlete athletic athletics atlas atm
    40 atmospheric atomic atoms attach attachment attendance attitudes attorneys attract attraction
    40 attractions attribute attributed attributes au audiences audit audition aunt australia's austria
    40 austrian authentic authorized autism automated automation automobile automotive autonomous
    40 autonomy availability ave avengers averaged aviation avoided avoiding aw awaiting awake awe
    40 awhile axe axis aye ba babe bachelor backgrounds backing backpack backs backup backwards
    40 backyard bacon bacteria badge bail bailey bait bake baked baker baking balanced balancing
    40 balcony bald baldwin ballet balloon ballot baltimore banana bangkok bangladesh banker bankers
    40 bankruptcy banner banning baptist barack barbara barber barcelona bare bargain bark barn barnes
    40 baron barrel barrels barrier barriers basement bases bash basics basin basket bastard batch
    40 batman bats battalion batteries batting battlefield battles bayern bb beaches beam beams bean
    40 beans beard bearing beaten beatles beats beautifully beds bee beers bees beg begging behave
    40 behavioral behaviors behold beijing beings belfast belgian belgium beliefs believing belle bells
    40 belly belonged belonging belongs beloved bend beneath beneficial benjamin bennett bent berkeley
    40 bernard bernie berry beside beta beth betrayed bets betting betty beverly bf bi bias biased
    40 biblical bibliography bicycle bidding biden bids bikes billboard billionaire billions bin binary
    40 bind binding bio biography biology birmingham bishops bitches bitcoin bites biting bits bitter
    40 bizarre blacks blade blades blah blair blake blamed blaming blank blanket bleeding blend bless
    40 blessed blessing blessings blew bliss blocking blogger bloggers blogs blonde bloom blowing blown
    40 blows blu bluetooth blunt bmw bo boarding boats bobby bodily boeing boil boiling bolt bomber
    40 bombers bombing bombs bonuses boo boobs booked booking boot booth bore bored boris borough
    40 borrow borrowed borrowing bosses bot bothered bottles bounce boundaries boundary bout bowling
    40 bowls boxing boycott boyd bp br bra bracket brad bradford bradley brady brains brake brakes
    40 branches branded branding brandon brass bravo brazilian breach breakdown breakthrough breasts
    40 bred breed breeding breeze brett brewing brexit brick bricks bride bridges briefly brigade
    40 brighton brisbane bristol broadcasting broader broadly broadway broker broncos bronze brooke
    40 brooklyn brooks bros brotherhood browns browser bruno brush brussels brutal bryan bryant bs bt
    40 btw bubble bubbles buck bucket bucks bud buddha buddhist buddies buffalo buffer bug bugs builder
    40 builders builds bulgaria bulgarian bulk bullet bulletin bullets bulls bully bullying bum bump
    40 bundle bunny burden burger burial burke burns burnt burst burton bury buses businessman bust
    40 busted butcher butler butterfly buttons buyer buyers buys buzz bypass c'mon cab cabin cables
    40 caesar cafe café cage cairo cakes cal calcium calculate calculated calculation calculations
    40 calgary calif calories calvin cam campaigns campbell camping camps canada's canadians canal
    40 cancel canceled cancellation cancelled candle candles cane cannabis cannon canon cans canvas
    40 canyon capabilities capability capita capitalism capitalist capitol caps capturing cardiac
    40 cardiff cardinal cardinals cared careers cargo caribbean caring carl carlos carnival carol
    40 caroline carpenter carpet carriage carrie carriers carries carroll carson cart cartoon carved
    40 casey casino casting casual casualties catalog catalogue catalyst catches catching cathedral
    40 catherine catholics cattle caution cautious cavalry cave cbs cc ce cease ceased cedar ceiling
    40 celebrated celebrates celebrating celebrations celebrities cellular celtic cement cemetery
    40 censorship census centered centres certainty certificates certification certified cf ch chad
    40 chains chairs challenged chambers champ champagne championships chan chancellor chandler chapel
    40 chapman chapters characteristic characterized charging charitable charities charleston charlotte
    40 charm charming charter charts chasing chatting cheaper cheapest cheat cheated cheating cheek
    40 cheeks cheer cheering cheers chef chemicals chen cherry chess chester chi chick chickens chicks
    40 chiefs child's chile chill chin china's chips chloe choir chooses chop chopped chorus
    40 christianity christina christine christopher chrome chronic chuck churchill cia cigarette
    40 cigarettes cincinnati cinema circles circuits circular circulation circus citation citing
    40 citizenship city's civic civilian civilians civilization cl claire clan clara clarify clarity
    40 clarke clash classics classification classroom claude clause cleaned cleaner clearance cleared
    40 clearing clerk clever clicking cliff clifford climb climbed climbing clinic clinics clips closes
    40 closest closet closure cloth clouds clown club's clue clues cluster clutch coalition coastal
    40 cocaine cock cocktail coconut cod codes coding cody coffin cognitive cohen coin coincidence coke
    40 col cole coleman colin collaborative collapse collapsed collar colleague collecting collections
    40 collectively collector collectors colleges collins collision colombia colonial colonies colony
    40 colored colorful coloured colours columbus columns com combinations combine combining combo
    40 comeback comedian comics commanded commanding commands commenced commentary commented commenting
    40 commercials commissioned commissioners commissions commitments committees committing commodity
    40 commons communicate communicating communism communists comp compact companion companions
    40 comparable comparative compares comparing comparisons compassion compatible compelling
    40 compensate competent competing competitions competitor competitors compilation compiled complain
    40 complained complaining complaints complement completing completion complexity compliance
    40 complications compliment comply composer composite compound compounds compression comprised
    40 comprises comprising compromise compromised computing conceived concentrate concentrated
    40 concentrations conception concerts conclude concludes conclusions condemned conditioning
    40 conducting conductor cone conferences confess confession confidential configuration confined
    40 confirmation confirms conflicts confront confronted confusing confusion congo congrats
    40 congregation congressional congressman conjunction connecticut connecting connects connor
    40 conquer conquest cons conscience conscious consciousness consecutive consensus consequence
    40 consequently conservatives considerable considerably considers consist consisted consistency
    40 consistently consisting console consolidated constable constitute constraints construct
    40 constructive consult consultant consultation consulting consume consumed consuming contacted
    40 contacts container containers contents contested continent continental continually continuity
    40 continuous continuously contracted contractor contractors contrary contributing controller
    40 controlling controversial convenience convenient conventional conventions conversion convert
    40 converted convey convicted conviction convincing cooked cookie cookies cooler cooling cooperate
    40 cooperative coordinate coordinated coordinates coordination coordinator cope copied copyright
    40 coral cord corn corners cornwall corporations corpse corrected correction correctly correlation
    40 correspondence correspondent corresponding corridor corrupt cos cosmic costa costly costume
    40 costumes cottage couch cough could've councils counsel counseling counselor counted counterparts
    40 counties countless country's countryside coup coupled coupon courtesy cousins covid cow cowboy
    40 cowboys cows cox cp cr crab cracked cracking cracks craig crane crashed crashes crashing
    40 crawford crawl creativity creator creators creature creatures credibility credible credited
    40 creep creepy crews cried cries criminals criteria critic critically criticized critique crop
    40 crops crosses crow crowded crowds crude cruel cruelty cruise crush crushed crushing cruz
    40 crystals cs ct cuba cuban cube cubs cue cuisine cult cultures cum cunt cups curb curiosity
    40 curriculum curry curse cursed curtain curtis curve curved curves custody customs cuz cyber
    40 cycles cycling cylinder cyrus czech dad's dairy daisy dakota dale dam damages damaging dame
    40 damned dana dancer dancers dances dangers danish danny darker darling darren darwin dash
    40 daughter's davidson davies dawson day's daylight db deadline deadly deaf dealer dealers dealt
    40 debates debris debts decay deceased decides deciding decisive declaration declare declaring
    40 declined declining decorated decoration decorations decorative decrease decreased decree
    40 dedication dee deed deeds deemed deepest deer def defeated defects defendant defendants defended
    40 defender defenders deficit defines defining definite definitions definitive delaware delayed
    40 delays delegates delegation delete deleted deliberate deliberately delicate delight delighted
    40 delightful delivering delivers delta dem demanded demanding dementia demo democrat demographic
    40 demon demons demonstrate demonstrated demonstrates demonstrating demonstration demonstrations
    40 dems den denial denmark dennis dense dental dentist denver denying departed departments
    40 departure depend depicted deployed deployment deposit deposits depot depressed depressing depths
    40 der derby derek des descent describing descriptions deserved designated designation designers
    40 designing desirable desired desires desktop despair desperately dessert destination destinations
    40 destined destiny destroying destructive detached detained detect detected detection detective
    40 detention determination determines determining dev devastating developer developers
    40 developmental developments develops devils devon devoted diabetes diagnosed diagnosis diagnostic
    40 diagram dial diameter diamonds diana diane diary dice dictionary didnt diesel differ
    40 differential differently difficulties dig digging digit dignity dimension dimensional dimensions
    40 dining dinosaur dioxide dip diploma diplomatic directing directions directory dirt disabilities
    40 disability disagree disappear disappointing disappointment disasters disc discharge discharged
    40 disciplinary discipline disclose disclosed disclosure disco discounts discourse discovering
    40 discretion discusses discussing disgusting dish dishes disk dislike dismiss dismissed disorders
    40 dispatch displaced displayed displays disposal disputed disputes dissolved distances distant
    40 distinction distinctive distinguish distinguished distracted distraction distress distribute
    40 disturbed disturbing ditch dive diverse divide dividend divine diving divisions divorced diy dj
    40 dm dock doctrine documentation documented dodge dodgers doe doesnt doin doll dolls dolphins dom
    40 dome dominance dominant dominate dominated donate donated donation donations dong donna donor
    40 donors doom doomed dope dorothy dose doses dot dots doubled doubles doubts doug dough douglas
    40 downloaded downs dozens drafted dragged dragging dragons drain drainage drake dramatically drank
    40 drawer drawings draws dreamed dreaming dresses dressing dried drift drill drilling driver's
    40 drone drones drought drowning drum drums ds du dubai dubbed dublin duchess duck ducks dudes dug
    40 dull dump dumped duncan dunno duo duration durham dvd dwarf dye dylan dynamics dynasty ea eager
    40 eagle eagles earl earliest earning earth's earthquake easiest easter eaten eats ebay echo
    40 eclipse ecological economically economies economist economists ecosystem eddie eden edgar edges
    40 editions editorial editors eds educate educators edwards effectiveness efficiently ego egyptian
    40 eighteen eighth eighty elaborate elbow elder elderly elders eleanor elect electoral electron
    40 electronics elegant elena elephant elephants elevated elevation elevator eleven eligibility
    40 eliminate eliminated eliminating elimination ellen elliott ellis else's elvis emails embarrassed
    40 embarrassing embarrassment embassy embedded embrace embraced emerge emerged emerging emily
    40 emissions emma emotion emotionally emperor emphasis employ employer employers enabled enables
    40 enabling enacted encountered encounters encouragement encourages encouraging endangered endless
    40 endorsed endorsement endure enforce enforced engaging enhance enhanced enjoyable enjoyment
    40 enjoys enlisted enormous enrolled enrollment ensuring enterprises enters entertain entertaining
    40 enthusiasm enthusiastic entities entity entrepreneur entrepreneurs entries envelope environments
    40 envy enzyme ep epa epidemic equation equations er erected errors es escaped escort espn essay
    40 essays essence essex est establishing establishments estates esteem eternal eternity ethical
    40 ethics eugene euro europeans euros eva evaluate evaluated evaluation evan evans evident
    40 evolutionary evolve evolved evolving examine examined examining exams exceed exceeded excellence
    40 exceptional exceptions excess excessive exchanges excitement exclude excluded excluding
    40 exclusively excuses execute executives exempt exercises exhaust exhausted exhibit exhibited
    40 exhibits exile exotic expanding expectation expects expedition expense experiencing experiments
    40 expertise expired explaining explanations explicit explicitly explode exploded exploit
    40 exploitation exploration explored explorer exploring explosion explosive explosives export
    40 exports expose exposing expressing expressions extending extends extensions extensively exterior
    40 extinction extract extraction eyebrows eyed fa fabric fabulous facial facilitate faction
    40 factions factories fade failures faint fairness fairy faithful family's fare farewell farmer
    40 farming farms farther fascinating fascist fashioned fastest fatal fathers fatigue fatty
    40 favorable favored favorites fb fc fcc fda fe feared fears feast feat feathers feeds felix
    40 fellows fellowship felony feminine feminism feminist fence ferguson ferrari ferry fertility
    40 festivals fever ff fiber fictional fierce fifa fifteen fig fighters fights filing filling filmed
    40 filming filters filthy finale finances financially financing fines finest finishes finite
    40 finland finn firearms fires fireworks firmly fisher fist fitted fitting fixing fixtures fl flags
    40 flagship flame flames flats flavor flaws fled flee flesh fletcher flew flexibility flexible
    40 flies flights flint flip float floating flooded flooding floods floors floral florence flour
    40 flowing flown flows floyd flu fluid flush flynn fm foam focuses focusing fog foil fold folded
    40 folk fond font foolish fools forbes forbidden forcing forecast forehead foreigners foremost
    40 forensic forests forge forgetting forgive forgiveness fork formally formats formerly forming
    40 forthcoming fortress fortunate fortunately forty forums forwards fossil foul foundations
    40 founders founding fountain fourteen fr fraction fragile fragments framed frames franklin frankly
    40 fraser freak freaking fred freddie frederick freed freely freeman freestyle freeze freezing
    40 freight freshman fridge fried friend's fries fringe frog frontier frost fruits frustrated
    40 frustrating frustration fry fu fucks fuels fulfill fulfilled fuller functional functioning
    40 fundamentally fundraising fur furious furthermore fury fusion futures ga gabriel gaining gains
    40 gal galleries gallon gamble gambling game's gameplay gandhi gaps garage garbage garcia gardner
    40 garlic gasoline gateway gather gathering gauge gaza gb gdp ge gel gem gems generate generating
    40 generator generic generous genes genesis genetics geneva genocide genre gentle gentleman
    40 gentlemen gently genuinely geographic geographical geography geological geology geometry gerald
    40 germans gesture gf ghana ghosts gibson gif gifted gig gilbert ginger girl's glance glasgow glen
    40 glenn glimpse globally glorious gloves glow glowing glucose glue gm goalkeeper goat goddamn
    40 goddess goin goodness goose gop gore gosh gospel gossip gov governance governed governing
    40 government's governmental governors govt gown gp gps grabbed grabbing gradually graduated
    40 graduates graduating graduation grain gram grammar grams grandchildren grande grandfather
    40 grandma grandmother grandpa grandparents grandson granite grants graph graphic graphics grasp
    40 gratitude graves gravity greedy greene greenhouse greens greg gregory grid grief griffin grill
    40 grind grinding grip grocery grounded group's grove grows gt guarantees guardians guessing guided
    40 guidelines guides guild guilt guinea gum guru gut guts guy's habit habitat habits hack hacked
    40 hacking hahaha hail hairs hairy halfway halloween halls halo halt ham hammer hammond hampshire
    40 han handbook handful handing handled handles handsome handy hannah hans happier happily
    40 harassment harbor harbour hardcore hardest hardy harmful harmless harmony harold harper harrison
    40 harsh hart harvard harvest harvey hatch hated hates hating hatred hats haul haunted haven hawaii
    40 hawk hawks hay hayes hazard headache header headline headlines headphones heal healing healthier
    40 hearings hears hearted heated heath heather heating heavenly heavier hebrew heck heel heels
    40 heights heir helen helicopter helmet henderson herald herb herbert herd heroic heroin hers hes
    40 hesitate hid hierarchy highlight highlighted highways hike hiking hilton hindi hindu hint hints
    40 hips hiring hispanic historian historians historically hitler hiv hm hmm ho hobby holder holders
    40 holdings holidays holland hollow holly holmes holocaust homeland homemade homer hometown
    40 homework homicide hon honda honesty honorable honored honors hood hooked hopeful hopkins horizon
    40 horizontal hormone hormones horn horns horny horrific hospitality hostage hosted hostile hosting
    40 hosts hotels hottest households how's hp hr hub hudson hug hugh hughes hugo hull humanitarian
    40 humble humidity humor humour hung hungarian hungary hunger hunters hurricane hurry hurting
    40 husband's husbands hut hybrid hydrogen hygiene hype hypothesis ibm iceland icon iconic idaho
    40 ideally ideals identical identification identifies identifying identities ideological ideology
    40 idiots idk idol ie ignorance ignorant ignoring illegally illusion illustrated illustration
    40 illustrations imagery imaginary imagination imagined imaging immense immigrant immortal immune
    40 immunity impacts imperial implement implemented implementing implications implied implies imply
    40 import importantly imported imports impose imposed impress imprisoned imprisonment improves
    40 inability inadequate inappropriate incentive incentives incidents inclined inclusion inclusive
    40 incoming incomplete inconsistent incorporate incorporated incorrect incumbent independently
    40 india's indianapolis indians indicates indicating indication indicator indicators indie
    40 indigenous indirect individually indonesia indonesian indoor induced inequality inevitable
    40 inevitably infamous infant infantry infants infected infections infectious inferior infinite
    40 infinity inflation influenced influences influential inform informal ing ingredients inhabitants
    40 inherent inheritance inherited initiated initiatives injection injustice ink inland inmates inn
    40 inning innings innocence innovative inquiries inquiry ins insect insects insert insider insight
    40 insights insist insisted inspection inspector inspirational inspire inspiring install
    40 installation installations instances instantly instinct institutional instructed instruction
    40 instructor instrumental insufficient insulin insult int intact intake integral integration
    40 integrity intel intend intensity intensive intentionally intentions inter interact interactions
    40 interactive interface interfere interference interim intermediate internally internationally
    40 interpret interpretation interpreted interrupted intersection interstate interval interviewed
    40 intimate intro introduces introducing invalid invasion invented invention inventory invested
    40 investigated investigating investigations investigator investigators investing investor
    40 invisible invitation inviting ion ios ip ipad ira iranian iraqi iris ironic irony irrelevant irs
    40 isaac isle isnt iso isolated isolation issuing it'd itunes ivan ive ivory ivy jackets jackie
    40 jacob jade jake jam jamaica jamie janet jar jared java jaw jealous jeans jefferson jeffrey jelly
    40 jenkins jennifer jenny jeremy jerk jerusalem jesse jessica jets jew jewelry ji jill jin jo joan
    40 joel joey johns johnston joins jointly joints joking jose joshua journalism journals joyce juan
    40 judged judgement judging judicial judiciary judy julia julian julie jumped jumping jumps jun
    40 junction jung jungle junk jurisdiction justification justified justify juvenile ka kai kane
    40 kanye karen karl karma kashmir katherine katie kay keen keeper keith ken kenneth kenny kent
    40 kenya kerry keyboard kg khan ki kicking kicks kidding kidnapped kidnapping kidney killers
    40 kilometers kilometres kindergarten kindle kindly kindness king's kirk kissed kissing kits kitty
    40 knees knights knives knocked knocking knox kurt ky kyle labeled labels labs lace lacked lacking
    40 lacks lad ladder lads lakers lakes lamb lame lamp lancaster lance landed landlord landmark lanes
    40 lang lanka lap laptop laser lasted lasting lasts lateral latino laughed laughs laughter launches
    40 launching laundry laura lauren lawn lawsuit layers laying layout lazy lb lbs leaf leagues leak
    40 leaked leaks lean leaning leap learnt lease lebanon lebron lecture lectures leeds legally
    40 legendary legends legion legislature legit legitimate lego leicester leigh leisure lemon lend
    40 lending lengths lengthy lens lenses lent leo leon leonard les lesbian leslie lesser lethal
    40 leverage levy lgbt li liability liable liam liar lib liberals liberation libraries libya licence
    40 licensed licenses licensing lick lid lied life's lifelong lifted lifting lifts lighter lightly
    40 lightning lightweight likelihood likewise liking lil lily lime limestone limitations limiting
    40 lin linda lindsay linear lined liner lineup lining linking linux lion lions lip liquor listened
    40 listings lit literacy literal litigation lively liver livestock liz llc lloyd lo loaded loading
    40 loads lobby locally locals locate locker locking locks lodge logan logging logical logistics
    40 logs lone lonely longest lookin lopez lords loser losers loses lottery lou louder loudly louise
    40 louisiana louisville lounge lovers lowered lowering loyal loyalty lp lt lucas luckily lucy
    40 luggage luis lunar lung lungs luther lynch lynn lyon machinery madame madison madness mafia
    40 magazines maggie magical magnetic magnificent magnitude maid maiden maine mainland maintaining
    40 maintains majesty majors maker makers malaysian malcolm males mama manages mandate mandatory
    40 manga manhattan manila manipulation mankind manners manning manor mansion manuel manufacture
    40 manufactured manufacturer manuscript maple mapping mar marathon marble marc marched marching
    40 marco marcus margaret margins marie marijuana marina marines mario marion maritime marker
    40 marketplace marking marriages marrying marsh marshal marshall martha martial marvel masks mason
    40 massacre massage masses master's masterpiece mat matched matching maternal mates mathematical
    40 mathematics maths matrix matthews maturity maurice maxwell maya mb mc mccain mcdonald mcdonald's
    40 md meals meaningful meantime measured measurement measurements measuring mechanic mechanics
    40 mechanisms med medals median medicare medication medications medicines medieval meditation
    40 mediterranean mega megan mel melissa melody melt melted melting membrane meme memes memo memoir
    40 memorable memphis mentality mentally mentioning mentions mentor mercedes merchandise merchant
    40 merchants mercury mercy mere merge merger merit merry mesh messaging messed messenger messi
    40 messing messy metabolism metallic metals meter meters methodology metre metres metric metro
    40 metropolitan mg mia mic mice michelle mick mickey micro microwave midfielder midst midwest
    40 mighty migrant migrants migration miguel milan mild militia mills milton milwaukee minded
    40 mindset minecraft mineral minerals miners mines minimal minimize minneapolis minorities mins
    40 mint minus miracle miracles miranda mirrors miserable misery misleading misses missile missiles
    40 missionary missions mississippi mistaken mistress mitch mitchell mixing mixture ml mlb mls mob
    40 mobility mock mod modeling modes modest modi modification modifications modified modify module
    40 mohammed moisture mold molecular molecules molly mom's momentum mommy moms mon monetary monica
    40 monitored monitors monk monkey monkeys monopoly monroe monsters montana montgomery montreal
    40 monument morality moreover morocco moron morris morrison mortal mortality mortar moses mosque
    40 moss motivated motivation motive motorcycle motors mounting mph mps mt mtv mud muhammad mumbai
    40 munich municipal murderer murders murphy muscles museums musician musicians mvp myanmar
    40 mysterious myth myths nail nailed nails naive namely naming nancy nap napoleon narrator nasa
    40 nascar nash nashville nasty nat natalie nate nathan nation's nationalism nationalist nationally
    40 nationals nationwide nato naughty naval navigation nazis nbc nc ncaa ne nearest neat nebraska
    40 necessity necklace needing needle neglect neglected negotiate negotiated negotiating negotiation
    40 negotiations neighbor neighborhoods neighboring neighbors neighbourhood neighbouring neighbours
    40 neil nelson neo nepal nephew nerve nerves nest netflix nets networking neural neutral nevada
    40 nevertheless newborn newcastle newer newest newman newport newsletter newspapers newton ng nhl
    40 nhs ni nicely niche nicholas nickel nickname nicole niece nigel nigerian night's nightmare nike
    40 nina nineteenth ninja nintendo ninth nitrogen nixon nj nm noah nobel noble node nodes noises
    40 nominated nomination nominations nominee nonetheless nonprofit nonsense noon norfolk norm norman
    40 norms northeast northwest northwestern norton norway norwegian notable notably notch noticeable
    40 notices notification notified noting notion notorious nova novels nowadays nsa nsw nt nude
    40 numbered nursery nurses nut nutrition nyc nz o'brien o'clock oak oakland oath obama's obamacare
    40 obesity obey objection objectives obligation obligations obliged obscure observation
    40 observations observe observer observers observing obsessed obsession obstacles obtaining
    40 occasional occupation occupy occurrence occurring oceans offence offended offenders offerings
    40 offset offshore offspring oils ol oldest olds olive oliver olivia omar omega omg onion onions
    40 ontario ooh opener openly operates operational operative operators opponent opponents oppose
    40 opposing oppression ops opt opted optical optimal optimistic optional orbit orchestra ordering
    40 ore organ organisations organised organisms organizational organize organizing organs
    40 orientation oriented originated origins orlando orleans orthodox os ot other's ottawa ou ounce
    40 ours outbreak outcomes outdoor outer outfit outfits outlet outlets outline outlined outlook
    40 outrage outrageous outright outs outta oval oven overhead overlooked overly overnight oversight
    40 overtime overview overwhelmed overwhelming owe owed owen owl owning owns oxygen oz pablo pac
    40 packages packaging packers packet packing packs pad pads pains painter paintings paired pairs
    40 pakistani pal pale palestine palestinian palestinians palm palmer panama panels panthers papa
    40 paperwork par para parade paradise paragraph parameters pardon parental parenting parish parked
    40 parker parliamentary parody parole partial partially participant participated participating
    40 particle particles partisan partnerships party's passionate passive passport password pasta
    40 paste pastor pat patch patches patent patents pathetic paths pathway patience patricia patriotic
    40 patriots patrol paula paulo pause paypal payroll pdf peach peaks peanut pearl pedro pee peel
    40 peer peers penalties pencil pending penguin peninsula penis penn penny pens pension pensions
    40 pepper perceived perception perfection performer performers performs perfume permanently permit
    40 permits permitted perry persian persistent person's personalities perspectives persuade
    40 persuaded perth peru pete peterson petroleum pets petty pg ph phantom pharmaceutical pharmacy
    40 phases phd phenomenal phenomenon philippine phillip phillips philosophical phoenix photograph
    40 photographers photographic photoshop phrases physician physicians pi pic picks pickup picnic
    40 pics pictured pie pier pierce pierre pig pigs pile pill pillow pills pilots pinch pine ping pins
    40 pioneer pipe pipeline pipes pirate pirates piss pissed pistol pitched pitcher pitching pitt
    40 pittsburgh pity pl placement placing plague plains planes planets planted planting plasma plates
    40 platforms platinum playground playoff playoffs playstation plaza plea pleasant pleasing pledge
    40 plots plug po pockets podcast poem poems poet poets pointing pointless poison poisoning pokemon
    40 poker poland polar pole poles polished polite politically politician polling polls pollution
    40 polo pond pony pools poorly popped popping pops popularity populated populations porch pork
    40 portable portal porter portfolio portions portland portrait portraits portrayed ports portugal
    40 portuguese pose posed poses positioned positively possess possessed possessions possibilities
    40 postal poster posters potato potatoes pots potter pour poured pouring powder powell powered pr
    40 practically practiced practicing practitioners praised prayers praying precedent precise
    40 precisely precision predecessor predict predictable predicted prediction predictions
    40 predominantly preference preferences prejudice preliminary premiere premise premises premiums
    40 prep preparations prescribed prescription presenter presenting preservation preserve preserved
    40 presidency president's presidents pressed pressing pressures prestige prestigious preston
    40 presumably pretending prevalent prevented preventing prevents preview prey priced pricing
    40 priests primitive princeton printer prints priorities prisoner prisons privately privilege
    40 privileged privileges prix prizes probability probable probation probe problematic proceed
    40 proceeded proceedings proceeds processed processor proclaimed produces productions productive
    40 productivity prof profession professionally professionals professors profiles profitable
    40 profound programmes progression prohibited prohibition projected projection prolonged prom
    40 promises promising promo promoted promotes promotional promotions prompt prompted promptly prone
    40 pronounced prop propaganda prophet proportion proposals propose proposition pros prosecution
    40 prosecutor prospect prospective prospects prosperity protective protects proteins protestant
    40 protesters protesting protests protocol protocols prototype proves providence provider providers
    40 provinces provincial proving provision provisions proximity ps psychiatric psychic psychologist
    40 pt pub publicity publish publisher publishers puerto pulls pulse pumped pumping pumpkin pumps
    40 punched punish punished punk pupil pupils puppet puppy purchases purchasing purely purse pursued
    40 pursuing pursuit pushes pussy putin puzzle pyramid python qatar qb qualification qualifications
    40 qualify qualifying qualities quantities quantity quantum quarterback quarterly quarters que
    40 quebec queen's queens queensland queer questionable questioned questioning queue quicker quietly
    40 quinn quiz quo quoted quotes ra rabbit rachel racism rack radar radius rage raid raiders raids
    40 rails railways rainbow rainfall rains raises ralph ram ramp ranch rand randomly randy ranger
    40 rangers ranges ranging ranking rankings ranks rap raped rapper rat ratings rational rats raven
    40 raymond rays rd reaches react reactions reactor readily readings reads reagan realised realistic
    40 realizes realizing realm reasonably reasoning rebecca rebel rebellion rebels rebounds rebuild
    40 recalled receipt receiver receives reception receptor recession recipe recipes recipient
    40 recipients reckless reckon recognise recognised recognizing recommendation recommends
    40 reconstruction recordings recovered recovering recreation recreational recruit recruited
    40 recruiting recruitment recycling redemption reds reduces reed reef ref referee referendum refers
    40 refined reflected reflecting reflection reflects reforms refreshing refuge refugee refund
    40 refusal refuses refusing regards regiment registry regrets regulate regulated regulatory rehab
    40 rehabilitation reid reign reinforced reject rejection relate relates relating relatives relaxed
    40 relaxing relay releasing relevance reliability reliance relied relies relieve relieved religions
    40 reluctant relying remainder remake remarkably remarks remedies remedy remembering remembers
    40 reminded reminder reminds remix remotely renaissance render rendered rendering renewable renewal
    40 renewed renowned rental rented repaired repairs repeal repeatedly repeating replacing replay
    40 replies reportedly reporters reproduction reproductive requesting requiring res rescued
    40 researcher reservation reservations reserved reserves reservoir reset resign resignation
    40 resigned resist resistant resolve resolved resorts respected respective respects respiratory
    40 respondents responding responds responsibilities resting restoration restore restored restrict
    40 restricted restriction resume resumed resurrection retailer retailers retain retained retaining
    40 retention retire retiring retreat retrieved reunion reuters rev revealing revelation revenues
    40 reversed reviewed reviewing revised revision revival revolutionary rewarded rewards rex rey
    40 reynolds rhetoric rhode rhythm ribbon ribs rica richards richardson richmond ricky rico rider
    40 riders rides ridge rifle rifles rig righteous rigid riley rim riot riots ripped risen rises
    40 risky rita ritual rival rivalry rivals rm roast robbed robbery robbie roberts robertson robinson
    40 robot robots robust rochester rockets rocky rod rode rodgers rogers rogue rolled roller rolls
    40 rom romania romans ron ronald ronaldo rookie roommate roosevelt rooted rope rosa roses roster
    40 rotating rotation rotten rounded routes rover rows roy royalty rs rt rub rubber rubbish ruby
    40 rude ruins ruler rumors runner runners runway rushed rushing russians ruth sack sacramento
    40 sacred sadly sadness safely safer saga sage sail sailing sailor sailors saints salad salaries
    40 sally salmon salon salvation samantha sampling samsung samuel sanchez sanctions sanctuary
    40 sanders sandra sands sandwich sandwiches sandy sang sara satan satellites satisfaction satisfy
    40 satisfying sausage savage saves sc scales scam scan scandal scar scare scars scattered scenario
    40 scenarios scent schedules schemes scholar scholars scholarship scholarships school's sci
    40 scientist scout scouts scrap scratch scream screams screening screens screenshot screw screwed
    40 scripture scroll sculpture sd sealed seals searched searches seas seasonal seated seating
    40 sebastian secondly secretly sectors secular secured securing securities seeks seemingly segments
    40 seize seized selecting selective selfie selfish seller sellers sells semester seminar sen
    40 senators sends seniors sensation senses sensible sensitivity sensor sensors sentenced sentences
    40 sentiment seo seoul sep separately separation sequel sequences sergeant serial servant servants
    40 servers seth settings settlements settlers settling setup seventeen seventh seventy severely
    40 sexuality sexually sf sh shade shades shadows shaft shah shakespeare shaking shallow shane
    40 shanghai shannon shapes shareholders shark sharks sharon sharply shattered shave shaw shawn
    40 she'd she'll shed sheep sheer sheets sheffield shelf shells shelter shelves shepherd sheriff
    40 sherman shields shifted shifting shifts shine shining shiny shipment shipped shirts shitty
    40 shocking shoe shook shooter shoots shores shortage shorter shorts shotgun should've shoulders
    40 shout shouted shouting show's showcase showers shrimp shuttle shy si siblings sickness sided
    40 siege sierra sigh sights signature signatures significance silicon silk silva sim similarities
    40 simmons simpler simplicity simpson sims simulation simultaneously sincere sincerely singers
    40 singh sings sink sinking sins sits situated sixteen sixty sizes skating skeleton sketch ski
    40 skies skiing skilled skinny skins skip skirt skull slam slap slate slaughter slavery slaves
    40 sleeve slept slice slides sliding slight slightest slim slipped slope slopes slot slots slower
    40 slut smallest smarter smartphone smash smashed smells smiled smiles smiling smoked snack snacks
    40 snake snakes snap snapped sneak soap sober socialism socialist socially societies sociology
    40 socks soda sodium sofa softly solely solidarity solomon solved solving someday somerset sometime
    40 son's sonic sony soo sooner sophie sophisticated sore sorted sorts souls sounded sounding
    40 soundtrack soup sour southampton southeast southwest sovereign sovereignty sox sp spa spacecraft
    40 spam span spark sparks spatial speakers specialists specialized specially specialty
    40 specification specifications specified specify specimens spectacular speculation speeches speeds
    40 spelled spelling spells spencer spends sperm sphere spice spicy spider spiders spike spill
    40 spinal spine spinning spiral spirits spit spite splash splendid splitting spoil spoiled
    40 spokesman sponsor sponsored sponsors spoon sporting spotlight spotted spouse spray spreading
    40 springfield springs sprint spurs spy sq squeeze sr sri ss stab stabbed stack staged stained
    40 stainless stairs stake stakes stall stamp stamps stan stance stanford stanley starbucks stare
    40 staring stark starring starter startup starving stat state's static stating statistical statue
    40 statute statutory steadily steak stealing steep steering stellar stems stephanie stepped
    40 stepping stereo sterling stern steven stevens stewart sticking sticks sticky stiff stimulus
    40 sting stir stockholm stole stored storms straightforward strain strangers strap straw streak
    40 streaming streams strengthen strengthening strengths stressed stressful stretched stretching
    40 strict strictly striker strikes striking strings stripes stripped strips strokes strongest
    40 structural structured struggled struggles stuart stubborn studios stuffed stunt su subjected
    40 subjective submarine submission subscribe subscribers subscription subsequently subsidiary
    40 substance substances substantially substitute subtle suburb suburban suburbs subway succeeded
    40 successes succession successive successor sucked sucking sudan sue sued suffers sufficiently
    40 suggesting suggestion suggestions suite suited suits sullivan summers summoned sums sundays sung
    40 sunlight sunny sunrise sunset sunshine superb superhero superintendent superman supermarket
    40 supernatural superstar supervision supervisor supplement supplements supplied supplier suppliers
    40 supplying supporter supportive supposedly surf surfaces surge surgeon surgeons surgical surplus
    40 surprises surprisingly surrender surrey surround surroundings surveillance surveys surviving
    40 survivor survivors susan suspected suspects suspension suspicion suspicious sussex sustain
    40 sustainability sustainable sustained swallow swamp swan swap sweat sweater swedish sweep
    40 sweeping swept swift swim swinging swiss switched switches switching switzerland swords sworn
    40 symbolic symbols sympathetic sympathy symphony sync syndrome synthesis synthetic syrian syrup
    40 systematic ta tab tablet tablets tackle tackles tactical tactics tagged tags taiwan talents
    40 tales tamil tampa tan tapes tapping targeted targeting tasks tastes tasty tattoo tattoos
    40 taxation taxi taxpayer taxpayers tbh td te teaches teachings team's teammate teammates tearing
    40 technically technological teddy tee teenage teenager teenagers teens tel telecommunications
    40 telegraph telescope temp temper temporarily tempted tenant tenants tended tendency tender tends
    40 tennessee tens tense tension tensions tent tenth tenure terminated terrace terrain terribly
    40 terrific terrified terrifying territorial territories terrorism terrorists terry tesla testament
    40 testified testify testimony textbook textile texture th thai thailand thankful thankfully
    40 thanksgiving that'd that'll theaters thee theft theirs themed themes theological theology
    40 theoretical theories therapeutic therapist thereafter thereby theres thermal thesis thickness
    40 thief thieves thirds thirteen thomson thorough thoroughly thou thoughtful threads threaten
    40 threatening threatens threshold thrilled thriller throne thrones throws thru thrust thumb
    40 thunder thy ti tick tide tier tigers tightly til timber timeline timely timothy tin tina tire
    40 tires tissues titans titled tits tl toast tobacco todd toddler toe toes token tolerance tolerate
    40 toll tomato tomatoes tomb tommy tones tooth topped tops tories torn tornado torture tortured
    40 tory toss tossed touchdown touches touching touring tourist tourists tournaments tours towel
    40 towers township toxic toyota toys trace traced traces tracked tracking traction tractor tracy
    40 traded trademark trader traders trades traditionally traditions trafficking tragedy tragic
    40 trails trainer traits transaction transactions transfers transform transformation transformed
    40 transgender transit translate translated transmitted transparency transparent transplant
    40 transported trapped traps trauma traumatic traveled travelers travelled travelling travels
    40 travis tray treason treasure treasurer treasury treatments treats trek tremendous trent trevor
    40 triangle tribal tribe tribes tribunal tribute tricks tricky trigger triggered trillion trilogy
    40 trim trinity trio trips triumph trophy tropical troubled troubles trout troy trucks trump's
    40 trunk trusted trustees trusts tu tub tubes tucker tuition tumor tuned tunes tunnel tunnels turf
    40 turner turnover turtle tutorial tweet tweeted tweets twentieth twilight twins twist twisted
    40 twitch tx tyler typing uae uber ucla ufc uganda ugh ukrainian ultra um umbrella unacceptable
    40 unaware unbelievable uncertain uncertainty unclear uncomfortable uncommon unconscious und
    40 undercover undergo undergraduate underlying underneath understands undertaken underwater
    40 underway underwear undoubtedly unemployed unemployment unexpected unfair unfortunate unhappy
    40 unified uniforms unions unite unity university's unlimited unlock unlocked unnecessary
    40 unpleasant unprecedented unreasonable unrelated unstable unsure unto unusually unveiled unwanted
    40 upgrade upgraded upgrades upload uploaded upside upstairs upwards ur uranium urge urged urgent
    40 urine url usage usb usd useless username ussr utah utilities utilize utilized utter utterly
    40 vacant vaccine vaccines vacuum vagina vague valentine valentine's valuation valued valve vampire
    40 vancouver vanilla variable variables variant variation variations varied varies varieties vary
    40 varying vatican vault vector vegan vegetable vegetables vegetarian vegetation vein veins
    40 velocity velvet vendor vendors venezuela venice vent ventures venue venues venus verbal verdict
    40 verified verify vermont vernon verse verses vertical vessels vet veteran veterinary vi viable
    40 vibe vic vicinity vicious victor victorian victories vienna vietnamese viewer viewers viewing
    40 vii vikings villa villagers villages villain vince vincent vintage vinyl violate violated
    40 violation violations violet vip viral virtue visa visibility visions visitor vitamin vivid
    40 vladimir vocabulary vocal vocals vodka voiced void volcano volleyball voltage volumes voluntary
    40 von voter voyage vr vulnerable wa wade wages wagon waist waking wallace wallet walmart walsh
    40 walt wan wandering wang wardrobe warehouse warfare warmer warming warmth warn warned warner
    40 warnings warrant warrior washed washing wasted wasting watches watson watts waving wax weaker
    40 weakness weaknesses wealthy wears webb websites webster weddings wee week's weekends weigh
    40 weighed weighing weights welcomed welcoming wellington wells welsh wendy westminster whale
    40 whales whats whatsoever wheat wheelchair wheeler wheels where's wherein whip whiskey whistle
    40 whites whoa wholesale wholly whore wi wicked wider widespread widow width wife's wifi wikipedia
    40 wilderness willie willingness winds wines winston wipe wiped wired wireless wires wished wishing
    40 wit witch withdraw withdrawal withdrawn witnessed wives wizard woke wolves woman's wondered
    40 wonders wont woo woody wool workforce workout workplace workshop workshops worlds worm worms
    40 worries worrying worthless wound wounds wrap wrapped wreck wrestling wright wrist writings wtf
    40 wu wwe wyoming xbox xd xi yacht yahoo yale yang yankees yay ye yearly yell yelled yelling yemen
    40 yield yields yoga yorkshire youngest youre yourselves yr yu yup zach zip zombie zombies zones
    40 zoo zoom
    35 a's aap aba abandoning abandonment abbas abbot abby abdomen abdominal abducted abduction abdul
    35 abdullah abe abel abi abide abiding abigail abnormal abnormalities abolish abolished abolition
    35 abort abortions abound abrams abrupt abruptly absorbing absorption abstraction abuses abusing
    35 abyss aca academia academies acc accelerate accelerating acceleration accelerator accents
    35 accessibility accessing accession accessory acclaim acclaimed accommodations accomplishment
    35 accountants accreditation accredited accumulate accumulated accumulation accusation accuse
    35 accuses accusing accustomed aces ache aches achieves achilles aching acidic acknowledgement
    35 acknowledges acknowledging acl acne acquaintance acquaintances acquainted acquires acquisitions
    35 acquitted acronym acrylic activating activism actresses ada adamant adaptations adapter adapting
    35 adaptive addict addictive addicts addison additive adele adept adequately adhd adhere adherence
    35 adhesive adidas adjective adjoining adjourned adjunct adjustable adjusting adler administer
    35 administering administration's administrations admirable admiralty admiration admired admiring
    35 admittedly adobe adolescence adolescent adolescents adolf adopts adore adored adorned adrenaline
    35 adultery adulthood advantageous advent adventurous adversary adversely adversity advert
    35 advertise advertiser advertisers adverts advisable advisers advises advising advisors advocated
    35 advocating ae aero aerospace aesthetics afar afc affectionate affidavit affiliates affiliation
    35 affinity affirmative affirmed afflicted affluent afforded afloat aforementioned afp africa's
    35 afro aft afterlife afternoons ageing agendas aggravated aggressively agile agility agitated
    35 agnes agony aha ahhh ahmad aidan aide aided aides aiding ain aint airbnb airborne airbus aires
    35 airfield airing airplanes airs airspace airways aisle aj ajax ak akbar akin akron ala alarmed
    35 alarming alarms alas alba albania alberto albion albuquerque alcoholism ale alec alejandro
    35 aleppo alerted alerts alexa alexandra alexis alfredo algae algeria algerian alias alicia
    35 alienated align allegation alleges allegiance alleging allergies allergy alleviate alliances
    35 alligator allocate allocation allotted allowances alloy alma almighty almond almonds alonso
    35 aloud alphabet alpine alps als alteration alterations altering alternating alto aluminium
    35 alvarez alvin alzheimer's ama amateurs amazingly ambassadors ambient ambiguity ambiguous
    35 ambitions ambrose ambush amc amd amelia amend amends amenities americas ames ami amidst amino
    35 amir amish ammo ammonia amnesia amnesty amos amounted ample amplified amplifier amplitude amused
    35 amusement anaheim analog analogous analogue analogy analyse analysed analytic analytical
    35 analyzing anarchist anarchy anc ancestor ancestral ancestry anchorage anchored anchors anders
    35 andersen andreas anecdotes anesthesia ang angelina angelo angered angie angled anglican angola
    35 angrily angst anguish angular angus animations anita ankara ankles annals annex annexation
    35 annexed annotated announcements announcer annoy annoyance annoys annuity anomalies anomaly anon
    35 anonymity anonymously ans antagonist antarctic antarctica ante antennas anterior anthology
    35 anthropology antibiotic antibiotics antibodies antibody anticipate anticipating anticipation
    35 antics antiques antiquities antiquity antitrust antoine anton antony ants anyhow anyone's ao apa
    35 apache apartheid apathy ape aperture apes apex api apocalypse apocalyptic apologise apologized
    35 apologizing apostle apostles appalling apparel appellate appendix applaud apple's appliance
    35 appliances applicant appoint appointing appraisal appreciates apprehended apprentice
    35 apprenticeship appropriately appropriation appropriations approves approving approx approximate
    35 approximation apron apt aqua aquarium aquatic arabian arbitration arbor arcade archaeological
    35 archaeologists archaeology archaic archers arches archie archipelago archival archived arcs
    35 ardent area's arenas arent argentine ari aria arid ariel arises arising aristotle arithmetic
    35 arlington armenia armenian armored armoured army's aromatic arose aroused arranging arrays
    35 arresting arrests arrivals arrogance arrogant arse arson arteries artery arthritis articulate
    35 articulated artifact artifacts artificially artisan artist's artworks asa asbestos ascended
    35 ascending ascension ascent ascertain asean ashore ashton asians aspen asphalt aspiration
    35 aspirations aspire aspirin aspiring assad assam assange assassin assassinated assassins
    35 assaulting assaults assay assemble assemblies assembling assert asserted asserting assertion
    35 assertions asserts assessing assholes assign assigning assistants association's assorted
    35 assortment assurances asteroid asthma aston astonished astonishing astounding astrology
    35 astronaut astronauts astronomers astronomical astronomy astros atheism atheist atheists atkins
    35 atkinson atlantis atleast atom atop atp atrocities attaching attachments attacker attackers
    35 attain attained attendant attendants attendees attends attentive attic attire attorney's
    35 attracting attracts attributable attribution aubrey auburn auckland auctions audacity audi
    35 audible auditing auditions auditor auditorium audits audrey augmented augusta augustine augustus
    35 auntie aura aurora aus auschwitz aussie austen austerity australians authentication authenticity
    35 author's authored authorised authoritarian authoritative authorization authorize autistic
    35 autobiography autograph automobiles autopsy aux auxiliary av ava avail avalanche avant avatar
    35 avenues averages averaging avery avg avid aviv avocado avoidance avoids avon await awaited
    35 awaits awaken awakened awakening awarding awfully aww ax axel axes axle ay az azerbaijan azure
    35 baba babes baby's babylon bach bachelor's backbone backdrop backlash backstage backward
    35 bacterial badass baden badger badges badminton bae baffled baggage baghdad bahamas bahrain
    35 bailed baird bakery balances bale bali ballad ballistic balloons ballots ballpark ballroom
    35 baltic bam bamboo bananas band's bandit bandits bandwagon bandwidth bane bangalore banged
    35 banging bangs banished banjo bank's bankrupt banners banquet bans banter baptism baptized barb
    35 barbados barbarian barbarians barbaric barbecue barbed barbie barca bard barefoot bargaining
    35 bargains barge barker barking barkley barley barlow barnett barney baroness baroque barr
    35 barracks barrage barred barren barrett barring barrister barrow bart bartender bartlett barton
    35 basal basel baseline bashing basil basins baskets bastards bastion bates bathing bathrooms baths
    35 bathtub baton batsman batter battered battled battling bauer baxter bayer baylor bays bazaar bbq
    35 bcs bd bdsm bea beacon bead beads beak bearded beards bearer bearings beasts beatrice beau
    35 beaumont beauties beaver beck becker beckett beckham becky bedding bedford bedrock bedrooms
    35 bedside bedtime beech beep beethoven beetle beetles beforehand begged beginner beginners
    35 beginnings begs behaved behaving behavioural behaviours beige beirut bel belarus belgrade
    35 believable believer believers bella bellamy belmont belongings belts benches benchmark
    35 benchmarks bender bending bends benedict beneficiaries beneficiary benefited benefiting
    35 benevolent bengal bengals benghazi benign benny benson bentley benton benz berg bergen berger
    35 berkshire bermuda bernstein berries bert berth besieged bestowed bestseller bethany bethesda
    35 bethlehem betray betrayal betsy beverage beverages beware bey beyonce beyoncé bg bianca biases
    35 bicycles bidder bidders bieber bigotry bihar biker biking bikini bilateral bilingual bill's
    35 billboards billed billie billing billings billionaires binder binds bing binge bingo bins
    35 biochemistry biodiversity biographical biologist biomass biomedical biopsy bios biotechnology
    35 bipartisan bipolar birch birdie birthdays birthplace births bis biscuit biscuits bisexual bison
    35 bitcoins bitten bitterly bitterness biz bj bjp bk bl blackberry blackburn blacked blackhawks
    35 blackmail blackout blackpool blacksmith blackwell bladder blaine blames blanc blanche bland
    35 blankets blanks blasphemy blasted blasting blasts blatant blaze blazer blazers blazing bleach
    35 bleak bleed blended blender blending blends blinded blindly blindness blinds blink blinking
    35 blitz blizzard blm bloated bloc blockade blockbuster blockchain blogging bloke blond blooded
    35 bloodshed bloomberg blooming blooms blossom blossoms blouse blower blowjob blueberry blueprint
    35 bluff blur blurred blurry blush blvd bm bmi bn boar boarded boardwalk boast boasting boasts
    35 boating bodied body's bodyguard bog bogus bohemian boi boiled boiler boilers boils bois boise
    35 boko boldly bolivia bollywood bolster bolton bolts bom bombardment bombay bombed bombings bon
    35 bondage bonded bonding bonfire bong bonnet bonnie bono boob boogie book's booker bookings
    35 booklet bookstore boomer boomers booming boon boone boosted booster boosting boosts booths booty
    35 booze bop bordeaux bordering borderline boredom borg borne borrowers bosch bosnia botanical
    35 botany bothering bothers bots bottled bottoms boulder boulevard bounced bouncing bounded bounds
    35 bounty bouquet bourbon bourgeois bourne bournemouth boutique bowed bowel bowen bowie bowler
    35 bowman bows boxed boxer boxers boy's boyfriends boyle brace bracelet bracelets braces brackets
    35 brag bragging brainwashed braking bran brandy bras brat braun bravely bravery braves brawl bray
    35 breached breaches breadth breaker breakers breakout breakup breastfeeding breathes breaths
    35 breathtaking breeder breeders breeds brenda brendan brennan brent bret brethren brew brewer
    35 breweries brewers brewery bribe bribery bribes bridal brides bridget briefing briefs brig
    35 brigades brigadier briggs brighter brightest brightly brightness brilliance brilliantly brink
    35 brit britain's britney brits brittany brittle broadband broadcaster broadcasters broadcasts
    35 broaden broccoli brochure brock brody brokerage brokers bronx brook broom broth brothel
    35 brother's brow brown's browne browning brows browse browsing bruh bruins bruised bruises brunch
    35 brunette brunswick brushed brushes brushing brutality brutally brute bryce btc bts bu bubba
    35 buchanan buckets buckingham buckle buckley budapest buddhism budding budgets buds buenos buff
    35 buffet buffy buggy buildup bulb bulbs bulky bulldog bulldogs bullied bullies bullock bullpen
    35 bumped bumper bumping bumps bun bundled bundles bungalow bunk bunker buns burdens bureaucracy
    35 bureaucratic burgers burgess burglar burglary burgundy burlington burma burmese burner burnett
    35 burnley burr burrito burrows bursting bursts burt burying busch bush's bushes busiest
    35 businessmen buster busting butch butterflies butts buzzer buzzfeed buzzing byrne byron bytes
    35 byzantine cabbage cabinets cabins cache cactus cad cadet cadets cadillac cafes cafeteria
    35 caffeine cages cain cairns caitlin calais calculating calculator calculus calcutta caldwell
    35 caleb calendars calf cali caliber calibration california's caller calmed calming calmly calorie
    35 calves cambodia camden camel camels cameo cameraman cameroon camille camouflage campaigned
    35 campaigning camped camper campuses cams canals canary canberra cancelling cancers candid
    35 candidacy canine canned cannes canning cannons canoe canonical canopy canterbury canton canucks
    35 capacities capitalists capitalize capitals capped capsule capsules capt captains caption captive
    35 captivity captures car's cara caracas caramel caravan carb carbohydrates carbs cardboard cardio
    35 cardiovascular careless caretaker carey carla carlisle carlo carlson carlton carly carmen
    35 carnage carnegie carole carolyn carpets carr carriages carrot carrots cartel cartilage cartoons
    35 cartridge cartridges carts carve carver carving cary cas casa cascade cashier casing casinos
    35 casket cass cassette cassidy cassie caste castles castro casts casually casualty cat's catalan
    35 catalonia catastrophe catastrophic catcher catchy categorized cater catering caterpillar catfish
    35 catholicism cathy caucasian caucasus caucus causal cautiously cavaliers caves cavities cavity
    35 cavs cb cba cbc cbd cbi cctv cdc cds ceasefire cecil ceilings celery celestial cellar cello
    35 cellphone celsius celtics cena censor censored centenary centennial centralized centrally
    35 centred centric ceos ceramic ceramics cereal cerebral ceremonial ceremonies certifications
    35 cervical cesar cg cgi cha chai chained chaired chalk challenger chamberlain champs chanel chang
    35 changer chant chanting chants chaotic chap chaplain char character's characterised
    35 characterization characterize charcoal charger chargers chariot charisma charismatic charley
    35 charms chartered charters chased chassis chateau chatham chats chattanooga chatter chavez che
    35 cheaply cheats checklist checkout checkpoint cheddar cheeky cheered cheerful cheerleader cheesy
    35 chefs cheltenham chem chemist chemotherapy cheney cheng chennai cheque cher cherish cherished
    35 cherokee cherries cheryl chesapeake cheshire chestnut chevrolet chevron chevy chew chewing
    35 cheyenne chiang chic chicago's chiefly childbirth childcare childish chilean chili chilled
    35 chilli chilling chills chilly chimney chinatown ching chloride chlorine cho chocolates choi
    35 choke choked choking cholera cholesterol choo chopper chopping chops chord chords choreography
    35 chores chow christ's christchurch christie christy chromosome chromosomes chronicle chronicles
    35 chronological chrysler chu chubby chuckle chun chung chunk chunks chunky church's ci cider cigar
    35 cigars cinderella cindy cinemas cinematic cinnamon cio circa circling circulated circulating
    35 circumstance cis cisco citadel citations cite cites citrus civilisation civilizations civilized
    35 cj ck clad claimants clair clamp clans clap clapping clare clarence clarification clarified
    35 clarkson clashes classed classify classmate classmates classrooms classy claudia claudio claus
    35 clauses claw claws clayton cleaners cleanliness cleanse cleansing cleanup clearer clears
    35 cleavage clement clemson clergy cleric clerical clerks clicked clicks client's cliffs clifton
    35 climates climax climbers climbs clinch cling clinging clinically clinicians clint clinton's
    35 clipped clippers clive cloak clocks clogged clone clones closures clothed cloudy clover clowns
    35 clubhouse clueless clumsy clusters clyde cms cn coached coarse coaster coastline coasts coated
    35 coating coatings coats cobalt cobb cobra coca cockpit cocks cocktails cocky coco cocoa coded
    35 coefficient coercion cognition coherent cohesion cohesive cohort coil coils coincide coincided
    35 coined cola colbert colder coli collaborate collaborated collaborating collaborations
    35 collaborators collage collapses collapsing collateral collects colleen collegiate collide
    35 collided collier collisions collusion colo cologne colombian colombo colon colonialism colonists
    35 colonization coloring colossal colourful colt colts columnist coma comb combines combustion
    35 comcast comedians comedic comedies comet comey comfortably comforting comforts comfy comin comm
    35 comma commanders commandments commando commemorate commemoration commence commencement commended
    35 commentaries commentator commentators commercially commissioning commits commodities commodore
    35 commonplace communal commune communicated communion community's commute commuter commuting
    35 comparatively compartment compass compassionate compatibility compel compelled compensated
    35 competed competence competency competitiveness compile compiler compiling complains
    35 complementary completes complexes complexion complexities compliant complicate complication
    35 complimentary compliments compose composers composing compositions compounded comprehend
    35 comprehension compressed compressor comprise compromises compromising compton compulsive
    35 compulsory computation computational compute computed comrade comrades conan conceal concealed
    35 concede conceded conceive concentrating conceptual concerted concerto concession concessions
    35 concise concluding conclusive concord concurrent concurrently concussion condemn condemnation
    35 condemning condensed conditional conditioned conditioner condo condolences condom condoms
    35 conductors conducts conduit cones confederate confederation conferred confessed confessions
    35 confidentiality confidently configurations confinement confirming confiscated conflicting
    35 conform confrontation confronting confuse congenital congestion conglomerate congratulate
    35 congregations conjecture conn connectivity connector connie connolly conor conquered conquering
    35 conrad consciously conservatism conservatory conserve considerate considerations consolation
    35 consoles consolidate consolidation consortium conspicuous constance constantine constantinople
    35 constellation constituencies constituency constituent constituents constituted constitutes
    35 constrained constraint constructing constructions constructs construed consul consular consulate
    35 consultancy consultants consultations consulted cont contacting contagious containment
    35 contaminated contamination contemplate contemplating contemporaries contempt contend contender
    35 contenders contention contentious contestant contestants contests contexts continents
    35 contingency contingent continual continuation continuum contour contra contraception contracting
    35 contraction contractual contradict contradiction contradictions contradictory contrasting
    35 contrasts contributes contributor contributors controllers controversies convened conveniently
    35 convent convergence converse conversely conversions converter convertible converting converts
    35 convex conveyed conveyor convict convictions convicts convoy conway coo cookbook cooke cooker
    35 cooks cooled coolest coop cooperating coordinating copenhagen coping copying cor cora corbyn
    35 cords cores corey corinthians cork cornelius cornell cornerstone cornish corona coronary
    35 coronation coroner corporal corpses corpus correcting correctional corrections corrective
    35 correctness correlated correspond correspondents corresponds corridors corrosion corrupted
    35 cortex corvette cory cosmetic cosmetics cosmopolitan cosmos cosplay costco costello costing cosy
    35 cottages cougar coughing couldnt council's councillor councillors counselling counsellor
    35 counselors countdown countered counterfeit counterpart counters countess county's coupe coupling
    35 coupons courageous courier court's courthouse courtney courtroom courtyard couture cove covenant
    35 coventry covert coveted coward cowardly cowards coworker coworkers coyote coyotes cozy cpi cpr
    35 cps cpu crabs crackdown cracker crackers cradle crafted crafting crafts craigslist cramped
    35 cramps cranes crank crappy crate crater crates crave craving cravings crawled crawling craze
    35 creamy crease creations credentials creditors creed creeping creeps crescent crest crib crimea
    35 crimson cringe crippled crippling crises crisp crispy cristiano cristina criterion criticised
    35 criticisms criticize criticizing croatia croatian crocodile cromwell crook crooked cropped crore
    35 crosby crossings crossover crossroads crotch crouch crowdfunding crowley crowned crowns crows
    35 crucified cruiser cruises cruising crumble crumbling crumbs crunch crusade crusaders crust
    35 crypto cryptocurrency css cu cub cubes cubic cucumber cuddle cues cuff culinary cullen
    35 culminating culmination culprit cultivate cultivated cultivating cultivation culturally cultured
    35 cumberland cummings cumulative cunning cunningham cunts cuomo cupboard cupcake cupcakes curated
    35 curator cured cures curfew curing curl curled curling curls curly currencies currents cursing
    35 curtains cushion customary customize customized cutest cutie cutler cutter cutters cv cvs cw cy
    35 cybersecurity cyclist cyclists cyclone cylinders cylindrical cynical cynthia cyprus cyril
    35 czechoslovakia dab daddy's dads dae daft dagger dai dalai dalton daly damascus damian damien
    35 dammit damon damp dams danced dane dang dangerously dangling dani danielle daniels dank dans
    35 dante daphne dar darcy dared daredevil daring darius darkest darn darryl dart dartmouth darts
    35 daryl das dashboard dashed dashing dat databases daunting davenport davey david's dawg daycare
    35 daytime dayton daytona dazzling dd dea deacon deadliest deadlines dealership dealings dearest
    35 dearly debated debating debbie debit deborah debra debuted debuts deceive deceived decency
    35 decentralized deception deceptive decidedly decimal decker decks declares declines deco
    35 decomposition decor decorate decorating decreases decreasing dedicate deductible deduction
    35 deductions deem defamation defeating defeats defect defective defences defends defenses
    35 defensively deferred defiance deficiencies deficiency deficient deficits defunct defy degenerate
    35 degradation degrade degraded degrading dehydrated dehydration dei deity delaying delegate
    35 deleting deli delights deliveries dell della delusion delusional deluxe demi demise democracies
    35 demographics demolished demolition demonic demonstrators demos denies denim denis denise denny
    35 denomination denominations denote denotes denounced densely dent dentistry dentists denton
    35 depart departing department's departmental departures depended dependence dependency depict
    35 depicting depiction depicts depleted deploy deploying deportation deported deposed deposited
    35 deposition depreciation depressive deprivation deprived dept deputies derbyshire derivative
    35 derivatives derive derives derrick descend descendant descendants descended descending
    35 descriptive deserted deserts deserving designate desks desmond desperation despicable despise
    35 desserts destroyer destroys det detachment detailing detainees detecting detectives detector
    35 detectors deter deteriorated deterioration deterrent detox detriment detrimental deutsche
    35 devastated devastation deviation devil's devin devised devoid devote devotion devout dew dewey
    35 dex dexter df dh dhabi dharma dhs dia diabetic diablo diagnose diagonal diagrams dialect
    35 dialects dialog dialysis diaper diapers diaries diarrhea diaspora diaz dickens dickinson dicks
    35 dickson dictate dictated dictates dictator dictatorship didn dietary diets differed
    35 differentiate differentiated differentiation differing differs diffuse diffusion digest
    35 digestion digestive digitally digits dignified digs dildo dilemma diligence dillon diluted dim
    35 dime diminish diminished diminishing din dine diner ding dinners dino dinosaurs diocese dion
    35 diplomacy diplomat diplomats dipped dipping dips dir dire directional directive director's
    35 directorate directs dirk dis disable disadvantage disadvantaged disadvantages disagreed
    35 disagreement disagreements disappearance disappearing disappears disappoint disapproval
    35 disastrous disbelief discard discarded disciple disciples disciplined disciplines disclaimer
    35 disclosures discomfort disconnect disconnected discontent discontinued discord discounted
    35 discourage discouraged discoveries discovers discredit discreet discrepancy discrete
    35 discretionary discriminate discriminatory discs disdain disgrace disgraceful disguise disguised
    35 disgust disgusted dishonest dishwasher disks disliked dismal dismantled dismay dismissal
    35 dismissing disney's disneyland disobedience disparate disparity dispatched disperse dispersed
    35 displacement displaying disposable dispose disposed disposition disproportionate
    35 disproportionately disqualified disregard disrespect disrespectful disrupt disrupted disruption
    35 disruptive dissatisfaction dissatisfied dissemination dissent dissertation dissolution dissolve
    35 distal distilled distinctions distinctly distinguishing distorted distortion distract
    35 distracting distractions distressed distributing distributions distributor distributors distrust
    35 disturb disturbance disturbances ditched ditto div diva diver divergent divers diversified
    35 diversion divert diverted dives dividends divides dividing divinity divisional divisive dixie
    35 dixon dizzy djs dk dl dlc dnc docking docks docs doctor's doctoral doctorate doctrines
    35 documentaries documenting dod dodd dodger dodging dodgy dog's doggy dogma doi doj dolan dole
    35 dolly dolores dolphin domains domestically dominates dominating domination dominic dominican
    35 dominion donaldson donating doncaster donkey donnie donovan donut donuts doo doodle doorstep
    35 doorway dopamine doping dora doris dorm dormant dorsal dorset dortmund dos dosage dossier dotted
    35 doubling doubted doubtful doubting douche dove dover dow downed downfall downhill downing
    35 downloading downloads downright downside downstairs downstream downward doyle dp dracula
    35 drafting drafts drained draining drains dramas draper drastic drastically drawers dre dread
    35 dreaded dreadful dreamer dreamt dresser drifted drifting drilled drills drip dripping driveway
    35 drown drowned drummer drunken dryer drying dt dub dubious duct dudley duel dues duet duff duffy
    35 duh dui duly dumbass dumbest dummy dumping dumps dumpster dun dundee dune dunes dungeon dungeons
    35 dunham dunk dunn duplicate dupont durability durable durant dusk dustin dusty dvds dwayne dwell
    35 dwellers dwelling dwellings dwight dyed dyer dyes dyke dynamite dysfunction dysfunctional
    35 eagerly earnest earns earrings earthly earthquakes easton eastwood eater eaters eaton eb ebola
    35 ebony ebook ebooks ec eccentric ecclesiastical echoed echoes echoing eclectic eco ecology
    35 ecommerce economical ecosystems ecstasy ecstatic ecuador eddy edged edgy edible edison edith
    35 edits edmonton edmund edna edt eduardo educating educator edwin ee eerie ef eff effected
    35 efficacy eg egyptians eighteenth eileen einstein eisenhower ejected elaine elastic elbows eldest
    35 electing elective electorate electors electrician electro electrode electrodes electromagnetic
    35 electronically electrons elegance elemental elevate elevators eleventh elf eli elias elijah
    35 eliminates eliot elise elites eliza elk ella elle ellie elliot ellison elm elon elongated elsa
    35 elton elusive elves emailed emancipation embargo embark embarked embarrass emblem embodied
    35 embodiment embraces embracing embroidered embryo embryos emerald emergence emergencies emerges
    35 emerson emery eminem eminent emirates emission emitted emmanuel emmy emory empathy emphasize
    35 emphasized emphasizes emphasizing empires empirical employing employs empower empowered
    35 empowering empowerment empress emptied emptiness ems emulate enact enamel enchanted enclosed
    35 enclosure encoded encoding encompass encompasses encompassing encore encrypted encryption
    35 encyclopedia endeavor endeavors endeavour endemic endings endlessly endorse endorsements endowed
    35 endowment endurance endured enduring energetic energies enforcing eng engagements engages
    35 engineered england's englishman engraved engraving enhancement enhances enhancing enlarged
    35 enlightened enlightenment enlist enormously enquiries enquiry enraged enrich enriched enrichment
    35 enrique enroll ensemble ensign enslaved ensued ensuing ensured ensures ent entails entertained
    35 entertainer enthusiast enthusiasts entirety entitlement entrances entrants entrenched
    35 entrepreneurial entrepreneurship entropy entrusted envelopes environmentally envisioned envoy
    35 enzymes epidemiology epilepsy episcopal epitome eps epstein eq equals equator equilibrium equip
    35 equitable eradicate erase erased erect erection erica erie erik erin ernest ernie ernst eroded
    35 erosion erotic err errands erratic erupted eruption esa escalate escalated escalating escalation
    35 escapes escaping escorted escorts esp espionage espresso esque essentials establishes esteemed
    35 esther estimating estimation estonia estrogen estuary eta etched eternally ethan ethanol ethel
    35 ether ethernet ethic ethiopia ethiopian ethnicity ethos etiquette etsy eur eureka europa
    35 europe's ev evacuate evacuated evacuation evade evaluating evaluations evangelical evasion
    35 evelyn evenings evenly eventual everest everett evergreen everlasting everton everybody's
    35 everything's everytime evicted eviction evidenced evidently evils evoke ew ewing exaggerated
    35 exaggeration examinations examiner examines excavation exceeding exceedingly exceeds excel
    35 excellency exceptionally excerpt excerpts excessively exchanged exchanging excise excite
    35 excludes exclusion excursion excused exec executing executions exemplary exemption exemptions
    35 exercised exercising exert exeter exhausting exhaustion exhaustive exhibiting exhibitions exiled
    35 existent existential exited exiting exits exodus exp expands expansions expansive expectancy
    35 expeditions expel expelled expenditure expenditures experimentation experimented experimenting
    35 expiration expire expires explanatory explodes exploding exploited exploiting exploits explorers
    35 explores explosions expo exponential exponentially exported exporter exporters exporting exposes
    35 exposition exposures expresses expressive expressly expulsion exquisite externally extinct
    35 extortion extracted extracting extracts extradition extraordinarily extras extravagant extremes
    35 extremism extremist extremists ey eyebrow eyesight eyewitness ezra faa fab fabricated
    35 fabrication fabrics facade facets facilitated facilitates facilitating facto factual faculties
    35 fad faded fades fading fag faggot fairfax fairfield fairies fairs faithfully faked faking falcon
    35 falcons fallon fallout falsely fam famed familiarity famine famously fanbase fandom fang fanny
    35 fantasies faq farce fares fargo farmhouse farmland farrell fart fascinated fascination fascism
    35 fascists fashionable fasting fatalities fatally fats faulkner faults faulty fauna faux favors
    35 favourable favoured favourites favours fax fay fearful fearing fearless feasibility feasible
    35 feather federally fedex feds feeder felicity felipe fella fellas feminists fences fencing fender
    35 feng feral ferdinand fermentation fern fernandez fernando ferris fertile fertilizer fest festive
    35 festivities fetal fetch fetched fetish fetus feud feudal ffs fg fiance fiancé fiancée fiasco
    35 fiat fibers fibre fiddle fide fidelity fielding fiercely fiery fiesta fife fifteenth figs
    35 figuring fiji fil filipino filler fills film's filmmaker filmmakers filtered filtering filth
    35 filtration fin finalist finalists finalized financed finch finder fined finely finer fingerprint
    35 fingerprints fingertips finnish fins fiona fir firearm firefighter firefighters firefox
    35 fireplace firepower firm's firstly fischer fisheries fisherman fishermen fishes fishy fists
    35 fitch fittings fitz fitzgerald fixation fixes fixture fla flagged flair flakes flaming flanders
    35 flank flanked flap flare flares flashback flashbacks flashed flashes flashing flashlight
    35 flattened flatter flattering flavored flavors flavour flavours flaw flawed flawless flea fledged
    35 fleece fleeing fleeting fleets fleming flex flick flickr fling flipped flipping flips flirt
    35 flirting flo floated floats flock flooring flop flops flora flores flourish flourished
    35 flourishing flowed flowering fluctuations fluent fluffy fluids flung fluorescent flushed
    35 flushing flute flux flyer flyers fn fo focal fodder foe foes fol folder folding folds foley
    35 foliage folklore follower folly foo fooled fooling footballer footballers footed footing
    35 footprint footprints footsteps footwear forbid forcefully forcibly fore forearm forecasting
    35 forecasts foreclosure forefront foreground foreigner foreman foreseeable forestry forex forfeit
    35 forged forgets forging forgiven forgiving forks formations formative formatting formidable
    35 formulas formulated formulation forrest forster fortified fortnight fortnite fortunes forwarded
    35 fossils fostering foundry fountains fourteenth fowler foxes fps fracking fractions fracture
    35 fractured fractures fragment fragmented fragrance frail frameworks framing fran france's frances
    35 francesca francesco franchises franco francois francs frankenstein frankfurt frankie frantic
    35 franz françois fraternity fraudulent fray freaked freakin freaks freaky freddy freedoms freeing
    35 freelance freeway freezer freezes frenchman frenzy frequencies freshly freshmen freshwater
    35 fresno fret freud fri friction friday's fridays friedman friedrich friendships fright frightened
    35 frightening fritz fro frogs frontal frontiers frontline fronts frown froze fruitful fruity
    35 frustrations frying fs fucker fuckers fudge fueled fugitive fukushima fulfil fulfilling
    35 fulfillment fulham fullest fulton fumble fumes functionality fundamentals fundraiser funerals
    35 fungal fungi fungus funk funky funnel funnier funniest furnace furnished furnishings furry fuse
    35 fused fuss futile futuristic fuzzy fx fyi gabe gabrielle gadget gadgets gag gaga gail gala
    35 galactic galaxies gale gall gallagher gallons galloway gals gamer gamers gamma gangs gangster
    35 gao garde gardener gardening gareth garfield garland garment garments garner garnered garrett
    35 garrison garry garth gases gasp gastric gastrointestinal gatherings gathers gavin gays gaze
    35 gazette gc geared gearing gears gee geek geeks geelong geese geez gemini gemma genders genealogy
    35 genera general's generalized generals generates generational generators generosity generously
    35 genetically genie genital genome genres genus geo geoff geoffrey geographically geometric
    35 george's georges georgetown georgian gerard germain germany's germs gerrard gerry gertrude
    35 gestures getaway gettin getty gg ghetto ghz gi gibbs gibraltar gideon gifs gigantic giggle
    35 giggles gigs gil gilded giles gill gillian gilmore gimme gin gina giovanni giraffe girlfriend's
    35 girlfriends git giveaway gl glacial glacier glaciers gladly glamorous glamour gland glands glare
    35 glaring glaze glazed glee glide glitch glitter globalization gloom gloomy gloria gloss glossy
    35 gloucester gloucestershire glove glover glued gluten gma gmail gmt goa goalie goats goblin
    35 goddard godfather godfrey godly godzilla goggles goldberg goldfish goldman golfer golfers gomez
    35 gon gong gonzalez goo goodies goodman goodnight goodwill goodwin goofy google's gorge gorilla
    35 gotcha gotham gothic gould gourmet govern governor's gpa gr grabs graceful gracious grad graded
    35 grader graders gradient grading gradual graeme graffiti graft grail grains grammatical grammy
    35 gran granddaughter grange granger granny granting grape grapes graphical graphite graphs gras
    35 grasses grassroots gratification gravel graveyard gravitational gravy grayson grazing grease
    35 greasy greatness greats greed greeks greenland greenville greenwich greenwood greet greeted
    35 greeting greetings gregg grenade grenades grievances grieve grieving griffith griffiths grilled
    35 grim grimes grimm grin grinder gripping grips grit gritty grizzly groceries groin groom grooming
    35 groove grossly grotesque groundbreaking grounding groundwater grouped grouping groves growers
    35 grudge gruesome grumpy gs gst gta gu guangzhou guarded guarding guatemala gucci guerrilla
    35 guessed gui guiding guineas guinness guise guitarist guitars gujarat gunfire gunman gunn gunner
    35 gunners gunpowder gunshot gupta gus guthrie gutted gutter guyana gw gwen gymnastics gypsy
    35 habitats hacker hackers hacks hague hah hai hailed haircut haired hairstyle haiti haitian hal
    35 hale haley halftime halifax hallelujah hallmark hallucinations hallway halted halves hamas
    35 hamburg hamburger hamlet hammered hammers hamper hampered hampton hamster hancock handbag
    35 handgun handheld handicap handicapped handler handmade handshake handwriting handwritten hangar
    35 hanged hangover hangs hank hanna hannibal hanoi hanover hansen hanson happiest hara haram harass
    35 harassed harassing hardcover harden hardened harding hardship hardships hardwood hardworking
    35 hare harlem harley harmed harming harmonic harms harness harp harriet harrington harry's harshly
    35 hartford hartley harvested harvesting hash hashtag haskell hassan hassle haste hastily hastings
    35 hasty hatched hateful haters hath hathaway hauled hauling haunt haunting havana havent havoc
    35 hawaiian hawkins hayden hayley haynes hayward hazardous hazards haze hazel hb hbo hc hdmi
    35 headaches headlights headphone headquartered headset healed healer heals heap heaps heartbeat
    35 heartbreak heartbreaking heartbroken heartfelt heartless hearty heater heathrow heats heavens
    35 heaviest heavyweight hectares hectic hector hedge hedges hee heed hefty heh heidi heightened
    35 heinrich heirs heist helena helicopters helium helix hella heller helm helmets helper helpless
    35 helsinki hemingway hemisphere hemp hen hendrix henri henrik hepatitis herbal herbs hercules
    35 hereby hereditary herein heresy herman hermes hermione hernandez heroine heroism herpes herrera
    35 herring hesitant hesitation heterosexual hewitt hex hezbollah hiatus hicks hideous hides
    35 hierarchical higgins highland highlands highlighting highness highs highschool hijacked hikes
    35 hilary hillside hind hinder hindsight hinduism hindus hinge hinges hinted hippie hipster hires
    35 hiroshima hispanics histories hitch hitchcock hitler's hitter hive hk hmmm hms hoax hobart
    35 hobbies hobbit hoc hodge hodges hoffman hog hogan holden holiness holistic holloway holt homage
    35 homecoming homelessness homeowners homepage homestead homie homo homophobia homophobic
    35 homosexual homosexuality homosexuals honduras honeymoon honolulu honorary honoring honourable
    35 honoured honours hoo hooded hoodie hooker hooking hooks hoop hooper hoops hoover hopeless hopped
    35 hopper hopping hops horace horizons horizontally hormonal hornets horrendous horribly horrid
    35 horrified horrifying horrors horseback horsepower horton hose hospice hospitalized hostages
    35 hostel hostess hostilities hostility hotline hotter houghton hound hourly housed housekeeper
    35 housewife housewives hover hovering how'd howe howell howling hq hrs hs ht htc html hu huang
    35 huawei hubbard hubby hubert hubs hud hue huffington hugely hugged hugging hugs hulk hum humane
    35 humanities humbled hume humid humiliated humiliating humiliation humility humorous hump humphrey
    35 hun hunted huntington hunts hurdle hurdles hurley hurricanes hurtful hush husky hussain hussein
    35 hustle hutchinson huts hwy hybrids hyde hyderabad hydra hydrated hydraulic hydro hymn hymns
    35 hyped hyper hypertension hypocrisy hypocrite hypocritical hypothetical hysteria hysterical hyun
    35 hyundai hz ia ib ibn ibrahim ic icc iceberg iced icelandic icing icons ict icy ida identifiable
    35 ideologies idf idiotic idle idols ids ieee ig iggy ignite ignition ignores igor ik ike ikea
    35 illegitimate illicit illiterate illnesses illuminate illuminated illumination illusions
    35 illustrate illustrates illustrating illustrator illustrious imaginable imaginative imagining
    35 imam imbalance imf imitate imitation immaculate immature immensely immersed immersion imminent
    35 immoral immortality imo impacted impaired impairment impartial impatient impeachment impending
    35 imperative imperfect imperfections imperialism impetus implant implanted implants implements
    35 implicated implication implicit implying importing imposing impoverished impractical impressions
    35 imprint improbable improper improperly improvised impulse impulses impulsive inaccessible
    35 inaccurate inactive inadvertently inaugural inaugurated inauguration inbox incapable
    35 incarcerated incarceration incarnation incense inception incest incidence incidental
    35 incidentally inclination incomes incompatible incompetence incompetent inconvenience
    35 inconvenient incorporates incorporating incorporation incorrectly incremental incur incurred ind
    35 indefinite indefinitely independents indexed indexes indications indicative indices indicted
    35 indictment indies indifference indifferent indigo indirectly indispensable individual's indo
    35 indoors induce inducing inducted induction indulge industry's indy ineffective inefficient
    35 ineligible inexpensive inexperienced infancy infect inferno infested infidelity infinitely
    35 infirmary inflammation inflammatory inflated inflict inflicted influencing influenza influx
    35 informant informative informing informs infrared infringement infused infusion ingenious ingram
    35 ingredient inhabit inhabited inherently inherit inhibit inhibition inhibitor inhibitors inhuman
    35 initials initiate initiating initiation inject injected injections injunction injure injuring
    35 inlet inmate innate innovations inputs inquire inquisition insanely insanity inscribed
    35 inscription inscriptions insecure insecurities insecurity insensitive inserted inserting
    35 insertion insiders insightful insignificant insistence insisting insists insomnia inspect
    35 inspected inspections inspectors inspires insta instability installing installment instincts
    35 instituted institutes instruct instructional instructors instrumentation insulated insulation
    35 insulted insulting insults insure insured insurer insurers insurgency insurgents integer
    35 integrate integrating intellect intellectually intellectuals intending intends intensely
    35 intensified intentional interacting intercept intercepted interception interchange
    35 interchangeable intercourse interdisciplinary interestingly interfaces interfering interiors
    35 intermittent intern interns internship internships interpersonal interpretations interpreter
    35 interpreting interracial interrogation interrupt interrupting interruption intersections
    35 interstellar intervals intervene intervened intervening interventions interviewer interviewing
    35 intestinal intimacy intimidate intimidated intimidating intimidation intolerance intoxicated
    35 intra intricate intrigue intrigued intriguing intrinsic introductions introductory intruder
    35 intrusion intrusive intuition intuitive invade invaded invaders invading invaluable invariably
    35 invasive invent inventing inventions inventive inventor inverness inverse inversion inverted
    35 investigates investigative invincible invitations invites invoice invoke invoked involuntary
    35 inward io ions iot ipa iphones ipo ipod ips ipswich iq ir iran's ireland's irene irl ironically
    35 irons irrational irregular irregularities irresistible irrespective irresponsible irreversible
    35 irrigation irritated irritating irritation irvine irving irwin isa isabel isabella isabelle
    35 isaiah ish isil islamabad islamist island's islanders isles isolate israel's israelis iss
    35 issuance ist istanbul italia italians itch itching itchy iteration itv iu ix ja jab jack's
    35 jackass jacked jackpot jacks jackson's jacksonville jacobs jacqueline jacques jae jaguar jaguars
    35 jai jailed jaime jakarta jamaican jamal jammed jamming jams janeiro jang janice japan's jars
    35 jarvis jasmine jasper javascript javier jaws jax jays jb jc jd je jealousy jeanne jeb jedi jeep
    35 jeez jen jenna jenner jennings jensen jeopardy jeremiah jericho jerks jerome jerseys jess jessie
    35 jewel jewellery jewels jfk jihad jj jk joanna joanne joaquin jock jockey joe's jog jogging johan
    35 johann johannesburg john's johnson's jojo joked joker jolie jolly jonah jonas jong jonny jorge
    35 josephine josé journalistic journeys joyful joyous joys jp js jt ju jubilee judah judaism judas
    35 judd jude judgments judith jug juices juicy jul jules julien juliet julio julius jumbo jumper
    35 jumpers juniors junkie junta jupiter jurassic jurisdictions jurors justices justifying juventus
    35 kabul kahn kaiser kale kan kang kangaroo kaplan kapoor kappa kara karachi karaoke karate
    35 kardashian kart kat kathleen kathryn kathy katrina katy katz kaufman kazakhstan kb kc kd ke
    35 keepers keller kelley kelsey kelvin kemp kendall kendrick kensington kenyan kerala kernel kerr
    35 ketchup kettle keyboards keynes keynote keystone keyword keywords kfc kgb khalid khalifa kia
    35 kicker kickoff kickstarter kid's kidd kidnap kidneys kiev killings kimberly kin kinase kinder
    35 kinetic kingdoms kingston kinky kirby kirsten kisses kitchens kite kitten kittens kiwi klaus
    35 klein knack kneeling knicks knit knitting knob knockout knocks knot knots knowingly
    35 knowledgeable knoxville knuckles ko kobe koch kodak kolkata kool korea's koreans kosher kosovo
    35 kr kraft kramer kremlin kris krishna kristen kristin ks ku kuala kudos kumar kun kung kurdish
    35 kurds kuwait kw kylie kyoto kyrie labeling labelled laboratories laborers labrador labyrinth lac
    35 laced lacey lacrosse laden lady's lafayette lag lagoon lagos lahore lai lam lama lamar lambert
    35 lamps lan lana lancashire landfill landings landlords landmarks landowners landscapes landslide
    35 langley lankan lansing lantern lao laos laps lapse laptops lara lars larson larvae lasers lash
    35 lashes lastly latch latency latent latex latina latinos latitude latte lattice latvia lau
    35 lauderdale launcher laundering laurel laurence laurent laurie lava lavender lavish lawful
    35 lawless lawmakers lawson lawsuits lax layered lays lazarus lc lcd ld lea leaflets leafs leafy
    35 league's leah leaking leaned leans leaps learner learners learns leased leases leash leasing
    35 lebanese lecturer ledge ledger lee's leftist leftists leftover leftovers legality legalization
    35 legalize legalized legged leggings legions legislators legitimacy legitimately lehman leipzig
    35 lemonade lemons len lena lender lenders lends lenin lennon lenny lenovo leonardo leone leopard
    35 leroy lesbians lesions lessen lest lester lettuce leukemia leveled lever levi levin levine lew
    35 lex lexington lexus lf lg lgbtq liabilities liaison liars libby libel liberalism liberated
    35 liberia libertarian liberties librarian librarians libyan licences licked licking lieu lifespan
    35 lifestyles liga ligament lighten lighthouse likeness lillian lilly lim lima limb limbo limbs
    35 limitation limitless limo limp lincolnshire lindsey lineage linebacker linen liners ling linger
    35 lingerie lingering linguistic linguistics linkedin lionel lipid lipstick liquidation liquidity
    35 liquids lisbon listener listeners listens lite liter literate lithium lithuania litre litter liu
    35 liv livelihood livingston liza lizard lizzie lm lmfao ln loaf loaned lobbying lobe lobster
    35 localities locality localization localized locating loch lockdown locke lockheed locomotive
    35 locomotives lodged lodging loft lofty logged logically login logos lois loki lola london's
    35 loneliness longevity longing longitude longitudinal longtime loo lookout loom looming loops
    35 loosely loosen loot looting lord's lordship lore lorenzo loretta lori lorraine lotion lotus
    35 louie louisa lousy lowe lowell lowers lowly lowry lows lr ls lsu lte lu luc luca lucia lucid
    35 lucifer lucrative ludicrous ludwig luiz luke's lulu lumber lump lumpur luna lunatic luncheon
    35 lunches lunchtime lure lured lurking lush lust lutheran lux luxembourg luxurious lv ly lydia
    35 lyle lymphoma lyons lyric lyrical macau macbeth macbook macdonald mace macedonia macho mack
    35 mackay mackenzie macmillan macro madagascar madam madden madeleine madonna madras mae maestro
    35 mag maga magazine's magically magician magistrate magistrates magna magnesium magnet magnets
    35 magnum magnus maguire maharashtra maher mahogany mai mailbox mailed mailing mails mains maize
    35 maj majestic makeover makin mal malaria malawi malay maldives malfunction mali malibu malice
    35 malicious malignant malik malls malone malt malta malware mamma mammal mammals mammoth mana
    35 manageable managerial mandarin mandated mandates mandela mandy mane maneuver maneuvers mango
    35 mania manic manifest manifestation manifested manifesto manifold manipulate manipulated
    35 manipulating manitoba manly mann manned manny manpower mans mansfield manslaughter manson mantle
    35 mantra manu manually manuals manufactures manuscripts mao mapped mara marcel marches marcos mare
    35 margarita marginal marginalized margot marian marianne marilyn marin mariners marital markedly
    35 markers marketed marketers markings marley maroon marquis marries marriott marrow mart marta
    35 martian martin's martinez martini marty martyr martyrs marvellous marvelous marvin marx marxism
    35 marxist mary's mas mascara mascot masculine masculinity mash mashed masked masonry massively
    35 mast mastered mastering mastermind mastery masturbating masturbation mata matchmaking matchup
    35 mater materially maternity matilda mating mats matte mattered mattress matured maui maureen
    35 maverick maxi maxim maximize mayer mayhem maynard mayo mayor's mayoral mayors mazda maze mba
    35 mcbride mccann mccarthy mccartney mcconnell mccoy mcdonalds mcgee mcgill mcgrath mcgraw mcgregor
    35 mcguire mckay mckenna mckenzie mclaren mclaughlin mclean mcmahon mcqueen mead meadow meadows
    35 meaningless meanings measles measurable meats mecca mechanically meddling mediated mediation
    35 mediator medic medicaid medically medicinal medina mediocre meditate medley meds meek meg meh
    35 mei mein melancholy melanie mellow melodies melon meltdown melts melvin membranes memoirs
    35 memorabilia memorandum menace mend mens mentoring mentors menus meow mer mercenaries mercenary
    35 mercer merciful meredith merged mergers merging meridian merits merkel merlin mermaid merrill
    35 mesa messiah meta metabolic metadata metaphor meteor meteorological meth methane methodist
    35 metrics metropolis mets mexicans mexico's meyer meyers mf mgm mh mhz mich michael's michaels
    35 michel michele microbial microphone microscope microscopic microscopy microsoft's midday
    35 middlesbrough middlesex middleton midfield midget midi midland midlands midterm midtown midway
    35 midwife might've migraine migrate migrated mikey mikhail mil mildly mileage milestone milestones
    35 miley milf milford militant militants milky millennial millennials millennium miller's milling
    35 millionaire millionaires milo mimi mimic mina mindful mindfulness mined miner ming miniature
    35 minimalist minimizing minions minister's ministerial ministries minnie minors mir mira
    35 miraculous mirage miriam mirrored mis miscarriage miscellaneous mischief misconduct misdemeanor
    35 misfortune misguided misinformation misled misplaced missionaries missy mist mistakenly mister
    35 misty misunderstanding misunderstood misuse mit mitigate mitigation mitochondrial mitsubishi
    35 mitt mixer mixes mixtape mj mk mla mma mmm mn moan moaning mobilization mocked mockery mocking
    35 modeled modelling modem moderately moderation moderator modernization modifying mods modular
    35 modulation modules moe mohamed mohammad moi moines moist mojo mole molecule molten momma mona
    35 monaco monarch monarchy monastery mondays mongolia monks mono monologue monoxide monsieur
    35 monsoon monstrous mont montage monte monterey month's monty monumental monuments moods moody
    35 moonlight moons moor moose mop morale morales morally morals moran morbid moreno mormon mornings
    35 moroccan morons morphine morphology morrow morse mortgages morton mos mosaic mosques mosquito
    35 mosquitoes mosul motel moth motherfucker motherhood motif motifs motions motivate motivating
    35 motivational motivations motives moto motorcycles motorists motorola motorway motto mould mound
    35 mountainous mounts mourinho mourn mourning mouths mozambique mozart mri msm msnbc mu muddy
    35 mueller muffin mug muir mule muller multicultural multimedia multinational multiplayer
    35 multiplication multiplied multiply multitude mummy mums mundane municipalities municipality
    35 munitions mural murderers murdering murderous murdoch muscular muse mushroom mushrooms musically
    35 musk must've mustache mustang mustard muster mutant mutants mutation mutations mute muted mutiny
    35 mutually muzzle mv mw mx myers myriad myrtle myspace mysteries mysteriously mystic mystical
    35 mythical mythology n't nadal nadia nadine nagging nairobi nam nan nana nanny nano naomi napa
    35 naples napoli narcotics narendra narrated narration narratives narrowed narrower narrowly naruto
    35 nas nasa's nasal nasdaq nassau natal natasha nathaniel nationalists nationalities nationality
    35 natives nature's nausea nautical nav navigate navigating navigator nay nb nd ndp neal nearer
    35 nearing neatly nec necessities necks ned needles needless needy negatively negatives negativity
    35 negligence negligent negligible negro neighbour nemesis neon nephews neptune nerd nerds nero
    35 nervously nes ness nesting nests netanyahu network's neurological neurons neuroscience
    35 neutrality neutron neville newark newcomer newcomers newfoundland nexus neymar nfc ngo ngos nh
    35 niagara nic nicaragua nicer nicest nichols nicholson nicki nicknamed nicky nico nicola nicolas
    35 nicotine nielsen niger nigga nigger nightclub nightingale nightly nightmares nighttime nih nikki
    35 nikon nil nile nineteen ninety nino nip nipple nipples nirvana nissan nk nl nobility nobles
    35 nobody's nod nodded nods noel noir noisy nokia nolan nominal nominate nominees nonfiction
    35 nonlinear nonstop noodle noodles nora nordic norma normalized normandy norris northampton
    35 northeastern northumberland norwich nos noses nostalgia nostalgic notation notebook noteworthy
    35 nothin nothing's noticeably noticing notifications notify notions notoriously notre nottingham
    35 notwithstanding noun nouns novak novelist novelty novice np npr nr nra nrl ns nsfw nu nuanced
    35 nucleus nudity nuggets nuisance nuke null numb numbering numerical nun nuns nurture nutrient
    35 nutrients nutritional nutshell nv nw nxt nye nylon nypd o'connell o'connor o'donnell o'neill
    35 o'reilly oakley oaks oasis oatmeal oats ob obedience obese obi obituary objected objections
    35 objectively obligated obligatory oblivion oblivious obnoxious obscene observatory observes
    35 obsessive obsolete obstacle obstruction oc occult occupancy occupants occupational occupations
    35 occupies occupying occurrences ocd oceanic octopus od oddly ode odi odor odyssey oecd oem ofc
    35 offences offend offender offending offenses offline offs offseason ofthe og ohh ohhh oi oilers
    35 oily ole olga olives olivier ollie olsen olson olympia olympian om omaha oman ominous omission
    35 omitted onboard oncology oneself ons onset onstage onward onwards oo ooo oooh oops opaque
    35 openings openness operatives opioid opium opposes oppressed oppressive oprah optic optics
    35 optimism optimization optimize optimized optimum opting oracle oranges orb orbital orbiting
    35 orbits orchard orchestral orchestrated orchid ordained ordeal orderly ordinance ordinarily
    35 ordination ordnance org organise organising organism organization's organizer organizers orgasm
    35 orient oriental originality originals originate originating orioles orion ornament ornamental
    35 ornaments orphan orphanage orphans orr orthodoxy ortiz osaka osama osborne oscars oslo
    35 ostensibly oswald otis otter otto ottoman ouch ounces outage outbreaks outdated outdoors
    35 outgoing outing outlaw outlines outlining outnumbered outpatient outpost outputs outraged
    35 outreach outset outsider outsiders outskirts outsourcing outspoken outward outweigh ovarian
    35 ovation overboard overcame overcoming overdose overdue overflow overhaul overheard overlap
    35 overlapping overload overlook overlooking overrated override overrun overs oversee overseeing
    35 oversees oversized overt overtake overthrow overturned overwatch overweight overwhelmingly ow
    35 owens owes owing owls owner's ox oxidation oxide oyster oysters ozone paced pacers pacing
    35 packaged packard packer packets pact paddle paddy pagan pageant paige painfully painters paints
    35 pairing paisley pajamas pak pakistan's palaces palate palette palin palms palo pals pam pamela
    35 pamphlet pancake pancakes pancreatic panda pandemic pandora panicked panorama pans panther
    35 panties paolo pap papal paperback papua parachute parades paradigm paradox paragraphs parallels
    35 paralysis paralyzed paramedics parameter paramount paranoia paranoid paranormal parasite
    35 parasites parasitic parcel parcels parent's parenthood parishes parisian parity park's
    35 parkinson's parkway parlor parrot parry parsley parsons parted participates parting partition
    35 partner's partnered partnering partying pas pasadena pascal paso passages passionately passions
    35 passports passwords pastoral pastors pastry pasture patel patented paternal paterson pathogens
    35 pathological pathology pathways patient's patiently patio patriarch patrick's patriot patriotism
    35 patrols patron patronage patrons pats patterson patton patty paul's pauline paused paved
    35 pavement pavilion paving paw pawn paws pax payable payback paycheck payday payload payne payout
    35 pb pbs pcs pd pe pea peabody peacefully peaches peacock peaked peanuts pear pearce pearls
    35 pearson peas peasant peasants peat pebble peck peculiar pedal pedestal pedestrian pedestrians
    35 pediatric pediatrics pedigree pedophile peek peeled peep peg peggy pellets pelosi pelvic pelvis
    35 penal pence pencils pendant pendulum penelope penetrate penetrated penetrating penetration
    35 penguins penned pennies pentagon penthouse pep pepe peppers pepsi peptide perceive percentages
    35 perceptions perch percussion percy perennial perez perfected peril perimeter periodic
    35 periodically peripheral periphery perish perished perjury perkins perks permitting perpendicular
    35 perpetrator perpetrators perpetual persecuted persecution perseverance persia persist persisted
    35 persistence persists persona personalized persuasion persuasive pertaining pertinent peruvian
    35 pervasive pervert pest pesticides pests petals peter's peters petersburg petit petite petitions
    35 petra petrol pew peyton pf pga pharaoh pharma pharmaceuticals pharmacist phased phelps phenomena
    35 phi philanthropy philippe philips phillies philly philosopher philosophers phoebe phoned phony
    35 phosphate photographed photon php phyllis physicist physicists physiological physiology physique
    35 pianist picasso picket pickle pickles picky picturesque pierced piercing piers pies pigeon
    35 pigeons piggy pigment pike piled piles pilgrim pilgrimage pilgrims piling pillar pillars pillows
    35 pimp pineapple pines pinky pinnacle pinned pinpoint pint pinterest pioneered pioneering pioneers
    35 pious pip pipelines piper piping piracy pisses pissing pistols piston pistons pitchers pitches
    35 pits pivot pivotal pixel pixels pizzas pk pla placebo placements plagued plaid plainly plaintiff
    35 plaintiffs planetary plank planner planners plantation plantations plaque plaster plastics
    35 plateau plated plato platoon plausible playable playback playbook playboy player's playful
    35 playlist playwright plc plead pleaded pleading pleas pleasantly pleases pleasures pledged
    35 pledges plentiful plight plotted plotting pls plugged plugin plugs plum plumber plumbing plunge
    35 plunged plural plurality plush pluto plymouth plywood plz pneumonia png pod podcasts podium pods
    35 poe poetic poignant pointer pointers poised poisoned poisonous poke poking pokémon pol
    35 polarization polarized policeman policemen policing polio polishing politely pollen pollutants
    35 polluted polly poly polymer polymers ponder ponds pong ponies poo pooh poole poop poorer poorest
    35 popcorn poppy populace populist populous por porcelain pore pores porno pornography porous
    35 porsche portals portfolios porto portray portrayal portraying portrays portsmouth pos posh
    35 posing positioning positives positivity possesses possessing postage postcard postcards
    35 posterior postgraduate postpone postponed postseason posture postwar potassium potency potent
    35 potion potomac pottery potty pouch poultry pounding pov pow powdered powerhouse powering
    35 powerless ppl ppp practise practised practising practitioner pradesh pragmatic prague prairie
    35 praises praising prank pratt prayed preach preached preacher preaching precarious precaution
    35 precautions preceded precedence preceding precinct precipitation precursor predator predators
    35 predatory predecessors predetermined predicament predicting predictive predicts predominant
    35 preface preferable preferably preferring prefers pregnancies prehistoric prelude prem premature
    35 prematurely premiered premiership preoccupied prepaid preparatory preparedness prepares pres
    35 presbyterian preschool prescott prescribe prescriptions preseason presentations presenters
    35 presently preserves preserving presided presiding presley presses pressured presume presumed
    35 pretended pretends pretext pretoria prettier prettiest prevail prevailed prevailing prevalence
    35 preventive previews priceless pricey prick priesthood prima primal primaries primer princes
    35 princesses principally principals printers prioritize prism pristine privatization privy prized
    35 proactive prob probes procedural proceeding procession processors proclaim proclamation
    35 procurement professionalism professions proficiency proficient profiling profitability
    35 profoundly prognosis programmed programmer programmers progressed progresses progressing
    35 progressively progressives prohibit prohibiting prohibits projectile projecting projections
    35 projector proliferation prolific prominence prominently promoter promoters prompting prompts
    35 pronounce pronouns pronunciation proofs propagation propelled propeller prophecy prophets
    35 proponents proportional proportions proposes proposing proprietary proprietor props propulsion
    35 prose prosecute prosecuted prosecuting prosecutors prosper prosperous prostate prostitute
    35 prostitutes prostitution protagonist protagonists protections protector protestants protested
    35 protestors proton protracted proudly proverbs provisional provocative provoke provoked provoking
    35 prowess proxy prudent prussia prussian psa psalm psalms pseudo psg psi pst psych psyche
    35 psychedelic psychiatrist psychiatrists psychiatry psycho psychologically psychologists
    35 psychopath psychotic pts ptsd pu puberty publishes pubs puck pudding puddle puff puke pulitzer
    35 pulmonary pulp pulses pun punches punching punctuation pune punishable punishing punishments
    35 punitive punjab punt pup puppets puppies pups purchaser purdue purge purification purity
    35 purported purposely pursuant pursuits putin's putnam puzzled puzzles pv pyramids qaeda qc qi qu
    35 quad quadrant quaint quake qualifier qualifiers qualifies qualitative quantitative quarantine
    35 quarrel quarry quartet quartz quasi quay quentin queries query questionnaire qui quickest quid
    35 quieter quincy quirky quits quitting quota quotas quotation quotations quoting quran rabbi
    35 rabbits raccoon raced racer racially racists racket racks rad radial radiant radiator radically
    35 radicals radioactive radios rae raf rafael raft rag raging rags rahman rahul raided raider
    35 raiding railing railroads rained rainforest raining rainy raj raja rajasthan rake raleigh
    35 rallied rallies ramen ramifications ramirez ramon ramos rampage rampant ramps rams ramsay ramsey
    35 randall randolph randomized rang ranged ransom rant rao rapes raphael rapids raping rapist
    35 rapists rappers raptors rarity rash raspberry ratified rationale ratios rattle rave ravens ravi
    35 razor rb rbi rc rea reacted reacting reactive reactors reacts readable readiness realising
    35 realism realist realistically realities realization realms realty reap reaper reasoned
    35 reassurance reassure reassuring rebate rebellious rebirth reboot reborn rebound rebuilding
    35 rebuilt rec recalling recalls recap receipts receivers receptionist receptive receptors recess
    35 recharge recital recite reckoned reckoning reclaim reclaimed recognizable recognizes
    35 recollection recommending reconcile reconciliation reconnaissance reconsider reconstructed
    35 recorder recourse recovers recreate recruiter recruits rectangular rector recurring recycle
    35 recycled reddish reddit redeem redeemed redesign redesigned redevelopment redistribution
    35 redskins reductions redundancy redundant reefs reel reelection reese reeves referees referenced
    35 referencing referral refine refinery refining reflections reflective reflex reformation reformed
    35 reforming refrain refresh refrigerator refs refunds refurbished reg regain regained regal
    35 regeneration regent regents reggae reggie regimen regiments regimes regina region's registering
    35 registers registrar regression regretted regulars regulates regulating regulator regulators
    35 rehearsal rehearsals reich reigning reigns reilly reimbursement rein reindeer reinforce
    35 reinforcement reinforcements reinforcing reins reinstated reiterated rejecting rejects rejoice
    35 relapse relatable relativity relaxation relegated relegation relentless reliably reliant relic
    35 relics relish reload relocate relocated relocation reluctance reluctantly rem remark remarked
    35 rematch remembrance reminders reminding reminiscent remnant remnants remorse removable removes
    35 remuneration remy ren renal renamed renault renders rendezvous rendition rene renee renew reno
    35 renovated renovation renovations rentals renting rents reopen reopened reorganization repaid
    35 repairing repay repayment repealed repeats repent repercussions repertoire repetition repetitive
    35 replacements replaces replica replicate replicated replication replying repository repost
    35 representations repressed repression reprint reprinted reproduce reproduced reps reptiles
    35 republics reputable reputed resale rescuing researched researching resemblance resemble
    35 resembled resembles resembling resent resentment reservoirs reside resided residences residency
    35 resides residing residual residue resigning resilience resilient resin resisted resisting
    35 resolutions resolving resonance respectable respectful respectfully respecting responders
    35 responsive restart rested restless restoring restrain restrained restraining restraint
    35 restraints restricting restrictive restroom restructuring rests resumes resurgence retains
    35 retake retaliation retard retarded rethink retina retires retreated retreating retribution
    35 retrieval retrieve retro retrospect retrospective reunite reunited reuse revelations revered
    35 reverend reversal reversible reversing revert reviewer reviewers revise revisions revisit revive
    35 revived revoke revoked revolt revolutions revolver revolves revolving rewarding rewrite reyes rf
    35 rh rhetorical rhine rhino rhodes rhyme rhymes rhys rhythmic rhythms ri rib ribbons rican ricardo
    35 richer riches richest richie richly richness ridden riddle ridges ridicule ridiculously ridley
    35 riff rift rigged rigging righteousness rightful rightly rigorous rihanna ringing rink rinse
    35 rioting ripe ripping ripple rips risked risking ritchie rite rites rituals rivera riverside
    35 riviera rj rl rn rna ro roach roadside roadway roam roaming roar roaring roasted roasting robb
    35 robber robbers robbing robbins robe roberto robes robotic robotics roc roche rocked rockefeller
    35 rocker rockies rocking rockstar rodents rodeo rodney rodrigo rodriguez rods roe roi roland rolex
    35 rollers rollins roma romanian romeo romero romney ronnie roofs rooftop rookies roommates rooney
    35 rooster rooting ropes rory ros rosemary rosen rosenberg rosie rossi rosy rot rotary rotate
    35 rotated roth rotor rotting rouge roulette roundabout rounder rounding roundup routed router
    35 routinely routines routing routledge rovers rowan rowe rowing rowland royale royals royalties
    35 royce rp rpg rpm rr rss ru rubbed rubbing rubble rubin rubio rudolph rudy rue rufus rug rugged
    35 ruining rulers rulings rum rumble rumor rumored rumour rumours runaway runoff rupees rupert
    35 rupture rushes russ russia's rust rustic rusty rutgers rutherford ruthless rv rwanda rx ryan's
    35 ryder rye sabbath sabotage sabrina sac sachs sacked sacks sacrificed sacrifices sacrificing
    35 saddam saddle sadie safari safeguard safeguards safest sahara saharan sai sailed sails sakura
    35 sal salads salem salesman saline salisbury saliva salman saloon salsa salted salts salty salute
    35 salvador salvage sam's sami sammy samoa sampled samson samurai sanction sanctioned sandals
    35 sanderson sandstone sane sanford sanitary sanitation sanity sank sans sanskrit santiago santo
    35 santos sao sap sapphire sarcasm sarcastic sas sasha saskatchewan satanic satin satire satirical
    35 satisfactory saturated saturation saturday's saturdays saturn saul saunders sausages savages
    35 savannah saver savior saviour savvy sawyer saxon sayin sb sbs scaled scaling scalp scams
    35 scandalous scandals scandinavia scandinavian scanned scanner scanners scanning scans scarborough
    35 scarce scarcely scarcity scares scarf scarlet scarlett scarred scatter scattering scenery scenic
    35 scented scheduling schizophrenia schmidt schneider scholarly schooling schultz schwartz
    35 scientifically scientology scissors sclerosis scooby scoop scooter scorer scorpion scot scotch
    35 scotia scots scott's scouting scramble scrambled scrape scraping scrapped scraps scratched
    35 scratches scratching screamed screened screenings screenplay screenshots screwing screws
    35 scripted scripts scriptures scrolling scrolls scrub scrutiny scuba sculptor sculptures scum
    35 scumbag seafood seahawks sealing seam seamless seams sears seaside season's seasoned seasoning
    35 secession secrecy secretariat secretaries secretive sect sectarian sectional securely sedan
    35 sediment sediments seeded seeker seekers seeming segregated segregation seinfeld seismic seizing
    35 seizure seizures seldom selections selectively selects selfies selfless selves semantic
    35 semantics semen semiconductor semifinals seminal seminars seminary semitic semitism senegal
    35 sensational sensations sensed senseless sensing sensory sensual sentencing sentimental
    35 sentiments sentinel separates separating sequels sequencing sequential ser serbia serbian serena
    35 serene serenity sergei sergio serie seriousness sermon sermons serotonin serpent serum serviced
    35 servicing ses sesame setback settles seventeenth seventies severed severity sew sewage sewer
    35 sewing sexes sexism sexist seymour sg sgt sha shabby shack shaded shading shady shafts shaken
    35 shakes shaky shale shalt sham shameful shameless shaming shampoo shaping shapiro shareholder
    35 sharia sharif sharma sharpe shattering shaun shaved shaving shea shear shedding sheds sheen
    35 sheikh sheila shelby sheldon shelley shelly sheltered shelters shelton shepard sheppard sheridan
    35 sheriff's sherlock sherry sherwood shes shi shia shin shines ship's shipbuilding shipments
    35 shipyard shire shirley shite shits shitting shiva shocks shooters shootings shootout shoppers
    35 shoreline shortages shortcomings shortcut shorten shortened shortest shorty shouts shove shoved
    35 shovel showcased showcasing showdown showtime shred shredded shrek shri shrine shrink shrinking
    35 shrubs shrug shrugged shuffle shutdown shuts shutter shutting siberia siberian sibling sic
    35 sicily sickening sid sideline sidelines sidewalk sidewalks sideways siding sidney siemens sig
    35 sighs sighted sighting sightings sigma signaling signalling signifies signings sikh silenced
    35 silently silhouette silica silicone silky similarity simmer simone simplest simplified simplify
    35 simplistic simpsons simulate simulated simulations simulator simultaneous sinai sinatra
    35 sincerity sinclair sinful singled singular sinister sinks sinner sinners sinus sioux sip sipping
    35 sire siren sirens siri sirius sis sister's sitcom site's situ sixteenth sixties sizable sk skate
    35 skater skates skeletal skeletons skeptical skepticism sketches skid skincare skinned skinner
    35 skipped skipper skipping skirts skulls skye skyline skype sl slab slack slain slammed slamming
    35 slams slander slang slapped slapping slash slated slater slaughtered slay slayer slaying sleek
    35 sleeper sleeps sleepy sleeves slender slew sliced slices slick slid slime sling slippers
    35 slippery slipping slips slit sloan slogan slogans sloppy slovakia slovenia slowed slowing slows
    35 slug slump sly sm smack smackdown smallpox smartest smartphones smashing smear smelled smelling
    35 smelly smh smiley smith's smithsonian smoker smokers smokes smokey smoky smoother smoothly sms
    35 smug smuggling snag snail snails snapchat snapping snaps snapshot snatch snatched sneakers
    35 sneaking sneaky sniff sniper snoop snoring snowden snowy snp snuck snyder soak soaked soaking
    35 soar soaring sob sobbing soc socialists societal society's socio socioeconomic sociological sock
    35 socket socrates sofia softball soften softer soho soils sol solace solemn solicitor solicitors
    35 solids solitary solitude solos soluble solvent solves somali somalia somebody's somethin
    35 something's sonar songwriter sonia sonny sooo soooo soothing sophia sophistication sophomore
    35 soprano sorority sorrow sorta sorting sos sourced sourcing southeastern southwestern souvenir
    35 soviets sow soy spaced spaceship spacex spacing spacious spade spaghetti spaniards spanking
    35 spanning spans spared sparked sparkle sparkling sparrow sparse spartan spat spawn spawned
    35 spawning spd spear spears spec specialised specialization specialize specializes specializing
    35 specials specialties specifics specimen specs spectacle spectator spectators spectral
    35 spectroscopy speculate speculated speculative sped speechless speeding speedy spence spheres
    35 spherical spices spies spikes spilled spilling spills spinach spinner spins spirited
    35 spirituality spiritually spitting splinter splits spoiler spoilers spoils spokane spokesperson
    35 sponge sponsoring sponsorship spontaneous spontaneously spooky spoons sporadic spores spotify
    35 spotting spouses sprayed spraying spreads spreadsheet spree springer sprinkle spruce sprung spun
    35 spur spurred spying sql squadron squads squared squares squash squat squats squeezed squeezing
    35 squid squire squirrel squirrels sta stabbing stabilization stabilize stabilized stables stacey
    35 stacked stacking stacks stacy stadiums staffed staffing stafford staffordshire staggering
    35 staging stagnant stain stains stair staircase stakeholders stale stalin stalk stalker stalking
    35 stalled stalls stamford stamina stamped standalone standardized standby standings standout
    35 standpoint stanton staple staples starch stared stares starr starred starship starters startled
    35 startling startups starvation starve starved stash staten statesman statewide stationary
    35 stationed stationery statistic statistically statues stature statutes std steaks steals stealth
    35 steamed steamer steaming steele steelers steer stefan stein stella stemming steph stephens
    35 stephenson stereotype stereotypes sterile steroid steroids stevenson stevie stew steward sticker
    35 stickers stigma stills stimulate stimulated stimulating stimulation stimuli stink stint stirling
    35 stirred stirring stitch stitches stocked stocking stockings stockton stoke stoked stokes stoned
    35 stoner stony stool storey storing stormed stormy storyline storytelling stout stove str
    35 straighten strained strains strait straits strand stranded strands strangely strapped straps
    35 strategically strategist stratford strauss strawberries strawberry stray streaks streamed
    35 streamlined strengthened strengthens stresses stressing stretches stricken stride strides strife
    35 strikers stringent stripe striped stripper stripping strive striving stroll stronghold strung
    35 sts stud student's studs stuffing stumble stumbled stumbling stump stun stung stunned stunts
    35 stupidity sturdy sturgeon styled styling stylish stylist suarez subaru subcommittee subconscious
    35 subdivision subdivisions subdued sublime submarines submerged submissions submitting subordinate
    35 subpoena subs subscribed subscriber subscriptions subset subsidiaries subsidies subsidized
    35 subsidy substantive substituted substitutes substitution substrate subtitles subtly succeeding
    35 succeeds successors sucker suction sudanese suffice suffolk suffrage sugars suicidal suicides
    35 suing suitcase suites sulfur sultan summaries summarized summed summon summons sun's sunday's
    35 sunderland sunflower sunglasses sunk sunken sunni suns sunscreen sup superficial superheroes
    35 superiority superiors supermarkets superstars supervise supervised supervising supervisors
    35 supervisory supper supplemental supplementary supplemented suppress suppressed suppressing
    35 suppression supremacist supremacy sur surfaced surfer surfing surgeries surname surpass
    35 surpassed surreal surrendered surrogate surrounds surveyed surveying surveyor survives
    35 susceptible sushi suspend suspense suspicions sustaining sutherland sutton suv suzanne suzuki sw
    35 swallowed swallowing swam swans swansea swapped swapping swarm swat sway swearing sweaters
    35 sweating sweaty sweeney sweeps sweeter sweetest sweetheart sweetie sweetness sweets swell
    35 swelling swiftly swimmer swimmers swimsuit swine swings swipe swollen swore swung sykes syllable
    35 syllabus sylvia symbolism symmetrical symmetry symposium symptom synagogue syndicate synod
    35 synonymous synopsis syntax synth syracuse syringe system's systematically systemic são taboo
    35 tabs tac tack tackled tackling taco tacoma tacos tactic tad tae tagging tai tailed tailor
    35 tailored tails tainted taipei taiwanese taj takeaway takeoff takeover tal talbot taliban talkin
    35 taller tallest tally tam tame tammy tanaka tandem tang tangible tangled tango tanker tanner
    35 tanning tanya tanzania tao taped taper tapped taps tar tara tariff tariffs tart tasked tasmania
    35 tasted tasting tat tata tate tattooed tatum tau tavern taxable taxed taxing taxis taylor's tb tc
    35 tds teacher's teamed teaming teamwork tease teased teaser teasing teaspoon technician
    35 technicians techno tedious tees tehran telecom telegram televised teller temperament temperate
    35 tempered tempest template templates temples tempo temporal temps temptation tempting tendencies
    35 tenders tending tendon tenor tentative tents tequila ter teresa termed terminals terminate
    35 termination terminator terminology terra terraces terrestrial tertiary tesco testosterone tex
    35 texans textbooks texted textiles texting textual textures tf tha thames thanked thanking
    35 thankyou thatcher thc theatres theatrical thematic theo theodore theorem theoretically theorists
    35 therapies therapists there'd there'll therein thereof theresa theyre thicker thigh thighs thine
    35 thinker thinkers thinkin thinly thinner thirst thirsty thirteenth thor thorn thorne thornton
    35 thorpe threesome thrift thrill thrilling thrive thriving throats throttle thug thugs thumbs
    35 thunderstorms thursdays thyroid tibet tibetan ticking ticks tidal tides tidy tiffany tighten
    35 tightened tightening tighter tights tile tiles tilt tilted timed timeless timer timers timetable
    35 timmy timor tinder ting tinker tinted tipped tipping tiring tis tit titan titanic titanium tito
    35 titus tj tlc tm tn tnt toad toasted toaster tobago tobias toby toddlers tofu toilets tokens
    35 toledo tolerant tolerated tolls tomas tombs tomorrow's toned tongues toni tonic tonight's tonnes
    35 toothbrush toothpaste topical topless topography topping tor torah torch tore torment tornadoes
    35 torpedo torque torrent torres torso tortoise tos tossing totaled totaling totals tote tottenham
    35 touchdowns tougher toughest toughness toured tow towed towels towing town's townsend toxicity
    35 toxin toxins tp tr tracey tracing tracker tract tractors trademarks trafford tragedies
    35 tragically trailers trailing trainee trainees trainers trait traitor traitors trajectory tram
    35 trance transcript transcription transcripts transferring transformations transformer
    35 transformers transforming transforms transient transitional transitioning transitions translates
    35 translating translations translator translators transmissions transmit transmitter transmitting
    35 transporting transports transverse trapping traveler traveller travellers traverse treacherous
    35 tread treadmill treasures treaties treatise treble trembling tremendously trench trenches
    35 trending trendy trenton trey tri triangles triangular tribune tributes tricked trident
    35 triggering triggers trimmed trinidad tripoli tripped tripping tristan triumphant trivia trivial
    35 trojan trojans troll trolley trolling trolls troop trooper troopers trophies troublesome
    35 troubling trough trousers truce trucking trudeau truman trumpet trumps trunks truss trustee
    35 trusting trustworthy truthful truths tryin ts tsa tsunami tt tuberculosis tubing tuck tucked
    35 tucson tudor tuesdays tug tulsa tumble tumblr tummy tumors tumour tuna tuning tunisia turbine
    35 turbines turbo turbulence turbulent turin turk turks turmoil turnaround turnbull turnout
    35 turnovers turquoise turret turtles tutor tutorials tv's tvs twain twat tweak tweeting twelfth
    35 twenties twisting twists ty tying typed typewriter typhoon typo tyranny tyrant tyre tyres tyrone
    35 tyson ua ubiquitous ubuntu uc uefa ufo uhh ui uk's ukip ul ulster ultrasound ultraviolet umm
    35 umpire una unaffected unanimous unanimously unanswered unarmed unattractive unauthorized
    35 unavailable unavoidable unbearable unbeaten unbelievably unbiased unborn unc uncanny
    35 uncertainties unchanged uncles unconditional unconstitutional unconventional uncover uncovered
    35 undead undefeated undeniable underage underdog underestimate underestimated undergoing undergone
    35 undermine undermined undermining underrated understandable understandably understatement
    35 undertake undertaking undertook underwent underwood underworld undesirable undisclosed
    35 undisputed undo undocumented undone undue une uneasy unequal unesco unethical uneven
    35 unexpectedly unexplained unfairly unfamiliar unfinished unfit unfold unfolding unforgettable
    35 ungrateful unhealthy unheard uni unicorn unidentified unification unilateral unintended unionist
    35 uniquely unison uniting universally unix unjust unlawful unleash unleashed unlocking unlucky
    35 unmanned unmarried unnamed unnatural unnecessarily unnoticed uno unofficial unpaid unpopular
    35 unpredictable unprepared unprofessional unprotected unpublished unreal unrealistic unreliable
    35 unresolved unrest unrestricted unsafe unseen unsettling unsolved unspecified unstoppable
    35 unsuccessful unsuccessfully unsuitable unthinkable untold untouched untreated untrue unused
    35 unwilling upbeat upbringing updating upfront upgrading upheld uphill uphold uplift uplifting
    35 uploading upright uprising upscale upsets upsetting upstate upstream uptake upton uptown upward
    35 urdu urgency urgently urges urging uri urinary uruguay usable usc usda usefulness user's usher
    35 uss ut utc uterus utilization utilizes utilizing utmost utopia uv vacancies vacancy vacated
    35 vacations vaccinated vaccination vader vaginal vaguely vain val vale valencia valerie valiant
    35 validate validated validation validity valleys valves vampires vance vandalism vanderbilt
    35 vanessa vanguard vanish vanished vanishing vanity vans vantage vapor var vargas variability
    35 variance variants varsity vascular vase vastly vat vaughan vaughn vc vectors veg vega veggie
    35 veggies veil veiled vending venerable venetian venezuelan vengeance venom ventilation vents
    35 ventura ventured ver vera verb verbally verbs verde verge verification verizon veronica versa
    35 versailles versatile versatility vertically vest vested veto vets vhs viability vibes vibrant
    35 vibrating vibration vibrations vicar vicky victim's victoria's victorious vid vie viewpoint
    35 viewpoints vigilant vigilante vigorous vigorously viii vijay viking viktor vile villains villas
    35 vin vinci vine vinegar vines vineyard vineyards viola violates violating violently violin viper
    35 virgil virginity virgins virtues viruses vis visas visceral visibly visionary visitation vista
    35 visualization visualize visually visuals vita vitality vitamins vitro viva vivian vividly vivo
    35 vocalist vocational vogue voicemail volatile volatility volcanic volcanoes volkswagen vols volt
    35 voluntarily volunteered volunteering volvo vomit vomiting voodoo vortex voucher vouchers vow
    35 vowed vowel vows voyager vp vpn vt vu vulcan vulgar vulnerability vw wacky waffle wager wagner
    35 wagons wah waiter waitress waits waived waiver wakefield wakes wal waldo walkers walled waller
    35 wallets wallpaper wally walnut walters walton waltz wand wanda wander wandered wanderers wannabe
    35 warden wards ware warehouses warmed warns warp warped warranted warrants warranty warsaw
    35 warships wartime warwick wary washer washes washington's wasnt wasp wasps wasteful wastes
    35 wastewater wat watchers watered waterfall waterfalls waterfront watering waterloo watermelon
    35 waterproof watershed waterways watford watkins watt waved wavelength wb wc weaken weakened
    35 weakening weakest wealthiest weaponry wearable weary weave weaver weaving webber webcam weber
    35 webpage wed wedge weeds weekday weep weeping wei weighs weighted weir weirdest weirdo weiss
    35 welch welcomes weld welded welding wellbeing wellness welp wembley wen wenger werewolf werner
    35 wes wesley westbrook weston westward westwood wetlands wh wha whack whaling wharf whatsapp
    35 wheeled whereabouts whereby whichever whim whine whining whipped whipping whisky whisper
    35 whispered whispering whispers whistles whitehall whitman whitney who'd who'll who've wholesome
    35 whoops whores wichita wick wicket wickets widened widening widows wielding wig wigan wiggins
    35 wiggle wii wiki wikileaks wil wilcox wildcats wilde wilder wildfire wildly wiley wilhelm wilkes
    35 wilkins wilkinson willard williamson willingly willis willow wills willy wilmington wilson's
    35 wiltshire wimbledon winchester winding windshield windsor windy winery winged winger wingers
    35 wink winnie winnipeg winters wipes wiping wiring wisely wiser witchcraft witches withdrawals
    35 withdrawing withdrew withheld withhold withholding withstand witnessing wits witty wizards wm wo
    35 woah woe woes woken wolfe wolfgang wolverine womb womens wonderfully wonderland wong wooded
    35 woodland woodward worcester wording wordpress workings workload workouts worldly worldview
    35 worshipped worthwhile wouldnt woven wp wr wrapping wraps wrath wreath wreckage wrecked wrecking
    35 wrench wrestle wrestler wrestlers wretched wrinkles wrists writ writer's wrongdoing wrongful
    35 wrongly wrongs wrought ws wt ww wwii www wyatt xavier xiao xii xiii xiv xl xml xp xu xv xvi xx
    35 xxx yah yamaha yan yankee yarn yates yearbook yeast yee yeh yellowstone yells yen yer
    35 yesterday's yi yielded yielding yikes yin ying yogurt yong yoo york's yorker yosemite youngster
    35 youngsters youthful youths yrs yuan yugoslavia yum yummy yun yuri yvonne zac zack zambia zara
    35 zeal zealand's zebra zelda zen zeppelin zeus zhang zhou zimbabwe zimmerman zinc zion zionist
    35 zipper zodiac zoe zoning zuckerberg zurich à â α β
    30 aac abba abbreviated abbreviation abbreviations abc's abd abdel abject abnormally abode
    30 abolishing abomination aborted abrasive abridged absences absentee absorbs abstain abstinence
    30 abstracts absurdity abt abuja abundantly abuser abusers acacia academically accolades
    30 accommodated accommodating accompanies accompaniment accomplice accomplices accomplishing
    30 accorded accordion accords accountancy accra accrued accumulating acer acetate achievable
    30 acidity acknowledgment aclu acm acorn acosta acoustics acquittal acreage acs actin actionable
    30 activates actuality acupuncture acutely adam's adaptable adc addictions addis additives aden
    30 adhered adherents adhering adhesion adi adjectives adjusts adjutant adm administers admins
    30 admirer admirers adnan ado adoptive adoration adorn adp adriana adrift adv advancements
    30 adventurer adventurers adversaries aegis aerobic aerodynamic aeronautical aeronautics aeroplane
    30 aerosol aes aesthetically afb affectionately affections affective affiliations affirm
    30 affirmation affirming affleck affliction affordability affords afield aftermarket aga agar
    30 agatha agency's aggravating aggregated aggregates aggregation aggressor agitation agm agnostic
    30 agrarian agreeable aguero ahem ahl ahmedabad ahn aiden aiken ailing ailments airflow airliner
    30 airmen airstrikes airway airy ais aisha aisles ajay akira aladdin alain alam alameda alamo
    30 alaskan alastair albanian albino alchemist alchemy alcoholics alden alderman aldo aldrich
    30 aldridge alessandro alex's alexandre alexei alf alfa alfie alfonso algebraic algiers ali's alia
    30 alibi alienate alienating alienation alight aligning alimony alistair alkaline allege allegheny
    30 allegory allen's alleys allie allocations allotment alloys alluded allure alluring almanac aloe
    30 aloft aloha alp alphabetical alphabetically alta altercation alternately alters altitudes alton
    30 alum alves alyssa amalgamation amassed amaze amazement amazes amazon's ambivalent ambulances
    30 ambushed amending amer americana amethyst amg amherst amin amit amman ammonium amor amounting
    30 amour amphibious amplification amplifiers amplify amps amputation ams amtrak amuse anakin
    30 analysing analyzer analyzes anand anarchism anarchists anastasia anatomical ancients ancillary
    30 anderson's andes andhra andi andrei andres andrew's andromeda andré anecdotal anecdote anemia
    30 anesthetic aneurysm anew anfield angelic angelica anglia angling ani anil animate animosity
    30 annapolis annette annihilation announcers annuities annum anointed anorexia another's
    30 antagonistic antagonists antelope antennae anthrax anthropological anthropologist
    30 anthropologists antichrist antidepressants antidote antifa antigen antigua antimicrobial antioch
    30 antiquated antisemitism antisocial antrim antwerp anus anvil anwar anxieties anxiously anya
    30 anybody's anzac aoc aol aortic apc apiece apis apnea apologised apologizes apostolic appalachian
    30 appalled appease applauded appleton appointees appoints appreciating appreciative apprehend
    30 apprehension apprehensive apprentices appropriated approvals aps aptitude aptly aquaculture
    30 aquarius aqueous aquinas aquino ara arbitrarily arcadia archaeologist archdiocese arched archery
    30 archibald architectures ard arden arduous ares argentinian argos argus ariana arias aries arisen
    30 aristocracy aristocratic ariz arjun arkham armada armageddon armament armani armchair armenians
    30 arming armistice armory armpit aroma aron arousal arr arrears ars arsenal's arsene arsenic
    30 artefacts artemis arterial articulation artie artisans artistry arturo arya aryan ascend ascot
    30 ascribed asd ashe asher asheville ashland asia's asiatic asl asp asparagus assailant assassin's
    30 assassinate assent assertive assigns assimilate assimilated assimilation assn associating
    30 assures assuring ast asterisk asteroids astoria astra astral astray astro astronomer astute asu
    30 asus aswell asymmetric asymmetrical ata atc atf athena athenian atk atl atletico atonement
    30 atrium atrocious atrocity ats att attaches attainable attaining attainment attest attested
    30 attractiveness attrition atv atwood atypical auctioned auctioneer aud audiobook audited auditors
    30 auditory auf augment augmentation aunts aunty auspices auspicious aussies austere authorisation
    30 authoritarianism authorizing authorship autobiographical autographs autoimmune automate
    30 autopilot autos avalon avec avenge avenger averse aversion avert averted avi avian awakens
    30 awkwardly awkwardness awoke aws awww axial axiom ayrshire azalea aziz aztec b's bab babcock
    30 babylonian babysit babysitter babysitting bac bachelorette bachelors backdoor backer backers
    30 backfire backfired backlog backpacking backpacks backseat backside backstory backups bacterium
    30 badgers baffling bafta bagel bagels bagged bagging baggy bah bai bailiff bailout bain baines
    30 baiting baja baker's bakers bakersfield bal balconies balfour balkan balkans ballads ballard
    30 ballast ballerina balm balochistan bama banco banda bandage bandages banded banger bangladeshi
    30 bangor banish banked bannon bantu bao barbour barclay barclays barges barista barks barnard
    30 barns barnsley barometer barons barre barricade barricades barrie barron barter bartholomew bas
    30 basalt baseless baseman bashed bashir basilica basing basque bassett bassist bastille batches
    30 bateman bathe bathed bathurst battalions batted batters battleground battleship bavaria bavarian
    30 bayonet bayou bbc's bbl bbw bce bds beacons beaded beagle beale beamed beaming bearers beasley
    30 beater beatings beatty beaufort beavers becca beet beets beggar beggars behaves beheaded bei
    30 bein belated belinda belize bell's bellevue belligerent bello bellows ben's benefactor bengali
    30 benin benji benn bennet bequeathed bergman berman bern bernadette bernardino bernardo berserk
    30 bertha bertie bertrand berwick beset bespoke bess bessie bestselling bethel betraying betrays
    30 bette betterment betts bewildered bh bhai bharat bhutan bibles biceps bickering bien biennial
    30 bigfoot biggie biggs bigot bigoted bigots bikers bile bingham binoculars biochemical biographer
    30 biographies biologically biologists biopic biotech bird's birthright bishop's bismarck bistro
    30 bitching bitchy bittersweet bla blackboard blackjack blacklist blackness blackstone blackwater
    30 blanchard blanco blaster blatantly bleached bleaching bled bleeds bleep blight blindfolded
    30 blinding bling blinked blissful blister blisters blob blockage blocker blockers blokes blondes
    30 blondie bloodbath bloods bloodstream bloomfield bloomington blot blowout blueberries bluegrass
    30 blueprints bluffs blunder bluntly blushing bmc bnp boa board's boasted bob's bobo boca bod bode
    30 bodybuilding bodyguards boer boggling bohemia bolivian bollocks bologna bolted bombarded
    30 bombshell bona bonanza bonaparte boner bonkers bonn bony booed booing bookmark bookshop
    30 bookstores boomerang booms boos boosters booted bootleg bor bora bordered borneo boroughs
    30 borrower borussia bos bose bosnian bosom boston's botanic botched botox botswana bottling
    30 boulders bouncer bounces bouncy boundless bourgeoisie bouts bovine bowels bower bowers bowing
    30 bowled bowlers bowles bowser boyce boycotting boyfriend's boyhood boyz bpd braced bracing
    30 bradshaw bragg brah braid braided braids braille brain's brainer branched branching brand's
    30 brandt branson brasil bravest brazen brazil's brazilians brb breakaway breakdowns breakthroughs
    30 breasted breathed breather breathless bree breezy breitbart brendon brentwood breton brewed
    30 brewster bribed bridesmaid bridesmaids bridgeport bridgewater bridging brie briefcase briefed
    30 briefings brigham brighten brill brim brine brisk britannia britons britt broadened broadening
    30 brochures brodie bromwich bronson brooch brood brooding brookings brothels brownie brownies
    30 brownish browsers bruise bruising brunei brunt brutus bryson bsc bst bubbling bubbly bucharest
    30 buckeyes buckinghamshire bucky buddhists budge budgetary budgeted budgeting buffers buffett
    30 buffs bugged bugger bugging buick building's bulge bulging bulletins bulletproof bullion bullish
    30 bummed bummer bumpy bums bundesliga bundy bunkers bunnies bunting buoy burbank burberry burdened
    30 bureaucrats burgeoning burials burkina burlesque burners burnham burnout burrell burroughs
    30 burrow busan bustling busts busty butchered butchers butte buttocks buyout buzzed bv bw bylaws
    30 bypassing byproduct byrd bystander bystanders byte byu cabal cabaret cabot cabrera cabs cadence
    30 cadre caged cahill caine calamity calculates calder calhoun calibrated calibre californian
    30 caliphate callahan callers calligraphy callous callum calmer calvert camaro cambodian
    30 cambridgeshire cameron's camilla camo campaigner campers campfire campground campsite canaan
    30 canadiens canceling cancellations cancels cancerous candace candice candies candlelight canes
    30 canister cannibal cannibalism canoes canons canteen cantonese cantor canyons cao capacitor
    30 capacitors capcom capes capitalization capitalized capping capri capricorn captain's captions
    30 captivated captivating captives carat carbohydrate carbonate carcass carcinoma cardigan
    30 cardiology carefree caregiver caregivers carers caricature carleton carlin carlyle carmel
    30 carmichael carney carousel carp carpenters carrick carrington carte cartels carter's carthage
    30 cartier carton cartoonist cartwright carvings casablanca cashed cashing cashmere casper caspian
    30 cassandra casserole caster castes castillo castor catalina catalogs catalogues catalysts
    30 catalytic catapult catchment cate categorically catered caters catheter cathode cato cauldron
    30 cauliflower causation causeway cautioned cavalier caveat cavendish cavern caviar cayman cbn cbt
    30 ccc ccp ccs cdr ceases cebu cecilia ceded cedric celeb celebratory celebs celeste celia celine
    30 cellars cellulose cemented cemeteries censors center's centerpiece centimeters centrist centro
    30 centurion cereals cert certify cervix ces cessation ceylon cfa cfl cfo cfr cfs chadwick chainsaw
    30 chairmen chairperson chakra chalet chalice challengers chalmers chameleon champaign championed
    30 chandelier chandra channeling channing chao chaplin chaps charlie's charlottesville charlton
    30 charmed charred charting chas chaser chases chastity chatted chauffeur cheater cheaters chechen
    30 checker checkers checkpoints cheerleaders cheerleading cheery cheeseburger cheesecake cheeses
    30 cheetah chelsea's chemically chemists chemo cheques chernobyl chesterfield chests chet cheung
    30 chewed chia chichester chico chihuahua childless childrens childs chime chimes chimneys chino
    30 chipotle chipped chipping chit chivalry chomsky chong chopra choral chore choreographed
    30 choreographer chrissy christensen christi christophe chromium chronically chronology chuckled
    30 chuckles churn churning chute cicero cid cinematography cipher cir circled circuitry circulate
    30 circumcision circumference circumstantial circumvent citi civ civilised civility claimant clam
    30 clamps clams clancy clandestine clapped clarendon clarifying clarinet clark's clashed clasp
    30 classifications cleanly cleans cleanser clearances clearest clearwater cleaver clegg clemens
    30 clements cleo cleopatra clergyman clerics cleverly cliche cliché clientele climatic climber
    30 clinched clintons clipper clipping clippings clique clit clocked clockwise clockwork cloned
    30 cloning clooney closeness closets clot cloths clouded clout cloves clustered clustering clutches
    30 clutching clutter cma cmc cmon cnbc cnn's cns coa coachella coalitions coasters coates cob
    30 cochran cochrane cockroach cockroaches cocoon codex coe coefficients coerced coexist coffees
    30 coffins cog coherence cohn cohorts coinage coincidentally coincides colby colchester coldest
    30 coldplay coles coliseum coll collaborator collagen collars collectible collectibles collector's
    30 college's collin collingwood coloration colorectal colorless colossus colouring colton
    30 combatants combating combing combs comets comforted comical commandant commandment commandos
    30 commemorating commemorative commencing commend commendable commendation commission's committee's
    30 commotion comms communicates commuters como companionship compartments compendium compensating
    30 competes competitively complacency complacent complainant complemented complements completeness
    30 complicit complicity complied complimented complying composites compost composure compounding
    30 compress comptroller compulsion computerized concave concealing conceding conceivable
    30 concentrates concierge concordia concur condemns condensation condescending condominium
    30 condominiums condone condos conducive conductive conductivity coney conf confederacy confer
    30 confesses confessing confessional confetti configure configured confines conflicted confluence
    30 conforming conformity confrontational confronts confucius confuses cong congested congolese
    30 congratulated congratulating congregational congressmen conical conjure conley connective
    30 connectors connelly conner connors connotations conqueror conquests conscientious consecrated
    30 consensual consented consenting consequent consequential conservancy conserved consignment
    30 consolidating consonant consort conspiracies conspirators conspired conspiring constants
    30 constipation constitutionally constitutions consultative consumes consummate contagion
    30 contaminants conte contemplated contemplation contended contending contends contentment
    30 contesting contextual contiguous contours contraband contraceptive contraceptives contractions
    30 contradicted contradicting contradicts contrasted contrived conundrum convection convene
    30 conventionally converge conversational conveying conveys convincingly convoluted convoys cookery
    30 coolant cools coon cooper's cooperated cooperatives copa copeland copious copyrighted corals
    30 corbett corbin cordial cordon corinne cornerback cornered corny corolla coronavirus corral
    30 corrects correlate correlates correlations corresponded corrosive corrugated corset cortez
    30 cortical cortisol cosby cosmo cot cougars coughs coulson coulter councilman counteract
    30 countering counterpoint counterproductive countrymen couple's coursework courteous courting
    30 courtship cousin's coutinho coven covent covington cowan cowardice cowell coy coz cpa cpc cpl
    30 craftsman craftsmanship craftsmen crafty cram crammed cramp cranberry cranky craters craven
    30 crawley cray crayon crayons crazed crazier craziest craziness crc creams creatively credence
    30 creditor cree creeks cremated cremation creme creole crept cretaceous crete cricketer cricketers
    30 crickets crimean criminally criminology cripple crisps criticise criticising criticizes
    30 critiques crm crochet crock crocker crockett crocodiles croft cronies crooks cropping crores
    30 crossbow crossfire crossfit crossword crowding crowe crowning croydon crt crucible crucifix
    30 crucifixion cruisers crunching crunchy crusader crusades crusher crushes crusty crutches crux
    30 crypt cryptic crystalline csa csgo csi csr cst csu ctrl cubans cubicle cuckoo cucumbers cuddling
    30 cuddly cuffs culminated cults cumbersome cumbria cumin cumming cummins cupid curate curators
    30 curiously curran curricula curricular currie curses cursor curt curtailed curvature curving
    30 curvy cus cushions cusp custard custodial custodian customer's customization cutlery cutoff
    30 cuttings cx cyanide cyborg cyclic cyclical cyclones cyclops cynicism cypress cyst cystic czar
    30 dada dade daggers dah dahl dainty dak dal daley damning damnit dandy danes daniel's danube
    30 danville darby dares darkened darlington darrell darth dataset davison davos davy daw dawes
    30 dawkins dawned dax daybreak dazed dazzle deactivated deadpool dealerships dean's deans dearborn
    30 deb debacle debatable debilitating debtor decadent decal decatur decaying deceit deceiving
    30 deciduous decimated decipher decisively decked declarations decode decoding decoy decreed
    30 decrees deduct deducted deems deepen deepened deepening defaults defected defendant's
    30 defenseless defenseman defer defiant defiantly defied defies definitively deflect deflected
    30 deflection deforestation deformation deformed defying degeneration degenerative deities delaney
    30 delegated delegations deletion delia deliberation deliberations delicacy delicately delinquent
    30 deliverance deloitte delphi deluded deluge delusions delve demeanor democratically demolish
    30 demoted dempsey deng denominator denoted denounce denouncing densities deodorant departs
    30 dependable dependencies depictions depletion deplorable deployments deport depots depp depraved
    30 deprive depriving derail derailed deranged deregulation derelict derivation dermatologist
    30 derogatory derry descends desi designations desist desolate desolation despised destitute
    30 destroyers detain detectable detects detergent deteriorate deteriorating detonated detonation
    30 detour detract deus devi deviant deviate deviations devine devious devise devlin devolution
    30 devolved devotees devotional devour devoured dexterity dey dg dhaka diagnoses diagnosing
    30 diagnostics dialed dialing dialogues dials diamondbacks dianne diaphragm diarrhoea dicaprio
    30 diced dichotomy dickhead dictators dictionaries didier diem dieter dieting dietrich diff
    30 diffraction digested digger dignitaries dil dilapidated dilemmas diligent diligently dill dilute
    30 dilution diminishes diminutive dimitri dina dinah diners dio diode dior diplomas directives
    30 directories disabling disagrees disallowed disappointments disapprove disarm disarmament
    30 disbanded discern discerning discharges disclosing discography discontinue discounting
    30 discouraging discredited discreetly discrepancies discriminated discriminating diseased
    30 disgraced disgruntled dishonesty disillusioned disintegration dislikes dislocated dismantle
    30 dismantling dismisses dismissive disorderly disorganized disparities dispatcher dispatches
    30 dispel dispensary dispense dispenser dispensing dispersal dispersion displeasure disposing
    30 disqualification disregarded disrupting disruptions diss dissection disseminate disseminated
    30 dissenting dissident dissidents dissimilar dissipated dissolves dissolving dissonance dissuade
    30 distancing distillation distillery distinguishes distort distortions distraught distressing
    30 distributes district's ditches ditching divas divergence diversification diversify diverting
    30 divorces dix dizziness django djokovic dmc dmitry dms dmv dns doable dobbs dobson docked dodged
    30 doesn dogg doggie doha doherty dolce domes domesticated domingo dominique domino donetsk donkeys
    30 donnelly donny dons doomsday doorbell doppler dorado dorchester dorian dork dormitory dorsey
    30 dory doth doubly doubtless doughnut doughnuts douglass doves downer downey downgrade downgraded
    30 downloadable downtime downturn downwards dowry dps drab draco dragon's dragonfly drags draped
    30 draught drawback drawbacks dreamers dreamy dreary dredge dredging drenched dresden dreyfus
    30 dribble drier dries drinker drinkers driscoll drizzle droid drool drooling dropbox droplets
    30 dropout drs drugged drugstore drumming drummond dslr dsm duality duane dubois dubs dubstep duchy
    30 ducked ducking ducts dugout duke's dukes dulles duluth dum dumber dumbledore dumfries dummies
    30 dumplings dunbar dung dunkirk dunlop dunne dup duped duplex duplicated duplicates duplication
    30 duran durban duress dusted dusting dutchman dutton duval dv dvr dw dwarfs dwarves dwindling
    30 dwyer dx dynamically dynamo dyslexia dyson dystopian eachother earbuds earle earmarked earners
    30 earring earths earthy eased easing eastbound eastenders eastman eastward eau ebb ecb econ ect
    30 ecu ecumenical eczema edelman edging edict editor's editorials edm edmond edo eeg eel eels
    30 efficiencies effortless effortlessly egalitarian egan eggplant egos egregious egypt's ei eid
    30 eiffel eighties ein ejection ek elaborated elasticity electrically electrification electrolyte
    30 elects elevating elevations elgin elicit elisa elisabeth elitist elixir elizabethan ellington
    30 elliptical elmer elmo eloquent elsevier elsie ely emailing emanating emanuel embankment
    30 embarking embassies embedding embellished embezzlement embodies embody embroidery embryonic
    30 emergent emeritus emi emigrants emigrated emigration emil emile emilia emilio eminence emir emit
    30 emits emitting emmett emo emoji emp emperor's emperors emphasise emphasised emphatic
    30 emphatically emptying emu emulation enacting enactment encased enchanting enclave enclosures
    30 encountering endanger endangering endearing endeavours endgame endocrine endorses endorsing
    30 endothelial enemy's energized enfield enforceable engel engravings engulfed enhancements enigma
    30 enigmatic enlarge enlargement enlighten enlightening enmity ennis enoch enriching enrolling
    30 enrolment enshrined ensues entail entangled entertainers enthusiastically entice enticing
    30 entourage envious environmentalists envisaged envision enzo eo eos ephraim epi epidemics
    30 epilogue epiphany episodic epithelial epl epoch epoxy epsom equate equates equatorial equestrian
    30 equine equinox equipping equities equivalence equivalents eradicated eradication eras erasing
    30 erasmus erdogan ere erickson ericsson erika eritrea erm ernesto erode eros erotica erp errand
    30 erroneous erroneously ers eruptions erwin escalator escobar escrow eskimo esl esoteric esports
    30 esq esquire essendon ester estonian estranged etching etf eth ethereal ethereum ethically
    30 ethnically ethnicities etienne eton eu's eucalyptus eucharist eulogy eun euphoria eurasia
    30 eurovision eurozone euthanasia evangelicals evangelist evaporate evaporated evaporation evasive
    30 eventful evo evocative evoked evokes evolves ewan exacerbated exaggerate exaggerating exalted
    30 excavated excavations excelled excesses exchequer excitation excitedly excites exclaimed
    30 exclamation exclusivity excruciating excursions execs executes executioner exemplified exempted
    30 exerted exes exhale exhibitors exhilarating exiles exo exorbitant expanse expat expedite
    30 experimentally expiring expiry explorations exploratory expressway ext extant extermination
    30 extinguish extinguished extracellular extraterrestrial extremity exxon eyeball eyeballs eyeing
    30 eyelashes eyelid eyelids eyeliner eyeshadow eyre ez ezekiel faber fabian fabio fable fabregas
    30 facebook's facet fahrenheit failings fainted fainting faintly fairbanks faire fairer fairest
    30 fairytale faithfulness faiths fakes fallacy famer familial fanatic fanatical fanatics fancied
    30 fancies fanfare fangs fannie fanning fantastically farage farah fared farley farmed farmer's
    30 farthest farts fas fashions faso fastball fastened fatality fated fateful fates fathom fatima
    30 fatter faucet faust fav fave favorably favoring fawn faye fayetteville fbi's fca fd fdr fearsome
    30 feathered feats fecal feces federalist federer federico fedora feeble feeders feelin fei feisty
    30 feldman felicia feline fellowships felon felonies fema femininity femme femur fenced fend fenton
    30 fer fergus fermented ferns ferocious ferrer ferret ferries fertilization fertilizers fervent
    30 fervor fewest ffa fia fiancee fiberglass fibres fibrosis fickle fictitious fidel fiduciary
    30 fielded fielder fiend fifths fifties figurative filament filings filipinos fillers filly
    30 filmmaking financials financier finesse fingered fingering fingernails finisher fink finley
    30 fireball firefly fireman firemen firewall firewood firmware firsthand firth fished fishery fisk
    30 fission fitter fitzpatrick fives fixer fk flagrant flak flake flamboyant flamingo flammable
    30 flanagan flanking flanks flannel flapping flaps flared flashy flask flattered flavoured flax
    30 fleas fledgling fleetwood flemish flexing flicker flicks flimsy flinders flirty flocks floppy
    30 florida's florist floss flotation fluctuating fluency fluff fluke fluorescence fluoride flurry
    30 flutter fob focussed foggy folders folio fondly fondness fong fonts foodie fool's foolishness
    30 footer foothills foothold footnote footnotes footwork footy forage foraging foray forbade
    30 forbidding forbids forceful ford's foregoing forensics foreplay foresee foresight forested
    30 foreword forfeited forfeiture forgave forgery formality formatted formulate formulations
    30 forrester forsaken forsyth forte forties fortifications fortitude forts forwarding forza
    30 fostered fosters fouled fouls foundation's foundational fourier fours fowl fox's foxy foyer fp
    30 fra fractional fragmentation fragrant franc frank's franken franks frantically frat fraternal
    30 frau frauds fraught frazier freckles frederic freelancer frees freighter fremantle fremont
    30 frequented fresco fresher freshness frey friar frickin friendlies frigate friggin frighten
    30 fringes frivolous fronted fronting frontman frosted frosting frosty frowned fructose frugal
    30 fruition fruitless fsa fsu ftc ftp fueling fuelled fugitives fuji fullback fullerton fullness
    30 functionally functioned fundamentalist fundraisers furiously furnaces furnish furnishing furs
    30 furthering furthest fuselage fuses fussy fuzz fw fy für g's gaap gabby gable gaddafi gaelic gage
    30 gags gah gaia gaines gainesville gait galilee galileo gallant galley gallo gallop gallows gallup
    30 galore galvanized galveston galway gambia gambit gambler gamblers gamergate gan gandalf gangsta
    30 gangsters gaping garages garb garcía gardeners gardiner garnet garnish garvey gasping gassed
    30 gaston gated gator gatorade gators gatsby gauges gaul gaulle gauntlet gayle gazing gcc gcse gd
    30 gearbox gelatin gendered genealogical generalization generalizations genevieve genitalia
    30 genitals geniuses genoa genomes genomic gent gentile gentiles gentrification gentry gents
    30 geologic geologist geologists geophysical geopolitical georg georgia's georgie georgina
    30 geothermal ger germ germanic gestapo gestation gettysburg gh ghanaian ghastly ghostbusters
    30 ghostly gia gibbons giddy giggling gigi gilles gillespie gillette gills gilt gimmick gingerbread
    30 gino giorgio girly giro giroud gis gist github giuliani giuseppe giveaways giver gk gladiator
    30 gladiators gladstone gladys glam glanced glances glancing glastonbury glaucoma glazing gleaming
    30 glendale glider gliding glimmer glimpses glitches glittering globes glock glorified glorify
    30 glossary gmbh gmc gmo gnome gnu goblins goddesses godwin goers goethe gogh goku goldie golds
    30 goldsmith goldstein golfing goliath gomes gonzales gonzalo goody goodyear googled googling goon
    30 goons goosebumps gopro gorbachev gorillas gorman gosling gospels goth goto gough gout gov't
    30 governs gowns gpu gq gracefully graces gracie graciously grady grammys granada grandchild
    30 grandeur grandfather's grandkids grandma's grandmother's granular granville grapefruit graphene
    30 grapple grappling grasped grasping grasshopper grassland grassy grate grated gratifying grating
    30 gravely graze green's greenberg greener greenfield greenish greensboro greer greets gregor
    30 grenada greta gretchen grey's greyhound grids grievance grievous grille grilling grime grinning
    30 gripped grizzlies groan grocer groomed grooves groovy groping grossed grossing grossman
    30 groundwork groupings grouse grover grower growl grub grunge grunt gsm gtfo gtx guam guangdong
    30 guantanamo guaranteeing guardiola gubernatorial guernsey guerrero guerrillas guesses guggenheim
    30 guideline guido guildford guilds guillermo guillotine gull gullible gulls gully gump gums gundam
    30 gunmen gunna gunnar gunned gunning gunpoint gunshots guo gurney gust gustav gusto gusts
    30 gutierrez gymnasium gymnast gyms gypsies haas habitable habitual hackett hackney hades hadley
    30 hae hagen hahah hahahaha hahn haiku hailey hailing hails haines haircuts hairdresser hairline
    30 hairstyles hajj halal halfback halle hallowed hallways halsey halting hamid hamish hammering
    30 hammock hampden hampstead hamstring hana handbags handball handcuffed handcuffs handedly
    30 handguns handkerchief handlers handout handouts handset hanger hangout hanks hanley hap
    30 happenings har harbors harcourt hardness harem hari harlan harlow harman harmon harmonies
    30 harmonious harper's harrisburg harrow harrowing harsher hartman haryana hasan hashtags hasnt
    30 hast hatches hatchet hatching hater hatfield haunts haute havens havin haw hawke hawkes hawkeye
    30 hawking hawthorn hawthorne hays hazy hdd hdr headband headers headless headlined headlining
    30 headmaster headway healthiest healy hearsay hearst heart's heartache hearth heartland
    30 heartwarming heaters heathen heaven's hebrews hebron hectare hedgehog hegemony hehe heidelberg
    30 heineken heinous heinz heiress heisman helene hell's hells helpers hem hemorrhage hemsworth
    30 henceforth hendricks henley hennessy henning henrietta henry's hens henson hentai hepatic
    30 hepburn heralded herds hereafter hereford heres heretic heretics hermann hermit hernia hero's
    30 heron herr hershey hertfordshire hertz herzegovina hesitated hess hester het heterogeneous
    30 hewlett heyday heywood hf hg hh hhs hibernation hiccups hickey hickory hideout higgs highlanders
    30 hijab hijack hijacking hikers hilariously hilda hill's hillary's hillsborough hilltop hilly
    30 himalayan himalayas hindered hindrance hines hinged hinting hippies hippo hippy hirsch hiss
    30 hitachi hitherto hitman hitters hives hiya hl hoa hoard hoarding hobbes hobbs hobo hoboken
    30 hodgson hoe hof hogg hogs hogwarts hoist hola holed hollis hollywood's hologram holographic
    30 holster homegrown homeowner homers homicides homogeneous hone honed hoodies hoods hoof hookers
    30 hookup hooray hopelessly horatio horde hordes horne horned horner hornet horoscope horowitz
    30 horse's horseman horsemen horseshoe horticultural horticulture hospital's hospitalization
    30 hotel's hotspot hotspur hottie hou hounds house's housekeeping housemates housework hove
    30 howard's howdy howie howl hoy hoyt hpv hrc hsbc hua hubble huddersfield huddle huddled hues huey
    30 huff hui hula hulu humanist humanity's humankind humanoid humbling humbly humboldt humiliate
    30 humming hummus hunch hunk hunter's huntsville hurled hurling huron hurried hurst huskies hutch
    30 hutton huxley hvac hw hwang hy hyatt hydrate hydration hydrocarbon hydrocarbons hydroelectric
    30 hye hyperbolic hypnosis hypnotic hypocrites hypotheses hypothesized hyung i's iaea iain ibiza
    30 ich icloud ico ics icu idc ide idealism idealistic identifier ideologically idris idyllic ifs
    30 ign ignited illegals illogical ills illuminati illuminating illustrative ima imaginations
    30 imagines imax imbalances imdb imitating imma immersive immunization immunology imp impacting
    30 impairments impala impart impeach impeached impeccable impedance impede impediment impenetrable
    30 imperialist implantation implementations implicitly importation importer imposes imposition
    30 impossibility impotent impressing impromptu improv improvisation improvise impunity impurities
    30 imran ina inaccuracies inaction inactivity inanimate inappropriately inbound inca incandescent
    30 incapacitated incendiary incessant incision incite inciting incl incline incognito incoherent
    30 incomprehensible inconceivable inconclusive inconsiderate inconsistencies inconsistency
    30 increments incriminating incubation incubator incumbents incurable indebted indecent
    30 indestructible indexing indictments indignation indiscriminate indistinct indistinguishable
    30 individualism individuality individualized induces indulgence indulgent indulging indus
    30 industrialization industrialized inept inequalities inert inertia inexplicable inexplicably inf
    30 infallible infer inference infernal inferred infertility infestation infield infiltrate
    30 infiltrated infiltration inflamed inflatable inflate inflicting influencers infographic
    30 informally informants informatics informational infrequently infringed infringing infuriating
    30 ingenuity ingested ingrained ingrid inhalation inhale inhaled inhaling inhibited inhibiting
    30 inhibits inhumane initiates injecting injustices inked inks inline innocents innocuous innovate
    30 innovator innovators inns innumerable inorganic inpatient inquest insatiable inseparable inserts
    30 insides insidious insignia insistent insofar insolvency inspecting inspirations installments
    30 instalment instantaneous instigated instill instinctive instinctively institut institute's
    30 institutionalized instructing insular insulating insurgent insurmountable insurrection
    30 intangible integers integrates intelligently intensifies intensify interacted interacts
    30 interceptions interconnected intercontinental interfered interferes intergovernmental interlude
    30 intermediary intermission intermittently internationals interplay interpol interpreters
    30 interpretive interrogated interruptions interrupts intersect interspersed intertwined intestine
    30 intestines intimately intolerable intolerant intoxication intracellular intravenous intrepid
    30 intrinsically intruders intuitively inundated invalidate invariant invasions inventories
    30 inventors invests invitational invoices invoking ioc iodine ionic ionization ipads ipl iqbal
    30 iranians iraq's iraqis irc ire irina irishman irma ironing ironman irradiation irreplaceable
    30 irritable irritate isbn isi isla islamists islander islington ism ismail isn isolates isolating
    30 isotope isotopes isp isps israelites issa issuer ita italics italy's iterations ithaca itinerary
    30 ito itt ives ivf izzy jace jackman jacobson jag jagged jagger jailbreak jails jain jaipur jakob
    30 james's jameson jammu jana jane's janis janitor janus jargon jarrett jarring jayne jazeera jazzy
    30 jeanette jed jeffery jehovah jehovah's jellyfish jennie jens jeong jeopardize jerking jerky
    30 jerry's jest jesuit jesuits jeter jetty jg jia jiang jig jigsaw jillian jimi jimmie jing jingle
    30 jinx jive jl jm joachim jobless jodi jodie jody joffrey johanna johannes johansson johnnie
    30 johnstone jokingly jolt joo joon jordan's jordanian jos josef joseph's josiah josie joss jpeg
    30 judge's judgements judgmental judo juggle juggling jukebox juliette jumpsuit junctions juncture
    30 juniper junkies juno juries jurisprudence juror jus justifiable justifies justine juveniles jv
    30 jw kabir kal kali kam kamal kami kangaroos kanji kano kant kar karan kareem karim karin
    30 karnataka katharine kathmandu kato kavanaugh kawasaki kayak kayaking kaye kayla keane kearney
    30 keating keaton kebab kee keegan keel keenan keenly keg kei kellogg kelly's kendra kennedy's
    30 kennel kenyon kepler kermit kern kerosene kershaw kessler keto kev kew kh khaki khaled khalil
    30 khan's khmer khz kiddo kidnappers kieran kiki kilda kiln kilo kilogram kilograms kilometer
    30 kilometre kilos kim's kimball kimberley kimi kimmel kindred kingpin kingsley kink kinks kinship
    30 kiosk kip kira kirkland kissinger kk kkk kl klan klopp kms kn kneel knitted knobs knowles
    30 knuckle koala koh kohli koi kombat koran kos kp kpop kristina kroger kruger kt kurdistan kush kv
    30 kwh kwon kyiv kyrgyzstan kyung labelling labour's labourers laces lactose lacy ladders lager
    30 lagging lago lags laguna lair laird lakeside lakewood lakh lakhs lal lambda lamborghini lambs
    30 lament lamented laminated lamont lampard lancet lander landfall landline landon landowner landry
    30 landscaping lange lannister lanterns lapd lark larkin larsen larsson lasagna lashed lashing lass
    30 lat latham latvian lauded laughable launchers laureate law's lawfully lawmaker lawns lawton
    30 layoffs layouts laziness lds leach leader's leaderboard leaflet leakage leaky leanne leaping
    30 leapt lear lectured lecturers lecturing leds leech lees lefty legacies legalizing legislate
    30 legislator legislatures lehigh lei leia leicestershire leighton leila leinster leisurely leith
    30 leland lemme lenient leningrad lennox lentils leopold leprosy lerner lesion lesley leto
    30 lettering letterman leung lev levant leveling levelled leveraged leveraging levers leviathan
    30 levied levies lewd lexi lexicon lh liang liberate liberating liberian libido libs lice licensee
    30 licks lids lieberman lien lieutenants lifeboat lifeguard lifeless lifeline lifetimes ligaments
    30 ligand lighted lightening likeable likened lila lilac lilies limelight limerick limousine lina
    30 lincoln's linden lineman lingo linkage linn linus lion's lis lisp lister liters lithuanian
    30 litres littered liturgical liturgy livelihoods liverpool's livery livin livingstone lizards
    30 lizzy lj llp lng loader loathe loathing lobbied lobbyist lobbyists lobes loc locator lockers
    30 lockhart lockout lockwood loco locus locust lodges loeb logistic logistical lohan lok lolita
    30 lollipop lombard lombardi lon londonderry loner lonesome longed longs longstanding looms looney
    30 loophole loopholes looping loosing looted lorde loren lorna lorry lothian lotta lotto loudest
    30 louvre lovable love's lovin lovingly loyalist loyalists loyalties loyola lps lsd lubbock lube
    30 lubricant lucian lucie lucien lucille lucius lucknow lug lui luigi luka lukaku lukas lukewarm
    30 lull lullaby lumbar lumen luminous lumps lund lupus lurk luton luv luxuries luz lvl lyft lyman
    30 lyme lymph lyn lynching lyndon lynne lynx m's mabel macaroni macarthur macedonian mach machado
    30 machete machining macintosh mackerel maclean macleod macon macos macpherson macquarie
    30 macroeconomic macs macy macy's maddie maddox madeline madly madman mage magenta magicians magma
    30 magnate magnetism magneto magnifying magnolia mags mah mahal mahatma mahmoud mahoney maids
    30 mainline mainstay maison maitland majesty's mak makeshift malaya mallet mallory malnutrition
    30 maloney malpractice maltese mam mammalian manafort manager's maneuvering manganese manhood
    30 manhunt mani maniac manifestations manifests manipulative mannequin mannered manoeuvre mansions
    30 mantis manure maori marathons marbles marcelo marcia mardi marge marginally margo marguerite
    30 mari mariah mariana mariano marietta mariner marino marissa marius marjorie mark's marketable
    30 markham markov markup markus marlboro marlborough marlene marlin marlins marlon marlowe marquee
    30 marquette marquez marr marred marsden marseille marsha marshals marshes marshmallow marshmallows
    30 martina martins martyn martyrdom marvel's maría masking masonic masons masquerade massa
    30 massacred massacres massages masse massey mastercard masterchef masterful masterpieces
    30 masturbate mateo materialism mathematically mathematician mathematicians mather mathew mathews
    30 mathias mathieu matic matrices matron matteo matthias mattresses matty maturing mau maud maude
    30 mauritius mavericks maximal maximise maximizing maximus maxine may's mayan mayfair mayfield
    30 mayonnaise mays mayweather mca mcallister mcc mccabe mccall mccormack mccormick mcdermott
    30 mcdonnell mcdowell mcgovern mcgowan mcintosh mcintyre mckinley mckinney mcleod mcmaster mcmillan
    30 mcnamara mcpherson mea meade meager meatballs meaty mech medalist medallion medallist media's
    30 medial mediate medici medics mediocrity meditating mediums medusa mee meetup meghan melanoma
    30 melee melinda mellon melo melodic melodrama melrose melville member's memberships memorials
    30 memorize memorized menacing mendes mendoza meng meningitis menopause menstrual ment mep meps
    30 mercantile merch merchandising merciless merck merle merrick merritt merseyside merton meryl mes
    30 messengers messes metabolites metallica metamorphosis metaphorical metaphors metaphysical
    30 metaphysics metastatic meteorite meteorites meteorology methodical methodological methodologies
    30 methyl meticulous meticulously mew mfa micah michelangelo michelin michigan's microbes
    30 microbiology microorganisms microphones middletown middleweight midfielders midsummer midterms
    30 midwestern midwives mifflin mig migraines migrating migrations migratory mika mike's mila milano
    30 milder mildred miliband militarily militias milking milkshake millennia millers millie
    30 milligrams millimeter millimeters milly milne milner mime mimicking mimics minaj mince minced
    30 minding mindless mindy mingle minh miniatures minimally minimise minimized minion miniseries
    30 minivan mink minn minsk mints mio miraculously mirroring mischievous misconception
    30 misconceptions miserably misfits mishap misinterpreted mislead mismanagement mismatch misogyny
    30 mistaking mistook mistreated mistrust misunderstand misunderstandings misused mite mites
    30 mitigating mitochondria mixers mixtures mlm mmmm moans moat mobiles mobilize mobilized mobs moby
    30 mocks modal modelled moderated moderates moderators modernism modernist modernity modernize
    30 modestly modesty moffat mogul mohawk moira mojave mol molasses molded molding moldova molds
    30 moles molested molina molotov momentarily momentary momentous momo monarchs monasteries monastic
    30 monday's monde monet money's mongolian mongols monies moniker monique monmouth monochrome
    30 monogram monograph monographs monolithic monopolies mons monsanto montague montenegro moo moon's
    30 mooney moore's moors moot mor mora moratorium moray morgan's morgue mori morley mormons morn
    30 mornin morning's morph morphological morrissey mort mortals mortars mortem mortimer mortuary
    30 morty mot motherboard motherfuckers motherfucking motherland moths motivates motley motogp
    30 motorbike motoring motorist motorized motorsport mott mou moulded mounds moustache mouthed
    30 mouthful mouthpiece movable mover movers movie's movin mow mower mowing moyes mozilla mozzarella
    30 mpg mrna msc msg msp msu mtg mubarak muck mucus muffins muffled mugabe mugs mulberry mulder
    30 mules mullen mulligan mullins multiculturalism multidisciplinary multilateral multilingual
    30 multiples multiplier multiplying mum's mumford mun munch mundo munro munster muppet muppets
    30 murals murdock muriel murky murphy's mus musa muses museum's music's musicals mussels mussolini
    30 mustafa mustangs mustered mutated mutilated mutilation mutton myles myra mysticism mystique
    30 mythic mythological müller naacp nab nacho nacional nada nadu nafta nag nagar nailing nakamura
    30 nameless namesake namibia nanjing nanoparticles nanotechnology napier napkin napkins napping
    30 naps narcissism narcissistic narcotic narrowing narrows nascent nasser natalia nationalistic
    30 nativity nats naturalist natured nauseous navajo navarro nave navy's naw nawaz nazareth nazism
    30 naïve nbc's nbsp ncis nda nebula necklaces nectar nee needlessly nefarious neglecting negotiable
    30 negotiator negroes nehru neighbor's neighbourhoods neill nel nell nellie nelly nemo neoliberal
    30 neonatal nepali nerdy nervousness nested nestled netball netted netting neumann neuro
    30 neurologist neurology neuron neuronal neurotic neutralize neutrons nev nevermind newbie newborns
    30 newbury newell newfound newsroom newsweek newt newtown nf nfl's nguyen nia niall nib niches
    30 nicholls nick's nickelodeon nicknames nicks nieces nietzsche nifty nigeria's nigerians niggas
    30 nigh nightclubs nightfall nightlife nik niki nikita niko nikolai niles nimble nineties ninjas
    30 nit nite nitrate nitro nix nmr noaa noah's nobleman nocturnal nodding nola nom nomad nomadic
    30 nomenclature nominally nominating nonexistent nonprofits nonviolent nook noone nord normalize
    30 normative norse northbound northward norwood nosed nostrils notary notched notebooks notifying
    30 notoriety nottinghamshire nourishment nouveau novelists novella novo nozzle npc nps nrc nsf
    30 nuance nuances nuclei nucleotide nudes nudge nugent nugget nukes num numerals numeric nunes
    30 nuremberg nurseries nurtured nurturing nutmeg nutritious nutty nvidia nyse nyt nyu o'keefe
    30 o'leary o'malley o'neal o'neil o'sullivan oa oars oates obedient obeyed obeying objectionable
    30 objectivity oblige oblique obliterated obscured obscurity observable observance observant
    30 observational obstetrics obstruct obstructing obtainable obtains obtuse occupant octane octave
    30 octavia oculus oda odessa odin ofcourse officer's officiating offside oft oftentimes ogden ogre
    30 ohm oiled oj okc okinawa olaf oldham oldies oleg olfactory olympians olympus ombudsman omen
    30 omissions omit omni omnibus oncoming oneplus ong ono onslaught ont oof oop opal opec operas
    30 opioids opponent's opportunistic opposites optimist optimizing optimus opus ora orally orc
    30 orchards orchids orcs ordinances organically organisational organiser organisers organizes
    30 orgasms orgy originates orkney ornate orphaned orson ortega orthopedic orton orwell osborn
    30 osbourne osha osiris ost ostrich osu otc ott otters ousted outages outback outbound outburst
    30 outbursts outcast outcry outfield outfielder outflow outings outlandish outlawed outlaws
    30 outlying outperform outsourced outwardly ova ovaries ovens overalls overarching overcast
    30 overcrowded overcrowding overdrive overflowing overgrown overheating overland overlay overloaded
    30 overlooks overlord overpowered overpriced overreacting overriding overruled oversaw overseen
    30 overshadowed overtaken overtaking overthrown overtly overtook overture overturn overuse
    30 overwhelm overworked oxfordshire oxidative oy ozil ozzy paces pacifist pacquiao padded padding
    30 paddington paddock padilla padre padres pai paine painkillers painless paintball pakistanis
    30 palatable paleo palermo palladium pallet palliative palpable palsy pamphlets panasonic pancreas
    30 pandas pane pang panicking panned panoramic pant pantheon pantomime pantry pao papacy paparazzi
    30 papi parable paragon paraguay paralympic paralympics paramedic paramilitary paraphrase parchment
    30 pardoned parentheses parishioners parker's parkinson parkland parliaments parlour parma parmesan
    30 parochial parr parramatta parrish parrots partake participatory particulars particulate
    30 partisans partitions parton partridge pasha passer passively passover pasted pastel pastime
    30 pastries pastures patched patchwork paternity pathfinder pathogen pathologist patreon
    30 patriarchal patriarchy patrice patrolling patsy patterned patti pau paulie paulson pauses
    30 pausing pave pavel paxton payer payers payoff payouts payton paz pcb pci pcr pct pdp pdt
    30 peacekeeping peacetime peaking pears pebbles pedagogical pedagogy pedals peddling pediatrician
    30 pedophiles pedophilia peed peeing peeling peeps pegasus pegged pei peking pelican pelicans pell
    30 pellet pembroke penalized penance penchant pendleton peng penicillin penitentiary pensacola
    30 pensioners penultimate peoria peppermint pepperoni peptides percentile perched perfecting
    30 perforated perfumes perilous perils periodical periodicals perk perm permian permissible
    30 permissions peroxide perpetrated perpetually perpetuate perplexed perry's persians persistently
    30 personalised persuading pertains perverse perverted pes peshawar pesky peso pesos pessimistic
    30 pesticide peta petal peterborough petersen petitioned petrified petting peugeot peña pfizer
    30 pharmacies pharmacists pharmacology pharrell pheasant phenotype phew philanthropic
    30 philanthropist philharmonic philosophies phobia phone's phonetic phosphorus photographing
    30 photons photoshopped photosynthesis photovoltaic pia piazza picard piccadilly piccolo pickering
    30 pickled pickups pico pictorial pied piedmont piercings piero pierson pietro piety pigments
    30 pikachu pilates pilot's piloted piloting pinball pinched pinching pinning pinot pinto pints pisa
    30 pita pitbull pitchfork pitfalls pitiful pitted pitting pius pixar pixie pj pkk placenta placid
    30 plagiarism plagues planar planck planet's planks plankton planter planters plaques plastered
    30 plat plating platonic platt platter playa playgrounds playhouse playin playlists playtime pleads
    30 pleasurable pleistocene plenary plethora plough plow ploy pluck plucked plugging plugins
    30 plumbers plume plump plunder plunging plutonium ply pms pneumatic poaching poc pogba pointe
    30 pointy poise poisons poked polaris polarity policymakers politico polk polka pollard polled
    30 pollock polluting polyester polygamy polygon polynomial polytechnic pom pompeii pompey pompous
    30 pondering pont pontiac ponytail poodle pooping pope's popes poplar popularly populism pornhub
    30 pornographic porridge portage porte ported portman poseidon positional posse possessive postcode
    30 postdoctoral postings postman postmaster postmodern postponement potentials potts potus pounded
    30 pours powders powerfully powerpoint pox ppc ppg ppm ppv prada pranks prasad prays prc preachers
    30 precedes precincts preclude precursors predicated predictably predictor prefect prefecture
    30 preferential prefix prejudiced prejudices premieres premiers prenatal prentice preorder
    30 preposterous prepping prequel prerequisite prerogative prescribing pressuring pressurized
    30 presumption pretense pretentious prevails preventable preventative pri prickly pricks primate
    30 primates primed primetime primordial prince's principled priory priscilla pritchard prius
    30 privatisation probabilities probate probing proc proclaiming proctor procure procured prod
    30 prodigy profanity professed profiled prog progeny progesterone program's programmable project's
    30 projectiles prolly prologue prolong promenade prometheus promos pronoun propagate propagated
    30 propane propel propensity prophecies prophetic proponent proportionate propositions propped
    30 prosecutions prospectus prosthetic protectors protester proto protons prototypes protruding
    30 provenance provence proverb proverbial provocation provost proxies proximal prudence prudential
    30 pruning pry pryor pseudonym psn psp psychoanalysis psychosis psychotherapy pta pty pubic
    30 public's publicist publicized pueblo puffs puffy pug puig pullman pulpit puma pumpkins puncture
    30 pundit pundits punjabi puns punter purcell purchasers purest purgatory purged purified purify
    30 puritan purposeful purposefully purses pursues pus pushy puss pussies putt puzzling pvc pvp pvt
    30 pw pyongyang qa qin qing qld qpr qr qt quack quadruple quail quaker qualcomm quantify quark
    30 quarries quart quarterbacks quarterfinals quartermaster quell questionnaires quests queues
    30 queuing quill quilt quinoa quintessential quirk quizzes quorum quot qur'an rabbis rabble rabid
    30 rabies racecourse racers racetrack rachael racked racking radcliffe radiance radiating radiohead
    30 radiology radiotherapy rafa raffle rafters raged rages ragged rah rai railings rainbows
    30 rainwater raisin raisins rallying rama ramadan raman rambling rambo rammed rana rancher ranchers
    30 rancho rankin ranting rants raoul rapping rapport raps raptor rapture rarer rarest ras rascal
    30 rashid rasmussen ratchet ratification ration rationality rationally rationing rations rattled
    30 rattling raul ravaged ravine raving rbs rca rcmp reactionary reader's readership reaffirmed
    30 realisation realises realtor reappear reared rearing rearrange reassured rebates rebounding
    30 rebuke rebuttal recapture receptions reciprocal reciprocity recited reciting reclaiming
    30 reclamation recognises recognising recoil recollections recon reconciled reconnect reconstruct
    30 recorders recount recounted recounts recoveries recreated recreating recruiters rectangle
    30 rectify recurrence recurrent redacted redding reddy redeemer redeeming redefine redhead redirect
    30 redirected redmond redneck redo redress redwood reece reeds reeling reels rees referrals refill
    30 refinement refineries reflector reflexes reformer reformers refreshed refreshments refrigerated
    30 refrigeration refunded refurbishment refute refuted regaining regan regency regenerate
    30 regenerative regimental reginald regis registrations regretting regroup regularity rehabilitate
    30 rehearsed rehearsing rei reigned reimburse reimbursed reincarnation reinforces reinstate
    30 reinvent reissue reiterate rejoin rejoined rel relational relayed relays relentlessly reliever
    30 relieving religiously relinquish relive relocating remade remanded remarried remastered
    30 rembrandt remedial remediation remington remission remit remixes remodeled remodeling rename
    30 renegade renewables renewing renounce renounced renovate renown renters reopening reorganized
    30 reparations repatriation repealing repel repentance replays replenish replicas repo repressive
    30 reprints reproducing reptile repulsed repulsive reputations requiem requisite reread rescheduled
    30 rescinded rescues researches resented resettlement residues resigns resistor resists resolute
    30 resolves resonant resonate resonates resorted resorting resounding resourceful respiration
    30 respite respondent responsibly responsiveness restarted restitution restores restricts restrooms
    30 restructure resultant resuming resumption resurrect resurrected ret retailing retainer retaliate
    30 rethinking retinal retirees retract retracted retreats retrieving retrograde reuben
    30 reunification reusable reused revamp revamped revel revere reverence reverses reverted revising
    30 revisited revisiting reviving revolting revolutionaries revolve revolved revue rewind reworked
    30 rewriting rewritten reza rg rgb rhapsody rhea rheumatoid rhinos rhodesia ria ric richard's
    30 richter riddled ridiculed rife riffs riggs rightfully rigor rigorously rigs rims rin ringer
    30 ringo rioters ripley ripper ripples ritz rivalries riyadh rizzo rms rnc roadblock roadmap
    30 roadshow roadways roanoke roared robberies robby robert's roberta robins robo robson robyn rocco
    30 rochdale rochelle rockers rockford rockin rockville rockwell rodent roderick rogues rohan rolf
    30 rollercoaster rollin rollout romances romano romantically romo ronan rondo roo roofing rooftops
    30 rook roost roosters roper rosario rosary roscoe rose's rosenthal rosetta rosters roswell rotates
    30 rotational rotations rotherham rothschild rotterdam roundtable rouse rousseau rout routers roux
    30 rowdy rower rowley rowling roxy rsa rsvp rts ruben rubles rubs rudd rudder ruddy rudimentary
    30 rudolf ruff rugs ruiz rumoured rump rundown rune rung runnin runtime runways rupee ruptured rus
    30 ruse russel russo rut rw ryu saab saban saber sabha sabine sabre sabres sacking sacrament
    30 sacrificial saddened saddest sadistic sae saeed safeguarding saffron sag sahib saigon salaam
    30 salah salam salazar saleh salford salient salim salle salmonella salons saltwater salvaged
    30 salvatore salzburg sama samaritan samba samir sampler sampson samuels sana sanctity sandbox
    30 sandler sanjay santana santander sar sarajevo sarasota saratoga sargent sari sash sassy sata
    30 satisfies sato saucepan saucer sauces saudis sauna savory savoy sax saxons saxophone sayings
    30 scaffold scaffolding scala scammers scant scapegoat scarecrow scarier scariest scaring scarring
    30 scarves scavenger scents sceptical sch schema schematic scheming schiff schiller schism
    30 schizophrenic scholastic scholes schoolboy schooled schoolers schoolgirl schooner schroeder
    30 schulz schumacher schumer schuster schwarzenegger scion scooped scooters scorched scorching
    30 scoreboard scoreless scorers scorn scorpio scorpions scotland's scotsman scottsdale scotty
    30 scotus scourge scrabble scrambling scranton scraped scrapping scrappy screeching screenwriter
    30 screwdriver scribe scrimmage scripting scrubbed scrubbing scrubs scrum scully sculpted sdf sds
    30 seaboard seagull seaman seamlessly seamus seasonally seatbelt seater seawater seaweed seaworld
    30 secluded seconded secondhand secretion secs sects secularism secures sedentary sedimentary
    30 sedition seduce seduced seduction seductive seeding seedlings seer sega segmentation segmented
    30 seine selector selena selfishness selma sem semblance semesters semifinal semis sender seneca
    30 seniority sens sensei sensibilities sensibility sentient sentry separatist separatists sephora
    30 sepsis septic seq sera serb serbs serge sergey serpentine servicemen servings servitude setbacks
    30 settler seung sevens sever severance severn sevilla seville seward sewers sewn sexiest sexton
    30 shackles shadowy shag shaggy shahid shaker shakespeare's shalom shaman shambles shamed shan
    30 shank shaq shard shards sharpen sharpened sharpening sharper sharpness shatter shawl shay sheath
    30 sheehan sheeran sheik shelled shellfish shelling shelved shen shenanigans shenzhen shepherds
    30 sheriffs sheryl shetland shh shhh shielded shielding shifter shilling shillings shingles shinji
    30 shipper shippers shipwreck shirtless shit's shiv shiver shivering sho shocker shockingly shoddy
    30 shoemaker shone shopped shopper shortcuts shortening shortfall shorthand shortlist shortlisted
    30 shortstop shotguns shoulda shouldnt shoving showbiz showcases showered showering showroom
    30 shrapnel shreds shrewd shrewsbury shrines shrinks shropshire shroud shrub shrugs shrunk shu
    30 shudder shuffling shui shun shunned shutout shutters sia siam sichuan sicilian sickle sickly
    30 sidebar sidekick sidelined sie siegel siegfried sieve sift sighed sightseeing signage signaled
    30 signatories signify signup sikhs silas silencing sill silo silverman silverware silvery silvio
    30 simeon simms simon's simons simplifying sine singapore's singer's singleton singularity sinn
    30 sinned sino sion sissy sitter sittin situational sixers sizeable sizing sizzling sj ska
    30 skateboard skateboarding skaters skeptics sketching sketchy skew skewed skier skiers skillet
    30 skillful skim skimming skips skirmish skis skit skunk skydiving skyscraper skyscrapers skywalker
    30 slabs slade slag slalom slant slaps slashed slashing slaughtering slavic sleazy sled sledge
    30 sleepers sleepless slicing slider slimy slipper sloane sloping sloth slotted slough slovak
    30 slowdown slowest sludge sluggish slugs slum slumber slumped slums slur slurs sluts slutty
    30 smacked smacking smacks smartwatch smashes sme smeared smes smirk smiths smitten smog smoothie
    30 smoothies smoothing smothered smuggle smuggled smugglers smurf smyth sn snapper snappy snapshots
    30 snare sneaker sneaks sneeze sneezing snickers sniffing snipe snipers snippet snippets snitch snl
    30 snooker snooping snort snout snowball snowboard snowboarding snowfall snowflake snowflakes
    30 snowing snowman snuff snug snuggle soaps soared sobriety sobs sochi socialization socialize
    30 sociologist sociopath sockets sod softened softening soggy solder soldier's soleil solemnly
    30 soles solicit solicitation soliciting solidified solidly solitaire soloist solstice solvents som
    30 soma somber someones someplace somerville somethings sonata song's songwriters songwriting
    30 sonoma sony's sonya sooooo soot soothe sopranos sorcerer sorcery sorely soreness sores soros
    30 sorrows soto soulful soundcloud soups sous southbound southend southerners southport southward
    30 southwark souvenirs sowing soybean spades spain's spamming spaniard spank spanned spar spares
    30 sparing sparingly sparking sparkly sparring sparsely sparta spartans spearheaded specialises
    30 specialising speciality specificity specifies specifying speck spectacles spectacularly specter
    30 spectra spectre speculating speedway spelt spewing sphinx spiced spicer spiderman spied spiegel
    30 spielberg spiked spindle spines spinners spinoff spire spits splashed splashing spleen splendor
    30 spock spoiling spoilt spokeswoman spongebob sponges spoof spooked spore sportsman sportsmanship
    30 sporty spotless spout spp sprained sprang sprawling sprays springsteen springtime sprinkled
    30 sprinkler sprinter sprinting sprints sprite sprout sprouts squadrons squarely squeaky squirt
    30 squishy ssc ssd sse ssh ssr stabilizing stabs staffer staffers staffs stag staggered stagnation
    30 staining stairway stakeholder stalemate stalked stalks stalling stallion stampede stamping
    30 stances standardization standoff standstill stanza star's starboard stardom stardust starfish
    30 stargate starlight starling starry statehood stately station's staunch stave ste stead steadfast
    30 steamboat steamship steamy steeped steered stefano steinberg steiner stemmed stench stepfather
    30 stephan stepmother stereotypical sterilization stewards stewardship sti stiffness stifle stiles
    30 stimulant stimulates stinging stings stingy stinking stinks stinky stipend stipulated stitched
    30 stitching stochastic stockholders stockpile stoic stomachs stomp stomping stone's stools stoop
    30 stoppage stopper storming story's storylines storyteller stoves stow straightened straining
    30 strangest strangle strangled strasbourg strata stratton straws streamer streamline streep
    30 streetcar strenuous stretcher strewn strickland stricter strikingly stringer strippers strives
    30 stroking stroller strolling structurally strut stu stub stubbs studded stuffs stuffy stumbles
    30 stumps stupidest sturridge stuttering stuttgart stylistic stylized stylus subbed subclass
    30 subdivided subdue subgroup submissive submits subordinates subscribing subsection subsided
    30 subsistence substituting substrates subterranean subtitle subtlety subtract subunit subversion
    30 subversive successively succulent succumb succumbed suckers suede sues suez sufferers
    30 sufficiency suffix suffocating sugary suggestive sui suisse suitability suitably suitcases suk
    30 sulfate sully sulphur sumatra summarize summarizes summer's summertime summits summoning sumner
    30 sumo sumptuous sundance sunsets superannuation superbly superbowl supercar superfluous supergirl
    30 superhuman supermodel supernova superpower superpowers superseded supersonic superstition
    30 superstitious supra supremely surcharge surfers surged surges surgically surging surpasses
    30 surpassing surrendering surveyors sus susanna susceptibility susie suspending suspensions
    30 suspiciously sutter suture suvs suzy sv sven swag swagger swain swallows swami swamps swann
    30 swanson swaps swarming swayed swaying swears sweats sweatshirt swede sweden's swedes sweepstakes
    30 sweetened sweetly swelled swells swims swimwear swindon swirl swirling swoop sxsw sy syd
    30 sydney's syed syllables sylvester symbolize symbolizes symmetric sympathies sympathize
    30 symptomatic syn synaptic synchronization synchronized synchronous syndicated synergy synonym
    30 synonyms synthesized syphilis syria's syrians t's tabernacle tablespoon tablespoons tabletop
    30 tabloid tacky tact tactile taft tagline tahiti tahoe tailgate tailoring tajikistan tak takedown
    30 taker takers takin talisman tallahassee tamara tamed tampering tampons tangent tangle tania
    30 tankers tanned tantrum tapered tapering tapestry taping tarantino tardis tariq tarmac tarot
    30 tarzan tas taser tasmanian tasteful tasteless tatiana taunting taurus taxonomy tay tbs tbsp tcp
    30 tcu teal teas tec technologically tectonic teeny teh tele telecast telecommunication telemetry
    30 telephones telescopes televisions tellin telly telugu tempe temperance templar templeton tempt
    30 temptations tenacious tenacity tenancy tendered tenderness tendons tenet tenets tenn tennant
    30 tensor tentacles tentatively tenuous terence terminally terminating terminus terraced terre
    30 terrence terri terrier tess tessa tester testers testicles testifies testifying testimonial
    30 testimonies texan textured tfw tg thaw thelma thence theologian theologians theorist ther
    30 therapeutics thermodynamics thermometer thermostat theses theta thi thierry thingy thinning
    30 thirdly thirties thistle thom thong thoracic thorns thrash threaded threes thresholds thrice
    30 thrills thrived thrives throbbing throughput throwback thu thumbnail thumping thunderbolt
    30 thunderstorm thursday's thurston thwart thwarted thx thyme tia tian tic ticked ticker ticketing
    30 tickle tickled tiered tiers tiff tijuana tiki tiled tilting timberlake timbers time's timeframe
    30 timelines timeout timid tinged tingling tiniest tins tint tireless tirelessly tiresome titties
    30 titty tk tmz tna tobin tod todays toggle togo toil tolerable tolkien tolstoy tom's tombstone
    30 tome tomlinson tomography toms tonal toner tong tonga tonne tony's toolkit toon toot toothed
    30 topeka topographic topology topper toppings torches tori tormented toro toronto's torpedoes
    30 torrance tort tortilla torturing toshiba tot totalitarian totalling totem toto tots touchscreen
    30 touchy toulon toulouse tourney tout touted towering townhouse townships townsville toxicology
    30 tpp tra tracer trackers tracts trafalgar trafficked traffickers trailed tramp trampled
    30 trampoline trams tran tranquil tranquility transatlantic transcend transcendental transcends
    30 transcribed transferable transformational transformative transfusion transistor transistors
    30 transitioned translational translucent transmits transmitters transnational transpired
    30 transplantation transplanted transplants transponder transporter trashed trashy traumatized
    30 travers travesty trays tre treachery treasured trekking tremble tremor tres trespass trespassing
    30 triad triathlon tribunals tributaries tributary tricking trickle trillions trimester trimming
    30 tripled triplets tripod tris trish triumphs tron trope tropes tropics trot troupe trove tru
    30 truffle trumpets truncated trusty truthfully tsar tsk tsp tubs tubular tue tuesday's tufts tulip
    30 tully tum tumbled tumbling tumours tumultuous tundra tung tungsten tunic tunis tunisian turd
    30 turing turkey's turkeys turnpike turrets tuscan tuscany tutoring tutors tutu tuxedo tw twas
    30 tweaked tweaking tweaks tweed twig twigs twinkle twister twitter's txt tycoon tyne typography
    30 typos tyrion tzu ucl uconn ud ue uf ugandan uhhh uhm ukrainians ukulele ulcer ulcers ulrich
    30 ultimatum ultrasonic ultron ulysses umar umbilical umbrellas ummm ump umpires unannounced
    30 unattended unauthorised unbalanced unbeatable unbreakable unbroken uncensored uncharted
    30 unchecked uncle's unclean uncomfortably uncompromising unconditionally unconfirmed unconsciously
    30 uncontrollable uncontrolled uncovering uncut undated undecided undefined undeniably undercut
    30 undergoes undergraduates underlined undermines underside understated undertaker underwriting
    30 undetected undeveloped undiscovered undivided undoing unearthed uneducated unequivocally
    30 unfaithful unfavorable unfolded unfolds unforeseen unforgivable unfounded unfriendly unhappiness
    30 unharmed unhinged unholy unicef unicorns uniformed uniformity uniformly unify unifying
    30 unilaterally unimaginable unimportant uninhabited uninsured unintentional unintentionally
    30 uninterested uninterrupted union's unionists uniqueness unisex unitary united's unites univ
    30 universes unjustified unknowingly unlawfully unlicensed unload unloaded unloading unmarked
    30 unmatched unmistakable unorthodox unpack unparalleled unplanned unplugged unproductive
    30 unqualified unquestionably unravel unregistered unregulated unreleased unruly unsatisfactory
    30 unscrupulous unsecured unsettled unsigned unskilled unsolicited unspeakable unspoken unsubscribe
    30 unsurprisingly unsuspecting unsustainable untenable untimely untitled untouchable untrained
    30 unveil unveiling unveils unwarranted unwavering unwelcome unwell unwillingness unwind unwise
    30 unwittingly unworthy unwritten upheaval upholding upi upkeep upland uploads upped uproar upto
    30 uranus urbana urbanization urn ursula usability usaf usgs ushered usps ust ute utensils uterine
    30 utilised utilitarian utopian uttar uttered uva uw ux uzbekistan vacate vaccinations vail
    30 valentina valentines valentino valet valkyrie valor valuables valuations valuing vane vanishes
    30 vape vaping vapour variously varnish vas vases vaulted vaults vauxhall vb veal vedic vee veer
    30 vegans vegetarians vehemently vehicular vendetta veneer vengeful venomous venting ventral
    30 verbatim verifying veritable verlag vernacular verona versace versed vertebrae vertex vertigo
    30 vests veterinarian vetoed vetted vettel vetting vfl vg viagra vial vials vibrate vibrator
    30 vicente viceroy vices vick vickers vicki victimized vida vidal videogames videotape vids viet
    30 viewership vigil vigilance vigor ville villiers violinist virginia's virgo virtuous viscosity
    30 viscount vito viz vlad vm vo vocation vodafone vogel voiceover voicing voldemort volley voltaire
    30 volts voss vouch vous vowels vox voyages vuitton vulnerabilities vulture vultures waco wad
    30 wading wafer waffles wag waged waging wai wailing wainwright waiters waitin waive waivers
    30 walcott walden waldorf walgreens walker's walkin walkway wallis wallpapers walnuts wanderer
    30 wanders waning war's warcraft wares warhead warheads warhol warlord warmest warmly warms warring
    30 warrington warship warts warwickshire wasteland watchdog watcher watchful watchman watercolor
    30 waterford watergate waterway watery wavelengths wavy waxed waxing wayward wcw wd weakens weakly
    30 wealthier wearer weasel weathered weavers webinar webs website's wedges wednesday's wednesdays
    30 weekdays weekend's weibo weightlifting weiner weinstein weirder weirdly weller welles wendell
    30 wendy's wentworth wept wesleyan west's westbound westchester westerly westerners westfield
    30 westside wetland wharton whatnot wheaton wheeling when's whence where'd whereupon whew whey
    30 whiff whimsical whiplash whips whirlwind whisk whistleblower whistler whistling whit whitaker
    30 white's whitehead whitehouse whiteness whiting whittaker wholeheartedly whomever whoop whooping
    30 whopping whos why'd why's whyte wicker widen widest widowed widower wield wiener wight wigs
    30 wilbur wildcard wildcat wildest wildfires wilfred willed willful willfully williamsburg
    30 willoughby willpower wilt wilton winch windmill winfrey winn winner's winnings winslow winter's
    30 winthrop wis wishful withdraws wither wiz wk wnba wobble wobbly wolff wolverhampton wondrous
    30 woodlands woodley woodrow woodstock woodwork woodworking woof woolf woolly worcestershire worded
    30 workable worker's workflow workin workmanship workplaces workstation worsen worsened worsening
    30 worshippers worshipping worthington wot wounding wraith wrapper wrecks wren wrenching wrestled
    30 wrestlemania wrinkle wrinkled wronged wsj wto wut wv wwf wwi wynn wynne xanax xander xenophobia
    30 xenophobic xerox xiaomi xinjiang xmas xo xs y'know ya'll yachts yadav yak yakuza yall yam yangon
    30 yank yanks yao yawn yawning yaya yd yearning yellowish yelp yemeni yeo yeon yeti yew yiddish
    30 ymca yoda yoghurt yogi yoke yoko yokohama yolk yoon yorkers yoruba youll young's youtuber
    30 youtubers youve yt yuck yugoslav yuki yukon yung yusuf yves yvette za zachary zak zane ze zed
    30 zee zeke zenith zeros zest zeta zhao zhu zig zimmer zionism zoey zoned zoological zoology zoos
    30 zu zulu zuma zur é ó γ μm ω в и с ツ
    """
}
