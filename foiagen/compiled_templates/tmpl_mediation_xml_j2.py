from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'mediation.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('foiagen/base.xml.j2', 'mediation.xml.j2')
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
    l_0_r = resolve('r')
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
    yield '<meta title="Re: '
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subject'))
    yield '" author="'
    yield escape(t_1(context.eval_ctx, t_3(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'requesters'), attribute='organization'), '; '))
    yield '" subject="Request for OGIS mediation" lang="en-US">\n  <header>'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'title'))
    yield '</header>\n  <header>'
    yield escape(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
    yield '</header>\n  <keyword>Freedom of Information Act</keyword>\n  <keyword>OGIS mediation</keyword>\n</meta>\n'

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
    l_0_statute = resolve('statute')
    l_0_section = resolve('section')
    l_0_we = resolve('we')
    l_0_original = resolve('original')
    l_0_dd = resolve('dd')
    l_0_c = missing
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
    pass
    l_0_c = environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'clock')
    _block_vars['c'] = l_0_c
    yield '<p>'
    yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
    yield ' ask'
    yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
    yield ' the Office of Government Information Services to mediate a dispute with '
    yield escape(environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'agency'), 'name'))
    yield ' about a request under the Freedom of Information Act, as the Office offers to do under '
    yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'mediation.ogis', _block_vars=_block_vars))
    yield '.</p>\n'
    yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The request and its history', 'history', _block_vars=_block_vars))
    yield '\n<p>On '
    yield escape(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sent')))
    yield ', '
    yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
    yield ' submitted a request to '
    yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    yield ' titled “'
    yield escape(environment.getattr((undefined(name='original') if l_0_original is missing else l_0_original), 'subject'))
    yield '.”'
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'acknowledged'):
        pass
        yield ' '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield ' acknowledged it on '
        yield escape(t_2(environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'acknowledged'), 'date')))
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'):
            pass
            yield ' and assigned it tracking number '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'))
        yield '.'
    elif environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'):
        pass
        yield ' Its tracking number is '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'))
        yield '.'
    yield '</p>\n'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination'):
        pass
        yield '<p>'
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield ' responded on '
        yield escape(t_2(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination'), 'date')))
        if (environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination'), 'outcome') == 'referral'):
            pass
            yield ', stating that it had referred the request to '
            yield escape(t_4(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'referral_to')))
        elif (environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination'), 'outcome') == 'no-records'):
            pass
            yield ', stating that it had found no responsive records'
        elif (environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination'), 'outcome') in ('partial', 'denial')):
            pass
            yield ', withholding records'
        yield '.</p>\n'
    else:
        pass
        l_0_dd = environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'deadlines'), 'determination')
        _block_vars['dd'] = l_0_dd
        yield '<p>The time for '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield '’s determination ended on '
        yield escape(t_2(environment.getattr((undefined(name='dd') if l_0_dd is missing else l_0_dd), 'due')))
        yield ' ('
        yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.determination', _block_vars=_block_vars))
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'extension_counted'):
            pass
            yield '; '
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.extension', _block_vars=_block_vars))
        yield '); as of the date of this letter, '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'elapsed'))
        yield ' working days after '
        yield escape(('its acknowledgment' if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'acknowledged') else 'its receipt of the request'))
        yield ', '
        yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
        yield ' ha'
        yield escape(('ve' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
        yield ' received no determination.</p>\n'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'appeal'):
        pass
        yield '<p>'
        yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
        yield ' appealed on '
        yield escape(t_2(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'appeal'), 'date')))
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'appeal_ack'):
            pass
            yield '; '
            yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
            yield ' acknowledged the appeal on '
            yield escape(t_2(environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'appeal_ack'), 'date')))
            if environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'appeal_ack'), 'number'):
                pass
                yield ' and assigned it appeal number '
                yield escape(environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'appeal_ack'), 'number'))
        yield '.'
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'appeal_decided'):
            pass
            yield ' The appeal was decided on '
            yield escape(t_2(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'appeal_decided'), 'date')))
            yield '.'
        else:
            pass
            yield ' The time for a decision on the appeal ended on '
            yield escape(t_2(environment.getattr(environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'deadlines'), 'appeal_decision'), 'due')))
            yield ' ('
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.appeal_decision', _block_vars=_block_vars))
            yield '), and none has been made.'
        yield '</p>\n'
    yield escape(context.call((undefined(name='section') if l_0_section is missing else l_0_section), 'The assistance requested', 'ask', _block_vars=_block_vars))
    yield '\n<p>'
    yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
    yield ' ask'
    yield escape(('' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
    yield ' the Office to contact '
    yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    yield '’s FOIA Public Liaison, to help '
    yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    yield ' and '
    yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
    yield ' agree on a date by which '
    yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    yield ' will make its determination and produce the records, and to resolve any other dispute about the request. Copies of the correspondence can be provided on request.</p>\n<p>Thank you for your help.</p>\n'

blocks = {'meta': block_meta, 'body': block_body}
debug_info = '4=12&5=17&6=45&7=49&8=51&13=54&14=83&15=86&16=94&17=96&18=121&19=124&21=140&22=143&24=161&25=164&27=191&28=193'

# Compiled from templates/mediation.xml.j2 by tools/compile_templates.py; do not edit.
SOURCE_SHA256 = '092c9978818305713fc232072031adb87ba42f3af1f0e2bb82a18c204c7313ab'
JINJA_VERSION = '3.1.6'
