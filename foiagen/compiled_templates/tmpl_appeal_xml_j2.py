from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'appeal.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('foiagen/base.xml.j2', 'appeal.xml.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_meta(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_marking = resolve('marking')
    l_0_r = resolve('r')
    l_0_f = resolve('f')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield '<meta title="'
    yield escape((undefined(name='marking') if l_0_marking is missing else l_0_marking))
    yield '" author="'
    yield escape(t_1(context.eval_ctx, t_3(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), attribute='organization'), '; '))
    yield '" subject="'
    yield escape((undefined(name='marking') if l_0_marking is missing else l_0_marking))
    yield ' to '
    yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'agencies'), 0), 'name'))
    yield '" lang="en-US">\n  <header>'
    yield escape((undefined(name='marking') if l_0_marking is missing else l_0_marking))
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'):
        pass
        yield ', No. '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'))
    yield '</header>\n  <header>'
    yield escape(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
    yield '</header>\n  <keyword>Freedom of Information Act</keyword>\n  <keyword>FOIA appeal</keyword>\n</meta>\n'

def block_subject(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_marking = resolve('marking')
    l_0_r = resolve('r')
    pass
    yield '<p style="re"><b>'
    yield escape(context.call(environment.getattr((undefined(name='marking') if l_0_marking is missing else l_0_marking), 'upper'), _block_vars=_block_vars))
    yield '</b></p>\n<p style="re" label="Re:"><b>'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject'))
    yield '</b></p>\n'

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_f = resolve('f')
    l_0_We = resolve('We')
    l_0_many = resolve('many')
    l_0_we = resolve('we')
    l_0_statute = resolve('statute')
    l_0_has_rule = resolve('has_rule')
    l_0_rule = resolve('rule')
    l_0_grounds = resolve('grounds')
    l_0_section = resolve('section')
    l_0_c = l_0_d = missing
    try:
        t_4 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_2 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_c = environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'clock')
    _block_vars['c'] = l_0_c
    l_0_d = environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination')
    _block_vars['d'] = l_0_d
    yield '<p>'
    yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
    yield ' appeal'
    yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
    yield ' '
    if (undefined(name='d') if l_0_d is missing else l_0_d):
        pass
        yield 'the '
        yield escape(t_2(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'date')))
        yield ' response of '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    else:
        pass
        yield 'the failure of '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield ' to make a determination'
    yield ' on the Freedom of Information Act request '
    yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
    yield ' submitted on '
    yield escape(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sent')))
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'):
        pass
        yield ', tracking number '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'))
    yield '. This appeal is made under '
    yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.appeal_window', _block_vars=_block_vars))
    if context.call((undefined(name='has_rule') if l_0_has_rule is missing else l_0_has_rule), 'appeal', _block_vars=_block_vars):
        pass
        yield ' and '
        yield escape(context.call((undefined(name='rule') if l_0_rule is missing else l_0_rule), 'appeal', _block_vars=_block_vars))
    yield '.</p>\n'
    if (undefined(name='d') if l_0_d is missing else l_0_d):
        pass
        yield '<p>'
        if (environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'outcome') == 'referral'):
            pass
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s response stated that it had referred the request to '
            yield escape(t_4(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'referral_to')))
        elif (environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'outcome') == 'full'):
            pass
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s response granted the request'
        elif (environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'outcome') == 'partial'):
            pass
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s response granted the request in part and withheld records in part'
        elif (environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'outcome') == 'denial'):
            pass
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s response denied the request'
        elif (environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'outcome') == 'no-records'):
            pass
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s response stated that it had found no responsive records'
        else:
            pass
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s response refused to confirm or deny that responsive records exist'
        yield '.'
        if t_5(environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'deadlines'), 'appeal')):
            pass
            yield ' This appeal is timely: the appeal period ends on '
            yield escape(t_2(environment.getattr(environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'deadlines'), 'appeal'), 'due')))
            yield '.'
        yield '</p>\n'
    for l_1_g in (undefined(name='grounds') if l_0_grounds is missing else l_0_grounds):
        l_1_dd = resolve('dd')
        _loop_vars = {}
        pass
        if (l_1_g == 'no-determination'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'No determination within the time the statute allows', 'no-determination', _loop_vars=_loop_vars))
            yield '\n'
            l_1_dd = environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'deadlines'), 'determination')
            _loop_vars['dd'] = l_1_dd
            yield '<p>An agency must determine whether to comply with a request within 20 working days of its receipt ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.determination', _loop_vars=_loop_vars))
            yield '), a period it may extend by no more than ten working days by written notice of unusual circumstances ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.extension', _loop_vars=_loop_vars))
            yield '). The time for '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s determination ended on '
            yield escape(t_2(environment.getattr((undefined(name='dd') if l_1_dd is missing else l_1_dd), 'due')))
            yield ', and as of the date of this appeal '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' has made none. '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' be directed to make its determination and produce the records without further delay. An agency that has not met these time limits may not assess search fees for the request, except as the statute allows ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.missed_deadline', _loop_vars=_loop_vars))
            yield ').</p>\n'
        elif (l_1_g == 'improper-referral'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The referral was improper', 'improper-referral', _loop_vars=_loop_vars))
            yield '\n<p>The request was addressed to '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' itself. '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' is likely to hold responsive records of its own, and sending the request to '
            yield escape((t_4(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'referral_to')) or 'another component'))
            yield ' does not relieve it of the duty to search its own records and to determine whether to release them. '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' take the request back, process it as to its own records, and make its own determination.</p>\n'
        elif (l_1_g == 'inadequate-search'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The search was not adequate', 'inadequate-search', _loop_vars=_loop_vars))
            yield '\n<p>An agency must search in good faith, with methods reasonably expected to produce the records requested, every place likely to hold them. '
            if ((undefined(name='d') if l_0_d is missing else l_0_d) and (environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'outcome') == 'referral')):
                pass
                yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
                yield ' does not appear to have searched its own records at all.'
            else:
                pass
                yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
                yield '’s response does not show a search of that kind.'
            yield ' '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' for a new search of every office and record system likely to hold responsive records, and for a description of the search made: the offices and systems searched and the search terms used.</p>\n'
        elif (l_1_g == 'withholdings'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The withholdings are not justified', 'withholdings', _loop_vars=_loop_vars))
            yield '\n<p>An agency may withhold information under an exemption only if it reasonably foresees that disclosure would harm an interest the exemption protects ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'foreseeable_harm', _loop_vars=_loop_vars))
            yield '), unless disclosure is prohibited by law. '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield '’s response does not show either for the information withheld. '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that the withheld information be released or, for each withholding, that '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' identify the exemption claimed and the harm it foresees.</p>\n'
        elif (l_1_g == 'segregability'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Segregable information was not released', 'segregability', _loop_vars=_loop_vars))
            yield '\n<p>Any reasonably segregable portion of a record must be released after deletion of the portions that are exempt ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'segregability', _loop_vars=_loop_vars))
            yield '; '
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'segregability.partial_disclosure', _loop_vars=_loop_vars))
            yield '). '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' review each record withheld in full and release every segregable portion.</p>\n'
        elif (l_1_g == 'no-records'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The “no records” response', 'no-records', _loop_vars=_loop_vars))
            yield '\n<p>A response that no responsive records exist stands only on a search reasonably calculated to find them. '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' describe the search it made and search again in the offices and systems most likely to hold the records described in the request.</p>\n'
        elif (l_1_g == 'expedite-denied'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Expedited processing should have been granted', 'expedite-denied', _loop_vars=_loop_vars))
            yield '\n<p>The request showed a compelling need for the records ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'expedite.compelling_need', _loop_vars=_loop_vars))
            yield '), as set out in the request. '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that the denial of expedited processing be reversed.</p>\n'
        elif (l_1_g == 'fee-waiver-denied'):
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The fee waiver should have been granted', 'fee-waiver-denied', _loop_vars=_loop_vars))
            yield '\n<p>Disclosure of the records requested is in the public interest because it is likely to contribute significantly to public understanding of the operations or activities of the government, and is not primarily in '
            yield escape(('the Requesters’' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'the requester’s'))
            yield ' commercial interest ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.waiver', _loop_vars=_loop_vars))
            yield '), as the request showed. '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that the denial of the fee waiver be reversed.</p>\n'
        else:
            pass
            yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The fee category should have been granted', 'fee-category-denied', _loop_vars=_loop_vars))
            yield '\n<p>The request showed the fee category '
            yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
            yield ' qualif'
            yield escape(('y' if (undefined(name='many') if l_0_many is missing else l_0_many) else 'ies'))
            yield ' for ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.categories', _loop_vars=_loop_vars))
            yield '). '
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ask'
            yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' that the fee category be granted.</p>\n'
    l_1_g = l_1_dd = missing
    yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'Conclusion', 'conclusion', _block_vars=_block_vars))
    yield '\n<p>'
    yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
    yield ' ask'
    yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
    yield ' for a decision on this appeal within 20 working days of its receipt ('
    yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.appeal_decision', _block_vars=_block_vars))
    yield '). If the appeal is denied in whole or in part, '
    yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
    yield ' will consider the dispute resolution services of the Office of Government Information Services ('
    yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'mediation.ogis', _block_vars=_block_vars))
    yield ') and judicial review ('
    yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'judicial_review', _block_vars=_block_vars))
    yield ').</p>\n<p>Thank you for your attention to this appeal.</p>\n'

blocks = {'meta': block_meta, 'subject': block_subject, 'body': block_body}
debug_info = '6=12&7=17&8=47&9=55&10=61&15=64&16=75&17=77&19=80&20=116&21=118&22=121&23=151&24=154&26=186&27=190&28=192&29=194&30=197&31=215&32=217&33=219&34=231&35=233&36=235&37=248&38=250&39=252&40=262&41=264&42=266&43=276&44=278&45=280&46=286&47=288&48=290&49=296&50=298&51=300&53=310&54=312&57=323&58=325'

# Compiled from templates/appeal.xml.j2 by tools/compile_templates.py; do not edit.
SOURCE_SHA256 = '0174cd332bac73bfc4ccf4a542e1ed211925767dd23b389b7d47004cd2227a1c'
JINJA_VERSION = '3.1.6'
