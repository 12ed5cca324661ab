from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'status-inquiry.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('foiagen/base.xml.j2', 'status-inquiry.xml.j2')
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
    yield '" subject="Status inquiry to '
    yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'agencies'), 0), 'name'))
    yield '" lang="en-US">\n  <header>'
    yield escape(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'title'))
    yield '</header>\n  <header>'
    yield escape(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'date')))
    yield '</header>\n  <keyword>Freedom of Information Act</keyword>\n  <keyword>status inquiry</keyword>\n</meta>\n'

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_f = resolve('f')
    l_0_We = resolve('We')
    l_0_original = resolve('original')
    l_0_statute = resolve('statute')
    l_0_many = resolve('many')
    l_0_on = resolve('on')
    l_0_we = resolve('we')
    l_0_c = l_0_dd = missing
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    pass
    l_0_c = environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'clock')
    _block_vars['c'] = l_0_c
    l_0_dd = environment.getattr(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'deadlines'), 'determination')
    _block_vars['dd'] = l_0_dd
    yield '<p>'
    yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
    yield ' submitted a request under the Freedom of Information Act to '
    yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    yield ' on '
    yield escape(t_2(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sent')))
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'):
        pass
        yield ', which '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield ' assigned tracking number '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'tracking'))
    yield '. The request is titled “'
    yield escape(environment.getattr((undefined(name='original') if l_0_original is missing else l_0_original), 'subject'))
    yield '.”</p>\n<p>Under '
    yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.status_information', _block_vars=_block_vars))
    yield ', please provide the date on which '
    yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
    yield ' received the request and an estimated date on which it will complete action on it.</p>\n'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination'):
        pass
        yield '<p>'
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield ' responded to the request on '
        yield escape(t_2(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'determination'), 'date')))
        yield '. '
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'productions'):
            pass
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ha'
            yield escape(('ve' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' received records from it'
            if (t_4(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'productions')) > 1):
                pass
                yield ' on '
                yield escape(t_4(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'productions')))
                yield ' occasions'
            yield '; please state when the remaining records will be produced.'
        else:
            pass
            yield escape((undefined(name='We') if l_0_We is missing else l_0_We))
            yield ' ha'
            yield escape(('ve' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
            yield ' not yet received records; please state when they will be produced.'
        yield '</p>\n'
    elif (context.call(environment.getattr((undefined(name='dd') if l_0_dd is missing else l_0_dd), 'state'), (undefined(name='on') if l_0_on is missing else l_0_on), _block_vars=_block_vars) == 'lapsed'):
        pass
        yield '<p>The time for '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield ' to determine whether to comply with the request ended on '
        yield escape(t_2(environment.getattr((undefined(name='dd') if l_0_dd is missing else l_0_dd), 'due')))
        yield ', '
        yield escape(environment.getattr((undefined(name='dd') if l_0_dd is missing else l_0_dd), 'limit'))
        yield ' after its receipt ('
        yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.determination', _block_vars=_block_vars))
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'extension_counted'):
            pass
            yield '; '
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.extension', _block_vars=_block_vars))
        yield '), and '
        yield escape((undefined(name='we') if l_0_we is missing else l_0_we))
        yield ' ha'
        yield escape(('ve' if (undefined(name='many') if l_0_many is missing else l_0_many) else 's'))
        yield ' received no determination. An agency that has not met these time limits may not assess search fees for the request, except as the statute allows ('
        yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'fees.missed_deadline', _block_vars=_block_vars))
        yield ').</p>\n'
    else:
        pass
        yield '<p>The time for '
        yield escape(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'name'))
        yield ' to determine whether to comply with the request ends on '
        yield escape(t_2(environment.getattr((undefined(name='dd') if l_0_dd is missing else l_0_dd), 'due')))
        yield ', '
        yield escape(environment.getattr((undefined(name='dd') if l_0_dd is missing else l_0_dd), 'limit'))
        yield ' after its receipt ('
        yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.determination', _block_vars=_block_vars))
        if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'extension_counted'):
            pass
            yield '; '
            yield escape(context.call((undefined(name='statute') if l_0_statute is missing else l_0_statute), 'timing.extension', _block_vars=_block_vars))
        yield ').</p>\n'
    yield '<p>Thank you for your attention to this inquiry.</p>\n'

blocks = {'meta': block_meta, 'body': block_body}
debug_info = '4=12&5=17&6=45&7=51&8=53&13=56&14=84&15=86&16=89&17=103&18=107&19=110&20=133&21=136&23=157'

# Compiled from templates/status-inquiry.xml.j2 by tools/compile_templates.py; do not edit.
SOURCE_SHA256 = 'd1228e206f159416cc36055bd74eb99a1b2fd3205dcb27d81a57684edd85fe0b'
JINJA_VERSION = '3.1.6'
